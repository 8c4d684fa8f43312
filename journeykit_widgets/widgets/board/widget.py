"""The board widgets: anywidget views over a journey file.

Python sends the view-model (``view``, a synced dict); the browser sends actions
as custom messages; each action becomes one ``store.apply_edit`` call and is
answered with an ``ack`` (saved, or the problems to show at the card). Undo and
redo are inverse actions sent through the same path. The board shares the
journey file's session (``widgets._session``) with every form on that file in
this kernel: one watcher looks at the file's content, and a change from another
notebook, the CLI or a form pushes a fresh view.
"""

from __future__ import annotations

import logging
from pathlib import Path

import anywidget
import traitlets

from journeykit_widgets import store
from journeykit_widgets.i18n import has_key, language, t
from journeykit_widgets.i18n.quote import one_line, quoted
from journeykit_widgets.identity import current_author
from journeykit_widgets.model import Journey
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.widgets._session import JourneySession, session_for
from journeykit_widgets.widgets.board.actions import (
    EVIDENCE_PARTS,
    BoardActionError,
    change_for,
    history_of,
    inverse_of,
    reader_of,
    summary_of,
)
from journeykit_widgets.widgets.board.comment_actions import COMMENT_OPS, thread_views
from journeykit_widgets.widgets.board.esm import assemble
from journeykit_widgets.widgets.board.protocol import (
    CANVAS_TYPES,
    JOURNEY_TYPES,
    PROTOCOL_VERSION,
    REQUESTS,
    BadMessage,
    check,
    request_id,
)
from journeykit_widgets.widgets.board.roomwatch import RoomWatch
from journeykit_widgets.widgets.board.viewmodel import canvas_view, journey_view
from journeykit_widgets.widgets.board.vote_view import add_votes, voter_name

__all__ = ["BoardWidget", "CanvasBoard", "JourneyBoard"]

_HERE = Path(__file__).parent

ALL_ROLES = "*"
# The longest problem text an answer carries: a message quotes a short excerpt of a
# value, never the value itself (a pasted megabyte must not come back as one).
MAX_PROBLEM = 600

_log = logging.getLogger(__name__)


