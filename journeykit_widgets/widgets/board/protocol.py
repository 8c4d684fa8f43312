"""What the board's page may send, declared once, and the check every message passes.

The page sends custom messages (``{"type": "action", "seq": 7, "action": {...}}``).
Anything can arrive there: a page from an older release, a browser extension, a
person in the developer console. Each message is checked against the table below
before anything acts on it, so a malformed one is answered with a problem in the
user's language instead of an exception the page never hears about (it would show
"Saving…" for ever). Extra keys are allowed: the page sends a few the kernel does
not need (a move from the detail panel carries ``field`` and ``value``).
"""

from __future__ import annotations

from dataclasses import dataclass

from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import quoted
from journeykit_widgets.model.canvas import CANVAS_STATES
from journeykit_widgets.widgets.board.actions import CELL_LANES, SETTABLE_FIELDS

__all__ = [
    "ACTIONS",
    "CANVAS_TYPES",
    "JOURNEY_TYPES",
    "MAX_TEXT",
    "MESSAGES",
    "PROTOCOL_VERSION",
    "REQUESTS",
    "BadMessage",
    "check",
    "request_id",
]

# Sent as ``v`` in every message both ways; protocol.js has the same number (a test
# checks). A message without ``v`` was sent before versions were: version 1. A page
# and a Python of different versions may mean different things by the same message,
# so a message of another version is refused (answered, never acted on) and the page
# closes itself when Python's answers carry another number. Raise it whenever a
# message type, a field or the meaning of an answer changes.
PROTOCOL_VERSION = 2

# Longer than any text the model keeps (5,000 characters), so the model's own
# "too long" message, shown at the field, covers every text a person can type.
MAX_TEXT = 20_000
MAX_KEY = 200  # ids, field and lane names: short words
MAX_ITEMS = 100  # entries in a dict or list inside a message
MAX_DEPTH = 4


@dataclass(frozen=True)
class Field:
    """One field of a message: the JSON kinds it may have, and whether it must be there."""

    kinds: tuple[str, ...]
    required: bool = True
    choices: frozenset[str] | None = None


def _key(required: bool = True, choices=None) -> Field:
    return Field(("key",), required, frozenset(choices) if choices is not None else None)


_OPTIONAL_KEY = Field(("key", "null"), required=False)
_VALUE = Field(("text", "number", "bool", "null", "object", "list"))
_SEQ = Field(("number", "text"))
_BASE = Field(("text", "number", "bool", "null"), required=False)

# Message type → its fields. Requests (with a ``seq``) are answered with an ``ack``;
# the others are answered with a new view.
MESSAGES: dict[str, dict[str, Field]] = {
    "action": {"seq": _SEQ, "action": Field(("object",))},
    "undo": {"seq": _SEQ},
    "redo": {"seq": _SEQ},
    "hello": {},
    # The page's heartbeat: answered at once, so a page whose kernel was restarted or
    # is gone notices within seconds (see board.js, HEARTBEAT_MS).
    "ping": {"seq": _SEQ},
    "role": {"role": Field(("key", "null"))},
    "state": {"state": _key(choices=("ideal", "current", "both"))},
    # The field the person is in ("tp-1:name"; null: none), for the others' boards.
    "presence": {"key": Field(("key", "null"))},
}
REQUESTS = frozenset({"action", "undo", "redo", "ping"})
# What each board acts on: the canvas alone switches between ideal and current.
CANVAS_ONLY = frozenset({"state"})
CANVAS_TYPES = frozenset(MESSAGES)
JOURNEY_TYPES = CANVAS_TYPES - CANVAS_ONLY

# Action op → its fields (inside ``action``).
ACTIONS: dict[str, dict[str, Field]] = {
    "add": {
        "id": _key(),
        "name": Field(("text",)),
        "phase": _key(),
        "fields": Field(("object", "null"), required=False),
        "before": _OPTIONAL_KEY,
    },
    # ``base``: the value the field had when the person began typing (a typed text);
    # when the file holds another by now, someone else changed the field meanwhile.
    "set": {"id": _key(), "field": _key(choices=SETTABLE_FIELDS), "value": _VALUE, "base": _BASE},
    "move": {"id": _key(), "phase": _key(), "before": _OPTIONAL_KEY},
    "delete": {"id": _key()},
    "restore": {"touchpoint": Field(("object",)), "before": _OPTIONAL_KEY},
    "cell": {
        "role": Field(("text",), required=False),
        "state": _key(choices=CANVAS_STATES),
        "phase": _key(),
        "lane": _key(choices=CELL_LANES),
        "value": _VALUE,
        "base": _BASE,
    },
    # Dot voting (model/votes.py): the voter now has ``count`` dots on ``item`` in
    # ``round``. A count, not a click: sent twice it counts once. The voter is the
    # kernel's person, never a name the page sends.
    "dot": {"round": _key(), "item": _key(), "count": Field(("number",))},
    # Comments (comment_actions.py): ``item`` is a thread key, ``cid`` the comment's
    # id made by the page (a retry adds it once); the author is the board's own.
    "comment": {"item": _key(), "text": Field(("text",)), "cid": Field(("key",), required=False)},
    "resolve": {"item": _key()},
    "reopen": {"item": _key()},
}


