"""A live preview: a render figure drawn into an ``ipywidgets.Image`` as PNG.

Redraws are debounced: ``request()`` (re)starts a short timer on the kernel's
event loop, so a burst of edits draws once. Without a running loop (tests,
scripts) the request stays pending until ``flush()`` draws it synchronously.
"""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Callable

import ipywidgets as widgets

DEBOUNCE_SECONDS = 0.25
PREVIEW_DPI = 80


def render_function(name: str) -> Callable:
    """The ``journeykit_widgets.render`` function of that name, else our simple stand-in."""
    try:
        from journeykit_widgets import render
    except Exception:  # not there (or broken) yet: the stand-in keeps the editor usable
        render = None
    function = getattr(render, name, None) if render is not None else None
    if function is None:
        from journeykit_widgets.widgets import _fallback

        function = getattr(_fallback, name)
    return function


def figure_png(figure, dpi: int = PREVIEW_DPI) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


class Preview:
    """Draws ``draw()`` (a function returning a Figure) into ``self.image``."""

    def __init__(
        self,
        draw: Callable[[], object],
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
        self.last_seconds: float | None = None
        self.image = widgets.Image(
            format="png",
            layout=widgets.Layout(width="100%", max_width=max_width, height="auto", object_fit="contain"),
        )
        self.image.add_class("jk-preview")

    def request(self) -> None:
        """Ask for a redraw soon; repeated requests within ``delay`` draw once."""
        self.pending = True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop: flush() draws it
        if self._handle is not None:
            self._handle.cancel()
        self._handle = loop.call_later(self.delay, self.flush)

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
        start = time.perf_counter()
        try:
            figure = self._draw()
            if figure is not None:
                self.image.value = figure_png(figure)
        except Exception as error:  # shown in the editor, never raised into the event loop
            self._on_error(error)
            return
        self.draw_count += 1
        self.last_seconds = time.perf_counter() - start
