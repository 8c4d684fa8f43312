"""The touchpoints table written for people: CSV (the list separator their Excel
expects) and XLSX (column widths, choice lists for phase, channel, device…)."""

from __future__ import annotations

import io
from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey
from journeykit_widgets.model.evidence import CONFIDENCES
from journeykit_widgets.model.votes import vote_counts
from journeykit_widgets.store.cells import csv_text as _csv_lines
from journeykit_widgets.store.cells import office_text, set_text_cell
from journeykit_widgets.store.comment_table import add_comments_sheet
from journeykit_widgets.store.files import write_atomic
from journeykit_widgets.store.table_columns import (
    _DEFAULT_WIDTH,
    _EVIDENCE_FIELDS,
    _LOOKUP_FIELDS,
    _NARROW,
    _WIDTHS,
    TABLE_COLUMNS,
    TABLE_FORMATS,
    VOTES_COLUMN,
    _Context,
    _evidence_column,
    column_label,
)
from journeykit_widgets.store.table_results import ExportResult, TableImportError, TableProblem


# ----------------------------------------------------------------------------- export
def table_rows(journey: Journey, xlsx: bool = False) -> tuple[list[str], list[list[object]]]:
    """Header and rows of the touchpoints table in the journey's language: labels for
    channel, device, phase and role, yes/no for ``direct``; numbers stay numbers."""
    ctx = _Context.of(journey)
    lang = journey.language
    header = [column_label(name, lang) for name in TABLE_COLUMNS]
    yes, no = t("value.yes", lang=lang), t("value.no", lang=lang)
    rows = []
    for tp in journey.touchpoints:
        row: list[object] = []
        for name in TABLE_COLUMNS:
            evidence_part = _evidence_column(name)
            if evidence_part is not None:
                field_name, part = evidence_part
                value = getattr(getattr(tp, field_name), part)
                if part != "reference":
                    value = ctx.evidence_label(part, value, lang, xlsx)
                row.append(value)
                continue
            value = getattr(tp, name)
            if name in _LOOKUP_FIELDS:
                value = ctx.label(name, value, lang, xlsx)
            elif name == "direct":
                value = yes if value else no
            row.append(value)
        rows.append(row)
    dots = vote_counts(journey)
    if dots:  # a closed dot vote: its count per touchpoint, in a last column
        header.append(column_label(VOTES_COLUMN, lang))
        for tp, row in zip(journey.touchpoints, rows, strict=True):
            row.append(dots.get(tp.id, 0))
    return header, rows


def _default_delimiter(lang: str) -> str:
    # Dutch Excel reads ';' as the list separator (',' is the decimal comma there):
    # a comma-separated file would open with everything in column A.
    return ";" if lang == "nl" else ","


def csv_text(journey: Journey, delimiter: str | None = None, lineterminator: str = "\r\n") -> str:
    """The touchpoints table as CSV text, formula cells escaped (see the module's
    docstring): the file export and ``journeykit convert --to csv -o -`` both use it."""
    header, rows = table_rows(journey)
    return _csv_lines([header, *rows], delimiter or _default_delimiter(journey.language), lineterminator)


def export_csv(journey: Journey, path: Path | str, delimiter: str | None = None) -> ExportResult:
    """Write the touchpoints table as CSV: UTF-8 with a byte-order mark (so Excel shows
    é, ë, ĳ right), ';' as separator for Dutch journeys and ',' otherwise."""
    path = Path(path)
    write_atomic(path, ("\ufeff" + csv_text(journey, delimiter)).encode("utf-8"))
    return ExportResult(path, len(journey.touchpoints))


