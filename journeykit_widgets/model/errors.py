"""Validation problems in plain words, in the active language.

Pydantic reports errors as (location, type, context). We turn each into a
``Problem`` whose ``where`` reads like "Touchpoint 3, emotion" and whose ``what``
reads like "must be between -3 and +3, got 7", both from the i18n catalogues.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from journeykit_widgets.frameworks.blueprint import wait_unit_label
from journeykit_widgets.i18n import has_key, t
from journeykit_widgets.i18n.quote import excerpt, one_line, printable_name
from journeykit_widgets.model._base import RANGES

# List fields whose items are numbered for people ("Touchpoint 3").
_ITEM_KEYS = {
    "phases": "item.phase",
    "personas": "item.persona",
    "buying_group": "item.role",
    "goals": "item.goal",
    "touchpoints": "item.touchpoint",
    "canvases": "item.canvas",
    "kpis": "item.kpi",
    "revisions": "item.revision",
    "actions": "item.action",
    "blueprint": "item.blueprint_step",
    "votes": "item.vote_round",
}


# Longer than any field name or id (ids are at most 64 characters).
_LONGEST_NAME = 64


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where it is and what is wrong."""

    location: tuple[str | int, ...]
    where: str
    what: str
    # "gone": the change looked up an item that was deleted elsewhere (``ItemNotFound``).
    kind: str = ""

    @property
    def field(self) -> str:
        """The innermost field name, e.g. ``emotion`` (useful to place a message in a form)."""
        names = [part for part in self.location if isinstance(part, str)]
        # A key from outside (an unknown field in a file or a board message) can be any
        # length; longer than any field or id it names no place, and is not sent back.
        return names[-1] if names and len(names[-1]) <= _LONGEST_NAME else ""

    def __str__(self) -> str:
        return f"{self.where}: {self.what}" if self.where else self.what


# Problems spelled out in a message; the rest are counted. A file written by a broken
# tool can hold 200,000 faults, and 400,000 lines help nobody find the first one.
MAX_LISTED = 25
# Problems translated and kept on the error: enough for any form or report, while a
# file with 200,000 faults is still answered in seconds (translating each costs time).
MAX_KEPT = 1000


class JourneyValidationError(ValueError):
    """Raised for input that does not make a valid journey; ``problems`` lists each fault
    (up to ``MAX_KEPT``; ``count`` is the total), the message the first ``MAX_LISTED``
    and how many more there are."""

    def __init__(self, problems: list[Problem], source: str = "", count: int | None = None):
        self.problems = problems
        self.source = source
        self.count = len(problems) if count is None else count
        lines = ["  - " + str(p) for p in problems[:MAX_LISTED]]
        if self.count > MAX_LISTED:
            lines.append("  " + t("model_checks.more_problems", count=self.count - MAX_LISTED))
        head = t("error.invalid_journey", count=self.count)
        if source:
            head = f"{source}: {head}"
        super().__init__("\n".join([head, *lines]))


class ItemNotFound(KeyError):
    """A lookup by id (``journey.touchpoint(id)``, ``journey.action(id)`` …) found no
    such item: it was deleted elsewhere (another notebook, a browser tab, a script)
    after the id was read. A ``KeyError``, so ``except KeyError``/``LookupError`` catch
    it; ``edit`` turns it into a problem instead of a traceback."""

    def __init__(self, kind: str, item_id: object):
        super().__init__(kind, item_id)
        self.kind = kind  # phase, touchpoint, action, goal, persona, role, kpi, blueprint_step
        self.item_id = item_id

    def __str__(self) -> str:
        return t("h6edit.gone", item=t(f"h6edit.the.{self.kind}"), id=one_line(self.item_id))

    def problem(self) -> Problem:
        """The message ``edit`` returns: this change was not saved, and why."""
        what = t("h6edit.gone_not_saved", item=t(f"h6edit.the.{self.kind}"), id=one_line(self.item_id))
        return Problem(location=(), where="", what=what, kind="gone")


