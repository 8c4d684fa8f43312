"""The board's model in Python: what the browser sends goes into the journey file
(by id, through the locked edit path), and the view-model it gets back shows it."""

from __future__ import annotations

import json

import pytest
from _board_support import message as _message

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets.board import CanvasBoard, JourneyBoard
from journeykit_widgets.widgets.board.protocol import PROTOCOL_VERSION
from journeykit_widgets.widgets.board.viewmodel import MAP_LANES, journey_view


@pytest.fixture
def path(tmp_path):
    journey = Journey.new("Board test", language="en")
    journey.touchpoints += [
        Touchpoint(id="tp-1", name="Banner", phase="touch", emotion=1, channel="website"),
        Touchpoint(id="tp-2", name="Booking", phase="sell", emotion=-2),
        Touchpoint(id="tp-3", name="Thank-you card", phase="care", emotion=2),
    ]
    file = tmp_path / "journey.json"
    store.save(journey, file)
    return file


def _cards(board):
    return {c["id"]: c for c in board.view["cards"]}


def test_view_model_has_the_printed_maps_words_and_colours(path):
    board = JourneyBoard(path)
    view = board.view
    assert [p["label"] for p in view["phases"]] == ["Touch", "Tell", "Sell", "Care"]
    assert [lane["id"] for lane in view["lanes"]] == list(MAP_LANES)
    assert view["lanes"][0]["label"] == "Customer actions"
    from journeykit_widgets.render import channel_colour

    assert view["palette"]["channels"]["website"] == channel_colour("website")
    assert view["marks"] == {"peaks": ["tp-3"], "lows": ["tp-2"], "end": "tp-3"}
    assert view["labels"]["add_card"] == "Add touchpoint"


def test_view_model_follows_the_journeys_language(tmp_path):
    board = JourneyBoard(tmp_path / "nl.json", sample="airline", language="nl")
    assert board.view["labels"]["add_card"] == "Contactpunt toevoegen"
    assert board.view["lanes"][0]["label"] == "Acties van de klant"


def test_add_then_type_then_undo_and_redo(path):
    board = JourneyBoard(path)
    ack = _message(
        board,
        {"type": "action", "seq": 1, "action": {"op": "add", "id": "tp-new", "name": "New", "phase": "tell"}},
    )
    assert ack == {"type": "ack", "v": PROTOCOL_VERSION, "seq": 1, "ok": True, "saved": True, "problems": []}
    for seq, text in enumerate(["L", "Lo", "Loyalty app"], start=2):
        _message(
            board,
            {
                "type": "action",
                "seq": seq,
                "action": {"op": "set", "id": "tp-new", "field": "name", "value": text},
            },
        )
    assert store.load(path).touchpoint("tp-new").name == "Loyalty app"
    assert _cards(board)["tp-new"]["name"] == "Loyalty app"
    _message(board, {"type": "undo", "seq": 9})  # one undo for the whole typing
    assert store.load(path).touchpoint("tp-new").name == "New"
    _message(board, {"type": "undo", "seq": 10})
    assert "tp-new" not in [tp.id for tp in store.load(path).touchpoints]
    assert board.view["can_redo"] is True
    _message(board, {"type": "redo", "seq": 11})
    assert store.load(path).touchpoint("tp-new").name == "New"


def test_bad_input_is_refused_with_a_message_and_nothing_saved(path):
    board = JourneyBoard(path)
    before = path.read_text("utf-8")
    ack = _message(
        board,
        {"type": "action", "seq": 1, "action": {"op": "set", "id": "tp-1", "field": "emotion", "value": 7}},
    )
    assert ack["ok"] is False
    assert ack["problems"][0]["field"] == "emotion"
    assert "-3" in ack["problems"][0]["message"] and "+3" in ack["problems"][0]["message"]
    ack = _message(
        board,
        {"type": "action", "seq": 2, "action": {"op": "set", "id": "tp-1", "field": "name", "value": ""}},
    )
    assert ack["ok"] is False and ack["problems"][0]["field"] == "name"
    ack = _message(
        board,
        {"type": "action", "seq": 3, "action": {"op": "set", "id": "tp-1", "field": "id", "value": "x"}},
    )
    assert ack["ok"] is False
    assert path.read_text("utf-8") == before


def test_move_to_another_phase_and_place_then_undo_puts_it_back(path):
    board = JourneyBoard(path)
    _message(
        board,
        {
            "type": "action",
            "seq": 1,
            "action": {"op": "move", "id": "tp-1", "phase": "care", "before": "tp-3"},
        },
    )
    journey = store.load(path)
    assert [tp.id for tp in journey.touchpoints_in("care")] == ["tp-1", "tp-3"]
    assert _cards(board)["tp-1"]["phase"] == "care"
    _message(board, {"type": "undo", "seq": 2})
    journey = store.load(path)
    assert journey.touchpoint("tp-1").phase == "touch"
    assert [tp.id for tp in journey.touchpoints_in("care")] == ["tp-3"]


