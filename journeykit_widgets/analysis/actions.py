"""Ideal vs current: the differences between two states of the map, as an action list.

Two sources, one action list:

* ``source="canvas"`` compares the **ideal** and **current** columns of a role's
  four-lane canvas, phase by phase and lane by lane (plus the experience score);
* ``source="template"`` compares the **future-state** template with the
  **current-state** template, step by step and row by row.

Every cell that differs becomes one row: phase, lane, ideal, current, a proposed
change, an owner and a priority. The participant edits the change, owner and
priority (in a widget or in Excel) and exports the list with ``export_actions``.

Priority comes from the canvas's experience scores: a phase whose ideal score is
2 or more points above its current score is ``high``, 1 point ``medium``, otherwise
``low``; without both scores (and for templates) it is ``medium``.
"""

from __future__ import annotations

import numbers
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from journeykit_widgets import frameworks
from journeykit_widgets.analysis._common import column_label, value_label
from journeykit_widgets.i18n import LANGUAGES, get_language, t

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = [
    "ACTION_COLUMNS",
    "PRIORITIES",
    "action_summary",
    "export_actions",
    "ideal_vs_current",
    "load_actions",
]

ACTION_COLUMNS: tuple[str, ...] = (
    "phase",
    "phase_name",
    "lane",
    "lane_name",
    "ideal",
    "current",
    "change",
    "owner",
    "priority",
)
PRIORITIES: tuple[str, ...] = ("high", "medium", "low")
# The columns a person reads and edits; ids stay in the file so it can be read back.
_EXPORT_COLUMNS = ACTION_COLUMNS
SCORE_LANE = "score"


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _priority(ideal_score: int | None, current_score: int | None) -> str:
    if ideal_score is None or current_score is None:
        return "medium"
    gap = ideal_score - current_score
    return "high" if gap >= 2 else "medium" if gap == 1 else "low"


def _change(lane: str, ideal: str, current: str) -> str:
    if lane == SCORE_LANE:
        if not current:
            return t("analysis.actions.score_measure", ideal=ideal)
        if not ideal:
            return t("analysis.actions.score_set_ideal", current=current)
        key = "score_raise" if int(ideal) > int(current) else "score_check"
        return t(f"analysis.actions.{key}", ideal=ideal, current=current)
    if not current:
        return t("analysis.actions.add", ideal=ideal)
    if not ideal:
        return t("analysis.actions.reconsider", current=current)
    return t("analysis.actions.change", ideal=ideal)


def _phase_owners(journey: Journey) -> dict[str, str]:
    """The team that owns most touchpoints of each phase (first in journey order on a tie)."""
    owners: dict[str, str] = {}
    for pid in journey.phase_ids:
        names = [tp.owner.strip() for tp in journey.touchpoints if tp.phase == pid and tp.owner.strip()]
        if names:
            counts = Counter(names)
            top = max(counts.values())
            owners[pid] = next(n for n in names if counts[n] == top)
    return owners


def _canvas_rows(journey: Journey, role: str) -> list[dict]:
    canvas = next((c for c in journey.canvases if c.role == role), None)
    if canvas is None:
        return []
    lanes = frameworks.lanes()
    owners = _phase_owners(journey)
    rows = []
    for pid in journey.phase_ids:
        ideal, current = canvas.column("ideal", pid), canvas.column("current", pid)
        priority = _priority(ideal.score, current.score)
        cells = [(lane, getattr(ideal, lane), getattr(current, lane)) for lane in frameworks.LANE_IDS]
        # The score belongs to the experience lane: list it right after it.
        at = frameworks.LANE_IDS.index("experience") + 1
        cells.insert(
            at,
            (
                SCORE_LANE,
                "" if ideal.score is None else str(ideal.score),
                "" if current.score is None else str(current.score),
            ),
        )
        for lane, ideal_text, current_text in cells:
            ideal_text, current_text = _clean(ideal_text), _clean(current_text)
            if ideal_text == current_text:
                continue
            lane_name = lanes[lane].label() if lane in lanes else t("analysis.actions.score_lane")
            rows.append(
                {
                    "phase": pid,
                    "phase_name": journey.phase_label(pid),
                    "lane": lane,
                    "lane_name": lane_name,
                    "ideal": ideal_text,
                    "current": current_text,
                    "change": _change(lane, ideal_text, current_text),
                    "owner": owners.get(pid, ""),
                    "priority": priority,
                }
            )
    return rows


def _template_rows(journey: Journey) -> list[dict]:
    spec = frameworks.template("current_state")
    current = journey.templates.get("current_state")
    future = journey.templates.get("future_state")
    rows = []
    for column in spec.columns:
        for row in spec.rows:
            ideal_text = _clean(future.cell(row.id, column.id) if future else "")
            current_text = _clean(current.cell(row.id, column.id) if current else "")
            if ideal_text == current_text:
                continue
            rows.append(
                {
                    "phase": column.id,
                    "phase_name": column.label(),
                    "lane": row.id,
                    "lane_name": row.label(),
                    "ideal": ideal_text,
                    "current": current_text,
                    "change": _change(row.id, ideal_text, current_text),
                    "owner": "",
                    "priority": "medium",
                }
            )
    return rows


def ideal_vs_current(
    journey: Journey, role: str = "", source: Literal["canvas", "template"] = "canvas"
) -> pd.DataFrame:
    """The action list: one row per cell where the ideal and the current state differ.

    Rows follow the map: phase order, then lane order (customer process, internal
    process, experience, score, improvements). Empty when nothing differs yet.
    """
    import pandas as pd

    if source == "canvas":
        rows = _canvas_rows(journey, role)
    elif source == "template":
        rows = _template_rows(journey)
    else:
        raise ValueError(t("analysis.actions.bad_source", source=source))
    return pd.DataFrame(rows, columns=list(ACTION_COLUMNS))


