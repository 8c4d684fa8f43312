"""Parts of the group report that are more than a table: the combined action list
(a ranked body of at most two pages, the whole list in an appendix and in an
Excel file beside the report), the differences with a spread that says something,
and the progress a long run reports ("journey 3 of 20: drawing").
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from journeykit_widgets.i18n import formats, t
from journeykit_widgets.i18n.quote import one_line

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "BODY_ACTIONS",
    "Progress",
    "actions_appendix",
    "actions_body",
    "progress_text",
    "spread_column",
    "write_actions_xlsx",
]

# Rows of the ranked list in the body: with the change cut to one or two lines they
# fill at most two A4 landscape pages; the appendix and the XLSX hold every row.
BODY_ACTIONS = 24
_BODY_CHANGE = 150
# What the report is doing, in the order it does it (the progress a trainer sees).
STEPS = ("reading", "drawing", "printing")

Progress = Callable[[int, int, str, str], None]  # (n, of, step, team) → None


def progress_text(n: int, total: int, step: str, team: str = "") -> str:
    """ "Journey 3 of 20 (airline): drawing", or for the whole report "Printing the PDF"."""
    if step == "printing":
        return t("h25group.progress.printing")
    return t(f"h25group.progress.{step}", n=n, total=total, team=team)


def _table(frame: pd.DataFrame, css: str) -> str:
    return frame.to_html(index=False, escape=True, border=0, classes=css, na_rep="—")


def actions_body(actions: pd.DataFrame, xlsx_name: str) -> str:
    """The best-ranked rows, each change on at most two lines, and where the rest is."""
    if actions.empty:
        return f'<p class="jk-none">{html.escape(t("collect.report.no_actions"))}</p>'
    lead = t("h25group.actions.lead")
    body = actions.head(BODY_ACTIONS).copy()
    change = t("h25group.column.change")
    body[change] = body[change].map(lambda text: one_line(text, _BODY_CHANGE))
    kind = t("h25group.column.kind")
    body = body.drop(columns=[kind])
    parts = [f"<p class='jk-lead'>{html.escape(lead)}</p>", _table(body, "jk-actions")]
    parts.append(
        "<p class='jk-none'>"
        + html.escape(t("h25group.actions.where_all", count=len(actions), file=xlsx_name))
        + "</p>"
    )
    return "".join(parts)


def actions_appendix(actions: pd.DataFrame, xlsx_name: str) -> str:
    if actions.empty:
        return ""
    head = t("h25group.appendix.title", count=len(actions))
    return (
        f'<section class="jk-appendix"><h2>{html.escape(head)}</h2>'
        f"<p class='jk-lead'>{html.escape(t('h25group.appendix.lead', file=xlsx_name))}</p>"
        + _table(actions.drop(columns=[t("h25group.column.kind")]), "jk-actions jk-all")
        + "</section>"
    )


def write_actions_xlsx(actions: pd.DataFrame, path: Path) -> Path:
    """Every row of the localized action list in an Excel workbook; a text that looks
    like a formula stays text (``store.cells``)."""
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from journeykit_widgets.store import write_atomic
    from journeykit_widgets.store.cells import set_text_cell

    book = Workbook()
    sheet = book.active
    sheet.title = t("h25group.xlsx.sheet")[:31]
    sheet.append([str(c) for c in actions.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, record in enumerate(actions.itertuples(index=False), 2):
        for c, value in enumerate(record, 1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, int):
                cell.value = value
            else:
                set_text_cell(cell, "" if value is None else str(value))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = (5, 18, 24, 60, 24, 20, 14, 36)
    for c, width in enumerate(widths[: len(actions.columns)], 1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    buffer = BytesIO()
    book.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, buffer.getvalue())
    return path


def spread_column(result, table: pd.DataFrame) -> pd.DataFrame:
    """The differences table with a spread that means something in every row: the
    distance between the lowest and highest rating where the maps rate the item, and
    otherwise on how many of the maps the item is at all ("on 2 of 6 maps")."""
    raw = result.differences
    teams = [c for c in raw.columns if c not in ("item_kind", "key", "item", "field", "spread")]
    words = []
    for _, row in raw.loc[table.index].iterrows():
        if row["spread"] == row["spread"]:  # a number (NaN is not equal to itself)
            apart = formats.number(row["spread"], 0)
            words.append(t("h25group.spread.points", count=round(row["spread"]), value=apart))
        else:
            values = [row[team] for team in teams if row[team] is not None and row[team] == row[team]]
            # "present" rows say per map whether it holds the item (False: it does not)
            present = sum(map(bool, values)) if row["field"] == "present" else len(values)
            words.append(t("h25group.spread.maps", count=present, total=len(teams)))
    out = table.copy()
    spread = out.columns[-1]  # compare's localized table ends with its spread column
    out[spread] = words
    return out.rename(columns={spread: t("h25group.column.spread")})
