"""``journeykit export … --to pptx``: the deck has a title slide, the summary,
one full-size picture per map with its reading in the notes, the action list
as native tables; it reopens with python-pptx and LibreOffice converts it."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from _handouts_support import CASES, LANGS, NOTEBOOKS, journey_copy

from journeykit_widgets import analysis
from journeykit_widgets.handouts import report
from journeykit_widgets.handouts.slides import ROWS_PER_SLIDE, SLIDE_VIEWS
from journeykit_widgets.store import load

pptx = pytest.importorskip("pptx")


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    from journeykit_widgets.cli import main

    out = tmp_path_factory.mktemp("decks")
    made = {}
    for case in CASES:
        for lang in LANGS:
            folder = out / f"{case}.{lang}"
            notebook = NOTEBOOKS / ("08_report.ipynb" if lang == "en" else "nl/08_report.ipynb")
            status = main(
                [
                    "export",
                    str(notebook),
                    "--journey",
                    str(journey_copy(case, lang)),
                    "--to",
                    "pptx",
                    "-o",
                    str(folder),
                ]
            )
            assert status == 0
            made[(case, lang)] = folder / "08_report.pptx"
    return made


def test_the_deck_shows_every_map_of_the_report_in_its_order():
    assert tuple(report.views()) == SLIDE_VIEWS


@pytest.mark.parametrize(("case", "lang"), [(c, lang) for c in CASES for lang in LANGS])
def test_deck_has_the_expected_slides(decks, case, lang):
    journey = load(journey_copy(case, lang))
    deck = pptx.Presentation(decks[(case, lang)])
    slides = list(deck.slides)
    actions = len(report.action_rows(journey)[1])
    table_slides = max(1, -(-actions // ROWS_PER_SLIDE))
    # one slide per printed page: a map split by phase takes a slide per page
    views = [v for v in SLIDE_VIEWS if report.has_content(journey, v) for _ in report.pages(journey, v)]
    assert len(slides) == 2 + len(views) + table_slides
    title_text = " ".join(s.text_frame.text for s in slides[0].shapes if s.has_text_frame)
    assert journey.title in title_text
    summary_text = " ".join(s.text_frame.text for s in slides[1].shapes if s.has_text_frame)
    assert analysis.peak_end(journey).lows[0].name in summary_text
    for slide, view in zip(slides[2 : 2 + len(views)], views, strict=True):
        pictures = [s for s in slide.shapes if s.shape_type == pptx.enum.shapes.MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1
        picture = pictures[0]
        # full size: touches both sides or both top and bottom of the slide
        assert picture.width >= deck.slide_width * 0.99 or picture.height >= deck.slide_height * 0.99
        assert str(report.reading(journey, view)) in slide.notes_slide.notes_text_frame.text
    rows = 0
    cells = []
    for slide in slides[2 + len(views) :]:
        tables = [s.table for s in slide.shapes if s.has_table]
        rows += sum(len(tb.rows) - 1 for tb in tables)
        for tb in tables:
            assert tb.cell(0, 0).text == {"en": "Phase", "nl": "Fase"}[lang]
            cells += [cell.text for row in tb.rows for cell in row.cells]
    assert rows == actions
    # every owned action's owner and status (in the deck's language) is on the slides
    for action in journey.actions:
        assert action.owner in cells
    statuses = {"en": {"open", "doing", "done"}, "nl": {"open", "bezig", "klaar"}}[lang]
    assert {a.status for a in journey.actions} and statuses >= {c for c in cells if c in statuses}
    assert len({c for c in cells if c in statuses}) == len({a.status for a in journey.actions})


def test_libreoffice_converts_the_deck(decks, tmp_path):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (libreoffice-impress) is required in CI to check the slides")
        pytest.skip("LibreOffice is not installed: the PPTX is not checked in Impress here")
    deck = decks[("veranda", "nl")]
    profile = tmp_path / "profile"
    result = subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(deck),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "08_report.pdf"
    from pypdf import PdfReader

    assert len(PdfReader(pdf).pages) == len(pptx.Presentation(deck).slides)
