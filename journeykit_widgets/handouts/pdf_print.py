"""Printing a handout's HTML to a PDF that navigates.

Chromium (through Playwright) prints the page twice in one session: the first
print tells on which page every heading landed (its named destinations), those
numbers are written into the contents list, and the second print is the
document. pypdf then adds what a browser does not: bookmarks (one per contents
entry), title, author, subject and language in the document's metadata, and a
viewer preference to show the title and the bookmarks. The browser's own link
targets are kept, so the contents' links work in the PDF.
"""

from __future__ import annotations

import html
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from journeykit_widgets.handouts.printer import Printer, shared_printer

__all__ = ["PAGE_MARGIN", "DocumentInfo", "finish_pdf", "print_html"]

PRINT_TIMEOUT_MS = 300_000
PAGE_MARGIN = {"top": "14mm", "bottom": "16mm", "left": "17mm", "right": "17mm"}

# Every page, the cover too, says where it is: "Title · page 3 of 12".
_FOOTER = (
    "<div style=\"width:100%;margin:0 12mm;font-family:'DejaVu Sans',Arial,sans-serif;font-size:7.5pt;"
    'color:#5B6470;display:flex;justify-content:space-between;border-top:0.5pt solid #C9CED6;padding-top:1.5mm">'
    '<span>{left}</span><span>{page} <span class="pageNumber"></span> {of} <span class="totalPages"></span>'
    "</span></div>"
)

# The contents entries (level, anchor, text) as the page shows them.
_CONTENTS_JS = """() => Array.from(document.querySelectorAll('#jk-toc li')).map(li => {
  const a = li.querySelector('a');
  const level = parseInt((li.className.match(/jk-toc-level-(\\d)/) || [0, 1])[1], 10);
  return [level, (a.getAttribute('href') || '').slice(1), a.textContent];
})"""

# Write each entry's page number into its contents line.
_NUMBERS_JS = """(pages) => {
  for (const li of document.querySelectorAll('#jk-toc li')) {
    const a = li.querySelector('a');
    const page = pages[(a.getAttribute('href') || '').slice(1)];
    let span = li.querySelector('.jk-toc-page');
    if (!span) { span = document.createElement('span'); span.className = 'jk-toc-page'; a.appendChild(span); }
    span.textContent = page ? String(page) : '';
  }
}"""


@dataclass
class DocumentInfo:
    """What the PDF says about itself, beside its pages."""

    title: str = ""
    author: str = ""
    subject: str = ""
    lang: str = ""
    footer: str = ""
    page_word: str = "page"
    of_word: str = "of"
    keywords: list[str] = field(default_factory=list)


def _anchor_pages(pdf: bytes) -> dict[str, int]:
    """Named destination → page number (1-based) in a printed PDF."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    pages = {}
    for name, destination in reader.named_destinations.items():
        try:
            pages[str(name).lstrip("/")] = reader.get_destination_page_number(destination) + 1
        except Exception:  # a destination without a page: no number rather than a wrong one
            continue
    return pages


def print_html(
    html_text: str, executable: Path, args: list[str], info: DocumentInfo, printer: Printer | None = None
) -> bytes:
    """Print ``html_text`` with Chromium to a finished PDF (see the module's docstring),
    with ``printer`` or else the process's shared one (``handouts.printer``)."""
    footer = _FOOTER.format(
        left=html.escape(info.footer), page=html.escape(info.page_word), of=html.escape(info.of_word)
    )

    async def render(context, path: str) -> tuple[bytes, list]:
        page = await context.new_page()
        # A report with many maps is several megabytes; a busy machine needs more than 30 s.
        page.set_default_timeout(PRINT_TIMEOUT_MS)
        await page.emulate_media(media="print")
        await page.goto(Path(path).as_uri(), wait_until="load")
        # Images are inline data; wait until all are decoded before printing.
        await page.evaluate(
            "() => Promise.all(Array.from(document.images).map(i => i.decode().catch(() => null)))"
        )
        options = {
            "format": "A4",
            "prefer_css_page_size": True,
            "print_background": True,
            "margin": PAGE_MARGIN,
            "display_header_footer": True,
            "header_template": "<span></span>",
            "footer_template": footer,
            "tagged": True,
        }
        contents = await page.evaluate(_CONTENTS_JS)
        pdf = await page.pdf(**options)
        if contents:
            # The numbers fit on the contents' lines, so the second print
            # breaks its pages where the first did.
            await page.evaluate(_NUMBERS_JS, _anchor_pages(pdf))
            pdf = await page.pdf(**options)
        return pdf, contents

    with tempfile.TemporaryDirectory(prefix="journeykit-pdf-") as folder:
        path = os.path.join(folder, "handout.html")
        Path(path).write_text(html_text, encoding="utf-8")
        # The process's printer: one Chromium for every PDF, a fresh context for this one.
        pdf, contents = (printer or shared_printer()).run(
            executable, args, lambda context: render(context, path)
        )
    return finish_pdf(pdf, info, contents)


def finish_pdf(pdf: bytes, info: DocumentInfo, contents=()) -> bytes:
    """``pdf`` with metadata, language and one bookmark per contents entry
    (``contents``: (level, anchor, text)); the browser's link targets are kept."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    metadata = {
        "/Title": info.title,
        "/Author": info.author,
        "/Subject": info.subject,
        "/Creator": "JourneyKit",
    }
    if info.keywords:
        metadata["/Keywords"] = ", ".join(info.keywords)
    writer.add_metadata({k: v for k, v in metadata.items() if v})
    if info.lang:
        writer.root_object[NameObject("/Lang")] = TextStringObject(info.lang)
    writer.create_viewer_preferences()
    writer.viewer_preferences.display_doctitle = True
    pages = _anchor_pages(pdf)
    parents: dict[int, object] = {}
    added = False
    for level, anchor, text in contents:
        number = pages.get(anchor)
        if not number:
            continue
        parent = next((parents[k] for k in sorted(parents, reverse=True) if k < level), None)
        parents = {k: v for k, v in parents.items() if k < level}
        parents[level] = writer.add_outline_item(title=str(text), page_number=number - 1, parent=parent)
        added = True
    if added:
        writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
