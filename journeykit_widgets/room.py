"""The room: what every board in a workshop room shows besides its own map (the timer).

The facilitator starts a timer (``start_timer(folder, minutes, label)`` in the
facilitator notebook or ``journeykit timer``): a small hidden file, ``.journeykit-room.json``, in the
shared folder. Every board looks for it beside its journey and one folder up (the
teams' folder holds the team folders) and shows the time left. The file holds the
start time and the length, never a countdown, so a board opened late, or on a server
whose clock is a little off from the page's, still shows the right time left.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ROOM_FILE", "RoomTimer", "read_timer", "room_file_for", "start_timer", "stop_timer"]

ROOM_FILE = ".journeykit-room.json"  # hidden: collecting a folder skips it (not a journey)
MAX_MINUTES = 24 * 60
MAX_LABEL = 80


@dataclass(frozen=True)
class RoomTimer:
    label: str
    minutes: float
    started: float  # seconds since the epoch, the facilitator's server clock

    def __repr__(self) -> str:
        # What the facilitator's notebook shows after starting it: the label and the end time.
        from journeykit_widgets.i18n import t

        ends = time.strftime("%H:%M", time.localtime(self.started + self.minutes * 60))
        return t(
            "room.timer.started",
            label=self.label or t("room.timer.label"),
            minutes=f"{self.minutes:g}",
            ends=ends,
        )

    def remaining(self, now: float | None = None) -> float:
        """Seconds left (0 when the time is up)."""
        now = time.time() if now is None else now
        return max(0.0, self.started + self.minutes * 60 - now)


def _write(folder: Path, data: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".room.", suffix=".tmp", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False)
    os.chmod(temporary, 0o644)  # every board in the room reads it
    os.replace(temporary, folder / ROOM_FILE)  # a board never reads half a file
    return folder / ROOM_FILE


def start_timer(folder: Path | str, minutes: float, label: str = "") -> RoomTimer:
    """Start (or restart) the room's timer: every board on a journey in ``folder`` or
    one of its sub-folders shows ``label`` and the time left within a few seconds."""
    from journeykit_widgets.i18n import t

    if isinstance(minutes, bool) or not isinstance(minutes, int | float) or not 0 < minutes <= MAX_MINUTES:
        raise ValueError(t("room.error.minutes", value=str(minutes)[:20], limit=MAX_MINUTES))
    timer = RoomTimer(" ".join(str(label).split())[:MAX_LABEL], float(minutes), time.time())
    _write(
        Path(folder).expanduser(),
        {"timer": {"label": timer.label, "minutes": timer.minutes, "started": timer.started}},
    )
    return timer


def stop_timer(folder: Path | str) -> None:
    """Take the timer off every board in the room."""
    _write(Path(folder).expanduser(), {"timer": None})


def room_file_for(journey: Path | str) -> Path | None:
    """The room file a board on ``journey`` follows: beside it, else one folder up."""
    here = Path(journey).parent
    for folder in (here, here.parent):
        candidate = folder / ROOM_FILE
        if candidate.is_file():
            return candidate
    return None


def read_timer(journey: Path | str) -> RoomTimer | None:
    """The room's timer for a board on ``journey`` (None: none running, or a file that
    cannot be read: a board never fails over the room file)."""
    path = room_file_for(journey)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text("utf-8")).get("timer")
        if not data:
            return None
        return RoomTimer(
            str(data.get("label", ""))[:MAX_LABEL], float(data["minutes"]), float(data["started"])
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
