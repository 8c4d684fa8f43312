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

PDFS = [
    (name, case, lang, variant)
    for name in HANDOUT_NOTEBOOKS
    for case in CASES
    for lang in LANGS
    for variant in ("report", "participant", "facilitator")
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
    assert "Page 1" not in cover and "Pagina 1" not in cover  # the cover has no footer
    word = {"en": "Page", "nl": "Pagina"}[lang]
    assert f"{word} 2 {'of' if lang == 'en' else 'van'} {count}" in " ".join(pages[1].split())
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
    from _report_checks import page_facts, printed_min_pt
    from test_report_content import FORBIDDEN

    from journeykit_widgets.handouts import report

    pdf = report_pdfs[(case, lang)]
    pages = page_facts(pdf)
    journey = load(journey_copy(case, lang))
    text = " ".join(" ".join(p.text for p in pages).split())
    assert not [phrase for phrase in FORBIDDEN[lang] if phrase.lower() in text.lower()]

    # no text below 6 pt, printed text or the maps' type as printed
    smallest = min(p.min_char_pt for p in pages if p.min_char_pt)
    assert smallest >= 6, smallest
    # The maps print in the report's order, one per landscape page; a map too large
    # for one A3 page at 6 pt (the Dutch seven-phase journey) over several.
    drawn = [
        (view, fig)
        for view in report.views()
        if report.has_content(journey, view)
        for fig in report.pages(journey, view)
    ]
    placed = [(page, image) for page in pages for image in page.images]
    assert len(placed) == len(drawn), [(p.number, i["src"]) for p, i in placed]
    printed = {}
    for (page, image), (view, fig) in zip(placed, drawn, strict=True):
        w, h = fig.get_size_inches()
        # the PNG is the figure at the report's resolution (±1 px: matplotlib truncates)
        assert abs(image["src"][0] - w * report.DPI) <= 1 and abs(image["src"][1] - h * report.DPI) <= 1, view
        assert page.landscape, (view, page.number)
        printed[(view, page.number)] = printed_min_pt(image, report.min_text_size(fig), w)
    assert min(printed.values()) >= 6, printed

    # every page at least ~15 % filled; tables inside the page box
    for page in pages:
        assert page.filled >= 0.15, (page.number, round(page.filled, 2))
        if page.table_right is not None:
            assert page.table_right <= page.width - 20, page.number

    # orientation: portrait text, then one landscape page per map, then portrait again;
    # a section never changes orientation (each map section is exactly one page)
    kinds = "".join("L" if p.landscape else "P" for p in pages)
    assert re.fullmatch("P+" + "L" * len(drawn) + "P+", kinds), kinds

    # footer: the journey's title and page numbers, in the journey's language
    word = {"en": "Page", "nl": "Pagina"}[lang]
    for page in pages[1:]:
        flat = " ".join(page.text.split())
        assert f"{word} {page.number} " in flat
        assert " ".join(journey.title.split())[:30] in flat
