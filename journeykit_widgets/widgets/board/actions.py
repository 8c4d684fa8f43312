"""Board actions → ``change(journey)`` functions, and the action that undoes each.

An action is the small dict the browser sends (``{"op": "set", "id": …, "field":
…, "value": …}``). Each becomes one change for ``store.edit`` that finds its
touchpoint by id in the journey as it is on disk *now*, so two notebooks editing
one journey never overwrite each other's cards. Undo is not a snapshot: it is the
inverse action, computed from the journey just before the change and sent through
``edit`` like any other change.
"""

from __future__ import annotations

from collections.abc import Callable

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import quoted
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.canvas import CANVAS_STATES, CanvasColumn
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.model.votes import set_dots
from journeykit_widgets.store import history_words
from journeykit_widgets.widgets.board.comment_actions import (
    COMMENT_OPS,
    comment_change,
    comment_history,
    comment_summary,
)

__all__ = [
    "CELL_LANES",
    "OPS",
    "SETTABLE_FIELDS",
    "BoardActionError",
    "change_for",
    "history_of",
    "inverse_of",
    "reader_of",
    "summary_of",
]

OPS: tuple[str, ...] = ("add", "set", "move", "delete", "restore", "cell", "dot", *COMMENT_OPS)

# Touchpoint fields a board may set; ``id`` never changes.
_SETTABLE = frozenset(Touchpoint.model_fields) - {"id"}
# One part of an evidence object, set on its own (``evidence_source`` → evidence.source),
# so two people filling in the source and the reference never overwrite each other.
EVIDENCE_PARTS: dict[str, tuple[str, str]] = {
    f"{field}_{part}": (field, part)
    for field in ("evidence", "pain_evidence")
    for part in ("source", "reference", "confidence")
}
_CELL_LANES = frozenset((*frameworks.LANE_IDS, "score"))
# A canvas cell's evidence source is set with the lane ``<lane>_evidence`` (e.g. ``experience_evidence``).
_CELL_EVIDENCE = {f"{lane}_evidence": lane for lane in frameworks.LANE_IDS}
# What a ``set`` may name as its field and a ``cell`` as its lane (the page's messages are checked against these).
SETTABLE_FIELDS = frozenset(_SETTABLE | set(EVIDENCE_PARTS))
CELL_LANES = frozenset(_CELL_LANES | set(_CELL_EVIDENCE))


class BoardActionError(ValueError):
    """An action the board should never send (unknown op or field): a message, not a traceback."""


def _find(journey: Journey, touchpoint_id: str) -> Touchpoint | None:
    return next((tp for tp in journey.touchpoints if tp.id == touchpoint_id), None)


def _index_before(journey: Journey, before: str | None) -> int:
    """Where to insert so the card lands just before ``before`` (at the end when gone)."""
    if before:
        for i, tp in enumerate(journey.touchpoints):
            if tp.id == before:
                return i
    return len(journey.touchpoints)


def _next_in_phase(journey: Journey, touchpoint_id: str) -> str | None:
    """The id of the card after this one in its phase (its place, by id not index)."""
    tp = _find(journey, touchpoint_id)
    if tp is None:
        return None
    same = [x.id for x in journey.touchpoints if x.phase == tp.phase]
    i = same.index(touchpoint_id)
    return same[i + 1] if i + 1 < len(same) else None


def _insert(journey: Journey, tp: Touchpoint, before: str | None) -> None:
    if before is None:
        # At the end of its phase: after the last card of that phase, keeping file order tidy.
        last = max((i for i, x in enumerate(journey.touchpoints) if x.phase == tp.phase), default=None)
        journey.touchpoints.insert(len(journey.touchpoints) if last is None else last + 1, tp)
    else:
        journey.touchpoints.insert(_index_before(journey, before), tp)


def _target(tp: Touchpoint, field: str) -> tuple[object, str]:
    """The object and attribute a ``set`` changes: the touchpoint, or one of its evidence objects."""
    if field in EVIDENCE_PARTS:
        name, part = EVIDENCE_PARTS[field]
        return getattr(tp, name), part
    return tp, field