def action_summary(actions: pd.DataFrame) -> str:
    """One or two sentences about an action list, in the active language."""
    if actions.empty:
        return t("analysis.actions.none")
    counts = actions["priority"].value_counts()
    phases = actions["phase_name"].nunique()
    text = t(
        "analysis.actions.summary",
        count=len(actions),
        phases=phases,
        high=int(counts.get("high", 0)),
    )
    missing_owner = int((actions["owner"].fillna("").str.strip() == "").sum())
    if missing_owner:
        text += "\n" + t("analysis.actions.no_owner", count=missing_owner)
    return text


# --------------------------------------------------------------------- files
def _header_aliases() -> dict[str, str]:
    """Every header a person may see (English, Dutch, id) → column id."""
    aliases = {}
    for column in ACTION_COLUMNS:
        aliases[column] = column
        for lang in LANGUAGES:
            aliases[t(f"analysis.col.{column}", lang=lang).strip().lower()] = column
    return aliases


def _localized_frame(actions: pd.DataFrame) -> pd.DataFrame:
    out = actions.reindex(columns=list(_EXPORT_COLUMNS)).copy()
    out["priority"] = out["priority"].map(value_label)
    return out.rename(columns={c: column_label(c) for c in out.columns})


def export_actions(
    actions: pd.DataFrame, path: str | Path, *, localized: bool = True, sep: str | None = None
) -> Path:
    """Write the action list to ``.csv`` or ``.xlsx`` (by the file's suffix).

    ``localized`` writes headers and priorities in the active language, so the file
    reads well in Excel; ``load_actions`` reads both forms back. A CSV gets a byte
    order mark (Excel then shows accents correctly) and, in Dutch, ``;`` as
    separator, which is what a Dutch Excel expects; pass ``sep`` to choose.

    Cells are written like the touchpoint exports write them (``store.cells``): a
    text starting like a formula (``=HYPERLINK(…)``, ``+``, ``-``, ``@``) stays text in
    Excel, a cell with a line break stays one cell.
    """
    from journeykit_widgets.store.cells import csv_text
    from journeykit_widgets.store.files import write_atomic

    path = Path(path)
    frame = _localized_frame(actions) if localized else actions.reindex(columns=list(ACTION_COLUMNS))
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        separator = sep or (";" if get_language() == "nl" else ",")
        rows = [[_cell(value) for value in record] for record in frame.itertuples(index=False)]
        text = csv_text([list(frame.columns), *rows], delimiter=separator)
        write_atomic(path, ("\ufeff" + text).encode("utf-8"))
    elif suffix == ".xlsx":
        _write_xlsx(frame, path)
    else:
        raise ValueError(t("analysis.actions.bad_suffix", suffix=path.suffix or "—"))
    return path


def _cell(value: object) -> object:
    """A cell of the exported list: text and numbers (numpy's too) as they are,
    empty for a missing value (None, NaN, pandas' NA)."""
    import pandas as pd

    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    return value if isinstance(value, str | numbers.Real) else str(value)


def _write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from journeykit_widgets.store.cells import set_text_cell

    book = Workbook()
    sheet = book.active
    sheet.title = t("analysis.actions.sheet")[:31]
    for r, record in enumerate([list(frame.columns), *frame.itertuples(index=False)], start=1):
        for c, value in enumerate(record, start=1):
            value = _cell(value)
            if isinstance(value, str):
                set_text_cell(sheet.cell(row=r, column=c), value)  # never a formula
            else:
                sheet.cell(row=r, column=c, value=value)
    header_fill = PatternFill("solid", fgColor="DDE7F0")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
    widths = {"ideal": 45, "current": 45, "change": 50}
    for i, column in enumerate(ACTION_COLUMNS, start=1):
        letter = get_column_letter(i)
        sheet.column_dimensions[letter].width = widths.get(column, 18)
        if column in widths:
            for cell in sheet[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.save(path)


def _read_csv(path: Path) -> pd.DataFrame:
    """A CSV action list as text cells: decoded like every table of the kit, the
    apostrophe that kept a formula-like text as text taken off again."""
    import csv
    import io

    import pandas as pd

    from journeykit_widgets.store.cells import csv_unescape
    from journeykit_widgets.store.decode import decode_table, without_stray_bytes

    text = without_stray_bytes(decode_table(path.read_bytes()))
    first = text.split("\n", 1)[0]
    sep = max((";", ",", "\t"), key=first.count)
    rows = [
        [csv_unescape(cell) for cell in row]
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    ]
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return pd.DataFrame()
    width = len(rows[0])
    body = [(row + [""] * width)[:width] for row in rows[1:]]
    return pd.DataFrame(body, columns=rows[0], dtype=object)


def load_actions(path: str | Path) -> pd.DataFrame:
    """Read an (edited) action list back from CSV or XLSX, in either language."""
    import pandas as pd

    path = Path(path)
    frame = pd.read_excel(path, dtype=str).fillna("") if path.suffix.lower() == ".xlsx" else _read_csv(path)
    aliases = _header_aliases()
    frame = frame.rename(columns={c: aliases.get(str(c).strip().lower(), c) for c in frame.columns})
    priorities = {}
    for p in PRIORITIES:
        priorities[p] = p
        for lang in LANGUAGES:
            priorities[t(f"analysis.value.{p}", lang=lang).lower()] = p
    if "priority" in frame:
        frame["priority"] = frame["priority"].map(lambda v: priorities.get(str(v).strip().lower(), v))
    return frame.reindex(columns=list(ACTION_COLUMNS), fill_value="")
