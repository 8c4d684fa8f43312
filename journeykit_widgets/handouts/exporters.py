"""nbconvert exporters for JourneyKit handouts, registered as entry points:

======================================  =========  ==============================================
``--to``                                 format     what it keeps
======================================  =========  ==============================================
``journeykit-report``                    HTML       the participant's maps and tables (take-home)
``journeykit-pdf``                       PDF        the same, printed to A4
``journeykit-participant``               HTML       teaching text and exercises, room to write
``journeykit-participant-pdf``           PDF        the same, printed to A4
``journeykit-facilitator``               HTML       everything, answers and trainer notes marked
``journeykit-facilitator-pdf``           PDF        the same, printed to A4
======================================  =========  ==============================================

Code is never shown (except the facilitator's answer code), live widgets are
replaced by the static maps and tables the notebook draws from the journey
file, and every output passes an HTML whitelist, so text a participant typed
can never run as a script in the report.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import html
import os
import tempfile
from functools import cache
from itertools import pairwise
from pathlib import Path

from nbconvert.exporters import HTMLExporter, WebPDFExporter
from traitlets import Int, Unicode, default

from journeykit_widgets.i18n import t

__all__ = [
    "EXPORTERS",
    "BrowserNotFoundError",
    "JourneykitFacilitatorExporter",
    "JourneykitFacilitatorPDFExporter",
    "JourneykitPDFExporter",
    "JourneykitParticipantExporter",
    "JourneykitParticipantPDFExporter",
    "JourneykitReportExporter",
    "clean_html",
    "exporter_for",
    "template_dir",
]

_PRE = "journeykit_widgets.handouts.preprocessors."


def template_dir() -> Path:
    """The folder that holds the ``journeykit`` nbconvert template."""
    return Path(__file__).with_name("templates")


# ------------------------------------------------------------------ sanitising
_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    ]
)
_ATTRIBUTES = {
    "*": ["class", "id", "title", "lang", "dir"],
    "a": ["href", "title"],
    "img": ["src", "alt", "width", "height"],
    "td": ["colspan", "rowspan", "align"],
    "th": ["colspan", "rowspan", "align", "scope"],
    "ol": ["start"],
}


@cache
def _cleaner():
    import bleach

    # Tags outside the list are escaped, not removed: a touchpoint called
    # "<script>" is printed as that text, and nothing runs.
    return bleach.Cleaner(
        tags=_TAGS, attributes=_ATTRIBUTES, protocols={"http", "https", "mailto", "data"}, strip=False
    )


def clean_html(markup: str) -> str:
    """Outputs and Markdown reduced to a whitelist of document tags (no scripts,
    styles, event handlers, iframes or forms)."""
    return _cleaner().clean(str(markup))


# ------------------------------------------------------------------ exporters
class _Journeykit(HTMLExporter):
    """What the HTML and PDF exporters share: template, preprocessors, cover, contents."""

    variant = Unicode("report", help="report, participant or facilitator").tag(config=True)
    journey_file = Unicode(
        "", help="Journey file to run the notebook against (injected after its parameters cell)."
    ).tag(config=True)
    language = Unicode("", help="Language of the notebook's texts and of the cover: en or nl.").tag(
        config=True
    )
    section_break_level = Int(1, help="Headings of this level or higher start a new page.").tag(config=True)
    toc_depth = Int(2, help="Heading levels listed in the contents (0: no contents page).").tag(config=True)
    toc_on_cover = Int(9, help="Contents of up to this many entries go on the cover page.").tag(config=True)

    @default("template_name")
    def _journeykit_template(self):
        return "journeykit"

    @default("template_extension")
    def _journeykit_template_extension(self):
        return ".html.j2"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        # Our template only: nbconvert's default adds the working folder, where a
        # participant's own "journeykit" folder must not change a report.
        return [str(template_dir())]

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self):
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self):
        return True

    @default("exclude_anchor_links")
    def _exclude_anchor_links_default(self):
        return True

    @default("default_preprocessors")
    def _default_preprocessors_default(self):
        steps = list(HTMLExporter.class_traits()["default_preprocessors"].default())
        at = steps.index("nbconvert.preprocessors.ExecutePreprocessor")
        steps[at] = _PRE + "ExecuteHeadless"
        steps.insert(at, _PRE + "InjectParameters")
        steps[at + 2 : at + 2] = [
            "journeykit_widgets.handouts.cover.CoverPage",
            _PRE + "FilterVariant",
            _PRE + "MarkSections",
        ]
        return steps

    def default_filters(self):
        yield from super().default_filters()
        yield ("jk_clean", clean_html)

    def _journeykit_html(self, nb, resources=None, **kw):
        html_text, resources = HTMLExporter.from_notebook_node(self, nb, resources, **kw)
        return self._with_contents(html_text, resources), resources

    def _with_contents(self, html_text: str, resources) -> str:
        """Fill the contents list from the headings the notebook produced, and
        keep each short introduction on the same page as the figure it introduces."""
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(html_text, features="html.parser")
        if resources.get("journeykit", {}).get("report_only"):
            _report_sections(soup)
        else:
            _keep_with_figures(soup)
        toc = soup.find(id="jk-toc")
        if toc is None:
            return str(soup)
        entries = []
        if self.toc_depth > 0:
            levels = [f"h{i}" for i in range(1, min(self.toc_depth, 6) + 1)]
            for cell in soup.select(".jk-content .jp-MarkdownCell"):
                for node in cell.find_all(levels):
                    if not node.get("id"):
                        node["id"] = f"jk-section-{len(entries) + 1}"
                    entries.append((int(node.name[1]), node["id"], node.get_text(" ", strip=True)))
        if len(entries) < 2:  # a contents page for one heading is wasted paper
            toc.decompose()
            return str(soup)
        report_only = resources.get("journeykit", {}).get("report_only")
        # A report's cover has its facts and a long objective: its contents get a page of their own.
        if len(entries) <= self.toc_on_cover and not report_only:
            # A short list fits under the cover's facts; a page of its own would be mostly empty.
            cover_foot = soup.select_one(".jk-cover-foot")
            if cover_foot is not None:
                toc["class"] = [*toc.get("class", []), "jk-toc-on-cover"]
                cover_foot.insert_before(toc.extract())
        top = min(level for level, _, _ in entries)
        listing = toc.find("ol")
        for level, anchor, text in entries:
            item = soup.new_tag("li", attrs={"class": f"jk-toc-level-{level - top + 1}"})
            link = soup.new_tag("a", href=f"#{anchor}")
            link.string = text  # BeautifulSoup escapes it on output
            item.append(link)
            listing.append(item)
        return str(soup)

    def from_notebook_node(self, nb, resources=None, **kw):
        return self._journeykit_html(nb, resources, **kw)


_KEEP_TEXT_CHARS = 700  # a longer introduction may be split from its figure
_WIDE_TABLE_COLUMNS = 7


_COMPACT_ROWS = 16


def _report_sections(soup) -> None:
    """Group a report into sections, one per heading, each on pages of one
    orientation: a section with a map prints on a landscape page of its own,
    text sections flow on portrait pages."""
    content = soup.select_one(".jk-content")
    if content is None:
        return
    body = soup.find("body")
    if body is not None:
        body["class"] = [*(body.get("class") or []), "jk-report-doc"]
    cells = [c for c in content.find_all(recursive=False) if c.name == "div"]
    sections: list[list] = []
    for cell in cells:
        opens = "jp-MarkdownCell" in (cell.get("class") or []) and cell.find(["h1", "h2"]) is not None
        if opens or not sections:
            sections.append([])
        sections[-1].append(cell)
    for members in sections:
        if any(c.select_one(".jk-reading-alone") for c in members):
            # A map with nothing to draw: its heading alone would waste a page.
            for cell in members:
                cell.decompose()
            continue
        figures = [f for c in members for f in c.select("figure.jk-landscape")]
        classes = ["jk-section"]
        if figures:
            classes.append("jk-section-wide")
            # Nothing after the map: it may take the whole page height.
            last = members[-1]
            if (
                last.select("figure.jk-landscape")
                and last.find_all("figure")[-1] is last.find_all(["figure", "table", "ul", "ol"])[-1]
            ):
                classes.append("jk-figure-only")
        elif sum(len(c.find_all("tr")) for c in members) <= _COMPACT_ROWS:
            # A short text section moves to the next page whole rather than leave
            # its last lines alone on a page.
            classes.append("jk-section-compact")
        section = soup.new_tag("section", attrs={"class": " ".join(classes)})
        members[0].insert_before(section)
        for cell in members:
            section.append(cell.extract())


def _keep_with_figures(soup) -> None:
    """Wrap a Markdown cell and the figure cell after it in one unbreakable block,
    so a heading never ends a page with its map on the next one."""
    content = soup.select_one(".jk-content")
    if content is None:
        return
    cells = [c for c in content.find_all(recursive=False) if c.name == "div"]
    for cell in cells:
        # A table with many columns (the action list) reads better across a landscape page.
        for table in cell.find_all("table"):
            header = table.find("tr")
            if header is not None and len(header.find_all(["th", "td"])) >= _WIDE_TABLE_COLUMNS:
                cell["class"] = [*(cell.get("class") or []), "jk-wide-table"]
                break
    for text_cell, next_cell in pairwise(cells):
        if "jp-MarkdownCell" not in (text_cell.get("class") or []):
            continue
        wide_table = "jk-wide-table" in (next_cell.get("class") or [])
        if next_cell.find("figure") is None and not wide_table:
            continue
        if len(text_cell.get_text(" ", strip=True)) > _KEEP_TEXT_CHARS:
            continue
        # A wall map or a wide table takes its heading along to its landscape page.
        wide = next_cell.select_one(".jk-landscape") is not None or wide_table
        block = soup.new_tag("div", attrs={"class": "jk-keep jk-landscape-block" if wide else "jk-keep"})
        text_cell.insert_before(block)
        block.append(text_cell.extract())
        block.append(next_cell.extract())


class JourneykitReportExporter(_Journeykit, HTMLExporter):
    """The participant's take-home report as one self-contained HTML file."""

    export_from_notebook = "JourneyKit report (HTML)"


