"""A journey file bound to the editors that show it.

Every change goes through ``store.edit``: under the journey's file lock the
file is re-read, the change applied to what is on disk, the result checked as
a whole, saved and recorded in the revision history. A change that does not
make a valid journey is not saved: the caller gets the translated
``Problem``s to show next to the fields.

Editors on the same file share one session, so a change in one editor is seen
by the others at once.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from pathlib import Path

from journeykit_widgets import samples, store
from journeykit_widgets.model import Journey, Problem

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
        self.journey: Journey = samples.open_journey(self.path, sample=sample, language=language)
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
        """Apply ``change`` through the locked edit path (``store.edit``).

        The change runs on the file's content at this moment, not on this
        session's copy, so edits from other kernels are kept. Returns the
        problems (empty on success); nothing is saved on failure. ``source``
        (the calling editor) is not notified of its own change.
        """
        if not self.path.exists():
            # Deleted under us: write our copy back rather than lose it.
            store.save(self.journey, self.path)
        before = self.journey
        result = store.apply_edit(self.path, change, summary, changes=changes, kind=kind, author=author)
        if result.journey is not None:
            self.journey = result.journey
            self._stamp = _stamp(self.path)
        if result.problems:
            return result.problems
        if result.saved:
            self._notify(source)
        elif self.journey is not before:
            self._notify()  # another kernel's change arrived with the re-read
        return []


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
