"""Every problem of a journey file in one pass, not one layer per run.

Pydantic checks the fields first and runs the journey's own checks (references
between parts: a touchpoint's phase, a goal's role, ids used twice) only when
every field is fine. A file with a bad emotion *and* a touchpoint in an unknown
phase would then need two runs of ``journeykit validate`` to show both. So, when
the fields fail, a copy is repaired just enough (each faulty field set back to
its default or a neutral value) to run the reference checks as well, and their
problems are added, except those at a field that was repaired (already reported).
Nothing repaired is ever kept: this only finds problems.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import ValidationError

from journeykit_widgets.model.blueprint import BlueprintStep
from journeykit_widgets.model.journey import KPI, Goal, Journey
from journeykit_widgets.model.people import BuyingRole, Persona
from journeykit_widgets.model.touchpoint import Touchpoint

# Above this many field problems the reference problems would be far down the list
# anyway, and repairing a copy of a huge broken file costs seconds: report those first.
MAX_FOR_SECOND_PASS = 500

# List fields whose items can be repaired field by field.
_ITEM_MODELS = {
    "personas": Persona,
    "buying_group": BuyingRole,
    "goals": Goal,
    "touchpoints": Touchpoint,
    "kpis": KPI,
    "blueprint": BlueprintStep,
}


def _repair(data: dict[str, Any], errors: list[dict]) -> tuple[dict[str, Any], set[tuple]] | None:
    """A copy of ``data`` with every faulty field reset, and the locations reset; None
    when a fault is in a part the rest depends on (the phases, a whole item)."""
    fixed = copy.deepcopy(data)
    phases = fixed.get("phases")
    first_phase = (
        phases[0].get("id") if isinstance(phases, list) and phases and isinstance(phases[0], dict) else None
    )
    repaired: set[tuple] = set()
    for error in errors:
        loc = tuple(error.get("loc") or ())
        if not loc or loc[0] == "phases":
            return None
        if len(loc) == 1:
            target, key, model = fixed, loc[0], Journey
        elif len(loc) >= 3 and loc[0] in _ITEM_MODELS and isinstance(loc[1], int):
            items = fixed.get(loc[0])
            if not isinstance(items, list) or loc[1] >= len(items):
                return None
            target, key, model = items[loc[1]], loc[2], _ITEM_MODELS[loc[0]]
        else:
            return None
        if not isinstance(target, dict) or not isinstance(key, str):
            return None
        info = model.model_fields.get(key)
        if info is None or not info.is_required():
            target.pop(key, None)  # unknown key gone, or the field's default
        elif key == "phase" and isinstance(first_phase, str):
            target[key] = first_phase
        elif key in {"name", "text", "title"}:
            target[key] = "?"
        else:
            return None
        repaired.add(loc[:3])
    return fixed, repaired


def all_errors(data: object, error: ValidationError) -> list[dict]:
    """The errors of ``error`` plus the reference errors hidden behind them."""
    errors = list(error.errors(include_url=False))
    if not isinstance(data, dict) or len(errors) > MAX_FOR_SECOND_PASS:
        return errors
    repaired = _repair(data, errors)
    if repaired is None:
        return errors
    fixed, places = repaired
    try:
        Journey.model_validate(fixed)
    except ValidationError as second:
        seen = {tuple(e.get("loc") or ()) for e in errors}
        for item in second.errors(include_url=False):
            loc = tuple(item.get("loc") or ())
            if loc not in seen and loc[:3] not in places:
                errors.append(item)
    return errors