class BadMessage(ValueError):
    """A message the board cannot act on; ``str()`` is the problem in the user's language."""


def _kind_of(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list | tuple):
        return "list"
    return "other"


def _kind_name(kind: str, lang: str | None) -> str:
    return t(f"board_message.kind.{'text' if kind == 'key' else kind}", lang)


def request_id(content: object) -> int | str | None:
    """The ``seq`` to answer with: the request's own, when it is one the page can match."""
    if not isinstance(content, dict):
        return None
    seq = content.get("seq")
    if isinstance(seq, int) and not isinstance(seq, bool):
        return seq
    if isinstance(seq, str) and len(seq) <= MAX_KEY:
        return seq
    return None


def _check_size(value: object, where: str, lang: str | None, depth: int = 0) -> None:
    """Refuse huge texts and deep or long containers anywhere in a message."""
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise BadMessage(
                t("board_message.too_long", lang, field=where, length=len(value), limit=MAX_TEXT)
            )
        return
    if isinstance(value, dict | list):
        if depth >= MAX_DEPTH or len(value) > MAX_ITEMS:
            raise BadMessage(t("board_message.too_big", lang, field=where))
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for name, item in items:
            if isinstance(value, dict) and not isinstance(name, str):
                raise BadMessage(t("board_message.too_big", lang, field=where))
            _check_size(item, f"{where}.{name}", lang, depth + 1)


def _check_fields(content: dict, fields: dict[str, Field], prefix: str, lang: str | None) -> None:
    for name, spec in fields.items():
        where = f"{prefix}{name}"
        if name not in content:
            if spec.required:
                raise BadMessage(t("board_message.missing", lang, field=where))
            continue
        value = content[name]
        kind = _kind_of(value)
        allowed = {"text" if k == "key" else k for k in spec.kinds}
        if kind not in allowed:
            expected = t("board_message.or", lang).join(_kind_name(k, lang) for k in spec.kinds)
            raise BadMessage(
                t(
                    "board_message.wrong_kind",
                    lang,
                    field=where,
                    expected=expected,
                    got=_kind_name(kind, lang),
                    value=quoted(value),
                )
            )
        if kind == "text" and "key" in spec.kinds and len(value) > MAX_KEY:
            raise BadMessage(t("board_message.too_long", lang, field=where, length=len(value), limit=MAX_KEY))
        if spec.choices is not None and value not in spec.choices:
            raise BadMessage(t("board_message.unknown_choice", lang, field=where, value=quoted(value)))
        _check_size(value, where, lang)


def check(content: object, types: frozenset[str] | set[str], lang: str | None = None) -> str:
    """The message's type when ``content`` is a message this board acts on;
    ``BadMessage`` (with the problem in ``lang``) otherwise. ``types`` are the
    message types this board knows (the canvas has ``state``, the journey map not)."""
    if not isinstance(content, dict):
        raise BadMessage(t("board_message.not_an_object", lang, value=quoted(content)))
    version = content.get("v", 1)
    if version != PROTOCOL_VERSION:
        raise BadMessage(
            t("board_message.other_version", lang, page=quoted(version), python=PROTOCOL_VERSION)
        )
    kind = content.get("type")
    if not isinstance(kind, str) or kind not in types or kind not in MESSAGES:
        raise BadMessage(t("board_message.unknown_type", lang, value=quoted(kind)))
    _check_fields(content, MESSAGES[kind], "", lang)
    if kind == "action":
        action = content["action"]
        op = action.get("op")
        if not isinstance(op, str) or op not in ACTIONS:
            raise BadMessage(t("board_message.unknown_op", lang, value=quoted(op)))
        _check_fields(action, ACTIONS[op], "action.", lang)
        if op == "restore" and not isinstance(action["touchpoint"].get("id"), str):
            raise BadMessage(t("board_message.missing", lang, field="action.touchpoint.id"))
    return kind
