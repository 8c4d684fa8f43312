"""A journey file bound to the editors that show it.

Every change goes through ``store.edit``: under the journey's file lock the
file is re-read, the change applied to what is on disk, the result checked as
a whole, saved and recorded in the revision history. A change that does not
make a valid journey is not saved: the caller gets the translated
``Problem``s to show next to the fields.

Editors on the same file share one session, so a change in one editor is seen
by the others at once. Changes made elsewhere (another notebook, the CLI) are
picked up on each interaction and, inside a running kernel, by a small watcher
on the kernel's event loop that compares the file's content stamp every
``WATCH_SECONDS``.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path

from journeykit_widgets import samples, store
from journeykit_widgets.model import Journey, Problem
from journeykit_widgets.store import Conflict, Guard, content_stamp

_SESSIONS: weakref.WeakValueDictionary[Path, JourneySession] = weakref.WeakValueDictionary()
_log = logging.getLogger("journeykit_widgets.widgets")

# How often an idle kernel looks at the file; reading and hashing a journey of
# 1,000 touchpoints takes a few milliseconds.
WATCH_SECONDS = 1.5


def _stamp(path: Path) -> str | None:
    return content_stamp(path)


class JourneySession:
    """One journey file, its current content, and the editors listening to it."""

    def __init__(self, path: Path | str, sample: str | None = None, language: str | None = None):
        self.path = Path(path).expanduser().resolve()
        self.journey: Journey = samples.open_journey(self.path, sample=sample, language=language)
        self._stamp = _stamp(self.path)
        self._listeners: list[weakref.WeakMethod | Callable] = []
        self._flushers: list[weakref.WeakMethod] = []
        self._watcher: asyncio.Task | None = None
        self.conflicts: tuple[Conflict, ...] = ()  # of the last change

    # ---------------------------------------------------------------- listeners
    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every change (held weakly for bound methods)."""
        try:
            ref: weakref.WeakMethod | Callable = weakref.WeakMethod(callback)  # type: ignore[arg-type]
        except TypeError:
            ref = callback
        self._listeners.append(ref)

    def before_refresh(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` before the file is re-read: editors save what is
        still waiting to be saved, so a refresh never overwrites typing."""
        self._flushers.append(weakref.WeakMethod(callback))  # type: ignore[arg-type]

    def flush_pending(self) -> None:
        alive = []
        for ref in self._flushers:
            callback = ref()
            if callback is not None:
                alive.append(ref)
                callback()
        self._flushers = alive

    def watch(self) -> bool:
        """Re-read the file when it changes, while the kernel is idle (True: watching).

        Runs as a task on the kernel's asyncio loop, so it never races the
        widget callbacks (they run on the same loop). Without a running loop
        (a script, a test) there is nothing to do between calls."""
        if self._watcher is not None and not self._watcher.done():
            return True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        self._watcher = loop.create_task(_watch(weakref.ref(self)))
        return True

    def has_listeners(self) -> bool:
        return any(
            ref() is not None if isinstance(ref, weakref.WeakMethod) else True for ref in self._listeners
        )

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
        self.flush_pending()
        if not self.changed_on_disk():
            return False  # the pending changes brought the file in (they re-read it)
        if not self.path.exists():
            # Deleted under us: write our copy back rather than lose it.
            store.save(self.journey, self.path)
            self._stamp = _stamp(self.path)
        else:
            # Stamp first: a save between the two makes the next look re-read
            # again, never leaves a new file behind an old stamp.
            self._stamp = _stamp(self.path)
            self.journey = store.load(self.path)
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
        guards: Iterable[Guard] = (),
    ) -> list[Problem]:
        """Apply ``change`` through the locked edit path (``store.edit``).

        The change runs on the file's content at this moment, not on this
        session's copy, so edits from other kernels are kept. Returns the
        problems (empty on success); nothing is saved on failure. ``source``
        (the calling editor) is not notified of its own change. ``guards``: the
        values the person saw; those changed elsewhere meanwhile are kept in the
        history and listed in ``self.conflicts``.
        """
        if not self.path.exists():
            # Deleted under us: write our copy back rather than lose it.
            store.save(self.journey, self.path)
        before = self.journey
        result = store.apply_edit(
            self.path, change, summary, changes=changes, kind=kind, author=author, guards=guards
        )
        self.conflicts = result.conflicts
        if result.journey is not None:
            self.journey = result.journey
            self._stamp = result.stamp
        if result.problems:
            return result.problems
        if result.saved:
            self._notify(source)
        elif self.journey is not before:
            self._notify()  # another kernel's change arrived with the re-read
        return []


async def _watch(ref: weakref.ref[JourneySession]) -> None:
    """Look at the file every ``WATCH_SECONDS`` while its session has live editors.

    Holds the session weakly, so closing the notebook's editors ends the task."""
    while True:
        await asyncio.sleep(WATCH_SECONDS)
        session = ref()
        if session is None or not session.has_listeners():
            return
        try:
            session.refresh()
        except Exception:  # a damaged file is reported by the next interaction
            _log.debug("watching %s failed", session.path, exc_info=True)
        del session


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
