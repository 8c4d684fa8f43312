"""Comparing journeys: matching touchpoints by id or name, and listing differences."""

from __future__ import annotations

import pytest
from _analysis_fixtures import journey_with

from journeykit_widgets.analysis import compare_journeys
from journeykit_widgets.i18n import language
from journeykit_widgets.model import CanvasColumn, Goal, Journey
from journeykit_widgets.store import save


def _team(**changes):
    rows = {
        "banner": ("Banner", "touch", 0, 2, 5, {"id": "tp-banner", "channel": "advertising"}),
        "site": ("Fare page", "tell", 1, 4, 3, {"id": "tp-site", "channel": "website"}),
        "pay": ("Seats and payment", "sell", -2, 5, 2, {"id": "tp-pay"}),
    }
    rows.update(changes)
    return journey_with(*[r for r in rows.values() if r is not None])


def test_identical_journeys_do_not_differ():
    result = compare_journeys([_team(), _team()], labels=["A", "B"])
    assert result.differences.empty
    assert "do not differ" in result.summary()


def test_differences_hand_listed():
    a = _team()
    b = _team(
        banner=None,  # not on B's map
        site=("Fare page", "sell", 1, 2, 3, {"id": "tp-site", "channel": "website"}),  # moved and re-rated
        podcast=("Podcast ad", "touch", 1, 3, 3, {"id": "tp-podcast"}),  # only on B's map
    )
    d = compare_journeys([a, b], labels=["Team A", "Team B"]).differences
    got = {(r.item, r.field): (r._5, r._6) for r in d.itertuples()}
    assert got == {
        ("Banner", "present"): (True, False),
        ("Fare page", "phase"): ("Tell", "Sell"),
        ("Fare page", "importance"): (4, 2),
        ("Podcast ad", "present"): (False, True),
    }
    assert d.loc[d["field"] == "importance", "spread"].item() == 2


def test_touchpoints_of_separate_teams_match_by_name():
    a = _team()
    # Team B typed its own map: other ids, different case and spacing.
    b = journey_with(
        ("banner", "touch", 0, 2, 5, {"id": "b1", "channel": "advertising"}),
        ("Fare  page", "tell", 1, 4, 3, {"id": "b2", "channel": "website"}),
        ("Seats and payment", "sell", 1, 5, 2, {"id": "b3"}),
    )
    result = compare_journeys([a, b], labels=["A", "B"])
    d = result.differences
    assert list(zip(d["item"], d["field"], d["A"], d["B"], strict=True)) == [
        ("Seats and payment", "emotion", -2, 1)
    ]
    assert result.touchpoints_compared == 3
    assert "“Seats and payment” emotion \u22122 to +1" in result.summary()


def test_three_versions_and_spread():
    versions = [_team(pay=("Seats and payment", "sell", e, 5, 2, {"id": "tp-pay"})) for e in (-2, 0, 3)]
    d = compare_journeys(versions, labels=["v1", "v2", "v3"]).differences
    row = d[d["field"] == "emotion"].iloc[0]
    assert (row["v1"], row["v2"], row["v3"], row["spread"]) == (-2, 0, 3, 5)


def test_phases_goals_canvas_and_persona_differences():
    a = Journey.new("A")
    b = Journey.new("B", phase_model="b2b_five")
    a.goals.append(Goal(phase="touch", text="Find a cheap family trip"))
    a.canvas("").current["touch"] = CanvasColumn(score=2)
    kinds = set(compare_journeys([a, b]).differences["item_kind"])
    assert kinds == {"phase", "goal", "canvas"}
    text = compare_journeys([a, b]).summary()
    assert "The phases of the maps differ." in text
    assert "1 canvas cell differs." in text


def test_files_are_labelled_by_name_and_same_names_numbered(tmp_path):
    paths = []
    for name in ("team_red", "team_blue"):
        path = tmp_path / f"{name}.json"
        save(_team(), path)
        paths.append(path)
    assert compare_journeys(paths).labels == ("team_red", "team_blue")
    assert compare_journeys([_team(), _team()]).labels == ("Test journey (1)", "Test journey (2)")


def test_localized_table_and_dutch_summary():
    a, b = _team(), _team(banner=None)
    result = compare_journeys([a, b], labels=["Rood", "Blauw"])
    with language("nl"):
        table = result.table(localized=True)
        text = result.summary()
    assert list(table.columns) == ["Onderdeel van de kaart", "Item", "Wat", "Rood", "Blauw", "Spreiding"]
    assert table.iloc[0].tolist()[:5] == ["contactpunt", "Banner", "op de kaart", "ja", "nee"]
    assert "Maar op een deel van de kaarten (1): ‘Banner’." in text


def test_needs_two_journeys_and_matching_labels():
    with pytest.raises(ValueError, match="at least two journeys"):
        compare_journeys([_team()])
    with pytest.raises(ValueError, match="1 label"):
        compare_journeys([_team(), _team()], labels=["only one"])