def export_xlsx(journey: Journey, path: Path | str) -> ExportResult:
    """Write the touchpoints table as an Excel workbook: bold, frozen header row, a
    filter, sized and wrapped columns, drop-down lists for the fixed choices."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header, rows = table_rows(journey, xlsx=True)
    lang = journey.language
    book = Workbook()
    sheet = book.active
    sheet.title = t("tables.sheet_title", lang=lang)
    bold = Font(bold=True)
    fill = PatternFill("solid", start_color="FFE8ECF2")
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, text in enumerate(header, 1):
        cell = sheet.cell(row=1, column=col, value=text)
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(wrap_text=True, vertical="center")
    cleaned = 0
    for r, row in enumerate(rows, 2):
        for col, value in enumerate(row, 1):
            if isinstance(value, str):
                safe = office_text(value)
                cleaned += safe != value
                cell = sheet.cell(row=r, column=col)
                set_text_cell(cell, safe)
            else:
                cell = sheet.cell(row=r, column=col, value=value)
            cell.alignment = wrap
    for col, name in enumerate(TABLE_COLUMNS, 1):
        width = _WIDTHS.get(name) or _NARROW.get(name) or _DEFAULT_WIDTH
        sheet.column_dimensions[get_column_letter(col)].width = max(width, len(header[col - 1]) + 3)
    sheet.freeze_panes = "B2"  # header row and the id column stay in view
    last = get_column_letter(len(header))
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"
    _add_choice_lists(book, sheet, journey, len(rows))
    # The team's comments on a sheet of their own (the import reads only the first sheet).
    add_comments_sheet(book, journey, lambda cell, value: set_text_cell(cell, office_text(value)))
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.active = 0
    buffer = io.BytesIO()
    book.save(buffer)
    path = Path(path)
    write_atomic(path, buffer.getvalue())
    return ExportResult(path, len(rows), cleaned)


def _add_choice_lists(book, sheet, journey: Journey, count: int) -> None:
    """Drop-down lists (phase, channel, device, direct, role) read from a hidden sheet,
    so a group adding rows in Excel picks valid values. Typing something else stays
    allowed (the importer reports it with its row number)."""
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = journey.language
    ctx = _Context.of(journey)
    lists = {
        "phase": [ctx.label("phase", p.id, lang, True) for p in journey.phases],
        "channel": [ctx.label("channel", c, lang, True) for c in frameworks.channels()],
        "device": [ctx.label("device", d, lang, True) for d in frameworks.devices()],
        "direct": [t("value.yes", lang=lang), t("value.no", lang=lang)],
        "role": [ctx.label("role", r.id, lang, True) for r in journey.buying_group],
    }
    for field_name in _EVIDENCE_FIELDS:
        lists[f"{field_name}_source"] = [
            ctx.evidence_label("source", s, lang, True) for s in frameworks.evidence_sources()
        ]
        lists[f"{field_name}_confidence"] = [
            ctx.evidence_label("confidence", c, lang, True) for c in CONFIDENCES
        ]
    hidden = book.create_sheet(t("tables.lists_sheet", lang=lang))
    hidden.sheet_state = "hidden"
    last_row = max(count + 1, 2) + 500  # room for rows the group adds
    for n, (name, values) in enumerate(lists.items(), 1):
        if not values:
            continue
        letter = get_column_letter(n)
        for r, value in enumerate(values, 1):
            cell = hidden.cell(row=r, column=n, value=office_text(value))
            cell.data_type = "s"
        source = f"{quote_sheetname(hidden.title)}!${letter}$1:${letter}${len(values)}"
        check = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=False)
        target = get_column_letter(TABLE_COLUMNS.index(name) + 1)
        check.add(f"{target}2:{target}{last_row}")
        sheet.add_data_validation(check)


def export_touchpoints(journey: Journey, path: Path | str, fmt: str | None = None) -> ExportResult:
    """Write the touchpoints table; the format comes from ``fmt`` or the file's suffix."""
    fmt = _format(path, fmt)
    return export_xlsx(journey, path) if fmt == "xlsx" else export_csv(journey, path)


def _format(path: Path | str, fmt: str | None) -> str:
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in TABLE_FORMATS:
        raise TableImportError(
            path, [TableProblem(None, "", t("tables.unknown_format", suffix=fmt or Path(path).name))]
        )
    return fmt
