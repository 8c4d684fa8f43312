"""Dot voting as journey data: the round, its limits, the schema step, two voters at once."""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path

import pytest

from journeykit_widgets.i18n import language
from journeykit_widgets.model import (
    SCHEMA_VERSION,
    Journey,
    JourneyValidationError,
    Touchpoint,
    parse_journey,
)
from journeykit_widgets.model.votes import (
    close_round,
    covered_items,
    last_closed,
    open_round,
    open_round_of,
    set_dots,
    vote_counts,
)
from journeykit_widgets.store import close_vote, load, open_vote, place_dots, save

V1_FILE = Path(__file__).resolve().parent / "data" / "airline.v1.en.json"
V2_FILE = V1_FILE.with_name("airline.v2.en.json")


def _journey() -> Journey:
    journey = Journey.new("Votes")
    phase = journey.phases[0].id
    journey.touchpoints += [
        Touchpoint(id="tp-a", name="Queue", phase=phase, pain_points="Long wait"),
        Touchpoint(id="tp-b", name="Desk", phase=phase, pain_points="Rude", opportunities="Smile"),
        Touchpoint(id="tp-c", name="Gate", phase=phase),
    ]
    return journey


def _file(tmp_path: Path) -> Path:
    return save(_journey(), tmp_path / "votes.json")


# ----------------------------------------------------------------- schema
def test_schema_version_is_3_and_a_version_2_file_loads_unchanged_and_saves_as_3(tmp_path):
    assert SCHEMA_VERSION == 3
    source = V2_FILE
    old = json.loads(source.read_text("utf-8"))
    assert old["schema_version"] == 2  # the airline sample as version 2 wrote it
    path = Path(shutil.copy(source, tmp_path / "v2.json"))
    journey = load(path)
    assert journey.votes == [] and journey.schema_version == 3
    assert path.read_text("utf-8") == source.read_text("utf-8")  # loading never writes
    assert [tp.name for tp in journey.touchpoints] == [tp["name"] for tp in old["touchpoints"]]
    save(journey, path)
    again = json.loads(path.read_text("utf-8"))
    assert again["schema_version"] == 3 and again["votes"] == []
    assert load(path) == journey


def test_a_version_1_file_loads_and_saves_as_3(tmp_path):
    path = Path(shutil.copy(V1_FILE, tmp_path / "v1.json"))
    journey = load(path)
    assert journey.schema_version == 3 and journey.votes == []
    save(journey, path)
    assert json.loads(path.read_text("utf-8"))["schema_version"] == 3


# ----------------------------------------------------------------- limits
def test_a_voter_never_has_more_than_n_dots_and_a_new_count_replaces_the_old():
    journey = _journey()
    vote = open_round(journey, "pain_points", dots_per_person=3, by="Fien")
    set_dots(journey, vote.id, "anna", "tp-a", 2)
    set_dots(journey, vote.id, "anna", "tp-a", 2)  # sent twice: still 2, not 4
    set_dots(journey, vote.id, "anna", "tp-b", 1)
    assert vote.mine("anna") == {"tp-a": 2, "tp-b": 1} and vote.left("anna") == 0
    with language("nl"), pytest.raises(JourneyValidationError, match="Geen stippen meer over"):
        set_dots(journey, vote.id, "anna", "tp-b", 2)
    # moving a dot: take it back from one item, place it on another
    set_dots(journey, vote.id, "anna", "tp-a", 1)
    set_dots(journey, vote.id, "anna", "tp-b", 2)
    assert vote.mine("anna") == {"tp-a": 1, "tp-b": 2}
    set_dots(journey, vote.id, "anna", "tp-a", 0)
    assert vote.mine("anna") == {"tp-b": 2} and vote.left("anna") == 1


def test_a_round_on_pain_points_covers_only_cards_with_a_pain_point():
    journey = _journey()
    assert covered_items(journey, "pain_points") == ["tp-a", "tp-b"]
    assert covered_items(journey, "opportunities") == ["tp-b"]
    assert covered_items(journey, "touchpoints") == ["tp-a", "tp-b", "tp-c"]
    vote = open_round(journey, "pain_points")
    with language("en"), pytest.raises(JourneyValidationError, match="not part of the dot vote"):
        set_dots(journey, vote.id, "anna", "tp-c", 1)


def test_one_round_open_at_a_time_and_a_closed_round_takes_no_dots():
    journey = _journey()
    vote = open_round(journey, "touchpoints", 2, by="Fien")
    with language("en"), pytest.raises(JourneyValidationError, match="already open"):
        open_round(journey)
    set_dots(journey, vote.id, "anna", "tp-c", 2)
    close_round(journey, by="Fien")
    assert open_round_of(journey) is None and last_closed(journey) is vote
    assert vote.closed_by == "Fien" and vote.closed_at is not None
    with language("en"), pytest.raises(JourneyValidationError, match="closed"):
        set_dots(journey, vote.id, "anna", "tp-c", 1)
    assert vote_counts(journey) == {"tp-c": 2}


