"""One session per journey file per kernel, with one content-aware watcher that the
board and every form share: a change saved in one editor shows in the others at once,
and a change from another notebook shows even when it kept the file's size and mtime
(two saves inside one clock tick of a network share)."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

import journeykit_widgets.widgets._session as session_module
from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets import priority_editor
from journeykit_widgets.widgets.board import CanvasBoard, JourneyBoard


@pytest.fixture
def path(tmp_path):
    journey = Journey.new("Watcher test", language="en")
    journey.touchpoints += [Touchpoint(id="tp-1", name="Banner", phase="touch", emotion=1)]
    file = tmp_path / "journey.json"
    store.save(journey, file)
    return file


def _same_size_edit_in_one_tick(path, old: str, new: str) -> None:
    """Another notebook's save that a (mtime, size) stamp cannot see: same length,
    and the clock put back to the stamp the file had."""
    assert len(old) == len(new)
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


def _name_on(board) -> str:
    return next(c["name"] for c in board.view["cards"] if c["id"] == "tp-1")


def test_the_board_sees_a_same_size_edit_within_one_mtime_tick(path):
    board = JourneyBoard(path)
    _same_size_edit_in_one_tick(path, '"Banner"', '"Bammer"')
    assert board.refresh() is True
    assert _name_on(board) == "Bammer"


def test_board_canvas_and_form_share_one_session(path):
    board, canvas = JourneyBoard(path), CanvasBoard(path)
    form = priority_editor(path)
    assert board.session is canvas.session is form.session


def test_a_forms_save_shows_on_the_board_without_a_look_at_the_file(path):
    board = JourneyBoard(path)
    form = priority_editor(path)
    form.session.apply(lambda j: setattr(j.touchpoint("tp-1"), "name", "From the form"), "rename")
    assert _name_on(board) == "From the form"


def test_a_boards_save_reaches_the_form_at_once(path):
    form = priority_editor(path)
    seen = []
    form.session.subscribe(lambda: seen.append(form.session.journey.touchpoint("tp-1").name))
    board = JourneyBoard(path)
    board.perform({"op": "set", "id": "tp-1", "field": "name", "value": "From the board"})
    assert seen and seen[-1] == "From the board"


def test_one_watcher_per_file_in_a_running_kernel_sees_the_same_size_edit(path, monkeypatch):
    monkeypatch.setattr(session_module, "WATCH_SECONDS", 0.02)

    async def scenario():
        board, canvas = JourneyBoard(path), CanvasBoard(path)
        form = priority_editor(path)
        watchers = [task for task in asyncio.all_tasks() if task.get_coro().__name__ == "_watch"]
        assert len(watchers) == 1
        _same_size_edit_in_one_tick(path, '"Banner"', '"Bammer"')
        deadline = time.monotonic() + 10
        while _name_on(board) != "Bammer" and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert _name_on(board) == "Bammer"
        assert form.session.journey.touchpoint("tp-1").name == "Bammer"
        for widget in (board, canvas, form):
            widget.close()

    asyncio.run(scenario())


def test_the_watcher_tells_the_board_when_the_file_is_damaged(path, monkeypatch):
    monkeypatch.setattr(session_module, "WATCH_SECONDS", 0.02)

    async def scenario():
        board = JourneyBoard(path)
        sent = []
        board.send = sent.append
        path.write_text("{ not json", encoding="utf-8")
        deadline = time.monotonic() + 10
        while not sent and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        board.close()
        return sent

    sent = asyncio.run(scenario())
    assert sent and sent[0]["type"] == "error" and "journey.json" in sent[0]["message"]
