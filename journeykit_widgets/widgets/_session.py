"""A journey file bound to the editors that show it.

Every change is tried on a copy of the journey, checked as a whole
(``Journey.revalidated``) and only then saved and recorded in the revision
history. A change that does not make a valid journey is not saved: the caller
gets the translated ``Problem``s to show next to the fields.

Editors on the same file share one session, so a change in one editor is seen
by the others at once; before each change the file on disk is re-read when it
changed (another kernel, the CLI, a text editor), so nobody overwrites anybody.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import ValidationError

from journeykit_widgets import store
from journeykit_widgets.model import Journey, JourneyValidationError, Problem, problems_from

# Changes with the same summary within this window extend one revision entry, so
# typing into a field all afternoon does not make hundreds of history entries.
COALESCE = timedelta(minutes=10)

_SESSIONS: weakref.WeakValueDictionary[Path, JourneySession] = weakref.WeakValueDictionary()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


class JourneySession:
    """One journey file, its current content, and the editors listening to it."""

    def __init__(self, path: Path | str, sample: str | None = None, language: str | None = None):
        self.path = Path(path).expanduser().resolve()
        self.journey: Journey = store.open_journey(self.path, sample=sample, language=language)
        self._stamp = _stamp(self.path)
        self._listeners: list[weakref.WeakMethod | Callable] = []

    # ---------------------------------------------------------------- listeners
    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every change (held weakly for bound methods)."""
        try:
            ref: weakref.WeakMethod | Callable = weakref.WeakMethod(callback)  # type: ignore[arg-type]
        except TypeError:
            ref = callback
        self._listeners.append(ref)

    def _notify(self, source: object = None) -> None:
        alive = []
        for ref in self._listeners:
            callback = ref() if isinstance(ref, weakref.WeakMethod) else ref
            if callback is None:
                continue
            alive.append(ref)
            if getattr(callback, "__self__", None) is source:
                continue
            callback()
        self._listeners = alive

    # ------------------------------------------------------------------ reading
    def changed_on_disk(self) -> bool:
        return _stamp(self.path) != self._stamp

    def refresh(self) -> bool:
        """Re-read the file when it changed on disk; True when it did (listeners are told)."""
        if not self.changed_on_disk():
            return False
        if not self.path.exists():
            # Deleted under us: write our copy back rather than lose it.
            store.save(self.journey, self.path)
        else:
            self.journey = store.load(self.path)
        self._stamp = _stamp(self.path)
        self._notify()
        return True

    # ----------------------------------------------------------------- changing
    def apply(
        self,
        change: Callable[[Journey], object],
        summary: str,
        changes: Iterable[str] = (),
        source: object = None,
        kind: str = "change",
        author: str = "",
    ) -> list[Problem]:
        """Try ``change`` on a copy; save and record it when the result is valid.

        Returns the problems (empty on success). Nothing is saved on failure.
        ``source`` (the calling editor) is not notified of its own change.
        """
        self.refresh()
        candidate = self.journey.model_copy(deep=True)
        try:
            change(candidate)
            checked = candidate.revalidated()
        except ValidationError as error:
            return problems_from(error)
        except JourneyValidationError as error:
            return list(error.problems)
        if kind == "change" and checked.model_dump() == self.journey.model_dump():
            return []  # nothing changed: no save, no history entry
        _record(checked, summary, list(changes), kind, author)
        store.save(checked, self.path)
        self.journey = checked
        self._stamp = _stamp(self.path)
        self._notify(source)
        return []


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


def session_for(path: Path | str, sample: str | None = None, language: str | None = None) -> JourneySession:
    """The shared session of a journey file (created, and the file too, when needed)."""
    key = Path(path).expanduser().resolve()
    session = _SESSIONS.get(key)
    if session is None:
        session = JourneySession(key, sample=sample, language=language)
        _SESSIONS[key] = session
    else:
        session.refresh()
    return session
