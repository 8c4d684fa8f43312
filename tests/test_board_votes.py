"""Dot voting on the board, Python's side: the dot message (both sides agree on it),
each voter's own dots, hidden rounds, the counts after closing, undo."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _board_support import message

from journeykit_widgets import i18n, store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets.board import JourneyBoard, protocol


@pytest.fixture
def journey_file(tmp_path):
    journey = Journey.new("Votes", language="nl")
    journey.touchpoints += [
        Touchpoint(id="tp-1", name="Offerte", phase="touch", pain_points="Te laat"),
        Touchpoint(id="tp-2", name="Terugbellen", phase="sell", pain_points="Niemand belt"),
        Touchpoint(id="tp-3", name="Factuur", phase="care"),
    ]
    return store.save(journey, tmp_path / "journey.json")


def _board(path, author):
    board = JourneyBoard(path)
    board.author = author
    board.refresh()
    board._push()
    return board


def _dot(board, seq, item, count, vote="vote-1"):
    action = {"op": "dot", "round": vote, "item": item, "count": count}
    return message(board, {"type": "action", "seq": seq, "action": action})


def _card(board, card_id):
    return next(c for c in board.view["cards"] if c["id"] == card_id)


def _sync(*boards):
    for board in boards:
        board.refresh()


def test_two_voters_on_their_own_boards_each_see_their_own_dots_and_the_total(journey_file):
    store.open_vote(journey_file, "pain_points", 3, round_id="vote-1", by="Fien")
    anna, bob = _board(journey_file, "anna"), _board(journey_file, "bob")
    assert anna.view["vote"]["open"] and anna.view["vote"]["total"] == 3
    assert [_card(anna, i)["voted"] for i in ("tp-1", "tp-2", "tp-3")] == [True, True, False]
    assert _dot(anna, 1, "tp-1", 2)["ok"]
    assert _dot(bob, 2, "tp-1", 1)["ok"]
    _sync(anna, bob)
    assert _card(anna, "tp-1")["my_dots"] == 2 and _card(bob, "tp-1")["my_dots"] == 1
    assert _card(anna, "tp-1")["dots"] == _card(bob, "tp-1")["dots"] == 3
    vote = store.load(journey_file).votes[0]
    assert vote.mine("anna") == {"tp-1": 2} and vote.mine("bob") == {"tp-1": 1}


def test_the_page_cannot_vote_in_someone_elses_name(journey_file):
    store.open_vote(journey_file, "pain_points", 3, round_id="vote-1")
    anna = _board(journey_file, "anna")
    action = {"op": "dot", "round": "vote-1", "item": "tp-1", "count": 1, "voter": "bob"}
    assert message(anna, {"type": "action", "seq": 1, "action": action})["ok"]
    assert store.load(journey_file).votes[0].mine("anna") == {"tp-1": 1}
    assert store.load(journey_file).votes[0].mine("bob") == {}


def test_a_dot_beyond_n_is_answered_with_the_reason_in_the_journeys_language(journey_file):
    store.open_vote(journey_file, "pain_points", 2, round_id="vote-1")
    anna = _board(journey_file, "anna")
    assert _dot(anna, 1, "tp-1", 2)["ok"]
    ack = _dot(anna, 2, "tp-2", 1)
    assert not ack["ok"] and "Geen stippen meer over" in ack["problems"][0]["message"]
    assert store.load(journey_file).votes[0].mine("anna") == {"tp-1": 2}


@pytest.mark.parametrize("count", [-1, 1.5, "2", True, None])
def test_a_malformed_count_is_refused_not_a_traceback(journey_file, count):
    store.open_vote(journey_file, "pain_points", 2, round_id="vote-1")
    anna = _board(journey_file, "anna")
    ack = _dot(anna, 1, "tp-1", count)
    assert ack["ok"] is False and ack["problems"][0]["message"]
    assert store.load(journey_file).votes[0].dots == []


def test_a_hidden_round_shows_only_your_own_dots_until_it_closes(journey_file):
    store.open_vote(journey_file, "pain_points", 3, hidden=True, round_id="vote-1")
    anna, bob = _board(journey_file, "anna"), _board(journey_file, "bob")
    _dot(anna, 1, "tp-1", 3)
    _dot(bob, 2, "tp-2", 1)
    _sync(anna, bob)
    assert anna.view["vote"]["hidden"] and anna.view["vote"]["dots"] is None
    assert [(_card(bob, i)["my_dots"], _card(bob, i)["dots"]) for i in ("tp-1", "tp-2")] == [
        (0, None),
        (1, None),
    ]
    # nothing in bob's view tells him where anna's dots are
    assert '"anna"' not in repr(bob.view) and "3" not in str(_card(bob, "tp-1")["dots"])
    store.close_vote(journey_file, by="Fien")
    _sync(anna, bob)
    vote = bob.view["vote"]
    assert not vote["open"] and vote["dots"] == 4 and vote["voters"] == 2
    assert [_card(bob, i)["dots"] for i in ("tp-1", "tp-2")] == [3, 1]
    ack = _dot(bob, 3, "tp-2", 0)
    assert not ack["ok"] and "gesloten" in ack["problems"][0]["message"]


def test_undo_takes_a_dot_back(journey_file):
    store.open_vote(journey_file, "pain_points", 3, round_id="vote-1")
    anna = _board(journey_file, "anna")
    _dot(anna, 1, "tp-1", 1)
    _dot(anna, 2, "tp-1", 2)
    assert message(anna, {"type": "undo", "seq": 3})["ok"]
    assert store.load(journey_file).votes[0].mine("anna") == {"tp-1": 1}


def test_without_a_round_the_board_shows_no_vote(journey_file):
    anna = _board(journey_file, "anna")
    assert anna.view["vote"] is None and all(c["my_dots"] == 0 for c in anna.view["cards"])
    ack = _dot(anna, 1, "tp-1", 1)
    assert not ack["ok"] and "vote-1" in ack["problems"][0]["message"]


def test_the_page_sends_the_dot_action_python_declares():
    """votes.js builds its action with exactly the fields protocol.ACTIONS["dot"] has,
    and every text it shows is a board text in both languages."""
    source = (Path(protocol.__file__).parent / "votes.js").read_text("utf-8")
    sent = re.search(r'action: \{ op: "dot", ([^}]*)\}', source)
    assert sent, "votes.js sends a dot action"
    fields = {part.split(":")[0].strip() for part in sent.group(1).split(",")}
    assert fields == set(protocol.ACTIONS["dot"])
    for lang in ("en", "nl"):
        texts = i18n.catalogue(lang)
        for key in set(re.findall(r'\bL\("([\w.]+)"', source)) | {"vote.take", "vote.none_left"}:
            assert f"board.{key}" in texts, (lang, key)
