"""A live preview: a view's PNG (``render.png``) shown in an ``ipywidgets.Image``.

Redraws are debounced: ``request()`` (re)starts a short timer on the kernel's
event loop, so a burst of edits draws once. The drawing itself runs on one
worker thread, so typing and saving never wait for a slow figure; a draw still
queued behind a newer change is skipped, and a result that is already outdated
by a newer change is dropped. Without a running loop (tests,
scripts) the request stays pending until ``flush()`` draws it synchronously.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import ipywidgets as widgets

DEBOUNCE_SECONDS = 0.25


_WORKER: ThreadPoolExecutor | None = None


def _worker() -> ThreadPoolExecutor:
    # One thread for all previews: figures are drawn one at a time, never in parallel.
    global _WORKER
    if _WORKER is None:
        _WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journeykit-preview")
    return _WORKER


class Preview:
    """Shows ``draw()`` (a function returning PNG bytes, or None) in ``self.image``."""

    def __init__(
        self,
        draw: Callable[[], bytes | None],
        on_error: Callable[[BaseException], None],
        delay: float = DEBOUNCE_SECONDS,
        max_width: str = "100%",
    ):
        self._draw = draw
        self._on_error = on_error
        self.delay = delay
        self.pending = False
        self._handle: asyncio.TimerHandle | None = None
        self.draw_count = 0
        self._generation = 0
        self.last_seconds: float | None = None
        self.image = widgets.Image(
            format="png",
            layout=widgets.Layout(width="100%", max_width=max_width, height="auto", object_fit="contain"),
        )
        self.image.add_class("jk-preview")
        self.image.layout.display = "none"  # an empty image shows as a broken-image icon

    def request(self) -> None:
        """Ask for a redraw soon; repeated requests within ``delay`` draw once."""
        self.pending = True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop: flush() draws it
        if self._handle is not None:
            self._handle.cancel()
        self._handle = loop.call_later(self.delay, self._draw_in_background, loop)

    def _draw_in_background(self, loop: asyncio.AbstractEventLoop) -> None:
        self._handle = None
        if not self.pending:
            return
        self.pending = False
        self._generation += 1
        generation = self._generation
        start = time.perf_counter()
        future = _worker().submit(self._png_if_current, generation)
        future.add_done_callback(lambda done: self._hand_back(loop, done, generation, start))

    def _hand_back(
        self, loop: asyncio.AbstractEventLoop, done: Future, generation: int, start: float
    ) -> None:
        # Runs on the worker thread. When the kernel is shutting down its loop
        # may already be closed: the picture has nowhere to go, and that is fine.
        if loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed since the check
            loop.call_soon_threadsafe(self._deliver, done, generation, start)

    def _png(self) -> bytes | None:
        return self._draw()

    def _png_if_current(self, generation: int) -> bytes | None:
        # Runs on the worker thread. While one figure draws, later changes queue up
        # behind it; only the newest is still worth drawing (the others would be
        # dropped on delivery), so an outdated one costs nothing instead of a figure.
        if generation != self._generation:
            return None
        return self._png()

    def _deliver(self, done: Future, generation: int, start: float) -> None:
        if generation != self._generation:
            return  # a newer change is being drawn already
        error = done.exception()
        if error is not None:
            self._on_error(error)
            return
        self._show(done.result(), start)

    def _show(self, png: bytes | None, start: float) -> None:
        if png is not None:
            self.image.value = png
            self.image.layout.display = ""
        self.draw_count += 1
        self.last_seconds = time.perf_counter() - start

    def flush(self) -> bool:
        """Draw now if a redraw is pending; True when it drew."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if not self.pending:
            return False
        self.pending = False
        self.draw_now()
        return True

    def draw_now(self) -> None:
        """Draw synchronously, in this thread."""
        start = time.perf_counter()
        self._generation += 1
        try:
            png = self._png()
        except Exception as error:  # shown in the editor, never raised into the event loop
            self._on_error(error)
            return
        self._show(png, start)
