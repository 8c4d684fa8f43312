"""Which of the six steps (and the B2B canvas) a journey has done, read from the file.

A step counts as done when the file holds what that step produces, so a facilitator
sees at a glance which team is where without asking. The tests are deliberately
simple and visible: "done" means "there is something to look at", not "it is good".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import printable_name

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.collect.folder import Collection
    from journeykit_widgets.model import Journey

__all__ = ["STEPS", "is_b2b", "progress_table", "steps_done"]

# The defaults a new touchpoint gets: a map where every rating is still the default
# has not been prioritised.
_DEFAULT_RATING = 3


def is_b2b(journey: Journey) -> bool:
    """B2B maps (the b2b_* phase models, or a buying group) also have the canvas step."""
    return journey.phase_model.startswith("b2b") or bool(journey.buying_group)


def _touchpoints(j: Journey) -> bool:
    return bool(j.touchpoints)


def _persona(j: Journey) -> bool:
    return bool(j.personas) or bool(j.buying_group)


def _goals(j: Journey) -> bool:
    return bool(j.goals)


def _flow(j: Journey) -> bool:
    # The flow step rates how each touchpoint feels; all-neutral means not done yet.
    return any(tp.emotion not in (None, 0) for tp in j.touchpoints)  # None: not rated yet


def _priorities(j: Journey) -> bool:
    return any((tp.importance, tp.effort) != (_DEFAULT_RATING, _DEFAULT_RATING) for tp in j.touchpoints)


def _review(j: Journey) -> bool:
    return j.last_review() is not None


def _canvas(j: Journey) -> bool:
    return any(
        not column.is_empty()
        for canvas in j.canvases
        for column in (*canvas.ideal.values(), *canvas.current.values())
    )


# Step id → test. Order is the method's order; "canvas" applies to B2B maps only.
STEPS: dict[str, Callable[[Journey], bool]] = {
    "touchpoints": _touchpoints,
    "persona": _persona,
    "goals": _goals,
    "flow": _flow,
    "priorities": _priorities,
    "review": _review,
    "canvas": _canvas,
}


def steps_done(journey: Journey) -> dict[str, bool | None]:
    """Step id → done (True/False); None for the canvas of a map that is not B2B."""
    done: dict[str, bool | None] = {step: check(journey) for step, check in STEPS.items()}
    if not is_b2b(journey):
        done["canvas"] = None
    return done


def progress_table(collection: Collection, localized: bool = False) -> pd.DataFrame:
    """One row per readable file: team, title, touchpoints, each step, steps done.

    ``localized=True`` gives the table for people: translated headers, ✓ and – marks.
    """
    import pandas as pd

    rows = []
    for team in collection.teams:
        done = steps_done(team.journey)
        applicable = [v for v in done.values() if v is not None]
        rows.append(
            {
                "team": team.label,
                "title": printable_name(team.journey.title),  # printed in a terminal too
                "touchpoint_count": len(team.journey.touchpoints),
                **done,
                "done": f"{sum(applicable)}/{len(applicable)}",
            }
        )
    columns = ["team", "title", "touchpoint_count", *STEPS, "done"]
    frame = pd.DataFrame(rows, columns=columns)
    if not localized:
        return frame
    marks = {True: "✓", False: "–", None: ""}
    for step in STEPS:
        frame[step] = frame[step].map(lambda v: marks[v if v is None else bool(v)])
    return frame.rename(columns={c: t(f"collect.column.{c}") for c in columns})
