"""Gap analysis, the quadrant boundary, coverage per phase and priorities."""

from __future__ import annotations

import pytest
from _analysis_fixtures import journey_with

from journeykit_widgets.analysis import HIGH, QUADRANT_LINE, gap_analysis, priorities, quadrant
from journeykit_widgets.i18n import language
from journeykit_widgets.model import Journey


@pytest.mark.parametrize(
    ("importance", "effort", "expected"),
    [
        (5, 1, "under_investing"),
        (4, 3, "under_investing"),  # the boundary: 4 is high, 3 is low
        (4, 4, "keep"),
        (5, 5, "keep"),
        (3, 4, "over_investing"),
        (1, 5, "over_investing"),
        (3, 3, "ignore"),  # the default rating of a new touchpoint
        (1, 1, "ignore"),
    ],
)
def test_quadrant_boundary_is_four(importance, effort, expected):
    assert quadrant(importance, effort) == expected


def test_threshold_constants_agree():
    assert HIGH == 4
    assert QUADRANT_LINE == 3.5
    # Fractional means (e.g. the average of several teams) fall on the same side of the line.
    assert quadrant(3.5, 3.9) == "ignore"
    assert quadrant(4.0, 3.99) == "under_investing"


def test_quadrant_refuses_ratings_off_the_scale():
    with pytest.raises(ValueError, match="between 1 and 5, got 6"):
        quadrant(6, 3)
    with language("nl"), pytest.raises(ValueError, match="tussen 1 en 5"):
        quadrant(3, 0)


def _airline():
    return journey_with(
        ("Safety banner", "touch", 1, 2, 5),
        ("YouTube ad", "touch", 2, 3, 4),
        ("Fare page", "tell", 0, 5, 2),
        ("Booking module", "sell", 2, 5, 5),
        ("Luggage info", "sell", -2, 4, 1),
        # no touchpoints in "care" at all
    )


def test_over_and_under_investment_hand_computed():
    result = gap_analysis(_airline())
    # under: importance - effort: Luggage 3, Fare page 3 -> equal gaps keep journey order
    assert list(result.under_investment["touchpoint"]) == ["Fare page", "Luggage info"]
    assert list(result.under_investment["gap"]) == [3, 3]
    # over: Banner gap -3, YouTube -1 -> largest over-investment first
    assert list(result.over_investment["touchpoint"]) == ["Safety banner", "YouTube ad"]
    assert list(result.table()["quadrant"]) == [
        "over_investing",
        "over_investing",
        "under_investing",
        "keep",
        "under_investing",
    ]


def test_coverage_per_phase_marks_empty_and_weak_phases():
    cov = gap_analysis(_airline()).coverage
    assert list(cov["phase"]) == ["touch", "tell", "sell", "care"]
    assert list(cov["touchpoints"]) == [2, 1, 2, 0]
    assert list(cov["status"]) == ["covered", "weak", "covered", "none"]
    assert cov.loc[0, "importance"] == pytest.approx(2.5)
    assert cov.loc[2, "emotion"] == pytest.approx(0.0)
    assert cov["importance"].isna().tolist() == [False, False, False, True]


def test_summary_names_findings_in_both_languages():
    result = gap_analysis(_airline())
    text = result.summary()
    assert "Under-investment (2): “Fare page” and “Luggage info”" in text
    assert "Over-investment (2): “Safety banner” and “YouTube ad”" in text
    assert "No touchpoints at all in “Care”" in text
    assert "Weak coverage in “Tell”" in text
    with language("nl"):
        text = result.summary()
        table = result.table(localized=True)
    assert "Onderinvestering (2): ‘Fare page’ en ‘Luggage info’" in text
    assert "Helemaal geen contactpunten in ‘Care’" in text
    assert "Kwadrant" in table.columns and "touchpoint_id" not in table.columns
    assert table["Actie"].iloc[0] == "stoppen of verminderen"


def test_single_touchpoint_and_empty_journey():
    one = gap_analysis(journey_with(("Chat", "sell", 0, 4, 4)))
    assert one.under_investment.empty and one.over_investment.empty
    assert list(one.coverage["status"]) == ["none", "none", "covered", "none"]
    empty = gap_analysis(Journey.new("Empty"))
    assert empty.table().empty
    assert "no touchpoints" in empty.summary()
    assert priorities(Journey.new("Empty")).empty


def test_all_good_gives_reassuring_summary():
    journey = journey_with(*[(p, p, 0, 4, 4) for p in ("touch", "tell", "sell", "care")])
    text = gap_analysis(journey).summary()
    assert "No under-investment" in text and "No over-investment" in text
    assert "Every phase has at least one touchpoint" in text


def test_priorities_ranking_hand_computed():
    ranked = priorities(_airline())
    # importance desc, then gap desc, then emotion asc, then journey order:
    # importance 5: Fare page (gap 3), Booking (gap 0); 4: Luggage; 3: YouTube; 2: Banner.
    assert list(ranked["touchpoint"]) == [
        "Fare page",
        "Booking module",
        "Luggage info",
        "YouTube ad",
        "Safety banner",
    ]
    assert list(ranked["rank"]) == [1, 2, 3, 4, 5]
    assert list(ranked["action"]) == ["prioritise", "maintain", "prioritise", "reduce", "reduce"]


def test_priorities_ties_fall_back_to_emotion_then_journey_order():
    journey = journey_with(
        ("A", "touch", 0, 4, 2),
        ("B", "tell", -2, 4, 2),
        ("C", "sell", 0, 4, 2),
    )
    assert list(priorities(journey)["touchpoint"]) == ["B", "A", "C"]
