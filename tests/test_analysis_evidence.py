"""Evidence coverage per phase and the assumptions to test first, on a journey whose
answers are counted by hand below."""

from __future__ import annotations

import math

from journeykit_widgets.analysis.evidence import (
    assumptions_to_test,
    coverage_sentences,
    evidence_coverage,
    evidence_items,
    evidence_strength,
    localized_evidence_table,
)
from journeykit_widgets.i18n import language
from journeykit_widgets.model import CanvasColumn, Goal, Journey, Touchpoint
from journeykit_widgets.model.evidence import Evidence


def _journey() -> Journey:
    journey = Journey.new("t")  # phases touch, tell, sell, care
    journey.touchpoints = [
        Touchpoint(
            id="tp1",
            name="Ad",
            phase="touch",
            importance=5,
            evidence=Evidence(source="survey", confidence="high"),
            pain_points="Too vague",  # pain evidence not recorded
        ),
        Touchpoint(
            id="tp2",
            name="Blog",
            phase="touch",
            importance=4,
            evidence=Evidence(source="assumption", confidence="low"),
        ),
        Touchpoint(
            id="tp3",
            name="Site",
            phase="tell",
            importance=2,
            pain_points="Slow",
            pain_evidence=Evidence(source="analytics", confidence="low"),
        ),
        Touchpoint(
            id="tp4",
            name="Shop",
            phase="sell",
            importance=5,
            evidence=Evidence(source="analytics", confidence="low"),
        ),
    ]
    journey.goals = [Goal(id="g1", phase="touch", text="Get ideas", evidence=Evidence(source="interview"))]
    canvas = journey.canvas("")
    canvas.current["tell"] = CanvasColumn(
        experience="OK", customer_process="Reads", evidence={"experience": Evidence(source="survey")}
    )
    canvas.ideal["tell"] = CanvasColumn(experience="Great")  # a target, not counted
    return journey.revalidated()


# By hand:
# touch: tp1 (researched), tp1's pain point (not recorded), tp2 (assumed), goal g1 (researched)
# tell:  tp3 (not recorded), tp3's pain point (researched), canvas experience (researched),
#        canvas customer process (not recorded); the ideal cell is not an item
# sell:  tp4 (researched, low confidence)
# care:  nothing
def test_coverage_per_phase_hand_counted():
    table = evidence_coverage(_journey())
    assert list(table["phase"]) == ["touch", "tell", "sell", "care"]
    assert list(table["items"]) == [4, 4, 1, 0]
    assert list(table["researched"]) == [2, 2, 1, 0]
    assert list(table["assumed"]) == [1, 0, 0, 0]
    assert list(table["not_recorded"]) == [1, 2, 0, 0]
    assert list(table["share"][:3]) == [0.5, 0.5, 1.0] and math.isnan(table["share"][3])


def test_items_are_in_map_order_and_kinds():
    kinds = [(i.kind, i.phase) for i in evidence_items(_journey())]
    assert kinds == [
        ("touchpoint", "touch"),
        ("pain_point", "touch"),
        ("touchpoint", "touch"),
        ("touchpoint", "tell"),
        ("pain_point", "tell"),
        ("touchpoint", "sell"),
        ("goal", "touch"),
        ("canvas_cell", "tell"),
        ("canvas_cell", "tell"),
    ]


def test_coverage_sentences_in_both_languages():
    journey = _journey()
    assert coverage_sentences(journey)[0] == "Touch: 2 of 4 items researched"
    with language("nl"):
        assert coverage_sentences(journey)[2] == "Sell: 1 van 1 item onderzocht"


def test_strength_of_evidence():
    assert evidence_strength(Evidence()) == 0
    assert evidence_strength(Evidence(source="assumption", confidence="high")) == 0
    assert evidence_strength(Evidence(source="staff", confidence="low")) == 1
    assert evidence_strength(Evidence(source="staff")) == 2
    assert evidence_strength(Evidence(source="interview", confidence="high")) == 3


# By hand: importance ≥ 4 and evidence not researched or of low confidence:
# tp1's pain point (5, none), tp4 (5, low research), tp2 (4, assumption).
# tp1 itself has high-confidence research; tp3 and its pain point matter little (2).
def test_assumptions_to_test_first_hand_ranked():
    table = assumptions_to_test(_journey())
    assert list(zip(table["kind"], table["touchpoint_id"], strict=True)) == [
        ("pain_point", "tp1"),
        ("touchpoint", "tp4"),
        ("touchpoint", "tp2"),
    ]
    assert list(table["rank"]) == [1, 2, 3] and list(table["importance"]) == [5, 5, 4]
    assert list(table["evidence_status"]) == ["not_recorded", "researched", "assumed"]
    assert table["text"][0] == "Too vague" and table["text"][1] == ""
    assert list(assumptions_to_test(_journey(), limit=1)["touchpoint_id"]) == ["tp1"]


def test_localized_tables_for_people():
    with language("nl"):
        people = localized_evidence_table(assumptions_to_test(_journey()))
        coverage = localized_evidence_table(evidence_coverage(_journey()))
    assert list(people["Onderbouwing"]) == ["niet vastgelegd", "onderzocht", "aangenomen"]
    assert list(people["Soort"]) == ["pijnpunt", "contactpunt", "contactpunt"]
    assert list(people["Zekerheid"])[1:] == ["laag", "laag"]
    assert "touchpoint_id" not in people.columns
    assert list(coverage["Aandeel onderzocht"])[:3] == ["50%", "50%", "100%"]
