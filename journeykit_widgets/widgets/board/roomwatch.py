"""A board's link to the room: its presence, the others', and the room's timer.

One task per board on the kernel's event loop looks every ``TICK_SECONDS``: it
writes this board's heartbeat when due, reads the others' presence files and the
room file, and sends the page a ``presence`` or ``timer`` message when what it
shows would change. A change of field from the page is written at once (a focus
change, never a key press), so the others see the name within about a second.
"""

from __future__ import annotations

import asyncio
import logging
import weakref

from journeykit_widgets.i18n import t
from journeykit_widgets.room import read_timer
from journeykit_widgets.widgets.board.presence import Presence

__all__ = ["TICK_SECONDS", "RoomWatch"]

TICK_SECONDS = 1.0
_log = logging.getLogger(__name__)


class RoomWatch:
    def __init__(self, board):
        self._board = weakref.ref(board)
        self.presence = Presence(board.path, board.author)
        self._shown_presence: dict | None = None
        self._shown_timer: dict | None = None
        self._task: asyncio.Task | None = None
        self.closed = False
        self.presence.beat()
        self.start()

    def start(self) -> bool:
        """Look on the kernel's loop (True); without a running loop (a script, a test)
        ``tick()`` is called by hand."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        self._task = loop.create_task(_run(weakref.ref(self)))
        return True

    def moved(self, key: object) -> None:
        """The page's person went to another field (or left the fields: None)."""
        self.presence.move(key if isinstance(key, str) else None)

    def resend(self) -> None:
        """A page (re)opened: it gets what the room looks like now."""
        self._shown_presence = self._shown_timer = None
        self.tick()

    def tick(self, now: float | None = None) -> None:
        board = self._board()
        if board is None or self.closed:
            return
        if self.presence.due(now):
            self.presence.beat(now)
        lang = board.journey.language if board.journey is not None else None
        # Your own other boards (the canvas beside the map, a second tab) are not "someone else".
        people = [p for p in self.presence.others(now) if p["author"] != self.presence.author]
        message = presence_message(people, lang)
        if message != self._shown_presence:
            self._shown_presence = message
            board.send(message)
        message = timer_message(read_timer(board.path), lang, now)
        # The page counts down by itself: a new message only when the timer changed.
        same = {k: v for k, v in message.items() if k != "remaining"}
        if same != self._shown_timer:
            self._shown_timer = same
            board.send(message)

    def close(self) -> None:
        self.closed = True
        if self._task is not None:
            self._task.cancel()
        self.presence.leave()


def presence_message(people: list[dict], lang: str | None) -> dict:
    """What the page shows: a line naming everyone else on the map, and per field
    key the name of who is in it."""
    names = list(dict.fromkeys(p["author"] for p in people))
    return {
        "type": "presence",
        "here": t("presence.here", lang, names=", ".join(names)) if names else "",
        "people": [
            {
                "author": p["author"],
                "key": p["key"],
                "card": _card_of(p["key"]),
                "label": t(
                    "presence.commenting" if _commenting(p["key"]) else "presence.typing",
                    lang,
                    name=p["author"],
                ),
            }
            for p in people
        ],
    }


_COMMENT = "comment:"  # presence.js COMMENT_KEY: writing in the thread of an item


def _commenting(key: str | None) -> bool:
    return bool(key) and key.startswith(_COMMENT)


def _card_of(key: str | None) -> str | None:
    """The card a presence key is on: ``"tp-1:name"`` and a comment on the card or one
    of its fields (``"comment:tp:tp-1"``, ``"comment:tp:tp-1:thoughts"``) are on tp-1;
    a comment on a canvas cell is on no card."""
    if not key:
        return None
    if _commenting(key):
        kind, _, rest = key[len(_COMMENT) :].partition(":")
        card = rest.split(":", 1)[0] if kind == "tp" else ""
        return card or None
    return key.split(":", 1)[0]


def timer_message(timer, lang: str | None, now: float | None = None) -> dict:
    if timer is None:
        return {"type": "timer", "running": False}
    return {
        "type": "timer",
        "running": True,
        "label": timer.label or t("room.timer.label", lang),
        "started": timer.started,
        "minutes": timer.minutes,
        "remaining": timer.remaining(now),
        "up": t("room.timer.up", lang),
        "title": t("room.timer.title", lang),
    }


async def _run(ref: weakref.ref[RoomWatch]) -> None:
    while True:
        await asyncio.sleep(TICK_SECONDS)
        watch = ref()
        if watch is None or watch.closed:
            return
        try:
            watch.tick()
        except Exception:  # a failed look must not stop the looking
            _log.debug("the room watch failed", exc_info=True)
        del watch
