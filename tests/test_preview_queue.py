"""A live preview under a burst of changes while a slow figure draws: the changes
that queued up behind it are not drawn one by one (each would be outdated before it
is shown); the newest is drawn and shown."""

from __future__ import annotations

import asyncio
import threading

from journeykit_widgets.widgets._preview import Preview


def test_changes_queued_behind_a_slow_draw_draw_only_the_newest():
    journey = {"state": "first"}
    drawn: list[str] = []
    started, release = threading.Event(), threading.Event()

    def draw() -> bytes:
        drawn.append(journey["state"])
        if len(drawn) == 1:  # the first figure is slow: it holds until the burst is queued
            started.set()
            release.wait(30)
        return journey["state"].encode()

    errors: list[BaseException] = []
    preview = Preview(draw, on_error=errors.append, delay=0)

    async def submitted():
        # The debounce timer (delay 0) hands the request to the worker on the next turn.
        for _ in range(10_000):
            if not preview.pending:
                return
            await asyncio.sleep(0)
        raise AssertionError("the preview never started drawing")

    async def burst():
        preview.request()
        await asyncio.get_running_loop().run_in_executor(None, started.wait, 30)
        for state in ("second", "third", "newest"):  # three edits while the first draws
            journey["state"] = state
            preview.request()
            await submitted()
        release.set()
        for _ in range(3000):  # until the newest picture is on screen
            if preview.image.value == b"newest":
                return
            await asyncio.sleep(0.01)

    asyncio.run(burst())
    assert errors == []
    assert bytes(preview.image.value) == b"newest" and preview.image.layout.display == ""
    assert drawn == ["first", "newest"]  # the outdated second and third were never drawn
    assert preview.draw_count == 1  # and the outdated first was not shown
