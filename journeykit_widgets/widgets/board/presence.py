"""Presence: who else is on a map, and which card each person is editing.

Works between servers that share only the journey's folder (a team folder on a hub):
each open board writes a small file of its own beside the journey,
``.<journey>.presence.<token>.json`` (its author, the field it is in, the time),
and reads everyone else's. A board that stops writing (a closed tab, a stopped
server) drops out after ``EXPIRE_SECONDS``. Presence is ephemeral: it never enters
the journey, its history or its lock, and writing it is never on the typing path
(only a change of field and the heartbeat write).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import tempfile
import time
from pathlib import Path

from journeykit_widgets.store.files import fitted_name

__all__ = ["BEAT_SECONDS", "EXPIRE_SECONDS", "Presence"]

BEAT_SECONDS = 3.0  # how often an idle board says it is still there
EXPIRE_SECONDS = 12.0  # four missed beats: the person has left
_MARK = ".presence."


class Presence:
    """This board's presence file, and the others' beside the same journey."""

    def __init__(self, journey: Path, author: str, token: str | None = None):
        self.journey = Path(journey)
        self.author = author
        self.token = token or secrets.token_hex(6)
        self.key: str | None = None
        self.written = 0.0
        self.path = self.journey.with_name(fitted_name(self.journey.name, ".", f"{_MARK}{self.token}.json"))

    def _prefix(self) -> str:
        return fitted_name(self.journey.name, ".", _MARK)

    def move(self, key: str | None, now: float | None = None) -> None:
        """The person went to the field ``key`` (``"tp-1:name"``; None: no field)."""
        self.key = key
        self.beat(now)

    def due(self, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        return now - self.written >= BEAT_SECONDS

    def beat(self, now: float | None = None) -> None:
        """Write this board's file (atomically: a reader never sees half of it)."""
        now = time.time() if now is None else now
        data = {"author": self.author, "key": self.key, "at": now}
        try:
            fd, temporary = tempfile.mkstemp(prefix=self.path.name[:40], suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.chmod(temporary, 0o644)  # team members read it (the folder is the team's)
            os.replace(temporary, self.path)
            self.written = now
        except OSError:
            # A full disk or a read-only folder: no presence, but the board keeps working.
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temporary)

    def others(self, now: float | None = None) -> list[dict]:
        """Everyone else on the map, by name: ``{"author", "key", "at"}``, fresh ones only.
        Files past their expiry are removed (best effort: another server's may stay)."""
        now = time.time() if now is None else now
        prefix = self._prefix()
        found = []
        try:
            entries = list(os.scandir(self.journey.parent))
        except OSError:
            return []
        for entry in entries:
            if (
                not entry.name.startswith(prefix)
                or not entry.name.endswith(".json")
                or entry.path == str(self.path)
            ):
                continue
            try:
                data = json.loads(Path(entry.path).read_text("utf-8"))
                at = float(data["at"])
                person = {"author": str(data.get("author") or "?")[:60], "key": data.get("key"), "at": at}
            except (OSError, ValueError, TypeError, KeyError):
                continue  # being replaced, or not ours to read: the next look sees it
            if now - at > EXPIRE_SECONDS:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                continue
            if not isinstance(person["key"], str) or len(person["key"]) > 200:
                person["key"] = None
            found.append(person)
        return sorted(found, key=lambda p: (p["author"].casefold(), p["key"] or ""))

    def leave(self) -> None:
        """The board closed: drop out at once rather than after the expiry."""
        with contextlib.suppress(OSError):
            self.path.unlink()