def field_label(name: str) -> str:
    key = f"field.{name}"
    if has_key(key):
        return t(key)
    # A name the kit does not know comes from the file (an unknown key): shown short
    # and with its control characters escaped, like any value from outside.
    return printable_name(excerpt(name, 40))


def describe_location(loc: tuple[str | int, ...]) -> str:
    """("touchpoints", 2, "emotion") → "Touchpoint 3, emotion" in the active language."""
    parts: list[str] = []
    items = list(loc)
    i = 0
    while i < len(items):
        part = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if isinstance(part, str) and part in _ITEM_KEYS and isinstance(nxt, int):
            parts.append(t(_ITEM_KEYS[part], n=nxt + 1))
            i += 2
            continue
        if isinstance(part, int):
            parts.append(t("item.number", n=part + 1))
        else:
            parts.append(field_label(part))
        i += 1
    return ", ".join(parts)


def _label_from(prefix: str) -> Callable[[str], str]:
    def label(value: str) -> str:
        key = f"{prefix}.{value or 'none'}"  # "" is "not given" where the catalogue says so
        return t(key) if has_key(key) else value

    return label


# Fields with a fixed set of values (a ``Literal`` in the model) whose values have
# a label in the user's language: a Dutch message names "bezig" next to 'doing',
# since the file holds the value and the form shows the label.
_CHOICE_LABELS: dict[str, Callable[[str], str]] = {
    "status": _label_from("actions.status"),
    "origin": _label_from("actions.origin"),
    "confidence": _label_from("evidence.confidence"),
    "state": _label_from("field"),
    "wait_unit": wait_unit_label,
}


def _choices_text(field: str, expected: str) -> str:
    """Pydantic's "'open', 'doing' or 'done'" in the active language, with labels."""
    values = re.findall(r"'([^']*)'", expected)
    if not values:
        return expected
    label = _CHOICE_LABELS.get(field)
    shown = []
    for value in values:
        name = label(value) if label else value
        shown.append(f"'{value}'" + (f" ({name})" if name != value else ""))
    if len(shown) == 1:
        return shown[0]
    return t("error.choices", first=", ".join(shown[:-1]), last=shown[-1])


def _signed(value: int, field: str) -> str:
    return f"{value:+d}" if field == "emotion" and value else str(value)


def describe_error(error: dict) -> str:
    """One pydantic error dict → a sentence in the active language."""
    kind = error["type"]
    ctx = dict(error.get("ctx") or {})
    loc = error.get("loc") or ()
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    # A message quotes a short excerpt of what was given: a 1 MB value makes a one-line
    # message, not a 1 MB one (in a terminal, a report or the board's answer).
    given = excerpt(error.get("input"))

    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"} and field in RANGES:
        low, high = RANGES[field]
        return t("error.range", low=_signed(low, field), high=_signed(high, field), value=given)
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return t("error.required")
    if kind == "missing":
        return t("error.required")
    if kind == "literal_error":
        ctx["expected"] = _choices_text(field, str(ctx.get("expected", "")))
    key = f"error.{kind}"
    if has_key(key):
        values = {k: excerpt(v) if k == "value" else v for k, v in ctx.items()}
        values.setdefault("value", given)
        try:
            return t(key, **values)
        except (KeyError, IndexError):
            pass
    return t("error.generic", detail=excerpt(error.get("msg", kind), 200))


def problems_from(error: ValidationError) -> list[Problem]:
    """Every error of a pydantic ``ValidationError`` as a translated ``Problem``."""
    return problems_from_errors(error.errors(include_url=False))


def problems_from_errors(errors: list) -> list[Problem]:
    """Pydantic error dicts as translated ``Problem``s."""
    problems = []
    for item in errors:
        loc = tuple(item.get("loc") or ())
        problems.append(Problem(location=loc, where=describe_location(loc), what=describe_error(item)))
    return problems


def translate(error: ValidationError, source: str = "") -> JourneyValidationError:
    return JourneyValidationError(problems_from(error), source=source)
