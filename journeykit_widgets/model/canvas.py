"""The four-lane B2B canvas and the template grids."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from journeykit_widgets.model._base import JKModel, Score, Text

CanvasState = Literal["ideal", "current"]
CANVAS_STATES: tuple[str, ...] = ("ideal", "current")


class CanvasColumn(JKModel):
    """One phase of the canvas: the four lanes plus an experience score."""

    customer_process: Text = ""
    internal_process: Text = ""
    experience: Text = ""
    score: Score | None = None
    improvements: Text = ""

    def is_empty(self) -> bool:
        return self.score is None and not any(
            (self.customer_process, self.internal_process, self.experience, self.improvements)
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
