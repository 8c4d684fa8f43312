"""The one way to change a journey file: lock, re-read, apply, validate, save.

Several kernels (two notebooks, the CLI, a script) may change one journey at the
same time. Each change is a function that edits a ``Journey`` in place, finding
items by id; it is applied to what is on disk *now*, inside an OS-level lock
held across the whole read–modify–write, so no edit overwrites another. The
lock is an ``fcntl``/``LockFileEx`` lock (``filelock``): when its holder
crashes, the operating system releases it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout
from pydantic import ValidationError

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, JourneyValidationError, Problem
from journeykit_widgets.model.errors import ItemNotFound
from journeykit_widgets.model.places import named, refused
from journeykit_widgets.store.files import JourneyFileError, fitted_name, load, real_path, save

# Changes with the same summary within this window extend one revision entry, so
# typing into a field all afternoon does not make hundreds of history entries.
COALESCE = timedelta(minutes=10)

# Longest lock wait before giving up with a message; a healthy edit takes milliseconds.
LOCK_TIMEOUT = 30.0
LOCK_MODE = 0o660


def lock_path(path: Path | str) -> Path:
    """The lock file beside a journey (``.name.lock``), short enough for any file system
    (a long name is shortened the same way as the temporary and backup names)."""
    path = Path(path)
    return path.with_name(fitted_name(path.name, ".", ".lock"))


def journey_lock(path: Path | str, timeout: float = LOCK_TIMEOUT) -> FileLock:
    """The lock every writer of ``path`` holds while it reads, changes and saves it:
    beside the real file, so a symbolic link and its target share one lock. Group
    read-write (0660): in a team folder on a hub (setgid, the team's group) every
    member's server must be able to open a lock file another member's server made."""
    return FileLock(str(lock_path(real_path(path))), timeout=timeout, mode=LOCK_MODE)


def content_stamp(path: Path | str) -> str | None:
    """A fingerprint of the file's bytes (None when it cannot be read).

    A hash, not (mtime, size): two saves of the same size inside one clock tick
    look identical by their metadata, and then a change from another notebook
    would go unseen."""
    try:
        # Streamed: a huge file (refused by ``load``) is not read into memory here.
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


@dataclass(frozen=True)
class Guard:
    """A value the person saw before changing it: ``read(journey)`` finds it again.

    When the file holds something else by the time the change is applied, the
    field was changed elsewhere in between: the change is still saved (it is
    what the person typed last), and the other value is kept in the revision
    history, so neither is lost without a word."""

    read: Callable[[Journey], object]
    seen: object
    label: str = ""


@dataclass(frozen=True)
class Conflict:
    """A field changed elsewhere since the person's form was filled."""

    label: str
    other: object
    at: datetime | None  # when the other change was saved (UTC), if the history says


@dataclass(frozen=True)
class EditResult:
    """What an edit did: the journey as saved (or as found), and the problems if refused.

    ``stamp`` is the content stamp of the file as this edit left it (taken
    inside the lock), ``conflicts`` the guarded values that had changed."""

    journey: Journey | None
    problems: list[Problem]
    saved: bool
    stamp: str | None = None
    conflicts: tuple[Conflict, ...] = ()


def apply_edit(
    path: Path | str,
    change: Callable[[Journey], object],
    summary: str,
    *,
    changes: Iterable[str] | Callable[[Journey], Iterable[str]] = (),
    kind: str = "change",
    author: str = "",
    timeout: float = LOCK_TIMEOUT,
    guards: Iterable[Guard] = (),
) -> EditResult:
    """``edit`` that also returns the journey as it is on disk afterwards.

    ``changes``: the history lines, or a function that makes them from the journey
    as it is on disk just before the change (so a line can say what a value was:
    see ``store.history_words``).

    ``guards`` name the values the person saw before this change (see ``Guard``);
    the ones that changed on disk meanwhile come back as ``conflicts``."""
    path = real_path(path)
    guards = list(guards)
    try:
        with journey_lock(path, timeout):
            candidate = load(path)
            # The loaded journey itself is changed; the plain data taken first
            # tells whether anything changed and rebuilds what was on disk when
            # the change is refused (cheaper than copying the model up front).
            dumped = candidate.model_dump()
            last_at = candidate.revisions[-1].at if candidate.revisions else None
            try:
                before = [_read(guard, candidate) for guard in guards]
                entries = list(changes(candidate) if callable(changes) else changes)
                change(candidate)
                checked = candidate.revalidated()
            except ValidationError as error:
                # A refused value names its item ("Action ‘Call back’ — status"), not just the field.
                problems = refused(candidate, error)
                return EditResult(_as_found(dumped), problems, False, content_stamp(path))
            except JourneyValidationError as error:
                problems = [named(candidate, p) for p in error.problems]
                return EditResult(_as_found(dumped), problems, False, content_stamp(path))
            except ItemNotFound as error:
                # The item the change looks up by id was deleted elsewhere: say so, save nothing.
                return EditResult(_as_found(dumped), [error.problem()], False, content_stamp(path))
            if kind == "change" and checked.model_dump() == dumped:
                # Nothing changed: no save, no history entry.
                return EditResult(_as_found(dumped), [], False, content_stamp(path))
            conflicts = _conflicts(guards, before, checked, last_at)
            for conflict in conflicts:
                # The other value goes into the history before this change's own entry.
                checked.record(
                    summary=t("edit.conflict.summary"),
                    author=author,
                    changes=[t("edit.conflict.kept", field=conflict.label, text=_shown(conflict.other))],
                )
            _record(checked, summary, entries, kind, author)
            save(checked, path)
            return EditResult(checked, [], True, content_stamp(path), tuple(conflicts))
    except Timeout:
        raise JourneyFileError(path, t("store.locked", seconds=int(timeout))) from None


_MISSING = object()


def _read(guard: Guard, journey: Journey) -> object:
    try:
        return guard.read(journey)
    except (LookupError, AttributeError, ValueError, StopIteration):
        return _MISSING  # the item itself is gone: the change decides what that means


def _as_found(dumped: dict) -> Journey:
    return Journey.model_validate(dumped)


def _conflicts(guards: list[Guard], before: list, after: Journey, at: datetime | None) -> list[Conflict]:
    found = []
    for guard, other in zip(guards, before, strict=True):
        if other is _MISSING or other == guard.seen:
            continue  # unchanged since the form was filled: no conflict
        if _read(guard, after) == other:
            continue  # this change leaves the other value in place: nothing is overwritten
        found.append(Conflict(guard.label, other, at))
    return found


def _shown(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


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
    that does not make a valid journey is not saved: each problem names the item
    ("Action “Call back” — status"). A lookup of an item deleted elsewhere
    (``ItemNotFound``) comes back as a problem too, with nothing saved.
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
        for entry in changes:
            # An entry that continues one of this revision (typing saved in steps) takes its place.
            replaces = getattr(entry, "replaces", None)
            if replaces in merged:
                merged[merged.index(replaces)] = entry.joined
            elif entry not in merged:
                merged.append(str(entry))
        journey.revisions[-1] = last.model_copy(update={"at": now, "changes": merged})
        return
    journey.record(summary=summary, author=author, kind=kind, changes=[str(c) for c in changes])
