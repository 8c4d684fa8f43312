"""Maps show what is assumed: hatched cards with a "?" and a legend entry on the
journey map, and the registered "evidence" view (coverage per phase)."""

from __future__ import annotations

import pytest

from journeykit_widgets.i18n import language
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.evidence import Evidence
from journeykit_widgets.render.evidence_marks import hatch_segments
from journeykit_widgets.render.journey_map import journey_map
from journeykit_widgets.render.views import view, view_names
from journeykit_widgets.samples import load_sample


def _journey(*evidence: Evidence) -> Journey:
    journey = Journey.new("t")
    journey.touchpoints = [
        Touchpoint(id=f"tp{i}", name=f"Card {i}", phase="touch", evidence=e) for i, e in enumerate(evidence)
    ]
    return journey.revalidated()


def _texts(fig) -> list[str]:
    from matplotlib.text import Text

    return [artist.get_text() for artist in fig.findobj(lambda a: isinstance(a, Text))]


def test_not_researched_cards_get_a_mark_and_the_legend_explains_it():
    fig = journey_map(_journey(Evidence(source="survey"), Evidence(source="assumption"), Evidence()))
    texts = _texts(fig)
    assert texts.count("?") == 2  # the assumption and the card without a source
    assert any("assumed or not researched" in text for text in texts)


def test_a_fully_researched_map_has_no_mark_and_no_legend_entry():
    with language("nl"):
        texts = _texts(journey_map(_journey(Evidence(source="interview"), Evidence(source="staff"))))
    assert "?" not in texts and not any("niet onderzocht" in text for text in texts)


def test_assumed_pain_points_take_the_question_mark_as_their_bullet():
    journey = _journey(Evidence(source="survey"), Evidence(source="survey"), Evidence(source="survey"))
    journey.touchpoints[0].pain_points = "Queue at the desk"
    journey.touchpoints[0].pain_evidence = Evidence(source="observation")
    journey.touchpoints[1].pain_points = "Hidden fees"
    journey.touchpoints[1].pain_evidence = Evidence(source="assumption")
    journey.touchpoints[2].pain_points = "No reply"  # no source recorded: not researched either
    lines = [line for text in _texts(journey_map(journey)) for line in text.splitlines()]
    assert "• Queue at the desk" in lines
    assert "? Hidden fees" in lines and "? No reply" in lines
    assert any("assumed or not researched" in line for line in lines)  # the legend


def test_researched_pain_points_alone_need_no_legend_entry():
    journey = _journey(Evidence(source="survey"))
    journey.touchpoints[0].pain_points = "Queue at the desk"
    journey.touchpoints[0].pain_evidence = Evidence(source="observation")
    lines = [line for text in _texts(journey_map(journey)) for line in text.splitlines()]
    assert "• Queue at the desk" in lines
    assert not any("assumed or not researched" in line for line in lines)


def test_hatch_lines_stay_inside_the_card():
    segments = hatch_segments(10, 20, 40, 15, 5)
    assert len(segments) >= 8
    for segment in segments:
        for x, y in segment:
            assert 10 - 1e-9 <= x <= 50 + 1e-9 and 20 - 1e-9 <= y <= 35 + 1e-9


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_evidence_view_is_registered_and_draws_the_coverage(lang):
    assert "evidence" in view_names()
    journey = load_sample("veranda", lang)
    texts = _texts(view("evidence").figure(journey))
    title = {"en": "Evidence coverage", "nl": "Onderbouwing per fase"}[lang]
    assert title in texts
    line = {"en": "7 of 11 items researched", "nl": "7 van 11 items onderzocht"}[lang]
    assert line in texts  # the awareness phase, counted in test_analysis_evidence's rules
    assert view("evidence").caption(journey).endswith(journey.title)


def test_evidence_view_of_an_empty_journey_says_what_to_do():
    texts = _texts(view("evidence").figure(Journey.new("t")))
    assert any("add touchpoints" in text for text in texts)


def test_canvas_marks_current_cells_without_research():
    from journeykit_widgets.model import CanvasColumn

    journey = Journey.new("t")
    journey.canvas("").current["touch"] = CanvasColumn(
        customer_process="Searches",  # no evidence: marked
        experience="Happy",
        evidence={"experience": Evidence(source="survey")},  # researched: not marked
    )
    journey.canvas("").ideal["touch"] = CanvasColumn(customer_process="Finds us")  # a target: never marked
    texts = _texts(view("canvas").figure(journey.revalidated(), state="both"))
    assert texts.count("?") == 1
    assert any("cell assumed or not researched" in text for text in texts)