class JourneykitParticipantExporter(JourneykitReportExporter):
    """The session handout: teaching text and exercises, room to write, no answers."""

    export_from_notebook = "JourneyKit participant handout (HTML)"

    @default("variant")
    def _variant_default(self):
        return "participant"


class JourneykitFacilitatorExporter(JourneykitReportExporter):
    """The trainer's copy with answers and trainer notes."""

    export_from_notebook = "JourneyKit facilitator copy (HTML)"

    @default("variant")
    def _variant_default(self):
        return "facilitator"


# ------------------------------------------------------------------ PDF
class BrowserNotFoundError(RuntimeError):
    """No Chromium to print the PDF with; the message says how to get one."""


_PRINT_TIMEOUT_MS = 300_000
_PAGE_MARGIN = {"top": "16mm", "bottom": "18mm", "left": "17mm", "right": "17mm"}

_FOOTER = (
    "<div style=\"width:100%;margin:0 17mm;font-family:'DejaVu Sans',Arial,sans-serif;font-size:7.5pt;"
    'color:#5B6470;display:flex;justify-content:space-between;border-top:0.5pt solid #C9CED6;padding-top:2mm">'
    '<span>{left}</span><span>{page} <span class="pageNumber"></span> {of} <span class="totalPages"></span>'
    "</span></div>"
)


