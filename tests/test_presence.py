"""Presence and the room's timer on the board: who else is on the map, which field
each is in, and the time left, between boards that share only the journey's folder."""

from __future__ import annotations

import time

import pytest
from _board_support import answers

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.room import read_timer, start_timer, stop_timer
from journeykit_widgets.widgets.board import JourneyBoard
from journeykit_widgets.widgets.board.presence import EXPIRE_SECONDS, Presence
from journeykit_widgets.widgets.board.protocol import PROTOCOL_VERSION


@pytest.fixture
def path(tmp_path):
    journey = Journey.new("Team map", language="en")
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Banner", phase="touch"))
    return store.save(journey, tmp_path / "team-a" / "journey.json")


def _board(path, monkeypatch, who):
    monkeypatch.setenv("JUPYTERHUB_USER", who)
    board = JourneyBoard(path)
    board.sent = []
    board.send = board.sent.append
    return board


def _say(board, content):
    """The page sends ``content`` (what the board answers lands in ``board.sent``)."""
    board._on_message(board, {"v": PROTOCOL_VERSION, **content}, [])


def _last(board, kind):
    return next((m for m in reversed(board.sent) if m.get("type") == kind), None)


def test_two_boards_on_one_file_see_each_other_and_the_field_each_is_in(path, monkeypatch):
    ann, bob = _board(path, monkeypatch, "ann"), _board(path, monkeypatch, "bob")
    _say(ann, {"type": "presence", "key": "tp-1:thoughts"})
    bob.room.tick()
    shown = _last(bob, "presence")
    assert shown["here"] == "Also on this map: ann"
    assert shown["people"] == [
        {"author": "ann", "key": "tp-1:thoughts", "card": "tp-1", "label": "ann is editing"}
    ]
    ann.room.tick()
    assert _last(ann, "presence")["here"] == "Also on this map: bob"


def test_presence_never_enters_the_journey_or_its_history(path, monkeypatch):
    before = path.read_bytes()
    ann = _board(path, monkeypatch, "ann")
    _say(ann, {"type": "presence", "key": "tp-1:name"})
    ann.room.tick()
    assert path.read_bytes() == before


def test_a_board_that_stops_beating_drops_out(path, monkeypatch):
    bob = _board(path, monkeypatch, "bob")
    gone = Presence(path, "cas")
    gone.move("tp-1:name", now=time.time() - EXPIRE_SECONDS - 1)  # its last beat, long ago
    bob.room.tick()
    assert _last(bob, "presence")["people"] == []
    assert not gone.path.exists()  # the stale file is cleared away


def test_a_closed_board_leaves_at_once(path, monkeypatch):
    ann, bob = _board(path, monkeypatch, "ann"), _board(path, monkeypatch, "bob")
    bob.room.tick()
    assert _last(bob, "presence")["people"]
    ann.close()
    bob.room.tick()
    assert _last(bob, "presence")["here"] == ""


def test_presence_speaks_the_journeys_language(tmp_path, monkeypatch):
    path = store.save(Journey.new("Kaart", language="nl"), tmp_path / "kaart.json")
    ann, bob = _board(path, monkeypatch, "ann"), _board(path, monkeypatch, "bob")
    _say(ann, {"type": "presence", "key": "x:name"})
    bob.room.tick()
    assert _last(bob, "presence")["here"] == "Ook op deze kaart: ann"
    assert _last(bob, "presence")["people"][0]["label"] == "ann bewerkt dit"


def test_a_bad_presence_message_is_answered_in_words(path, monkeypatch):
    ann = _board(path, monkeypatch, "ann")
    (ack,) = answers(ann, {"type": "presence", "key": ["not", "a", "key"]})
    assert ack["ok"] is False and "key" in ack["problems"][0]["message"]


def test_the_room_timer_shows_on_every_board_below_the_room_folder(path, monkeypatch):
    ann = _board(path, monkeypatch, "ann")
    ann.room.tick()
    assert _last(ann, "timer") == {"type": "timer", "running": False}
    start_timer(path.parent.parent, 10, "Pain points")  # the teams' folder, one up
    ann.room.tick()
    shown = _last(ann, "timer")
    assert shown["running"] and shown["label"] == "Pain points"
    assert 590 < shown["remaining"] <= 600
    stop_timer(path.parent.parent)
    ann.room.tick()
    assert _last(ann, "timer") == {"type": "timer", "running": False}


def test_a_board_opened_late_shows_the_time_left_not_the_whole_time(path, monkeypatch):
    timer = start_timer(path.parent, 5, "Vote")
    later = timer.started + 180
    assert read_timer(path).remaining(later) == pytest.approx(120)
    bob = _board(path, monkeypatch, "bob")
    bob.sent.clear()
    bob.room.resend()
    bob.room.tick(now=later)  # the page counts down from what it is sent
    assert _last(bob, "timer")["remaining"] <= 300


@pytest.mark.parametrize("minutes", [0, -3, "ten", 10_000])
def test_a_bad_timer_length_is_named(tmp_path, minutes):
    from journeykit_widgets.i18n import language

    with language("en"), pytest.raises(ValueError, match="the timer's minutes must be a number"):
        start_timer(tmp_path, minutes, "x")


def test_a_damaged_room_file_does_not_break_a_board(path, monkeypatch):
    (path.parent / ".journeykit-room.json").write_text("{half", "utf-8")
    ann = _board(path, monkeypatch, "ann")
    ann.room.tick()
    assert _last(ann, "timer") == {"type": "timer", "running": False}


def test_journeykit_timer_starts_and_stops_the_rooms_timer(path, capsys):
    from journeykit_widgets.cli import main

    assert main(["timer", str(path.parent), "--minutes", "3", "--label", "Dots", "--lang", "en"]) == 0
    assert "Timer started on every board of the room: Dots, 3 min" in capsys.readouterr().out
    assert read_timer(path).label == "Dots"
    assert main(["timer", str(path.parent), "--stop"]) == 0
    assert read_timer(path) is None
    assert main(["timer", str(path.parent), "--lang", "en"]) == 1  # no minutes: said, no traceback
    assert "the timer's minutes must be a number" in capsys.readouterr().err


def test_your_own_second_board_is_not_someone_else(path, monkeypatch):
    first, second = _board(path, monkeypatch, "ann"), _board(path, monkeypatch, "ann")
    _say(first, {"type": "presence", "key": "tp-1:name"})
    second.room.tick()
    assert _last(second, "presence") == {"type": "presence", "here": "", "people": []}


def test_someone_writing_a_comment_shows_at_the_card_in_their_words():
    from journeykit_widgets.widgets.board.roomwatch import presence_message

    people = [
        {"author": "Cas", "key": "comment:tp:tp-1", "at": 0},
        {"author": "Dirk", "key": "comment:tp:tp-2:thoughts", "at": 0},
        {"author": "Eva", "key": "comment:canvas:customer:now:touch:pains", "at": 0},
        {"author": "Ann", "key": "tp-1:pain_points", "at": 0},
    ]
    shown = {p["author"]: (p["card"], p["label"]) for p in presence_message(people, "nl")["people"]}
    assert shown == {
        "Cas": ("tp-1", "Cas schrijft een opmerking"),
        "Dirk": ("tp-2", "Dirk schrijft een opmerking"),
        "Eva": (None, "Eva schrijft een opmerking"),
        "Ann": ("tp-1", "Ann bewerkt dit"),
    }
