"""The canonical service blueprint: steps as columns, five lanes per step, plus a fail
point and a wait time. The lanes and lines are named in ``frameworks.blueprint``."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from journeykit_widgets.model._base import Id, JKModel, Name, Text, new_id

WaitUnit = Literal["minutes", "hours", "days"]


def _not_negative(value: float | None) -> float | None:
    # A custom type, not Field(ge=0): its message ("a wait cannot be negative") is
    # clearer to a participant than a generic bound, and is translated by its key.
    if value is not None and value < 0:
        raise PydanticCustomError(
            "blueprint_negative_wait", "a wait time cannot be negative, got {value}", {"value": value}
        )
    return value


WaitTime = Annotated[float | None, AfterValidator(_not_negative)]


class BlueprintStep(JKModel):
    """One column of the blueprint: what happens in each lane at this step.

    ``phase`` optionally ties the step to a phase of the journey (empty: none).
    ``fail_point`` says what can go wrong here (empty: no fail point); ``wait_time``
    with ``wait_unit`` how long the customer waits here (None: no wait).
    """

    id: Id = Field(default_factory=lambda: new_id("step"))
    name: Name
    phase: str = ""
    physical_evidence: Text = ""
    customer_actions: Text = ""
    frontstage: Text = ""
    backstage: Text = ""
    support_processes: Text = ""
    fail_point: Text = ""
    wait_time: WaitTime = None
    wait_unit: WaitUnit = "minutes"

    def lane(self, lane_id: str) -> str:
        """The text of one lane (ids from ``frameworks.blueprint.BLUEPRINT_LANE_IDS``)."""
        return getattr(self, lane_id)

    @property
    def has_wait(self) -> bool:
        return self.wait_time is not None and self.wait_time > 0
