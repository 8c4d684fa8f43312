"""Reading measurement tables (CSV/XLSX) with messages that name row and column.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first data
row is row 2. A missing required column stops the import (nothing could be used);
every other problem is recorded in a ``LoadReport`` and only the bad rows (or, for
survey answers, the bad answers) are left out.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journeykit_widgets.analysis._common import count, quoted
from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import excerpt
from journeykit_widgets.store.decode import decode_table, has_stray_bytes, without_stray_bytes

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["HEADER_ROW", "LoadReport", "MeasurementFileError", "normalise_header", "read_table"]

HEADER_ROW = 1
# The first data row's number: a DataFrame index i is row i + FIRST_ROW.
FIRST_ROW = HEADER_ROW + 1
PROBLEM_COLUMNS = ["row", "column", "problem", "value"]


class MeasurementFileError(ValueError):
    """A table that cannot be used at all (unreadable, or a required column missing)."""


def normalise_header(name: object) -> str:
    return re.sub(r"[\s\-/]+", "_", str(name).strip().lower())


@dataclass(frozen=True)
class StrayByte:
    """A cell of a UTF-8 file that held a byte that is not UTF-8 (now "\ufffd")."""

    row: int  # as the spreadsheet shows it: the header is row 1
    column: str
    value: str


def read_table(source: object) -> tuple[pd.DataFrame, str, list[StrayByte]]:
    """A CSV/XLSX file or a DataFrame as a DataFrame of text cells, a name for
    messages, and the cells that held stray bytes (to be reported, not refused).

    A CSV is decoded like every table of the kit (``store.decode``): UTF-8 with or
    without a byte-order mark, UTF-16, or Windows-1252 (Excel's plain "CSV")."""
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        return source.copy(), t("analysis.load.table"), []
    path = Path(source)
    if not path.is_file():
        raise MeasurementFileError(t("analysis.load.no_file", path=str(path)))
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm", ".xls"):
            frame = pd.read_excel(path, dtype=object, keep_default_na=False)
        elif suffix in (".csv", ".txt", ".tsv"):
            text = decode_table(path.read_bytes())
            first = text.split("\n", 1)[0]
            sep = max((";", ",", "\t"), key=first.count)
            # pandas' fast parser cannot take the markers of stray bytes: only a file
            # that has them (rare, and then small: typed by hand) goes the slow way.
            stray = has_stray_bytes(text)
            frame = pd.read_csv(
                io.StringIO(text),
                sep=sep,
                dtype=object,
                keep_default_na=False,
                engine="python" if stray else "c",
            )
            if stray:
                frame, cells = _stray_byte_cells(frame)
                return frame, path.name, cells
        else:
            raise MeasurementFileError(t("analysis.load.bad_suffix", path=path.name))
    except MeasurementFileError:
        raise
    except Exception as error:  # a broken file: say which, in the user's language
        raise MeasurementFileError(t("analysis.load.unreadable", path=path.name, detail=str(error))) from None
    return frame, path.name, []


def _stray_byte_cells(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[StrayByte]]:
    """The frame with every stray byte shown as "\ufffd", and the cells that had one."""
    cells = []
    headers = []
    for header in frame.columns:
        name = without_stray_bytes(str(header))
        if name != str(header):
            cells.append(StrayByte(HEADER_ROW, name, name))
        headers.append(name)
    frame = frame.set_axis(headers, axis=1)
    for position, header in enumerate(headers):
        column = frame.iloc[:, position]
        for index, value in column.items():
            if isinstance(value, str) and has_stray_bytes(value):
                cells.append(StrayByte(int(index) + FIRST_ROW, header, without_stray_bytes(value)))
        frame.iloc[:, position] = column.map(lambda v: without_stray_bytes(v) if isinstance(v, str) else v)
    cells.sort(key=lambda cell: cell.row)
    return frame, cells


def match_columns(
    frame: pd.DataFrame,
    aliases: Mapping[str, Sequence[str]],
    required: Sequence[str],
    source: str,
) -> tuple[pd.DataFrame, dict[str, str]]:
    """Rename the columns to their ids using ``aliases`` (id → accepted headers);
    raise ``MeasurementFileError`` naming every required column that is missing.

    Also returns id → the header as written in the file, for messages."""
    lookup = {}
    for column, names in aliases.items():
        for name in (column, *names):
            lookup[normalise_header(name)] = column
    renamed = {}
    for header in frame.columns:
        column = lookup.get(normalise_header(header))
        if column and column not in renamed.values():
            renamed[header] = column
    frame = frame.rename(columns=renamed)
    missing = [c for c in required if c not in frame.columns]
    if missing:
        found = ", ".join(quoted(str(c)) for c in frame.columns) or "—"
        raise MeasurementFileError(
            t(
                "analysis.load.missing_columns",
                source=source,
                row=HEADER_ROW,
                columns=", ".join(quoted(c) for c in missing),
                found=found,
            )
        )
    return frame, {column: str(header) for header, column in renamed.items()}


@dataclass(frozen=True)
class LoadReport:
    """What happened while reading a table: rows read, used and skipped, and why.

    ``problems`` has one row per problem: ``row`` (as in the file, header = 1),
    ``column``, ``problem`` (a code such as ``bad_date``) and the offending ``value``.
    """

    source: str
    rows_read: int
    rows_used: int
    problems: pd.DataFrame
    answers_dropped: int = 0

    @property
    def rows_skipped(self) -> int:
        return self.rows_read - self.rows_used

    @property
    def ok(self) -> bool:
        return self.problems.empty

    def messages(self, limit: int | None = None) -> list[str]:
        """One translated sentence per problem, in file order."""
        rows = self.problems if limit is None else self.problems.head(limit)
        return [
            t(
                "analysis.load.problem",
                row=int(r.row),
                column=quoted(str(r.column)),
                message=t(f"analysis.problem.{r.problem}", value=_shown(r.value)),
            )
            for r in rows.itertuples(index=False)
        ]

    def summary(self, limit: int = 10) -> str:
        lines = [
            t(
                "analysis.load.summary",
                source=self.source,
                read=count(self.rows_read),
                used=count(self.rows_used),
                skipped=count(self.rows_skipped),
            )
        ]
        if self.answers_dropped:
            lines.append(t("analysis.load.answers_dropped", count=self.answers_dropped))
        lines.extend(self.messages(limit))
        if len(self.problems) > limit:
            lines.append(t("analysis.load.more_problems", count=len(self.problems) - limit))
        return "\n".join(lines)

    def table(self, localized: bool = False) -> pd.DataFrame:
        if not localized:
            return self.problems
        out = self.problems.copy()
        out["problem"] = [
            t(f"analysis.problem.{p}", value=_shown(v))
            for p, v in zip(out["problem"], out["value"], strict=True)
        ]
        out = out.drop(columns=["value"])
        return out.rename(columns={c: t(f"analysis.col.{c}") for c in out.columns})

    def __str__(self) -> str:
        return self.summary()


@dataclass(frozen=True)
class Coded:
    """A text column as codes into distinct, whitespace-trimmed values (-1 = empty)."""

    codes: object  # numpy int array, one per row
    categories: object  # numpy object array of distinct non-empty texts

    def categorical(self, keep=None) -> pd.Categorical:
        import pandas as pd

        codes = self.codes if keep is None else self.codes[keep]
        return pd.Categorical.from_codes(codes, categories=pd.Index(self.categories, dtype=object))


_EDGE_SPACE = re.compile(r"^\s|\s$", re.MULTILINE)


def _stripped(values):
    """Distinct cell values as trimmed text. Checks all of them in one regex pass
    first, because usually none has surrounding spaces and a Python loop over
    200,000 customer ids is what would make a big import slow."""
    import numpy as np
    import pandas as pd

    # A newline inside a value can only cause a false alarm (then we strip anyway).
    if pd.api.types.infer_dtype(values, skipna=False) == "string" and not _EDGE_SPACE.search(
        "\n".join(values)
    ):
        return values
    return np.array(["" if u is None or u != u else str(u).strip() for u in values], dtype=object)


def coded_text(column: pd.Series | None, n: int) -> Coded:
    """Clean a text column fast: factorize, strip the distinct values, merge those that
    become equal. Missing column → every row empty."""
    import numpy as np
    import pandas as pd

    if column is None:
        return Coded(np.full(n, -1, dtype=np.int64), np.array([], dtype=object))
    codes, uniques = pd.factorize(column.to_numpy(dtype=object))
    cleaned = _stripped(np.asarray(uniques, dtype=object))
    empty = cleaned == ""
    merged, categories = pd.factorize(np.where(empty, None, cleaned))
    lookup = np.append(merged, -1).astype(np.int64)  # index -1 (a missing cell) → -1
    return Coded(lookup[codes], np.asarray(categories, dtype=object))


def _shown(value: object) -> str:
    return "" if value is None else str(excerpt(value if isinstance(value, str) else str(value), 40))


class ProblemLog:
    """Collects problems as vectors (fast on a million rows) and builds the report."""

    def __init__(self) -> None:
        self._parts: list[pd.DataFrame] = []

    def add(self, frame: pd.DataFrame, mask: pd.Series, column: str, problem: str, values=None) -> None:
        """Record ``problem`` in ``column`` for every row where ``mask`` is true."""
        import pandas as pd

        if not mask.any():
            return
        index = frame.index[mask.to_numpy()]
        shown = (values if values is not None else frame[column])[mask].astype(str).to_numpy()
        self._parts.append(
            pd.DataFrame(
                {
                    "row": index.to_numpy() + FIRST_ROW,
                    "column": column,
                    "problem": problem,
                    "value": shown,
                }
            )
        )

    def add_rows(self, mask, label: str, problem: str, raw: pd.Series) -> None:
        """Like ``add`` for a numpy mask; ``raw`` holds the cells as written in the file."""
        import numpy as np
        import pandas as pd

        rows = np.flatnonzero(mask)
        if not len(rows):
            return
        shown = ["" if v is None or v != v else str(v) for v in raw.to_numpy(dtype=object)[rows]]
        self._parts.append(
            pd.DataFrame({"row": rows + FIRST_ROW, "column": label, "problem": problem, "value": shown})
        )

    def add_one(self, row: int, column: str, problem: str, value: object = "") -> None:
        import pandas as pd

        self._parts.append(
            pd.DataFrame({"row": [row], "column": [column], "problem": [problem], "value": [str(value)]})
        )

    def add_stray_bytes(self, cells: Sequence[StrayByte]) -> None:
        """Report each cell that held a byte that is not UTF-8 (the row is still used)."""
        for cell in cells:
            self.add_one(cell.row, cell.column, "not_utf8", cell.value)

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        if not self._parts:
            return pd.DataFrame(
                {c: pd.Series(dtype="int64" if c == "row" else "str") for c in PROBLEM_COLUMNS}
            )
        out = pd.concat(self._parts, ignore_index=True)
        return out.sort_values(["row"], kind="stable").reset_index(drop=True)