class JourneykitPDFExporter(_Journeykit, WebPDFExporter):
    """The report printed to A4 by a headless Chromium (nbconvert's webpdf route),
    with page numbers in the footer and a cover without one."""

    export_from_notebook = "JourneyKit report (PDF)"

    browser_path = Unicode(
        "",
        help="Chromium or Chrome executable (default: $JOURNEYKIT_BROWSER, a Playwright-managed "
        "Chromium, then the system's chromium).",
    ).tag(config=True)

    @default("template_name")
    def _journeykit_template(self):
        return "journeykit"

    @default("browser_args")
    def _browser_args_default(self):
        from journeykit_widgets._browser import LAUNCH_ARGS

        return list(LAUNCH_ARGS)

    def browser(self) -> Path:
        """The browser executable, or ``BrowserNotFoundError`` with what to do."""
        from journeykit_widgets._browser import ENV_VAR, find_browser

        found = find_browser(self.browser_path or None)
        if found is None:
            wanted = self.browser_path or os.environ.get(ENV_VAR)
            if wanted:
                raise BrowserNotFoundError(t("handouts.error.browser_missing_at", path=wanted))
            raise BrowserNotFoundError(t("handouts.error.no_browser", env=ENV_VAR))
        return found

    def print_pdf(self, html_text: str, footer_title: str = "", lang: str | None = None) -> bytes:
        """Print ``html_text`` to an A4 PDF; the first page (the cover) has no footer."""
        executable = self.browser()
        footer = _FOOTER.format(
            left=html.escape(footer_title),
            page=html.escape(t("handouts.page", lang=lang)),
            of=html.escape(t("handouts.of", lang=lang)),
        )
        args = list(self.browser_args)

        async def render(path: str) -> tuple[bytes, bytes]:
            from playwright.async_api import async_playwright

            async with async_playwright() as playwright:
                browser = await playwright.chromium.launch(
                    executable_path=str(executable),
                    args=args,
                    handle_sigint=False,
                    handle_sigterm=False,
                    handle_sighup=False,
                )
                try:
                    page = await browser.new_page()
                    # A report with A3 maps is several megabytes; a busy machine needs more than 30 s.
                    page.set_default_timeout(_PRINT_TIMEOUT_MS)
                    await page.emulate_media(media="print")
                    await page.goto(Path(path).as_uri(), wait_until="load")
                    # Images are inline data; wait until all are decoded before printing.
                    await page.evaluate(
                        "() => Promise.all(Array.from(document.images).map(i => i.decode().catch(() => null)))"
                    )
                    # The style sheet sets the page size: A4, and A4 landscape for wide maps.
                    options = {
                        "format": "A4",
                        "prefer_css_page_size": True,
                        "print_background": True,
                        "margin": _PAGE_MARGIN,
                    }
                    body = await page.pdf(
                        **options,
                        display_header_footer=True,
                        header_template="<span></span>",
                        footer_template=footer,
                    )
                    cover = await page.pdf(**options, page_ranges="1")
                    return body, cover
                finally:
                    await browser.close()

        with tempfile.TemporaryDirectory(prefix="journeykit-pdf-") as folder:
            path = os.path.join(folder, "handout.html")
            Path(path).write_text(html_text, encoding="utf-8")
            # A thread of our own, so this also works inside a running event loop (Jupyter).
            with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
                try:
                    body, cover = pool.submit(asyncio.run, render(path)).result()
                except BrowserNotFoundError:
                    raise
                except Exception as error:
                    if "Executable doesn't exist" in str(error) or "ENOENT" in str(error):
                        raise BrowserNotFoundError(
                            t("handouts.error.browser_missing_at", path=executable)
                        ) from error
                    raise
        return _replace_first_page(body, cover)

    def from_notebook_node(self, nb, resources=None, **kw):
        html_text, resources = self._journeykit_html(nb, resources, **kw)
        info = resources.get("journeykit", {})
        footer_title = " · ".join(
            dict.fromkeys(x for x in (info.get("journey_title"), info.get("title")) if x)
        )
        self.log.info("Printing PDF with %s", self.browser())
        pdf = self.print_pdf(html_text, footer_title=footer_title, lang=info.get("lang"))
        return pdf, resources


