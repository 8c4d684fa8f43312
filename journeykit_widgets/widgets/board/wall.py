"""The wall view: a team's map for the projector, read-only and live.

Fit to the screen, zoom, the whole map or one phase at a time (next/previous, the
arrow keys), large type, and the room's timer. It reads the journey through the
file's session (the board's own view-model, ``journey_view``), so a change any
member saves shows on the wall within about a second; it never writes the file.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from pathlib import Path

import anywidget
import traitlets

from journeykit_widgets import store
from journeykit_widgets.i18n import t
from journeykit_widgets.room import read_timer
from journeykit_widgets.widgets._session import session_for
from journeykit_widgets.widgets.board.esm import assemble
from journeykit_widgets.widgets.board.roomwatch import TICK_SECONDS, timer_message
from journeykit_widgets.widgets.board.viewmodel import journey_view

__all__ = ["WallView"]

_HERE = Path(__file__).parent
_WALL_LABELS = (
    "all",
    "phase_of",
    "previous",
    "next",
    "zoom_in",
    "zoom_out",
    "fit",
    "full_screen",
    "empty",
    "keys",
)


class WallView(anywidget.AnyWidget):
    """``jk.wall("teams/team-a/journey.json")``: the team's map, full screen, for the wall."""

    _esm = assemble(_HERE, "wall")
    _css = _HERE / "wall.css"

    view = traitlets.Dict().tag(sync=True)

    def __init__(self, path: Path | str, **kwargs):
        super().__init__(**kwargs)
        self.path = Path(path).expanduser().resolve()
        self.session = None
        self._shown_timer: dict | None = None
        self._task: asyncio.Task | None = None
        try:
            # Only an existing file: the wall shows a team's map, it never makes one.
            if not self.path.is_file():
                raise store.JourneyFileError(self.path, t("wall.missing"))
            self.session = session_for(self.path)
        except store.JourneyFileError as error:
            self.view = {"error": str(error)}
            return
        self.session.subscribe(self._file_changed)
        self.session.watch()
        self._push()
        self.on_msg(self._on_message)
        self._start()

    def _push(self) -> None:
        journey = self.session.journey
        view = journey_view(journey)
        lang = journey.language
        view["wall"] = {key: t(f"wall.{key}", lang) for key in _WALL_LABELS}
        self.view = view

    def _file_changed(self) -> None:
        self._push()

    def _on_message(self, _widget, content, _buffers) -> None:
        if isinstance(content, dict) and content.get("type") == "hello":
            self._shown_timer = None
            self.tick()

    def tick(self, now: float | None = None) -> None:
        """Send the room's timer when it changed (the page counts down by itself)."""
        if self.session is None:
            return
        message = timer_message(read_timer(self.path), self.session.journey.language, now)
        same = {k: v for k, v in message.items() if k != "remaining"}
        if same != self._shown_timer:
            self._shown_timer = same
            self.send(message)

    def _start(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # a script or a test: ``tick()`` by hand
        self._task = loop.create_task(_run(weakref.ref(self)))

    def close(self) -> None:
        if self.session is not None:
            self.session.unsubscribe(self._file_changed)
            self.session = None
        super().close()


async def _run(ref: weakref.ref[WallView]) -> None:
    while True:
        await asyncio.sleep(TICK_SECONDS)
        wall = ref()
        if wall is None or wall.session is None:
            return
        # The wall keeps showing the map whatever happens to the room file.
        with contextlib.suppress(Exception):
            wall.tick()
        del wall
