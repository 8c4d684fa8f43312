"""The one way to change a journey file: lock, re-read, apply, validate, save.

Several kernels (two notebooks, the CLI, a script) may change one journey at the
same time. Each change is a function that edits a ``Journey`` in place, finding
items by id; it is applied to what is on disk *now*, inside an OS-level lock
held across the whole read–modify–write, so no edit overwrites another. The
lock is an ``fcntl``/``LockFileEx`` lock (``filelock``): when its holder
crashes, the operating system releases it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout
from pydantic import ValidationError

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, JourneyValidationError, Problem, problems_from
from journeykit_widgets.store.files import JourneyFileError, fitted_name, load, real_path, save

# Changes with the same summary within this window extend one revision entry, so
# typing into a field all afternoon does not make hundreds of history entries.
COALESCE = timedelta(minutes=10)

# Longest lock wait before giving up with a message; a healthy edit takes milliseconds.
LOCK_TIMEOUT = 30.0


def lock_path(path: Path | str) -> Path:
    """The lock file beside a journey (``.name.lock``), short enough for any file system
    (a long name is shortened the same way as the temporary and backup names)."""
    path = Path(path)
    return path.with_name(fitted_name(path.name, ".", ".lock"))


def journey_lock(path: Path | str, timeout: float = LOCK_TIMEOUT) -> FileLock:
    """The lock every writer of ``path`` holds while it reads, changes and saves it:
    beside the real file, so a symbolic link and its target share one lock."""
    return FileLock(str(lock_path(real_path(path))), timeout=timeout)


@dataclass(frozen=True)
class EditResult:
    """What an edit did: the journey as saved (or as found), and the problems if refused."""

    journey: Journey | None
    problems: list[Problem]
    saved: bool


def apply_edit(
    path: Path | str,
    change: Callable[[Journey], object],
    summary: str,
    *,
    changes: Iterable[str] = (),
    kind: str = "change",
    author: str = "",
    timeout: float = LOCK_TIMEOUT,
) -> EditResult:
    """``edit`` that also returns the journey as it is on disk afterwards."""
    path = real_path(path)
    try:
        with journey_lock(path, timeout):
            current = load(path)
            candidate = current.model_copy(deep=True)
            try:
                change(candidate)
                checked = candidate.revalidated()
            except ValidationError as error:
                return EditResult(current, problems_from(error), False)
            except JourneyValidationError as error:
                return EditResult(current, list(error.problems), False)
            if kind == "change" and checked.model_dump() == current.model_dump():
                return EditResult(current, [], False)  # nothing changed: no save, no history entry
            _record(checked, summary, list(changes), kind, author)
            save(checked, path)
            return EditResult(checked, [], True)
    except Timeout:
        raise JourneyFileError(path, t("store.locked", seconds=int(timeout))) from None


def edit(
    path: Path | str,
    change: Callable[[Journey], object],
    summary: str,
    *,
    changes: Iterable[str] = (),
    kind: str = "change",
    author: str = "",
) -> list[Problem]:
    """Change the journey at ``path`` safely; returns the problems (empty when saved).

    ``change(journey)`` edits the journey in place and must find items by id
    (``journey.touchpoint(id)``), never by position: the journey it gets is the
    one on disk at this moment, which another notebook may have changed. A change
    that does not make a valid journey is not saved.
    """
    return apply_edit(path, change, summary, changes=changes, kind=kind, author=author).problems


def _record(journey: Journey, summary: str, changes: list[str], kind: str, author: str = "") -> None:
    last = journey.revisions[-1] if journey.revisions else None
    now = datetime.now(UTC).replace(microsecond=0)
    if (
        kind == "change"
        and last is not None
        and last.kind == "change"
        and last.summary == summary
        and last.author == author
        and now - last.at < COALESCE
    ):
        merged = list(last.changes)
        merged.extend(c for c in changes if c not in merged)
        journey.revisions[-1] = last.model_copy(update={"at": now, "changes": merged})
        return
    journey.record(summary=summary, author=author, kind=kind, changes=changes)
