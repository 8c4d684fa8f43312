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

import os
from pathlib import Path

from nbconvert.exporters import HTMLExporter, WebPDFExporter
from traitlets import Int, Unicode, default

from journeykit_widgets.handouts.compiled_templates import keep_compiled
from journeykit_widgets.handouts.inline_svg import inline_svg
from journeykit_widgets.handouts.pdf_print import DocumentInfo, print_html
from journeykit_widgets.handouts.sanitise import clean_html
from journeykit_widgets.handouts.sections import fill_contents
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
    "document_info",
    "exporter_for",
    "template_dir",
]

_PRE = "journeykit_widgets.handouts.preprocessors."


def template_dir() -> Path:
    """The folder that holds the ``journeykit`` nbconvert template."""
    return Path(__file__).with_name("templates")


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
    organisation = Unicode(
        "", help="Organisation named on the cover (default: $JOURNEYKIT_ORGANISATION)."
    ).tag(config=True)
    logo = Unicode("", help="PNG, JPEG or SVG logo for the cover (default: $JOURNEYKIT_LOGO).").tag(
        config=True
    )
    toc_on_cover = Int(
        9,
        help=(
            "Contents of up to twice this many entries go on the cover page"
            " (more than five in two columns); longer ones get a page of their own."
        ),
    ).tag(config=True)

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
        yield ("jk_inline_svg", inline_svg)

    def _journeykit_html(self, nb, resources=None, **kw):
        keep_compiled(self)
        html_text, resources = HTMLExporter.from_notebook_node(self, nb, resources, **kw)
        return fill_contents(html_text, resources, self.toc_depth, self.toc_on_cover), resources

    def from_notebook_node(self, nb, resources=None, **kw):
        return self._journeykit_html(nb, resources, **kw)


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


class JourneykitPDFExporter(_Journeykit, WebPDFExporter):
    """The report printed to A4 by a headless Chromium (nbconvert's webpdf route):
    "page p of n" on every page, contents with page numbers and working links,
    bookmarks, title, author and language (``handouts.pdf_print``)."""

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

    def print_pdf(
        self,
        html_text: str,
        info: DocumentInfo | None = None,
        *,
        footer_title: str = "",
        lang: str | None = None,
    ) -> bytes:
        """Print ``html_text`` to an A4 PDF with page numbers, bookmarks and metadata
        (``info``; or just a footer title and a language, for pages of other makers)."""
        if info is None:
            info = DocumentInfo(
                title=footer_title,
                lang=lang or "",
                footer=footer_title,
                page_word=t("handouts.page", lang=lang),
                of_word=t("handouts.of", lang=lang),
            )
        executable = self.browser()
        try:
            return print_html(html_text, executable, list(self.browser_args), info)
        except BrowserNotFoundError:
            raise
        except Exception as error:
            # Playwright has said "Executable doesn't exist" and "executable doesn't exist".
            if "executable doesn't exist" in str(error).lower() or "ENOENT" in str(error):
                raise BrowserNotFoundError(t("handouts.error.browser_missing_at", path=executable)) from error
            raise

    def from_notebook_node(self, nb, resources=None, **kw):
        html_text, resources = self._journeykit_html(nb, resources, **kw)
        self.log.info("Printing PDF with %s", self.browser())
        pdf = self.print_pdf(html_text, document_info(resources.get("journeykit", {})))
        return pdf, resources


def document_info(info: dict) -> DocumentInfo:
    """What the PDF says about itself, from the cover's texts."""
    lang = info.get("lang") or None
    title = " · ".join(dict.fromkeys(x for x in (info.get("title"), info.get("journey_title")) if x))
    return DocumentInfo(
        title=title,
        author=" · ".join(x for x in (info.get("author"), info.get("organisation")) if x),
        subject=info.get("kind", ""),
        lang=info.get("lang", ""),
        footer=" · ".join(dict.fromkeys(x for x in (info.get("journey_title"), info.get("title")) if x)),
        page_word=t("handouts.page", lang=lang),
        of_word=t("handouts.of", lang=lang),
    )


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