def change_for(action: dict) -> Callable[[Journey], None]:
    """The change that performs ``action`` on whatever journey is on disk."""
    op = action.get("op")
    if op in COMMENT_OPS:
        return comment_change(action)
    if op == "add":

        def add(journey: Journey) -> None:
            if _find(journey, action["id"]) is not None:
                return  # sent twice (a retry): the card is there already
            fields = {k: v for k, v in (action.get("fields") or {}).items() if k in _SETTABLE}
            tp = Touchpoint(id=action["id"], name=action["name"], phase=action["phase"], **fields)
            _insert(journey, tp, action.get("before"))

        return add
    if op == "set":
        field = action.get("field")
        if field not in _SETTABLE and field not in EVIDENCE_PARTS:
            raise BoardActionError(
                t("board_message.unknown_choice", field="action.field", value=quoted(field))
            )

        def set_field(journey: Journey) -> None:
            tp = _find(journey, action["id"])
            if tp is not None:  # deleted in another notebook meanwhile: nothing to set
                setattr(*_target(tp, field), action["value"])

        return set_field
    if op == "move":

        def move(journey: Journey) -> None:
            tp = _find(journey, action["id"])
            if tp is None:
                return
            journey.touchpoints.remove(tp)
            tp.phase = action["phase"]
            before = action.get("before")
            _insert(journey, tp, before if before != tp.id else None)

        return move
    if op == "delete":

        def delete(journey: Journey) -> None:
            tp = _find(journey, action["id"])
            if tp is not None:
                journey.touchpoints.remove(tp)

        return delete
    if op == "restore":

        def restore(journey: Journey) -> None:
            data = action["touchpoint"]
            if _find(journey, data["id"]) is None:
                _insert(journey, Touchpoint.model_validate(data), action.get("before"))

        return restore
    if op == "cell":
        lane, state = action.get("lane"), action.get("state")
        if (lane not in _CELL_LANES and lane not in _CELL_EVIDENCE) or state not in CANVAS_STATES:
            raise BoardActionError(t("board_message.unknown_cell", state=quoted(state), lane=quoted(lane)))

        def cell(journey: Journey) -> None:
            canvas = journey.canvas(action.get("role", ""))
            columns = getattr(canvas, state)
            column = columns.get(action["phase"]) or CanvasColumn()
            value = action["value"]
            if lane in _CELL_EVIDENCE:
                evidence = column.lane_evidence(_CELL_EVIDENCE[lane])
                evidence.source = value or ""  # checked on assignment: an unknown source is refused
                column.evidence = {**column.evidence, _CELL_EVIDENCE[lane]: evidence}
                columns[action["phase"]] = column
                return
            if lane == "score":
                value = None if value in (None, "") else int(value)
            setattr(column, lane, value)  # checked on assignment: a score of 9 is refused
            columns[action["phase"]] = column

        return cell
    if op == "dot":
        count = action.get("count")
        if isinstance(count, bool) or not isinstance(count, int | float) or count != int(count):
            raise BoardActionError(
                t("board_message.unknown_choice", field="action.count", value=quoted(count))
            )

        def dot(journey: Journey) -> None:
            # ``voter`` is put in by the widget (the kernel's person), see BoardWidget.perform.
            set_dots(journey, action["round"], action.get("voter", ""), action["item"], int(count))

        return dot
    raise BoardActionError(t("board_message.unknown_op", value=quoted(op)))


def inverse_of(action: dict, before: Journey) -> dict | None:
    """The action that undoes ``action``, read from the journey just before it; None
    when there is nothing to undo (the card was already gone)."""
    op = action["op"]
    if op in COMMENT_OPS:
        return None  # a comment is conversation: Ctrl+Z does not take it back
    if op == "add":
        return {"op": "delete", "id": action["id"]}
    if op == "cell":
        canvas = next((c for c in before.canvases if c.role == action.get("role", "")), None)
        column = canvas.column(action["state"], action["phase"]) if canvas else CanvasColumn()
        if action["lane"] in _CELL_EVIDENCE:
            return {**action, "value": column.lane_evidence(_CELL_EVIDENCE[action["lane"]]).source}
        return {**action, "value": getattr(column, action["lane"])}
    if op == "restore":
        return {"op": "delete", "id": action["touchpoint"]["id"]}
    if op == "dot":
        # Undo puts back the voter's own count on that item (0: no dots).
        vote = next((r for r in before.votes if r.id == action["round"]), None)
        old = vote.mine(action.get("voter", "")).get(action["item"], 0) if vote else 0
        return {**action, "count": old}
    tp = _find(before, action["id"])
    if tp is None:
        return None
    if op == "set":
        return {**action, "value": getattr(*_target(tp, action["field"]))}
    if op == "move":
        return {"op": "move", "id": tp.id, "phase": tp.phase, "before": _next_in_phase(before, tp.id)}
    if op == "delete":
        return {"op": "restore", "touchpoint": tp.model_dump(), "before": _next_in_phase(before, tp.id)}
    return None