def _replace_first_page(body: bytes, first: bytes) -> bytes:
    """``body`` with its first page swapped for ``first`` (the cover without a footer)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    cover = PdfReader(io.BytesIO(first))
    rest = PdfReader(io.BytesIO(body))
    writer.add_page(cover.pages[0])
    for page in rest.pages[1:]:
        writer.add_page(page)
    # Keep the clickable contents: links on pages after the cover point into the body.
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class JourneykitParticipantPDFExporter(JourneykitPDFExporter):
    export_from_notebook = "JourneyKit participant handout (PDF)"

    @default("variant")
    def _variant_default(self):
        return "participant"


class JourneykitFacilitatorPDFExporter(JourneykitPDFExporter):
    export_from_notebook = "JourneyKit facilitator copy (PDF)"

    @default("variant")
    def _variant_default(self):
        return "facilitator"


# (format, variant) → exporter class; the CLI and the entry points use the same table.
EXPORTERS: dict[tuple[str, str], type] = {
    ("html", "report"): JourneykitReportExporter,
    ("pdf", "report"): JourneykitPDFExporter,
    ("html", "participant"): JourneykitParticipantExporter,
    ("pdf", "participant"): JourneykitParticipantPDFExporter,
    ("html", "facilitator"): JourneykitFacilitatorExporter,
    ("pdf", "facilitator"): JourneykitFacilitatorPDFExporter,
}


def exporter_for(fmt: str, variant: str, **options):
    """An exporter instance for ``fmt`` (``html``/``pdf``) and a variant."""
    try:
        cls = EXPORTERS[(fmt, variant)]
    except KeyError:
        raise ValueError(f"no handout exporter for {fmt!r} / {variant!r}") from None
    return cls(**options)
