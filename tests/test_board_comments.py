"""Comments through the board: the page's messages, the kernel's answers, the view."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _board_support import message

from journeykit_widgets import i18n, store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets.board import CanvasBoard, JourneyBoard, protocol
from journeykit_widgets.widgets.board.comment_actions import COMMENT_OPS


@pytest.fixture
def journey_file(tmp_path):
    journey = Journey.new("Comments", language="nl")
    journey.touchpoints += [Touchpoint(id="tp-1", name="Inchecken", phase="touch")]
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return path


def _act(board, seq, **action):
    return message(board, {"type": "action", "seq": seq, "action": action})


def test_the_page_and_the_kernel_know_the_same_comment_actions():
    folder = Path(protocol.__file__).parent
    source = (folder / "comment-state.js").read_text("utf-8")
    body = re.search(r"export const COMMENT_OPS = Object\.freeze\(\[([^\]]*)\]\)", source)
    assert set(re.findall(r'"(\w+)"', body.group(1))) == set(COMMENT_OPS)
    assert set(COMMENT_OPS) <= set(protocol.ACTIONS)
    # what the page sends with a comment (comment-state.js sendComment) is declared
    assert {"item", "text", "cid"} <= set(protocol.ACTIONS["comment"])


def test_a_comment_is_saved_with_the_boards_author_and_shown_in_every_view(journey_file):
    board, other = JourneyBoard(journey_file), JourneyBoard(journey_file)
    board.author = "Ann"
    ack = _act(board, 1, op="comment", item="tp:tp-1", text="Waarom hier?", cid="c-1", author="Mallory")
    assert ack["ok"] and ack["saved"]
    thread = board.view["threads"]["tp:tp-1"]
    assert [(c["author"], c["text"], c["id"]) for c in thread["comments"]] == [("Ann", "Waarom hier?", "c-1")]
    assert thread["open"] == 1 and thread["label"] == "Inchecken"
    assert thread["comments"][0]["at"].endswith("+00:00")  # UTC; the page shows local time
    other.refresh()
    assert other.view["threads"]["tp:tp-1"]["comments"][0]["text"] == "Waarom hier?"
    # sent twice (a retry): kept once
    assert _act(board, 2, op="comment", item="tp:tp-1", text="Waarom hier?", cid="c-1")["ok"]
    assert len(store.load(journey_file).comments[0].comments) == 1


def test_resolve_and_reopen_say_who_and_when_and_undo_leaves_comments_alone(journey_file):
    board = JourneyBoard(journey_file)
    board.author = "Bo"
    _act(board, 1, op="comment", item="tp:tp-1:pain_points", text="Gemeten?", cid="c-1")
    assert _act(board, 2, op="resolve", item="tp:tp-1:pain_points")["ok"]
    thread = board.view["threads"]["tp:tp-1:pain_points"]
    assert thread["resolved_by"] == "Bo" and thread["resolved_at"] and thread["open"] == 0
    assert thread["label"] == "Inchecken · Pijnpunten"
    assert not board.view["can_undo"]  # a comment is not a map edit: Ctrl+Z does not take it back
    assert _act(board, 3, op="reopen", item="tp:tp-1:pain_points")["ok"]
    assert board.view["threads"]["tp:tp-1:pain_points"]["open"] == 1
    history = " ".join(" ".join(r.changes) for r in store.load(journey_file).revisions)
    assert "Inchecken · Pijnpunten: opmerking ‘Gemeten?’" in history


def test_a_deleted_card_keeps_its_thread_and_its_name(journey_file):
    board = JourneyBoard(journey_file)
    _act(board, 1, op="comment", item="tp:tp-1", text="Weg ermee?", cid="c-1")
    assert _act(board, 2, op="delete", id="tp-1")["ok"]
    thread = board.view["threads"]["tp:tp-1"]
    assert thread["label"] == "Inchecken" and thread["comments"][0]["text"] == "Weg ermee?"


def test_a_canvas_cell_has_its_own_thread(journey_file):
    board = CanvasBoard(journey_file)
    item = "cell::ideal:touch:experience"
    assert _act(board, 1, op="comment", item=item, text="Klopt dit?", cid="c-1")["ok"]
    assert board.view["threads"][item]["comments"][0]["text"] == "Klopt dit?"


@pytest.mark.parametrize(
    ("action", "words"),
    [
        ({"op": "comment", "item": "tp:tp-1"}, "action.text"),
        ({"op": "comment", "item": "tp:tp-1", "text": 5}, "action.text"),
        ({"op": "resolve"}, "action.item"),
        ({"op": "comment", "item": "elsewhere:1", "text": "hm"}, "elsewhere:1"),
        ({"op": "comment", "item": "tp:tp-1", "text": "   "}, "verplicht"),
    ],
)
def test_a_malformed_comment_is_answered_in_the_journeys_language(journey_file, action, words):
    board = JourneyBoard(journey_file)
    with i18n.language("nl"):
        ack = message(board, {"type": "action", "seq": 4, "action": action})
    assert ack["seq"] == 4 and not ack["ok"]
    text = " ".join(p["message"] for p in ack["problems"])
    assert words in text and "Traceback" not in text
    assert store.load(journey_file).comments == []
