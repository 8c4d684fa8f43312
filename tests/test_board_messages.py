"""Whatever the page sends, the board answers: a malformed message gets exactly one
``ack`` with the request's id and a problem in the journey's language (the page shows
it instead of "Saving…" for ever), and the journey file is left as it was."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from _board_support import answers

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets.board import CanvasBoard, JourneyBoard, protocol
from journeykit_widgets.widgets.board import widget as board_widget
from journeykit_widgets.widgets.board.protocol import PROTOCOL_VERSION

HUGE = "x" * 1_000_000
SET = {"op": "set", "id": "tp-1", "field": "name", "value": "Renamed"}
CELL = {
    "op": "cell",
    "role": "",
    "state": "ideal",
    "phase": "touch",
    "lane": "experience",
    "value": "Finds us",
}


def _action(seq, action):
    return {"type": "action", "seq": seq, "action": action}


def _without(action, field):
    return {k: v for k, v in action.items() if k != field}


MALFORMED = [
    # not a message at all
    "hello",
    ["action", {"op": "delete", "id": "tp-1"}],
    5,
    None,
    True,
    # no type, or one the board does not know
    {},
    {"seq": 1, "action": SET},
    {"type": "nope", "seq": 2},
    {"type": ["action"], "seq": 3, "action": SET},
    {"type": None, "seq": 4},
    {"type": "state", "state": "both"},  # the journey map has no ideal/current
    # the action is not a set of named values
    {"type": "action", "seq": 5, "action": "set"},
    {"type": "action", "seq": 6, "action": ["set", "tp-1", "name", "x"]},
    {"type": "action", "seq": 7, "action": 7},
    {"type": "action", "seq": 8, "action": None},
    {"type": "action", "seq": 9},
    {"type": "action", "seq": 10, "action": True},
    # no request id, or one of the wrong kind: not acted on
    {"type": "action", "action": {"op": "delete", "id": "tp-1"}},
    {"type": "action", "seq": {"n": 1}, "action": {"op": "delete", "id": "tp-1"}},
    {"type": "undo"},
    # the op
    _action(11, _without(SET, "op")),
    _action(12, {**SET, "op": "explode"}),
    _action(13, {**SET, "op": ["set"]}),
    _action(14, {**SET, "op": HUGE}),
    # a list (or worse) where a field name belongs
    _action(15, {**SET, "field": ["name"]}),
    _action(16, {**SET, "field": {"name": 1}}),
    _action(17, {**SET, "field": "colour"}),
    _action(18, {**SET, "field": "id", "value": "tp-x"}),
    _action(19, {**SET, "field": HUGE}),
    _action(20, _without(SET, "value")),
    _action(21, {**SET, "id": ["tp-1"]}),
    _action(22, _without(SET, "id")),
    _action(23, {**SET, "value": HUGE}),
    _action(24, {**SET, "value": [[[[["deep"]]]]]}),
    # canvas cells
    _action(25, _without(CELL, "phase")),
    _action(26, {**CELL, "phase": ["touch"]}),
    _action(27, {**CELL, "lane": "weather"}),
    _action(28, {**CELL, "state": "tomorrow"}),
    _action(29, {**CELL, "role": 3}),
    # adding, moving, deleting, restoring
    _action(30, {"op": "add", "id": "tp-9", "phase": "touch"}),
    _action(31, {"op": "add", "id": "tp-9", "name": "New", "phase": "touch", "fields": "channel=email"}),
    _action(
        32,
        {
            "op": "add",
            "id": "tp-9",
            "name": "New",
            "phase": "touch",
            "fields": {f"f{i}": i for i in range(500)},
        },
    ),
    _action(33, {"op": "move", "id": "tp-1"}),
    _action(34, {"op": "move", "id": "tp-1", "phase": None}),
    _action(35, {"op": "delete", "id": None}),
    _action(36, {"op": "restore", "touchpoint": "tp-1"}),
    _action(37, {"op": "restore", "touchpoint": {"name": "No id", "phase": "touch"}}),
    # view settings
    {"type": "role", "role": ["buyer"]},
    {"type": "role"},
]


@pytest.fixture(params=["en", "nl"])
def board(request, tmp_path):
    journey = Journey.new("Messages", language=request.param)
    journey.touchpoints += [Touchpoint(id="tp-1", name="Banner", phase="touch")]
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return JourneyBoard(path)


# What every refusal says, so a person knows the file was not touched.
UNTOUCHED = {"en": "nothing was", "nl": "niets"}


def test_there_are_enough_malformed_messages():
    assert len(MALFORMED) >= 35


@pytest.mark.parametrize("content", MALFORMED, ids=lambda c: json.dumps(c)[:60])
def test_a_malformed_message_gets_one_answer_in_the_users_language(board, content):
    before = board.path.read_bytes()
    sent = answers(board, content)
    assert len(sent) == 1, sent
    ack = sent[0]
    seq = content.get("seq") if isinstance(content, dict) else None
    assert ack["type"] == "ack" and ack["ok"] is False
    assert ack["seq"] == (seq if isinstance(seq, int) else None)
    [problem] = ack["problems"]
    text = problem["message"]
    assert UNTOUCHED[board.journey.language] in text
    assert "board_message." not in text and "Traceback" not in text
    assert len(json.dumps(ack)) < 1000  # a short excerpt of the value, never the value
    assert board.path.read_bytes() == before


def test_a_huge_value_is_quoted_as_a_short_excerpt(board):
    ack = answers(board, _action(1, {**SET, "field": "colour" + HUGE}))[0]
    assert "x" * 41 not in ack["problems"][0]["message"]


def test_an_exception_while_saving_becomes_an_answer_and_a_logged_traceback(board, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("the disk said no")

    monkeypatch.setattr(board_widget.store, "apply_edit", broken)
    with caplog.at_level(logging.ERROR, logger=board_widget.__name__):
        [ack] = answers(board, _action(41, SET))
    assert ack["seq"] == 41 and ack["ok"] is False
    assert "the disk said no" in ack["problems"][0]["message"]
    assert "board_message." not in ack["problems"][0]["message"]
    assert any(record.exc_info for record in caplog.records)  # the developer gets the traceback


def test_well_formed_messages_still_work(board):
    [ack] = answers(board, _action(1, SET))
    assert ack == {"type": "ack", "v": PROTOCOL_VERSION, "seq": 1, "ok": True, "saved": True, "problems": []}
    # a move from the detail panel carries field and value too: extra keys are fine
    [ack] = answers(
        board, _action(2, {"op": "move", "id": "tp-1", "field": "phase", "phase": "care", "value": "care"})
    )
    assert ack["ok"] is True
    assert store.load(board.path).touchpoint("tp-1").phase == "care"
    assert answers(board, {"type": "role", "role": "*"}) == []  # a view setting is answered with a view


def test_the_canvas_takes_its_state_message(tmp_path):
    path = tmp_path / "canvas.json"
    store.save(Journey.new("Canvas", language="en"), path)
    canvas = CanvasBoard(path)
    assert answers(canvas, {"type": "state", "state": "both"}) == []
    assert canvas.view["state"] == "both"
    [ack] = answers(canvas, {"type": "state", "state": "yesterday"})
    assert ack["ok"] is False and "yesterday" in ack["problems"][0]["message"]


@pytest.mark.parametrize("version", [None, 1, PROTOCOL_VERSION + 1, str(PROTOCOL_VERSION)])
def test_a_page_of_another_protocol_version_is_told_so_and_changes_nothing(board, version):
    """A page from another JourneyKit release may mean something else by the same
    message: it is answered (so it shows the problem instead of "Saving…") and never
    acted on. Without ``v``, the page is from before versions were sent."""
    before = board.path.read_bytes()
    content = {"type": "action", "seq": 7, "action": SET}
    if version is not None:
        content["v"] = version
    sent = []
    board.send = sent.append
    board._on_message(board, content, [])  # as sent, without the test helper's version
    [ack] = sent
    assert ack["v"] == PROTOCOL_VERSION and ack["seq"] == 7 and ack["ok"] is False
    text = ack["problems"][0]["message"]
    assert str(PROTOCOL_VERSION) in text and UNTOUCHED[board.journey.language] in text
    assert "Run All Cells" in text
    assert board.path.read_bytes() == before


def test_the_page_and_python_speak_the_same_protocol_version():
    """protocol.js and protocol.py declare one version number; a page built from this
    release and its Python agree."""
    source = (Path(protocol.__file__).parent / "protocol.js").read_text("utf-8")
    [declared] = re.findall(r"export const PROTOCOL_VERSION = (\d+);", source)
    assert int(declared) == PROTOCOL_VERSION == protocol.PROTOCOL_VERSION


def test_each_board_acts_on_the_message_types_the_protocol_gives_it():
    assert JourneyBoard.MESSAGE_TYPES == protocol.JOURNEY_TYPES
    assert CanvasBoard.MESSAGE_TYPES == protocol.CANVAS_TYPES == frozenset(protocol.MESSAGES)
    assert "state" in CanvasBoard.MESSAGE_TYPES and "state" not in JourneyBoard.MESSAGE_TYPES