def test_a_file_with_too_many_dots_for_one_voter_is_refused_naming_the_round():
    data = _journey().model_dump(mode="json")
    data["votes"] = [
        {
            "id": "vote-1",
            "dots_per_person": 2,
            "dots": [
                {"voter": "anna", "item": "tp-a", "count": 2},
                {"voter": "anna", "item": "tp-b", "count": 1},
            ],
        }
    ]
    with language("nl"), pytest.raises(JourneyValidationError) as info:
        parse_journey(data)
    text = str(info.value)
    assert "Stemronde 1" in text and "anna plaatste 3 stippen; iedereen heeft er 2" in text


def test_counts_leave_out_a_card_deleted_after_the_vote():
    journey = _journey()
    vote = open_round(journey, "touchpoints", 5)
    set_dots(journey, vote.id, "anna", "tp-a", 3)
    set_dots(journey, vote.id, "bob", "tp-c", 1)
    close_round(journey)
    journey.touchpoints = [tp for tp in journey.touchpoints if tp.id != "tp-c"]
    assert vote_counts(journey) == {"tp-a": 3}


# ------------------------------------------------------- through the edit path
def test_open_place_close_through_the_file_with_history(tmp_path):
    path = _file(tmp_path)
    with language("en"):
        opened = open_vote(path, "pain_points", 3, hidden=True, by="Fien", round_id="vote-1")
        assert opened.saved and not opened.problems
        refused = open_vote(path, "touchpoints", 3, by="Fien")
        assert not refused.saved and "already open" in refused.problems[0].what
        assert place_dots(path, "vote-1", "anna", "tp-a", 2).saved
        over = place_dots(path, "vote-1", "anna", "tp-b", 2)
        assert not over.saved and "No dots left" in over.problems[0].what
        assert close_vote(path, by="Fien").saved
    journey = load(path)
    assert vote_counts(journey) == {"tp-a": 2}
    summaries = [r.summary for r in journey.revisions]
    assert summaries[-3:] == ["Dot vote opened", "Dots placed", "Dot vote closed"]
    # a hidden round's history does not say who put dots where
    assert journey.revisions[-2].changes == []
    assert "counts hidden" in journey.revisions[-3].changes[0]


def _voter(path: str, voter: str, items: list[str], count: int, barrier, out) -> None:
    barrier.wait()
    out.put((voter, items, [place_dots(path, "vote-1", voter, item, count).saved for item in items]))


def _at_once(path: Path, jobs: list[tuple[str, list[str], int]]) -> list:
    """Run each (voter, items, count) in its own process, all starting together
    (a barrier, not a sleep): like people on one file from two kernels."""
    context = multiprocessing.get_context("spawn")
    barrier, out = context.Barrier(len(jobs)), context.Queue()
    procs = [context.Process(target=_voter, args=(str(path), *job, barrier, out)) for job in jobs]
    for proc in procs:
        proc.start()
    results = sorted(out.get(timeout=120) for _ in procs)
    for proc in procs:
        proc.join(timeout=60)
    return results


def test_two_voters_at_once_on_one_file_are_both_counted(tmp_path):
    path = _file(tmp_path)
    open_vote(path, "touchpoints", 3, round_id="vote-1")
    items = ["tp-a", "tp-b", "tp-c"]
    results = _at_once(path, [("anna", items, 1), ("bob", items, 1)])
    assert [saved for *_, saved in results] == [[True, True, True], [True, True, True]]
    vote = load(path).votes[0]
    assert vote.mine("anna") == vote.mine("bob") == {"tp-a": 1, "tp-b": 1, "tp-c": 1}
    assert vote.counts() == {"tp-a": 2, "tp-b": 2, "tp-c": 2}


def test_one_voter_in_two_tabs_at_once_never_gets_past_n(tmp_path):
    path = _file(tmp_path)
    open_vote(path, "touchpoints", 3, round_id="vote-1")
    results = _at_once(path, [("anna", ["tp-a"], 2), ("anna", ["tp-b"], 2)])
    assert sorted(saved[0] for *_, saved in results) == [False, True]  # 2 + 2 > 3: one is refused
    assert sum(load(path).votes[0].mine("anna").values()) == 2


def test_the_subjects_a_round_can_be_on_are_listed_once():
    from typing import get_args

    from journeykit_widgets.frameworks.voting import VOTE_SUBJECTS
    from journeykit_widgets.model import votes

    assert get_args(votes.Subject) == VOTE_SUBJECTS