def reader_of(action: dict) -> Callable[[Journey], object] | None:
    """What the field a text action writes holds in a journey (None for other ops).

    The page sends with each typed text the value the field had when the person
    began (``base``); the kernel compares it with this reading of the file, under
    the edit's lock, to see whether someone else changed the field meanwhile.
    An empty text and a missing one read alike, as the board shows them alike."""
    op = action.get("op")
    if op == "set":
        field = action.get("field")

        def read_set(journey: Journey) -> object:
            tp = _find(journey, action["id"])
            if tp is None:
                raise LookupError(action["id"])  # gone: the edit decides, no conflict
            return _blank(getattr(*_target(tp, field)))

        return read_set
    if op == "cell":
        lane = action.get("lane")

        def read_cell(journey: Journey) -> object:
            canvas = next((c for c in journey.canvases if c.role == action.get("role", "")), None)
            column = canvas.column(action["state"], action["phase"]) if canvas else CanvasColumn()
            if lane in _CELL_EVIDENCE:
                return _blank(column.lane_evidence(_CELL_EVIDENCE[lane]).source)
            return _blank(getattr(column, lane))

        return read_cell
    return None


def _blank(value: object) -> object:
    return "" if value is None else value


def summary_of(action: dict, lang: str | None = None) -> tuple[str, list[str]]:
    """The history entry of an action: a summary and the ids it touched."""
    op = action["op"]
    if op in COMMENT_OPS:
        return comment_summary(action, lang)
    if op == "cell":
        return t("board.summary.cell", lang), [f"canvas.{action['state']}.{action['phase']}.{action['lane']}"]
    if op == "dot":
        return t("votes.summary.dots", lang), [action["item"]]
    target = action.get("id") or action.get("touchpoint", {}).get("id", "")
    key = {"add": "add", "set": "set", "move": "move", "delete": "delete", "restore": "add"}[op]
    return t(f"board.summary.{key}", lang), [target]


def history_of(action: dict, journey: Journey) -> list[str]:
    """The history lines of an action in words, read from the journey on disk just
    before it: "‘Chat’: emotion +1 → −2", "New touchpoint ‘Webinar’ in phase Tell"."""
    op = action["op"]
    if op == "dot":
        return []  # where dots went stays out of the history: a hidden round must stay hidden
    if op in COMMENT_OPS:
        return comment_history(action, journey)
    if op == "add":
        return history_words.added(journey, action["name"], action["phase"])
    if op == "restore":
        data = action["touchpoint"]
        return history_words.added(journey, data.get("name", ""), data.get("phase", ""))
    if op == "delete":
        return history_words.deleted(journey, action["id"])
    if op == "move":
        return history_words.moved(journey, action["id"], action["phase"])
    if op == "set":
        return history_words.field_change(journey, action["id"], action["field"], action["value"])
    canvas = next((c for c in journey.canvases if c.role == action.get("role", "")), None)
    column = canvas.column(action["state"], action["phase"]) if canvas else CanvasColumn()
    lane = _CELL_EVIDENCE.get(action["lane"], action["lane"])
    old = column.lane_evidence(lane).source if action["lane"] in _CELL_EVIDENCE else getattr(column, lane)
    column_name = history_words.shown(journey, "phase", action["phase"])
    where = t(
        "widgets.change.cell", state=field_label(action["state"]), column=column_name, row=field_label(lane)
    )
    field = (
        "evidence_source" if action["lane"] in _CELL_EVIDENCE else ("score" if lane == "score" else "text")
    )
    return history_words.cell_change(journey, where, old, action["value"], field)
