"""Problems that name the item as a participant sees it.

A file is checked as a whole, and "Action 3, status" points into it well. A change
made through ``edit`` is about one item the person picked on a form or the board:
there "Action ‘Offerte sneller versturen’ — status" says which one, while "status"
alone (pydantic's place for a refused assignment) or a position does not.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ValidationError

from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import one_line
from journeykit_widgets.model._base import REFUSED_BY
from journeykit_widgets.model.errors import Problem, field_label, problems_from

# The journey's lists of named items, by field, with the kind of item they hold.
_LISTS = {
    "phases": "phase",
    "personas": "persona",
    "buying_group": "role",
    "goals": "goal",
    "touchpoints": "touchpoint",
    "kpis": "kpi",
    "actions": "action",
    "blueprint": "blueprint_step",
    "canvases": "canvas",
}
# Model classes of those items, by class name (also pydantic's title of an error).
_CLASSES = {
    "Phase": "phase",
    "Persona": "persona",
    "BuyingRole": "role",
    "Goal": "goal",
    "Touchpoint": "touchpoint",
    "KPI": "kpi",
    "ActionPoint": "action",
    "BlueprintStep": "blueprint_step",
    "Canvas": "canvas",
}


def item_title(journey, item: BaseModel) -> str:
    """ "Action ‘Offerte sneller versturen’": the kind and the name a participant sees."""
    kind = _CLASSES[type(item).__name__]
    return t("h6edit.item", kind=t(f"h6edit.kind.{kind}"), name=one_line(_name_of(journey, item)))


def _name_of(journey, item: BaseModel) -> str:
    kind = _CLASSES[type(item).__name__]
    if kind == "phase":
        return item.label()
    if kind in ("action", "goal"):
        return item.text
    if kind == "canvas":
        # A canvas is named by its buying-group role; the customer's own has no role.
        roles = {r.id: r.name for r in journey.buying_group}
        return roles.get(item.role, item.role) if item.role else t("h6edit.customer")
    return item.name


def _rest(journey, parts: tuple) -> str:
    """The place inside an item: field names in words, phase ids as phase names."""
    phases = {p.id: p for p in journey.phases}
    words = []
    for part in parts:
        if isinstance(part, int):
            words.append(t("item.number", n=part + 1))
        elif part in phases:
            words.append(phases[part].label())
        else:
            words.append(field_label(part))
    return ", ".join(words)


def _place(title: str, rest: str) -> str:
    return t("h6edit.place", item=title, field=rest) if rest else title


def named(journey, problem: Problem) -> Problem:
    """``problem`` with its item named (when its location starts at an item of a list)."""
    loc = problem.location
    if len(loc) < 2 or loc[0] not in _LISTS or not isinstance(loc[1], int):
        return problem
    items = getattr(journey, str(loc[0]), None)
    if not isinstance(items, list) or not 0 <= loc[1] < len(items):
        return problem
    item = items[loc[1]]
    if type(item).__name__ not in _CLASSES:
        return problem  # something that is no model item (a script appended a dict): keep the number
    where = _place(item_title(journey, item), _rest(journey, loc[2:]))
    return Problem(location=loc, where=where, what=problem.what, kind=problem.kind)


def refused(journey, error: ValidationError) -> list[Problem]:
    """The problems of a refused value, each naming the item it was refused on.

    An assignment (``action.status = "x"``) reports only the field: the item is found
    in the journey by identity, so its place (``("actions", 3, "status")``) and name
    come back. A new item built inside the change is named by its kind."""
    problems = problems_from(error)
    target = getattr(error, REFUSED_BY, None)
    path = _path_to(journey, target) if target is not None else None
    if path is not None and len(path) >= 2 and path[0] in _LISTS and isinstance(path[1], int):
        # Named by the item the assignment was made on: the rest of the place is inside
        # the refused value (which never reached the journey), so it is not looked up.
        title = item_title(journey, getattr(journey, path[0])[path[1]])
        return [
            Problem(
                location=(*path, *p.location),
                where=_place(title, _rest(journey, (*path[2:], *p.location))),
                what=p.what,
            )
            for p in problems
        ]
    if path is not None:
        return problems  # an assignment on the journey itself ("title"): its field says it all
    if target is not None and type(target).__name__ in _CLASSES:
        title = item_title(journey, target)
        return [_renamed(p, _place(title, _rest(journey, p.location))) for p in problems]
    kind = _CLASSES.get(error.title)
    if kind is None:
        return problems
    title = t(f"h6edit.kind.{kind}")
    return [_renamed(p, _place(title, _rest(journey, p.location))) for p in problems]


def _renamed(problem: Problem, where: str) -> Problem:
    return Problem(location=problem.location, where=where, what=problem.what, kind=problem.kind)


def _path_to(journey, target: object) -> tuple | None:
    """Where ``target`` sits in the journey (by identity), e.g. ``("touchpoints", 2, "evidence")``."""
    for path, value in _walk(journey, ()):
        if value is target:
            return path
    return None


def _walk(value: object, path: tuple) -> Iterator[tuple[tuple, object]]:
    yield path, value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            child = getattr(value, name, None)
            if isinstance(child, BaseModel | list | dict):
                yield from _walk(child, (*path, name))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            if isinstance(child, BaseModel | list | dict):
                yield from _walk(child, (*path, i))
    elif isinstance(value, dict):
        for key, child in value.items():
            if isinstance(child, BaseModel | dict):
                yield from _walk(child, (*path, key))
