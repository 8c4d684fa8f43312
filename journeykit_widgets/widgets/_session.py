"""A journey file bound to the editors that show it.

Every change goes through ``store.edit``: under the journey's file lock the
file is re-read, the change applied to what is on disk, the result checked as
a whole, saved and recorded in the revision history. A change that does not
make a valid journey is not saved: the caller gets the translated
``Problem``s to show next to the fields.

Every editor on the same file in one kernel — the board, the canvas board and
every form — shares one session, so a change in one editor is seen by the
others at once. Changes made elsewhere (another notebook, the CLI) are picked
up on each interaction and, inside a running kernel, by the session's one
watcher on the kernel's event loop, which compares the file's content stamp (a
hash of its bytes, not mtime and size: two saves of the same size inside one
clock tick of a network share look alike by their metadata) every
``WATCH_SECONDS``.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path

from journeykit_widgets import samples, store
from journeykit_widgets.identity import current_author
from journeykit_widgets.model import Journey, Problem
from journeykit_widgets.store import Conflict, EditResult, Guard, JourneyFileError, content_stamp

_SESSIONS: weakref.WeakValueDictionary[Path, JourneySession] = weakref.WeakValueDictionary()
_log = logging.getLogger("journeykit_widgets.widgets")

# How often an idle kernel looks at the file: quick enough that a card typed in
# another notebook shows up on the board while you look; reading and hashing a
# journey of 1,000 touchpoints takes a few milliseconds.
WATCH_SECONDS = 1.0


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
        self._error_listeners: list[weakref.WeakMethod] = []
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

    def unsubscribe(self, callback: Callable[[], None]) -> None:
        """Stop calling ``callback`` (a closed editor)."""
        self._listeners = [
            ref
            for ref in self._listeners
            if (ref() if isinstance(ref, weakref.WeakMethod) else ref) not in (None, callback)
        ]

    def on_error(self, callback: Callable[[JourneyFileError], None]) -> None:
        """Call ``callback(error)`` when the watcher finds the file damaged (held weakly):
        the board says so on the page; the forms say it at the next interaction."""
        self._error_listeners.append(weakref.WeakMethod(callback))  # type: ignore[arg-type]

    def report(self, error: JourneyFileError) -> None:
        alive = []
        for ref in self._error_listeners:
            callback = ref()
            if callback is not None:
                alive.append(ref)
                callback(error)
        self._error_listeners = alive

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
        result = self.edit(
            change, summary, changes=changes, source=source, kind=kind, author=author, guards=guards
        )
        return result.problems

    def edit(
        self,
        change: Callable[[Journey], object],
        summary: str,
        *,
        changes: Iterable[str] | Callable[[Journey], Iterable[str]] = (),
        source: object = None,
        kind: str = "change",
        author: str = "",
        guards: Iterable[Guard] = (),
    ) -> EditResult:
        """``apply`` with the whole ``store.EditResult`` (saved or not, conflicts), for
        the board, whose answer to the page says all of that."""
        if not self.path.exists():
            # Deleted under us: write our copy back rather than lose it.
            store.save(self.journey, self.path)
        before = self.journey
        # Every edit in the history carries who made it, from a form as from the board.
        author = author or current_author()
        result = store.apply_edit(
            self.path, change, summary, changes=changes, kind=kind, author=author, guards=guards
        )
        self.conflicts = result.conflicts
        if result.journey is not None:
            self.journey = result.journey
            self._stamp = result.stamp
        if result.problems:
            return result
        if result.saved:
            self._notify(source)
        elif self.journey is not before:
            self._notify()  # another kernel's change arrived with the re-read
        return result


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
        except JourneyFileError as error:  # the board says so; a form at the next interaction
            session.report(error)
        except Exception:  # a failed look must not stop the watching
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
