"""The four-lane B2B canvas and the template grids."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from journeykit_widgets import frameworks
from journeykit_widgets.model._base import JKModel, Score, Text
from journeykit_widgets.model.evidence import Evidence

CanvasState = Literal["ideal", "current"]
CANVAS_STATES: tuple[str, ...] = ("ideal", "current")


class CanvasColumn(JKModel):
    """One phase of the canvas: the four lanes plus an experience score."""

    customer_process: Text = ""
    internal_process: Text = ""
    experience: Text = ""
    score: Score | None = None
    improvements: Text = ""
    # The evidence behind each lane's text, by lane id (frameworks.LANE_IDS).
    evidence: dict[str, Evidence] = Field(default_factory=dict)

    @field_validator("evidence")
    @classmethod
    def _known_lanes(cls, value: dict[str, Evidence]) -> dict[str, Evidence]:
        for lane in value:
            if lane not in frameworks.LANE_IDS:
                raise PydanticCustomError(
                    "unknown_lane",
                    "unknown canvas lane '{value}'; choose one of: {choices}",
                    {"value": lane, "choices": ", ".join(frameworks.LANE_IDS)},
                )
        return value

    def lane_evidence(self, lane: str) -> Evidence:
        """The evidence of one lane's cell, empty (not recorded) when none is written."""
        return self.evidence.get(lane) or Evidence()

    def is_empty(self) -> bool:
        return (
            self.score is None
            and not any((self.customer_process, self.internal_process, self.experience, self.improvements))
            and all(e.is_empty() for e in self.evidence.values())
        )


class Canvas(JKModel):
    """The canvas of one buying-group role (``role=""``: the customer as a whole).

    ``ideal`` and ``current`` map a phase id to its column. The method fills the
    ideal situation first, then the current one; the differences become actions.
    """

    role: str = ""
    ideal: dict[str, CanvasColumn] = Field(default_factory=dict)
    current: dict[str, CanvasColumn] = Field(default_factory=dict)

    def column(self, state: CanvasState, phase: str) -> CanvasColumn:
        """The column for a phase, empty when nothing has been written yet."""
        return getattr(self, state).get(phase) or CanvasColumn()


class TemplateGrid(JKModel):
    """A filled-in template: ``cells[row_id][column_id]`` is the text of one cell.

    Which rows and columns exist is defined in ``frameworks`` (templates.json).
    """

    cells: dict[str, dict[str, Text]] = Field(default_factory=dict)

    def cell(self, row: str, column: str) -> str:
        return self.cells.get(row, {}).get(column, "")
