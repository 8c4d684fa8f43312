"""PDF handouts printed by a real headless Chromium: the report, participant and
facilitator variants of two notebooks for every sample case in both languages;
page count, text (pdftotext), no blank pages (pdftoppm), A4 pages, footer page
numbers, cover without one."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _document_checks import bookmarks, document_facts, links, page_texts, smallest_words
from _handouts_support import (
    CASES,
    HANDOUT_NOTEBOOKS,
    LANGS,
    executed,
    executed_many,
    headings,
    journey_copy,
    markdown_by_tag,
)

from journeykit_widgets.handouts.batch import export_notebook
from journeykit_widgets.store import load

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VARIANTS = ("report", "participant", "facilitator")
# Every notebook printed once per case and language, the variant taking turns, so
# each variant is printed in both languages and for each notebook: what differs
# between the variants is their HTML, which tests/test_handouts_export.py checks
# for all 36 combinations; printing all 36 took about three CI minutes more.
PDFS = [
    (name, case, lang, VARIANTS[(n + i) % len(VARIANTS)])
    for n, name in enumerate(HANDOUT_NOTEBOOKS)
    for i, (case, lang) in enumerate((case, lang) for case in CASES for lang in LANGS)
]
A4 = (595, 842)


@pytest.fixture(scope="module")
def poppler():
    if not (shutil.which("pdftotext") and shutil.which("pdftoppm")):
        pytest.skip("poppler-utils (pdftotext, pdftoppm) are not installed")
    executed_many(sorted({(name, case, lang) for name, case, lang, _ in PDFS}))


def _pages_text(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def _ink(png: Path) -> float:
    """Share of pixels that are not (near) white."""
    from PIL import Image

    image = Image.open(png).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / (image.width * image.height)


@pytest.mark.parametrize(("name", "case", "lang", "variant"), PDFS)
def test_handout_pdf(browser_executable, poppler, tmp_path, monkeypatch, name, case, lang, variant):
    monkeypatch.setenv("JOURNEYKIT_BROWSER", str(browser_executable))
    pdf = export_notebook(
        executed(name, case, lang),
        journey_copy(case, lang),
        tmp_path / f"{name}.pdf",
        to="pdf",
        variant=variant,
        lang=lang,
        execute=False,
    )
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    count = len(reader.pages)
    assert 3 <= count <= 20
    for page in reader.pages:
        size = sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
        assert size == sorted(A4)

    pages = _pages_text(pdf)
    assert len(pages) == count
    journey = load(journey_copy(case, lang))
    cover = " ".join(pages[0].split())
    assert " ".join(journey.title.split()) in cover
    assert {"en": "CONTENTS", "nl": "INHOUD"}[lang] in cover.upper()
    word = {"en": "Page", "nl": "Pagina"}[lang]
    for number, text in enumerate(pages, 1):  # every page, the cover too, says where it is
        assert f"{word} {number} {'of' if lang == 'en' else 'van'} {count}" in " ".join(text.split())
    body = " ".join(" ".join(pages[1:]).split())
    title = headings("\n".join(markdown_by_tag(name, lang)["header"]), "1")[0]
    assert title.split("·")[-1].strip() in body
    assert "jk.show_" not in body and "journey_path" not in body
    note = {"en": "Trainer note", "nl": "Notitie voor de trainer"}[lang].upper()
    assert (note in body) == (variant == "facilitator")

    subprocess.run(["pdftoppm", "-png", "-r", "20", str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == count
    blank = [p.name for p in images if _ink(p) < 0.004]
    assert not blank, f"blank pages: {blank}"


def test_cli_exports_a_dutch_report_pdf_end_to_end(browser_executable, poppler, tmp_path, monkeypatch):
    """The whole route: journeykit export runs the Dutch notebook headless, then prints it."""
    from journeykit_widgets.cli import main

    monkeypatch.setenv("JOURNEYKIT_BROWSER", str(browser_executable))
    notebook = Path(__file__).resolve().parents[2] / "notebooks" / "02_persona.ipynb"
    status = main(
        [
            "export",
            str(notebook),
            "--journey",
            str(journey_copy("veranda", "nl")),
            "--lang",
            "nl",
            "--to",
            "pdf",
            "-o",
            str(tmp_path),
        ]
    )
    assert status == 0
    pages = _pages_text(tmp_path / "02_persona.pdf")
    assert len(pages) >= 3
    text = " ".join(" ".join(pages).split())
    assert "KLANTREISRAPPORT" in text.upper() and "Persona" in text
    assert "Onderdeel 2" in text  # the Dutch notebook was used (notebooks/nl/02_persona.ipynb)


# ---------------------------------------------------------------- the report (08)
REPORT_CASES = [(case, lang) for case in CASES for lang in LANGS]


@pytest.fixture(scope="module")
def report_pdfs(browser_executable, tmp_path_factory):
    """One printed report per sample and language, shared by every assertion."""
    import os

    os.environ["JOURNEYKIT_BROWSER"] = str(browser_executable)
    done = executed_many([("08_report", case, lang) for case, lang in REPORT_CASES])
    out = tmp_path_factory.mktemp("report-pdf")
    return {
        (case, lang): export_notebook(
            done[("08_report", case, lang)],
            journey_copy(case, lang),
            out / f"{case}.{lang}.pdf",
            to="pdf",
            lang=lang,
            execute=False,
        )
        for case, lang in REPORT_CASES
    }


@pytest.mark.parametrize(("case", "lang"), REPORT_CASES)
def test_report_pdf_reads_like_a_deliverable(report_pdfs, case, lang):
    from _report_checks import page_facts
    from test_report_content import FORBIDDEN

    from journeykit_widgets.handouts import report

    pdf = report_pdfs[(case, lang)]
    pages = page_facts(pdf)
    journey = load(journey_copy(case, lang))
    text = " ".join(" ".join(p.text for p in pages).split())
    assert not [phrase for phrase in FORBIDDEN[lang] if phrase.lower() in text.lower()]

    # Every word at least 6 pt on A4 (fit to page): the maps are vector with real
    # text, drawn at the size they print at, on the same A4 pages as the rest.
    # No rounding: 6.0 pt, less at most pdftotext's/pdfplumber's measuring error.
    smallest = smallest_words(pdf, 1)[0]
    assert smallest.a4_pt >= 6.0 - 0.005, smallest
    assert {(round(p.width), round(p.height)) for p in pages} <= {A4, A4[::-1]}
    drawn = [
        (view, fig)
        for view in report.views()
        if report.has_content(journey, view)
        for fig in report.pages(journey, view)
    ]
    assert not [p.number for p in pages if p.images]  # no map is a raster picture
    map_pages = [
        p for p in pages if p.landscape and " ".join(journey.title.split())[:25] in " ".join(p.text.split())
    ]
    assert len(map_pages) >= len([v for v, _ in drawn if v == "journey"])
    # where the map shortens a lane, the report lists it in full
    shortened = {lane for fig in report.pages(journey, "journey") for lane in fig.journeykit_shortened}
    heading = {"en": "shortened lanes in full", "nl": "ingekorte rijen van de kaart"}[lang]
    assert (heading in text.lower()) == bool(shortened)

    # navigation: contents with the printed page numbers, links there, bookmarks
    marks = bookmarks(pdf)
    texts = page_texts(pdf)
    assert len(marks) >= 5
    contents = next(i for i, x in enumerate(texts) if marks[0][0] in x and marks[-1][0] in x)
    assert contents == 0  # on the cover: alone on page 2 it filled less than half of it
    for title, number in marks:
        assert title in texts[number - 1], (title, number)
        assert f"{title} {number}" in texts[contents], (title, number)
    from_contents = sorted(to for on, to in links(pdf) if on == contents + 1)
    assert from_contents == sorted(number for _, number in marks)
    assert all(to is not None for _, to in links(pdf))
    facts = document_facts(pdf)
    assert facts["lang"] == lang and facts["tagged"]
    assert journey.title in facts["title"] and facts["author"]

    # every page at least ~15 % filled; tables inside the page box
    for page in pages:
        assert page.filled >= 0.15, (page.number, round(page.filled, 2))
        if page.table_right is not None:
            assert page.table_right <= page.width - 20, page.number

    # orientation: portrait text, then the maps' landscape pages, then portrait again
    kinds = "".join("L" if p.landscape else "P" for p in pages)
    assert re.fullmatch("P+L+P+", kinds), kinds

    # footer: the journey's title and page numbers, in the journey's language
    word = {"en": "Page", "nl": "Pagina"}[lang]
    for page in pages[1:]:
        flat = " ".join(page.text.split())
        assert f"{word} {page.number} " in flat
        assert " ".join(journey.title.split())[:30] in flat
