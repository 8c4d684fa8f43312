"""``journeykit export … --to pptx``: the deck has a title slide, the summary,
every map of the report with its reading in the notes, the action list as
native tables; it reopens with python-pptx and LibreOffice converts it. (What
the slides are made of, their sizes, fonts and geometry: ``test_deck_native``.)"""

from __future__ import annotations

import pytest
from _document_checks import office_pdf
from _handouts_support import CASES, LANGS, NOTEBOOKS, journey_copy

from journeykit_widgets import analysis
from journeykit_widgets.handouts import report
from journeykit_widgets.handouts.slides import slide_views
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
    assert tuple(report.views()) == slide_views()


@pytest.mark.parametrize(("case", "lang"), [(c, lang) for c in CASES for lang in LANGS])
def test_deck_has_the_expected_slides(decks, case, lang):
    journey = load(journey_copy(case, lang))
    deck = pptx.Presentation(decks[(case, lang)])
    slides = list(deck.slides)
    assert slides[0].shapes.title.text_frame.text == journey.title
    summary_text = " ".join(s.text_frame.text for s in slides[1].shapes if s.has_text_frame)
    assert analysis.peak_end(journey).lows[0].name in summary_text
    # every map of the report is in the deck, its reading in the speaker notes
    notes = [slide.notes_slide.notes_text_frame.text for slide in slides]
    for view in slide_views():
        if report.has_content(journey, view):
            assert any(str(report.reading(journey, view)) in text for text in notes), view
    action_slides = [
        slide
        for slide in slides
        if any(
            s.has_table and s.table.cell(0, 0).text in ("Phase", "Fase") and s.name != "Journey map"
            for s in slide.shapes
        )
    ]
    assert action_slides and action_slides == slides[-len(action_slides) :]
    actions = len(report.action_rows(journey)[1])
    rows = 0
    cells = []
    for slide in action_slides:
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
    deck = decks[("veranda", "nl")]
    pdf = office_pdf(deck, tmp_path)
    from pypdf import PdfReader

    assert len(PdfReader(pdf).pages) == len(pptx.Presentation(deck).slides)


# What a pasted text can bring: a vertical tab (a line break in Word and PowerPoint),
# NUL, ESC, BEL, DEL, form feed, and the non-characters U+FFFE / U+FFFF.
CONTROL_TEXTS = [
    "Book\vonline",
    "nul\x00here",
    "esc\x1b[31mred",
    "bell\x07",
    "del\x7fete",
    "ff\x0cpage",
    "non\ufffechar\uffff",
]


def _with_control_characters(journey):
    """The journey with control characters in every kind of text the deck shows.
    ``model_copy(update=...)`` does not validate: the deck must be safe on its own,
    whatever cleaning the model does at its boundary."""
    touchpoints = [
        tp.model_copy(update={"name": f"{CONTROL_TEXTS[i % len(CONTROL_TEXTS)]} {i}"})
        for i, tp in enumerate(journey.touchpoints)
    ]
    actions = [
        a.model_copy(update={"text": f"Act\v{i}\x00", "owner": "Team\x1bA\vB"})
        for i, a in enumerate(journey.actions)
    ]
    persona = journey.persona.model_copy(update={"name": "Anna\vde Vries\x00", "role": "buyer\ufffe"})
    return journey.model_copy(
        update={
            "title": "Trip\vplanning\x00 \x1b",
            "objective": "More\x07 bookings\x7f",
            "touchpoints": touchpoints,
            "actions": actions,
            "personas": [persona, *journey.personas[1:]],
        }
    )


def test_control_characters_in_any_text_never_stop_the_deck(tmp_path, monkeypatch):
    import matplotlib.pyplot as plt

    from journeykit_widgets.handouts.slides import build_deck

    # The maps draw names with their own text code (tested with the maps): here a
    # placeholder picture, so this test looks at the deck's own texts only.
    def one_page(journey, view):
        fig = plt.figure(figsize=(4, 2))
        return [fig]

    monkeypatch.setattr(report, "pages", one_page)
    journey = _with_control_characters(load(journey_copy("airline", "en")))
    path = tmp_path / "deck.pptx"
    build_deck(journey).save(path)  # failed: "All strings must be XML compatible"
    deck = pptx.Presentation(path)
    texts = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if shape.has_table:
                texts.extend(cell.text for row in shape.table.rows for cell in row.cells)
        texts.append(slide.notes_slide.notes_text_frame.text)
    everything = "\n".join(texts)
    # a vertical tab became a line break (python-pptx reads a line break back as "\v")
    assert "Trip\vplanning" in everything or "Trip\nplanning" in everything
    assert "More bookings" in everything
    assert deck.core_properties.title == "Trip\nplanning "
    assert "TeamA\vB" in everything or "TeamA\nB" in everything  # ESC left out, line break kept
    for bad in ("\x00", "\x1b", "\x07", "\x7f", "\x0c", "\ufffe", "\uffff"):
        assert bad not in everything