def test_emotion_shapes_the_line_and_moves_the_marks(path):
    board = JourneyBoard(path)
    _message(
        board,
        {"type": "action", "seq": 1, "action": {"op": "set", "id": "tp-1", "field": "emotion", "value": 3}},
    )
    assert store.load(path).touchpoint("tp-1").emotion == 3
    assert board.view["marks"]["peaks"] == ["tp-1"]


def test_delete_and_undo_restores_the_card_in_its_place(path):
    board = JourneyBoard(path)
    _message(
        board,
        {
            "type": "action",
            "seq": 1,
            "action": {"op": "add", "id": "tp-4", "name": "Invoice", "phase": "care", "before": "tp-3"},
        },
    )
    _message(board, {"type": "action", "seq": 2, "action": {"op": "delete", "id": "tp-4"}})
    assert "tp-4" not in _cards(board)
    _message(board, {"type": "undo", "seq": 3})
    assert [tp.id for tp in store.load(path).touchpoints_in("care")] == ["tp-4", "tp-3"]


def test_actions_find_cards_by_id_when_another_notebook_changed_the_file(path):
    board = JourneyBoard(path)
    # Another kernel puts a card in front of tp-2 (positions shift) …
    store.edit(
        path, lambda j: j.touchpoints.insert(0, Touchpoint(id="tp-0", name="Other", phase="sell")), "x"
    )
    _message(
        board,
        {
            "type": "action",
            "seq": 1,
            "action": {"op": "set", "id": "tp-2", "field": "thoughts", "value": "Too slow"},
        },
    )
    journey = store.load(path)
    assert journey.touchpoint("tp-2").thoughts == "Too slow"
    assert journey.touchpoint("tp-0").name == "Other"  # … and keeps its card
    assert "tp-0" in _cards(board)


def test_refresh_pushes_a_new_view_when_the_file_changed(path):
    board = JourneyBoard(path)
    assert board.refresh() is False
    store.edit(path, lambda j: setattr(j.touchpoint("tp-1"), "name", "Renamed elsewhere"), "x")
    assert board.refresh() is True
    assert _cards(board)["tp-1"]["name"] == "Renamed elsewhere"


def test_role_filter_shows_only_that_roles_cards(tmp_path):
    board = JourneyBoard(tmp_path / "b2b.json", sample="b2b_software")
    roles = [r["id"] for r in board.view["roles"] if r["id"]]
    everyone = len(board.view["cards"])
    _message(board, {"type": "role", "role": roles[0]})
    assert 0 < len(board.view["cards"]) < everyone
    assert all(c["role"] == roles[0] for c in board.view["cards"])


def test_canvas_cells_ideal_and_current_make_the_action_list(path):
    board = CanvasBoard(path)
    assert board.view["actions"] == []
    cell = {"op": "cell", "role": "", "phase": "touch", "lane": "customer_process"}
    _message(
        board, {"type": "action", "seq": 1, "action": {**cell, "state": "ideal", "value": "Finds us first"}}
    )
    _message(
        board, {"type": "action", "seq": 2, "action": {**cell, "state": "current", "value": "Finds rivals"}}
    )
    _message(
        board, {"type": "action", "seq": 3, "action": {**cell, "lane": "score", "state": "ideal", "value": 5}}
    )
    canvas = store.load(path).canvas("")
    assert canvas.ideal["touch"].customer_process == "Finds us first"
    assert canvas.current["touch"].customer_process == "Finds rivals"
    assert canvas.ideal["touch"].score == 5
    _message(board, {"type": "state", "state": "both"})
    assert board.view["state"] == "both"
    assert "customer_process" in board.view["differs"]["touch"]
    assert [row["ideal"] for row in board.view["actions"] if row["lane"] == "customer_process"] == [
        "Finds us first"
    ]
    ack = _message(
        board, {"type": "action", "seq": 4, "action": {**cell, "lane": "score", "state": "ideal", "value": 9}}
    )
    assert ack["ok"] is False and ack["problems"][0]["field"] == "score"
    _message(board, {"type": "undo", "seq": 5})
    assert store.load(path).canvas("").ideal["touch"].score is None


def test_a_broken_file_names_the_file_instead_of_a_traceback(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", "utf-8")
    board = JourneyBoard(broken)
    assert "broken.json" in board.view["error"]


def test_view_model_is_plain_json(path):
    json.dumps(journey_view(store.load(path)))


def test_front_end_files_ship_in_the_package():
    from importlib import resources

    folder = resources.files("journeykit_widgets.widgets.board")
    assert "export default" in folder.joinpath("board.js").read_text("utf-8")
    for module in ("protocol", "state", "dom", "journey-view", "canvas-view"):
        assert folder.joinpath(f"{module}.js").is_file(), module
    assert ".jkb-card" in folder.joinpath("board.css").read_text("utf-8")
