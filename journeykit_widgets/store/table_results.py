"""What reading or writing a touchpoints table produced: the problems (row and
column in the person's language), the imported touchpoints, the written file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.model import Journey, Touchpoint


# ----------------------------------------------------------------------------- results
@dataclass(frozen=True)
class TableProblem:
    """One thing wrong in the table. ``row`` is the row number Excel shows (header = 1),
    ``column`` the column's name; both, like ``message``, in the language that was
    active when the table was read (kept in ``lang``)."""

    row: int | None
    column: str
    message: str
    lang: str = field(default_factory=get_language, compare=False)

    def __str__(self) -> str:
        if self.row is None:
            return f"{self.column}: {self.message}" if self.column else self.message
        if self.column:
            return t(
                "tables.row_problem", lang=self.lang, row=self.row, column=self.column, message=self.message
            )
        return t("tables.row_only", lang=self.lang, row=self.row, message=self.message)


class TableImportError(ValueError):
    """The table cannot be imported (strict mode: any bad row; always: an unreadable file)."""

    def __init__(self, path: Path | str, problems: Sequence[TableProblem]):
        self.path = Path(path)
        self.problems = list(problems)
        rows = {p.row for p in self.problems if p.row is not None}
        if not rows and len(self.problems) == 1:  # the file as a whole: one plain sentence
            super().__init__(f"{self.path}: {self.problems[0]}")
            return
        head = f"{self.path}: " + t("tables.import_failed", count=len(rows) or len(self.problems))
        super().__init__("\n".join([head, *("  - " + str(p) for p in self.problems)]))


@dataclass
class ImportResult:
    """What an import produced: the good touchpoints, and every problem and warning."""

    touchpoints: list[Touchpoint]
    problems: list[TableProblem] = field(default_factory=list)
    warnings: list[TableProblem] = field(default_factory=list)
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def rejected_rows(self) -> list[int]:
        """The row numbers (as Excel shows them) that were not imported."""
        return sorted({p.row for p in self.problems if p.row is not None and p.row > 1})

    def merged_into(self, journey: Journey) -> Journey:
        return merge_touchpoints(journey, self.touchpoints)


@dataclass(frozen=True)
class ExportResult:
    """The written file, how many touchpoint rows it holds, and how many cells lost
    characters the format cannot store (XLSX control characters)."""

    path: Path
    rows: int
    cleaned_cells: int = 0


def merge_touchpoints(journey: Journey, touchpoints: Iterable[Touchpoint]) -> Journey:
    """A checked copy of ``journey`` with ``touchpoints`` added: one with the id of an
    existing touchpoint replaces it in place, the others are appended in order."""
    merged = journey.model_copy(deep=True)
    position = {tp.id: i for i, tp in enumerate(merged.touchpoints)}
    items = list(merged.touchpoints)
    for tp in touchpoints:
        if tp.id in position:
            items[position[tp.id]] = tp
        else:
            position[tp.id] = len(items)
            items.append(tp)
    data = merged.model_dump()
    data["touchpoints"] = [tp.model_dump() for tp in items]
    from journeykit_widgets.model import parse_journey

    return parse_journey(data)
