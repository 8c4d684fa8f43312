"""What a reader of a printed document notices, read from the PDF itself: the
smallest word when a page is printed on A4 (fit to page), the bookmarks, where
each link goes, the metadata. Shared by the report and worksheet-pack tests."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

A4_LONG, A4_SHORT = 842.0, 595.0


def _version(pdf: Path) -> tuple[str, int, int]:
    """The file and its version (modification time, size): a PDF written again under
    the same name is parsed again, an unchanged one is parsed once for every check."""
    stat = Path(pdf).stat()
    return str(Path(pdf).resolve()), stat.st_mtime_ns, stat.st_size


def a4_factor(width: float, height: float) -> float:
    """How much a page shrinks when printed on A4, fit to page (1: not at all)."""
    return min(1.0, A4_LONG / max(width, height), A4_SHORT / min(width, height))


@dataclass
class Word:
    page: int
    text: str
    a4_pt: float


@dataclass(frozen=True)
class PlumberPage:
    """One page as pdfplumber reads it: its words, its text, and the drawn objects
    the report's measurements need (``_report_checks.page_facts``)."""

    width: float
    height: float
    words: tuple[dict, ...]  # pdfplumber's default word grouping
    sized_words: tuple[dict, ...]  # grouped by size and direction too, with those two attributes
    text: str
    objects: dict[str, tuple[dict, ...]]  # chars, images, rects, lines, curves


_DRAWN = ("chars", "images", "rects", "lines", "curves")


@lru_cache(maxsize=8)
def _plumber_pages(version: tuple[str, int, int]) -> tuple[PlumberPage, ...]:
    """Every page as pdfplumber reads it, taken in one pass over the PDF: laying out
    a page's characters is the costly part (about 1.7 CPU-s for a printed report),
    and the word lists, the text and the objects all share it. Several tests read
    one report (a module fixture), so the pass is made once."""
    import pdfplumber

    pages = []
    with pdfplumber.open(version[0]) as doc:
        for page in doc.pages:
            pages.append(
                PlumberPage(
                    float(page.width),
                    float(page.height),
                    tuple(page.extract_words()),
                    tuple(page.extract_words(extra_attrs=["size", "upright"])),
                    page.extract_text() or "",
                    {kind: tuple(getattr(page, kind)) for kind in _DRAWN},
                )
            )
    return tuple(pages)


def plumber_pages(pdf: Path) -> tuple[PlumberPage, ...]:
    """Each page as pdfplumber reads it (parsed once per version of the file)."""
    return _plumber_pages(_version(pdf))


def smallest_words(pdf: Path, count: int = 5) -> list[Word]:
    """The ``count`` smallest words of the whole document, at their size on A4."""
    words = []
    for number, page in enumerate(plumber_pages(pdf), 1):
        factor = a4_factor(page.width, page.height)
        # Upright words only: pdfplumber measures a rotated glyph along the page's
        # axes, not its own (a figure's rotated axis labels are checked in the figure).
        for word in page.sized_words:
            if word["text"].strip() and word["upright"]:
                words.append(Word(number, word["text"], round(float(word["size"]) * factor, 4)))
    return sorted(words, key=lambda w: w.a4_pt)[:count]


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, whitespace folded (from the one pdfplumber pass)."""
    return [" ".join(page.text.split()) for page in plumber_pages(pdf)]


def page_fill(pdf: Path, footer_mm: float = 16) -> list[float]:
    """How far down each page its text goes, as a share of the page above the
    footer margin (0.3: the page is mostly empty)."""
    fills = []
    for page in plumber_pages(pdf):
        above = page.height - footer_mm * 72 / 25.4
        bottoms = [float(w["bottom"]) for w in page.words if float(w["bottom"]) < above - 2]
        fills.append(max(bottoms, default=0) / above)
    return fills


def _page_of(reader, destination) -> int | None:
    """The 1-based page a link or bookmark destination points at."""
    from pypdf.generic import ArrayObject, IndirectObject

    if isinstance(destination, (str, bytes)) or hasattr(destination, "original_bytes"):
        named = reader.named_destinations.get(str(destination))
        return None if named is None else reader.get_destination_page_number(named) + 1
    if isinstance(destination, IndirectObject):
        destination = destination.get_object()
    if isinstance(destination, ArrayObject) and destination:
        target = destination[0]
        for i, page in enumerate(reader.pages):
            if page.indirect_reference == target:
                return i + 1
    return None


def links(pdf: Path) -> list[tuple[int, int | None]]:
    """(page the link is on, page it goes to or None) for every internal link."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    found = []
    for number, page in enumerate(reader.pages, 1):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A")
            if action is not None and action.get_object().get("/S") == "/URI":
                continue  # a web address: not a place in this document
            destination = annot.get("/Dest")
            if destination is None and action is not None:
                destination = action.get_object().get("/D")
            found.append((number, _page_of(reader, destination)))
    return found


def bookmarks(pdf: Path) -> list[tuple[str, int]]:
    """(title, page) of every bookmark, nested ones included, in order."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    out = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((str(item.title), reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return out


def document_facts(pdf: Path) -> dict:
    """Title, author, subject, language, whether tagged, and the page count."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    meta = reader.metadata or {}
    root = reader.trailer["/Root"]
    return {
        "title": str(meta.get("/Title", "")),
        "author": str(meta.get("/Author", "")),
        "subject": str(meta.get("/Subject", "")),
        "lang": str(root.get("/Lang", "")),
        "tagged": "/StructTreeRoot" in root,
        "pages": len(reader.pages),
    }


def office_pdf(document: Path, outdir: Path) -> Path:
    """``document`` (a PPTX) as LibreOffice prints it: the PDF in ``outdir``. Skips
    without LibreOffice, except in CI, where the slides must be looked at."""
    import os
    import shutil
    import subprocess

    import pytest

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (libreoffice-impress) is required in CI to look at the slides")
        pytest.skip("LibreOffice is not installed: the PPTX is not looked at in Impress here")
    # A profile of its own: two conversions at once (two test workers) would share one.
    profile = outdir / "office-profile"
    command = [office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf"]
    result = subprocess.run(
        [*command, "--outdir", str(outdir), str(document)], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    return outdir / document.with_suffix(".pdf").name
