"""Evidence on the board: the detail panel's source, reference and confidence of a
card, and a canvas cell's source, each saved by id through the edit path, undoable."""

from __future__ import annotations

import json

import pytest
from _board_support import message as _message

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.evidence import Evidence
from journeykit_widgets.widgets.board import CanvasBoard, JourneyBoard
from journeykit_widgets.widgets.board.viewmodel import journey_view


@pytest.fixture
def path(tmp_path):
    journey = Journey.new("Board evidence", language="en")
    journey.touchpoints += [
        Touchpoint(
            id="tp-1", name="Banner", phase="touch", evidence=Evidence(source="survey", confidence="high")
        ),
        Touchpoint(id="tp-2", name="Booking", phase="sell"),
    ]
    file = tmp_path / "journey.json"
    store.save(journey, file)
    return file


def _set(board, seq, card, field, value):
    action = {"op": "set", "id": card, "field": field, "value": value}
    return _message(board, {"type": "action", "seq": seq, "action": action})


def _cards(board):
    return {c["id"]: c for c in board.view["cards"]}


def test_cards_carry_their_evidence_and_status(path):
    board = JourneyBoard(path)
    cards = _cards(board)
    assert cards["tp-1"]["evidence_source"] == "survey" and cards["tp-1"]["evidence_confidence"] == "high"
    assert cards["tp-1"]["evidence_status"] == "researched"
    assert cards["tp-2"]["evidence_status"] == "not_recorded"
    sources = [o["id"] for o in board.view["evidence"]["sources"]]
    assert sources[0] == "" and "assumption" in sources
    json.dumps(journey_view(store.load(path)))  # still plain JSON


def test_setting_source_reference_and_confidence_saves_each_part_by_id(path):
    board = JourneyBoard(path)
    assert _set(board, 1, "tp-2", "evidence_source", "assumption")["ok"] is True
    assert _set(board, 2, "tp-2", "evidence_reference", "Team guess")["ok"] is True
    assert _set(board, 3, "tp-2", "evidence_confidence", "low")["ok"] is True
    assert store.load(path).touchpoint("tp-2").evidence == Evidence(
        source="assumption", reference="Team guess", confidence="low"
    )
    assert _cards(board)["tp-2"]["evidence_status"] == "assumed"
    # the other card is untouched, found by id
    assert store.load(path).touchpoint("tp-1").evidence == Evidence(source="survey", confidence="high")
    _message(board, {"type": "undo", "seq": 4})
    assert store.load(path).touchpoint("tp-2").evidence.confidence == ""
    assert store.load(path).touchpoint("tp-2").evidence.source == "assumption"


def test_a_bad_source_is_refused_at_its_field_in_the_journeys_language(tmp_path):
    journey = Journey.new("nl", language="nl")
    journey.touchpoints.append(Touchpoint(id="tp-1", name="A", phase="touch"))
    path = store.save(journey, tmp_path / "nl.json")
    before = path.read_text("utf-8")
    ack = _set(JourneyBoard(path), 1, "tp-1", "evidence_source", "rumour")
    assert ack["ok"] is False and ack["problems"][0]["field"] == "evidence_source"
    assert "onbekende soort bron" in ack["problems"][0]["message"]
    assert path.read_text("utf-8") == before


def test_canvas_cell_evidence_is_set_and_undone(path):
    board = CanvasBoard(path)
    cell = {"op": "cell", "role": "", "phase": "touch", "state": "current"}
    _message(board, {"type": "action", "seq": 1, "action": {**cell, "lane": "experience", "value": "Happy"}})
    ack = _message(
        board,
        {"type": "action", "seq": 2, "action": {**cell, "lane": "experience_evidence", "value": "survey"}},
    )
    assert ack["ok"] is True
    column = store.load(path).canvas("").current["touch"]
    assert column.experience == "Happy" and column.lane_evidence("experience").source == "survey"
    assert board.view["cells"]["current"]["touch"]["experience_evidence_status"] == "researched"
    assert board.view["cells"]["current"]["touch"]["customer_process_evidence_status"] == "not_recorded"
    _message(board, {"type": "undo", "seq": 3})
    assert store.load(path).canvas("").current["touch"].lane_evidence("experience").source == ""
    bad = _message(
        board,
        {"type": "action", "seq": 4, "action": {**cell, "lane": "experience_evidence", "value": "gossip"}},
    )
    assert bad["ok"] is False


def test_pain_point_evidence_is_its_own_set_of_fields(path):
    board = JourneyBoard(path)
    assert _cards(board)["tp-1"]["pain_evidence_source"] == ""
    assert _set(board, 1, "tp-1", "pain_evidence_source", "observation")["ok"] is True
    assert _set(board, 2, "tp-1", "pain_evidence_reference", "Shop visit")["ok"] is True
    saved = store.load(path).touchpoint("tp-1")
    assert saved.pain_evidence == Evidence(source="observation", reference="Shop visit")
    assert saved.evidence == Evidence(source="survey", confidence="high")  # the card's own evidence untouched
    assert _cards(board)["tp-1"]["pain_evidence_source"] == "observation"
