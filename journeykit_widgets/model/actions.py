"""Owned action points: what the team will do, who does it, and how far it is.

The analyses suggest actions (ideal vs current, peak–end, gaps …); a suggestion the
team adopts becomes an ``ActionPoint`` in the journey file, with an owner, a status
and optionally a due date. ``origin_key`` names the suggestion it came from, so the
same suggestion is never adopted twice.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from journeykit_widgets.model._base import Id, JKModel, Name, Text, new_id
from journeykit_widgets.model.dates import TypedDate

# The status of an action, in the order of its life; labels in i18n (``actions.status.<id>``).
ACTION_STATUSES: tuple[str, ...] = ("open", "doing", "done")
# Where an action came from; labels in i18n (``actions.origin.<id>``). "own" is typed by the team.
ACTION_ORIGINS: tuple[str, ...] = ("canvas", "template", "peak_end", "gap", "assumption", "own")

ActionStatus = Literal["open", "doing", "done"]
ActionOrigin = Literal["canvas", "template", "peak_end", "gap", "assumption", "own"]


class ActionPoint(JKModel):
    """One action the team commits to.

    ``phase`` is a phase id of the journey, or empty for the journey as a whole;
    ``role`` a buying-group role id (empty: the customer as a whole). The journey
    checks both references.
    """

    id: Id = Field(default_factory=lambda: new_id("act"))
    text: Name
    phase: str = ""
    origin: ActionOrigin = "own"
    origin_key: Text = ""
    owner: Text = ""
    status: ActionStatus = "open"
    # Typed forms (31-12-2026 …) are read, numbers refused; stored as ISO (model/dates.py).
    due: TypedDate = None
    role: str = ""


# ActionPoint fields in the order of the action list table (XLSX, editor).
ACTION_FIELDS: tuple[str, ...] = tuple(ActionPoint.model_fields)