class BoardWidget(anywidget.AnyWidget):
    """What both boards share: the file, the edit path, undo/redo, the watcher."""

    # The page's modules joined into one (esm.py says why), once, at import time.
    _esm = assemble(_HERE)
    _css = _HERE / "board.css"

    view = traitlets.Dict().tag(sync=True)

    def __init__(self, path: Path | str, sample: str | None = None, language: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.path = Path(path).expanduser().resolve()
        # Every edit in the history carries who made it (the hub user, a chosen name, the account).
        self.author = current_author()
        self._undo: list[dict] = []
        self._redo: list[dict] = []
        self._last_set: tuple | None = None
        self._version = 0
        self.session: JourneySession | None = None
        self._open(sample, language)
        # Who else is on this map (presence files beside it) and the room's timer.
        self.room = RoomWatch(self)
        self.on_msg(self._on_message)

    _kind = "journey"

    @property
    def voter(self) -> str:
        """Whose dots this board places: the author (the hub user, a chosen name or the account)."""
        return voter_name(self.author)

    @property
    def journey(self) -> Journey | None:
        """The journey as this kernel last read or saved it (None: the file would not open)."""
        return self.session.journey if self.session is not None else None

    def _open(self, sample: str | None = None, language: str | None = None) -> bool:
        """Join the file's session (created with the file when needed); True when it opened.
        A file that will not open shows its error on the board instead."""
        try:
            self.session = session_for(self.path, sample=sample, language=language)
        except store.JourneyFileError as error:
            self.view = {"kind": self._kind, "error": str(error)}
            return False
        self.session.subscribe(self._file_changed)
        self.session.on_error(self._file_damaged)
        self.session.watch()
        self._push()
        return True

    # ------------------------------------------------------------- the view
    def _view_of(self, journey: Journey) -> dict:
        raise NotImplementedError

    def _push(self) -> None:
        view = self._view_of(self.journey)
        view["can_undo"], view["can_redo"] = bool(self._undo), bool(self._redo)
        view["threads"] = thread_views(self.journey)
        # Always a new value, so the browser redraws even when the file did not change
        # (a refused action must take back what the board showed optimistically).
        self._version += 1
        view["version"] = self._version
        # The page keeps typed text Python has not confirmed under this name (a restart).
        view["file"] = str(self.path)
        self.view = view

    def _file_changed(self) -> None:
        """The session re-read the file, or a form on it saved: show the new content."""
        self._push()

    def _file_damaged(self, error: store.JourneyFileError) -> None:
        self.send({"type": "error", "v": PROTOCOL_VERSION, "message": str(error)})

    def refresh(self) -> bool:
        """Re-read the file when its content changed; True when a new view was sent.
        (Inside a kernel the session's watcher does this by itself.)"""
        if self.session is None:
            return self._open()
        try:
            return self.session.refresh()
        except store.JourneyFileError as error:
            self._file_damaged(error)
            return False

    def close(self) -> None:
        if self.session is not None:
            self.session.unsubscribe(self._file_changed)
        if getattr(self, "room", None) is not None:
            self.room.close()
        super().close()

    # ---------------------------------------------------------- the actions
    def perform(self, action: dict, *, record: bool = True) -> dict:
        """Apply one board action through the session's locked edit path; the ack for the browser."""
        if self.session is None and not self._open():
            return _refused(self.view["error"])  # the file still will not open: say why
        lang = self.journey.language if self.journey else None
        if action.get("op") == "dot":
            action = {**action, "voter": self.voter}  # the kernel's person, whatever the page says
        captured: dict[str, dict | None] = {}
        if action.get("op") in COMMENT_OPS:
            action = {**action, "author": self.author}  # who wrote it is the board's to say, not the page's
        try:
            with language(lang):
                change = change_for(action)
        except BoardActionError as error:
            return {"ok": False, "problems": [{"field": "", "message": str(error)}]}

        def apply(journey: Journey) -> None:
            captured["inverse"] = inverse_of(action, journey)
            change(journey)

        summary, _ids = summary_of(action, lang)
        try:
            with language(lang):
                # History lines in words, from the file just before the change (not card ids).
                words = lambda journey: history_of(action, journey)  # noqa: E731
                result = self.session.edit(
                    apply,
                    summary,
                    changes=words,
                    author=self.author,
                    guards=_guards(action, self.journey, lang),
                    source=self,
                )
        except store.JourneyFileError as error:
            return {"ok": False, "problems": [{"field": "", "message": str(error)}]}
        except (KeyError, TypeError, ValueError) as error:  # a malformed action: say so, keep the kernel
            # Briefly: the error may quote the whole value sent (a 1 MB answer helps nobody).
            detail = one_line(str(error), 200)
            return {
                "ok": False,
                "problems": [{"field": "", "message": t("board.bad_action", lang, error=detail)}],
            }
        if result.problems:
            problems = [{"field": _problem_field(p, action), "message": p.what} for p in result.problems]
            self._push()
            return {"ok": False, "problems": problems}
        inverse = captured.get("inverse")
        if record and result.saved and inverse is not None:
            self._remember(action, inverse)
        self._push()
        notes = [_conflict_note(conflict, lang) for conflict in result.conflicts]
        return {"ok": True, "saved": result.saved, "problems": [], **({"notes": notes} if notes else {})}

    def _remember(self, action: dict, inverse: dict) -> None:
        # Typing into one field makes many saves but one undo step.
        key = (action["op"], action.get("id"), action.get("field"), action.get("phase"), action.get("lane"))
        if action["op"] in ("set", "cell") and self._undo and key == self._last_set:
            pass  # keep the inverse of the first keystroke: undo restores the text from before typing
        else:
            self._undo.append(inverse)
        self._last_set = key if action["op"] in ("set", "cell") else None
        self._redo.clear()

    def undo(self) -> dict:
        return self._step(self._undo, self._redo)

    def redo(self) -> dict:
        return self._step(self._redo, self._undo)

    def _step(self, source: list[dict], target: list[dict]) -> dict:
        self._last_set = None
        if not source:
            return {"ok": True, "saved": False, "problems": []}
        action = source.pop()
        before = self.journey
        ack = self.perform(action, record=False)
        if ack["ok"] and before is not None:
            back = inverse_of(action, before)
            if back is not None:
                target.append(back)
        self._push()
        return {**ack, "id": action.get("id") or action.get("touchpoint", {}).get("id")}

    # The message types this board acts on (protocol.py says which).
    MESSAGE_TYPES = JOURNEY_TYPES

    def _on_message(self, _widget, content: object, _buffers) -> None:
        """Every message from the page is answered: a request (action, undo, redo) and
        any message that cannot be acted on get an ``ack`` (saved, or the problem in
        the journey's language), a view setting gets a new view. Nothing a page sends
        may end in silence, or the page would show "Saving…" for ever."""
        lang = self.journey.language if self.journey else None
        seq = request_id(content)
        try:
            kind = check(content, self.MESSAGE_TYPES, lang)
            if kind == "action":
                ack = self.perform(content["action"])
            elif kind == "undo":
                ack = self.undo()
            elif kind == "redo":
                ack = self.redo()
            elif kind == "ping":
                ack = {"ok": True, "saved": False, "problems": []}
            elif kind == "hello":
                self.refresh()
                if self.journey is not None:  # a file that would not open shows its error instead
                    self._push()
                self.room.resend()
            elif kind == "presence":
                self.room.moved(content.get("key"))
            else:
                self._option(content)
        except BadMessage as problem:
            kind, ack = "refused", _refused(str(problem))
        except Exception as error:  # a bug must reach the page as a message, and the log as a traceback
            _log.exception("board message %s failed", quoted(content, 200))
            error_text = one_line(f"{type(error).__name__}: {error}", 120)
            kind, ack = "failed", _refused(t("board_message.failed", lang, error=error_text))
        if kind in REQUESTS or kind in ("refused", "failed"):
            self.send({"type": "ack", "v": PROTOCOL_VERSION, "seq": seq, **_shortened(ack)})

    def _option(self, content: dict) -> None:
        """A view setting (role, ideal/current); changes nothing in the file."""


class JourneyBoard(BoardWidget):
    """The journey map as an editor: phases × lanes, cards, the emotion line."""

    _kind = "journey"

    def __init__(self, path, sample=None, language=None, role: str | None = None, **kwargs):
        self.role = role
        super().__init__(path, sample, language, **kwargs)

    def _view_of(self, journey: Journey) -> dict:
        view = add_votes(journey_view(journey, self.role), journey, self.voter)
        view["role"] = ALL_ROLES if self.role is None else self.role
        return view

    def _option(self, content: dict) -> None:
        if content.get("type") == "role":
            role = content.get("role")
            self.role = None if role in (None, ALL_ROLES) else str(role)
            self._push()


class CanvasBoard(BoardWidget):
    """The four-lane B2B canvas: phases × lanes, ideal / current / both, the action list."""

    _kind = "canvas"
    MESSAGE_TYPES = CANVAS_TYPES

    def __init__(self, path, sample=None, language=None, role: str = "", state: str = "ideal", **kwargs):
        self.role, self.state = role, state
        super().__init__(path, sample, language, **kwargs)

    def _view_of(self, journey: Journey) -> dict:
        return canvas_view(journey, self.role, self.state)

    def _option(self, content: dict) -> None:
        if content.get("type") == "role":
            self.role = str(content.get("role") or "")
        elif content.get("type") == "state" and content.get("state") in ("ideal", "current", "both"):
            self.state = content["state"]
        else:
            return
        self._push()


def _guards(action: dict, journey: Journey | None, lang: str | None) -> list[store.Guard]:
    """The guard of a typed text that says what it was typed over (``base``): the
    forms' conflict rule (``store.Guard``), so board and forms keep one policy."""
    read = reader_of(action)
    if read is None or "base" not in action:
        return []  # a page from before bases, a choice, undo: the value simply wins
    base = "" if action["base"] is None else action["base"]
    with language(lang):
        return [store.Guard(read, base, _place(action, journey))]


def _place(action: dict, journey: Journey | None) -> str:
    """The field in words for the history ("“Banner”: thoughts"), as the forms write it."""
    if action["op"] == "cell":
        phase = (
            next((p.label() for p in journey.phases if p.id == action["phase"]), None) if journey else None
        )
        return t(
            "widgets.change.cell",
            state=field_label(action["state"]),
            column=phase or action["phase"],
            row=field_label(action["lane"]),
        )
    tp = next((x for x in journey.touchpoints if x.id == action["id"]), None) if journey else None
    field = action["field"]
    name = t(f"board.field.{field}") if has_key(f"board.field.{field}") else field_label(field)
    return t("widgets.change.field", item=tp.name if tp else action["id"], field=name)


def _conflict_note(conflict: store.Conflict, lang: str | None) -> str:
    """The note next to the field: the other text is in the history (as the forms say it)."""
    when = conflict.at.astimezone().strftime("%H:%M") if conflict.at else "?"
    return t("board.conflict", lang, time=when)


def _refused(message: str) -> dict:
    return {"ok": False, "problems": [{"field": "", "message": message}]}


def _shortened(ack: dict) -> dict:
    """The ack with every problem text cut to ``MAX_PROBLEM`` characters (a safety net:
    the messages themselves quote only excerpts)."""
    problems = [
        {
            **p,
            "message": p["message"] if len(p["message"]) <= MAX_PROBLEM else p["message"][:MAX_PROBLEM] + "…",
        }
        for p in ack.get("problems", [])
    ]
    return {**ack, "problems": problems}


def _problem_field(problem, action: dict) -> str:
    """The board field a problem belongs to: a problem inside an evidence object
    (location ``…, "evidence", "source"``) belongs to the flat field the board sent
    (``evidence_source``), where the detail panel shows it."""
    field = action.get("field")
    if field in EVIDENCE_PARTS:
        name, part = EVIDENCE_PARTS[field]
        # an assignment to the evidence object reports ("source",); the whole journey ("…", "evidence", "source")
        if name in problem.location or problem.location == (part,):
            return field
    return problem.field
