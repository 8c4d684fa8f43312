"""The deck's text measuring and the map's pagination: a phase with more text
than a slide holds continues on the next slide, every text once, none below
10 pt, none cut."""

from __future__ import annotations

import pytest

from journeykit_widgets.handouts.deck import layout as L
from journeykit_widgets.handouts.deck import map_slides
from journeykit_widgets.handouts.deck.text_fit import text_width, wrap
from journeykit_widgets.i18n import language
from journeykit_widgets.model import Touchpoint
from journeykit_widgets.samples import load_sample

pptx = pytest.importorskip("pptx")


def test_widths_are_arials():
    # Arial's advance widths (Liberation Sans has the same): "Hello world" is 4.945 em
    assert text_width("Hello world", 10) == pytest.approx(49.45, abs=0.05)
    # a glyph the font lacks (a CJK ideograph, an emoji) counts one em, never less
    assert text_width("中文🚲", 10) == pytest.approx(30)


def test_wrap_keeps_every_word_and_stays_inside_the_width():
    text = "Quotes take weeks and nobody knows whether a permit is needed " * 4
    lines = wrap(text.strip(), 150, 11)
    assert len(lines) > 3
    assert " ".join(lines).split() == text.split()
    assert all(text_width(line, 11) <= 150 for line in lines)
    # a word longer than the line is cut into pieces that fit, not lost
    long_word = "Klantcontactmedewerkersopleidingsprogramma"
    pieces = wrap(long_word, 60, 11)
    assert "".join(pieces) == long_word and all(text_width(p, 11) <= 60 for p in pieces)


def _crowded():
    """The veranda journey with twelve more touchpoints in its first phase, each
    with a long pain point: more text than one slide holds at 10 pt."""
    journey = load_sample("veranda", "en")
    first = journey.phases[0].id
    extra = [
        Touchpoint(
            name=f"Extra touchpoint {i}",
            phase=first,
            pain_points=f"Pain {i}: "
            + " ".join(["the customer waits and does not know who to call next"] * 3),
            emotion=-1,
        )
        for i in range(12)
    ]
    return journey.model_copy(update={"touchpoints": [*journey.touchpoints, *extra]}), first


def test_a_phase_too_long_for_a_slide_continues_on_the_next(tmp_path):
    journey, first = _crowded()
    with language("en"):
        parts = map_slides.map_parts(journey)
        mine = [p for p in parts if [ph.id for ph in p.phases] == [first]]
        assert len(mine) >= 2 and not mine[0].continued and all(p.continued for p in mine[1:])
        # every text of the phase is shown once, in order, over its slides
        shown = [text for part in mine for lane in part.cells for text in part.cells[lane].get(first, [])]
        all_cells = map_slides.map_parts(journey.model_copy(update={"phases": journey.phases[:1]}))
        assert len(shown) == sum(len(part.cells[lane][first]) for part in all_cells for lane in part.cells)
        assert len(shown) == len(set(shown))
        for part in parts:
            assert sum(map_slides._row_heights(part)) <= L.CONTENT_H
        prs = L.new_presentation()
        map_slides.map_slides(prs, journey, "footer", "reading")
    path = tmp_path / "map.pptx"
    prs.save(path)
    deck = pptx.Presentation(path)
    titles = [slide.shapes.title.text_frame.text for slide in deck.slides]
    assert any(title.endswith("(continued)") for title in titles)
    texts = []
    for slide in deck.slides:
        (table,) = [s for s in slide.shapes if s.has_table]
        assert table.top + table.height <= L.BOTTOM
        for row in table.table.rows:
            for cell in row.cells:
                for paragraph in cell.text_frame.paragraphs:
                    texts.append(paragraph.text)
                    assert all(run.font.size.pt >= 10 for run in paragraph.runs)
    for tp in journey.touchpoints:
        assert tp.name in texts
        if tp.pain_points:
            assert any(tp.pain_points in text for text in texts)


def _long_cells():
    """The veranda journey with a current-state cell of the canvas and a blueprint
    lane each holding more text than a whole slide does at 10.5 pt."""
    journey = load_sample("veranda", "en")
    first = journey.phases[0].id
    canvas = next(c for c in journey.canvases if c.role == "")
    story = " ".join(
        f"Step {i}: the fitter calls twice, nobody answers, the quote is late." for i in range(45)
    )
    canvas.current[first] = canvas.current[first].model_copy(update={"customer_process": story})
    tasks = "\n".join(
        f"Task {i}: planning checks stock, books the crew, confirms the date." for i in range(40)
    )
    journey.blueprint[0] = journey.blueprint[0].model_copy(update={"backstage": tasks})
    return journey, story, tasks


def test_a_canvas_or_blueprint_cell_taller_than_a_slide_continues(tmp_path):
    from journeykit_widgets.handouts.deck import drawn_grids

    journey, story, tasks = _long_cells()
    with language("en"):
        prs = L.new_presentation()
        drawn_grids.canvas_slides(prs, journey, "footer", "reading")
        drawn_grids.blueprint_slides(prs, journey, "footer", "reading")
    path = tmp_path / "long.pptx"
    prs.save(path)
    cells: dict[str, list[str]] = {"Canvas": [], "Service blueprint": []}
    continued = []
    for slide in pptx.Presentation(path).slides:
        (table,) = [s for s in slide.shapes if s.has_table]
        assert table.top + table.height <= L.BOTTOM, slide.shapes.title.text_frame.text
        continued.append(slide.shapes.title.text_frame.text.endswith("(continued)"))
        for row in table.table.rows:
            for cell in row.cells:
                for paragraph in cell.text_frame.paragraphs:
                    assert all(run.font.size.pt >= 10 for run in paragraph.runs)
                cells[table.name].append(cell.text.replace("\v", "\n"))
    assert sum(continued) >= 2
    # every word of the long texts is on the slides, in order, none twice
    shown = " ".join(text for text in cells["Canvas"] if text.startswith("Step") or " Step " in text)
    assert shown.split() == story.split()
    pieces = [text for text in cells["Service blueprint"] if text.startswith("Task")]
    assert len(pieces) >= 2 and "\n".join(pieces) == tasks


def test_a_single_card_taller_than_a_slide_continues_on_the_next():
    journey = load_sample("veranda", "en")
    point = journey.touchpoints[0]
    story = " ".join(
        f"Finding {i}: the customer waited a week for an answer that never came." for i in range(120)
    )
    journey.touchpoints[0] = point.model_copy(update={"pain_points": story})
    with language("en"):
        parts = map_slides.map_parts(journey)
    assert all(sum(map_slides._row_heights(part)) <= L.CONTENT_H for part in parts)
    mine = [p for p in parts if point.phase in [ph.id for ph in p.phases]]
    pieces = [
        text for part in mine for text in part.cells["pain_points"].get(point.phase, []) if "Finding" in text
    ]
    assert len(pieces) >= 2 and any(part.continued for part in mine)
    # every word once, in order (after the lane's mark: "•", or "?" where no research backs it)
    assert " ".join(pieces).lstrip("•? ").split() == story.split()
