"""The touchpoints table as CSV or Excel: export for people, import back with row-numbered errors.

The table is what a workshop group edits outside Jupyter (in Excel, LibreOffice or
Google Sheets), so both directions speak the person's language:

* Headers are the field labels of the journey's language ("emotion" / "emotie");
  the importer accepts English or Dutch labels, or the raw field ids.
* Channel, device, phase and role cells hold readable labels; the importer accepts
  labels in either language (any letter case) or ids. ``direct`` is yes/no
  (ja/nee, true/false, 1/0 are accepted too).
* The evidence of a touchpoint and of its pain points is three flat columns each
  (source type, quote or reference, confidence); source type and confidence are
  labels in either language or ids. An older table's single "evidence" column is
  read as the reference.
* A bad row is never dropped silently: every problem names the row as Excel shows
  it (the header is row 1) and the column in the active language, e.g.
  "Row 7, emotion: must be between -3 and +3, got 9". Good rows are still imported.

Export → import is loss-free, with documented exceptions: control characters
other than tab, newline and carriage return (NUL, ESC, BEL: nothing a person types)
are removed by the import, with a warning naming row and column; and in XLSX
(which cannot hold them) a carriage return or a vertical tab becomes a newline
(Excel's own line break in a cell) and DEL is left out. Otherwise CSV keeps every
character.

Formula injection, the characters XLSX cannot hold and line breaks in CSV cells are
handled by ``store.cells`` (one policy for every export of the kit); the bytes of a
CSV file become text in ``store.decode`` (one policy for every table the kit reads).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from pathlib import Path

from pydantic import ValidationError

from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import excerpt
from journeykit_widgets.model import Journey, Touchpoint, problems_from
from journeykit_widgets.store.cells import csv_unescape, set_text_cell
from journeykit_widgets.store.decode import decode_table, stray_bytes, without_stray_bytes
from journeykit_widgets.store.files import JourneyFileError, ensure_regular_file
from journeykit_widgets.store.table_columns import (
    _CONTROL,
    _EVIDENCE_FIELDS,
    _HEADER_SEARCH,
    _INT_FIELDS,
    _LOOKUP_FIELDS,
    _NO,
    _YES,
    REQUIRED_COLUMNS,
    TABLE_COLUMNS,
    TABLE_FORMATS,
    VOTES_COLUMN,
    _Context,
    _evidence_column,
    _header_lookup,
    _norm,
    column_label,
)
from journeykit_widgets.store.table_export import (
    _format,
    csv_text,
    export_csv,
    export_touchpoints,
    export_xlsx,
    table_rows,
)
from journeykit_widgets.store.table_results import (
    ExportResult,
    ImportResult,
    TableImportError,
    TableProblem,
    merge_touchpoints,
)

__all__ = [
    "REQUIRED_COLUMNS",
    "TABLE_COLUMNS",
    "TABLE_FORMATS",
    "ExportResult",
    "ImportResult",
    "TableImportError",
    "TableProblem",
    "column_label",
    "csv_text",
    "export_csv",
    "export_touchpoints",
    "export_xlsx",
    "import_touchpoints",
    "merge_touchpoints",
    "set_text_cell",
    "table_column_values",
    "table_phase_names",
    "table_rows",
]


# ----------------------------------------------------------------------------- reading
def _read_csv(path: Path) -> list[list[object]]:
    text = decode_table(path.read_bytes())
    best: list[list[object]] = []
    best_score = -1
    headers = _header_lookup()
    for delimiter in (",", ";", "\t"):
        try:
            records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
        except csv.Error:
            continue
        first = next((r for r in records if any(c.strip() for c in r)), [])
        score = sum(_norm(csv_unescape(c)) in headers for c in first)
        if score > best_score:
            best, best_score = records, score
    if best_score < 0:
        records = list(csv.reader(io.StringIO(text, newline="")))
        best = records
    return [[csv_unescape(cell) for cell in record] for record in best]


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)  # streams: much faster on big sheets
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _read(path: Path, fmt: str) -> list[list[object]]:
    try:
        ensure_regular_file(path)  # a FIFO would block the read for ever
        return _read_xlsx(path) if fmt == "xlsx" else _read_csv(path)
    except JourneyFileError as error:
        message = error.reason
    except FileNotFoundError:
        message = t("store.not_found")
    except OSError as error:
        message = t("store.unreadable", detail=error.strerror or str(error))
    except Exception as error:  # a damaged workbook raises zipfile/XML/KeyError alike
        message = t("tables.not_a_table", detail=f"{type(error).__name__}: {error}")
    raise TableImportError(path, [TableProblem(None, "", message)])


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("value.yes") if value else t("value.no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


# ----------------------------------------------------------------------------- import
def import_touchpoints(
    path: Path | str, journey: Journey, *, strict: bool = False, fmt: str | None = None
) -> ImportResult:
    """Read a touchpoints table (CSV or XLSX) against ``journey`` (its phases and roles).

    Returns every good row as a ``Touchpoint`` and every problem with its row number;
    with ``strict=True`` any problem raises ``TableImportError`` instead. The journey
    itself is not changed: see ``merge_touchpoints`` / ``ImportResult.merged_into``.
    """
    path = Path(path)
    records = _read(path, _format(path, fmt))
    result = _import_records(records, journey)
    if strict and result.problems:
        raise TableImportError(path, result.problems)
    return result


def _import_records(records: list[list[object]], journey: Journey) -> ImportResult:
    result = ImportResult(touchpoints=[])
    header_index = _header_index(records)
    if header_index is None:
        result.problems.append(TableProblem(None, "", t("tables.no_header")))
        return result
    header_row = header_index + 1
    records[header_index] = [_plain(c) for c in records[header_index]]
    columns = _columns(records[header_index], header_row, result)
    missing = [name for name in REQUIRED_COLUMNS if name not in columns.values()]
    if missing:
        found = ", ".join(_as_text(c) for c in records[header_index] if not _is_blank(c)) or "—"
        for name in missing:
            result.problems.append(
                TableProblem(
                    header_row, "", t("tables.missing_column", column=column_label(name), found=found)
                )
            )
        return result

    ctx = _Context.of(journey)
    seen_ids: dict[str, int] = {}
    for index in range(header_index + 1, len(records)):
        record = records[index]
        row = index + 1
        if all(_is_blank(c) for c in record):
            continue
        result.rows += 1
        extra = [c for i, c in enumerate(record) if i not in columns and not _is_blank(c)]
        if extra:
            result.warnings.append(TableProblem(row, "", t("tables.extra_cells", count=len(extra))))
        # The dots of a vote are exported to be read; a table does not place dots.
        cells = {
            name: record[i] if i < len(record) else None
            for i, name in columns.items()
            if name != VOTES_COLUMN
        }
        _clean_cells(cells, row, result)
        touchpoint, problems = _touchpoint(cells, ctx, row)
        if touchpoint is not None and touchpoint.id in seen_ids:
            problems.append(
                TableProblem(
                    row, column_label("id"), t("tables.duplicate_row_id", row=seen_ids[touchpoint.id])
                )
            )
        if problems:
            result.problems.extend(problems)
            continue
        assert touchpoint is not None
        seen_ids[touchpoint.id] = row
        result.touchpoints.append(touchpoint)
    return result


def _plain(value: object) -> object:
    """A cell with stray bytes and control characters taken out, without a warning
    (headers and the role names of a new journey, which are reported elsewhere)."""
    if not isinstance(value, str):
        return value
    return _CONTROL.sub("", without_stray_bytes(value))


def _clean_cells(cells: dict[str, object], row: int, result: ImportResult) -> None:
    """Say which cell held bytes that were not UTF-8 (now "\ufffd"), and take out
    control characters (NUL and the like), each with a warning naming row and column:
    the row is still imported, and the person knows what changed."""
    for name, value in cells.items():
        if not isinstance(value, str):
            continue
        for byte in stray_bytes(value):
            message = t("tables_import.not_utf8_byte", byte=byte)
            result.warnings.append(TableProblem(row, column_label(name), message))
        value = without_stray_bytes(value)
        cleaned, count = _CONTROL.subn("", value)
        if count:
            message = t("tables_import.control_removed", count=count)
            result.warnings.append(TableProblem(row, column_label(name), message))
        cells[name] = cleaned


def _header_index(records: list[list[object]]) -> int | None:
    """The header row: the first of the first rows that names two or more touchpoint
    columns (so a title or a note above the table is fine), else the first non-blank row."""
    lookup = _header_lookup()
    filled = [i for i, r in enumerate(records[:_HEADER_SEARCH]) if any(not _is_blank(c) for c in r)]
    for i in filled:
        if len({lookup.get(_norm(_as_text(c))) for c in records[i] if not _is_blank(c)} - {None}) >= 2:
            return i
    return filled[0] if filled else None


def _columns(header: list[object], row: int, result: ImportResult) -> dict[int, str]:
    """Column index → field name; unknown and repeated columns become warnings."""
    lookup = _header_lookup()
    columns: dict[int, str] = {}
    for i, cell in enumerate(header):
        if _is_blank(cell):
            continue
        text = _as_text(cell)
        name = lookup.get(_norm(text))
        if name is None:
            result.warnings.append(TableProblem(row, text.strip(), t("tables.unknown_column")))
        elif name in columns.values():
            result.warnings.append(TableProblem(row, text.strip(), t("tables.duplicate_column")))
        else:
            columns[i] = name
    return columns


def _touchpoint(
    cells: dict[str, object], ctx: _Context, row: int
) -> tuple[Touchpoint | None, list[TableProblem]]:
    data: dict[str, object] = {}
    problems: list[TableProblem] = []

    def problem(name: str, message: str) -> None:
        problems.append(TableProblem(row, column_label(name), message))

    for name, value in cells.items():
        evidence_part = _evidence_column(name)
        if evidence_part is not None:
            _evidence_cell(data, evidence_part, value, ctx, lambda message, n=name: problem(n, message))
        elif name in _LOOKUP_FIELDS:
            if _is_blank(value):
                if name == "phase":
                    problem(name, t("error.required"))
                continue  # channel, device, role: the model's default
            text = _as_text(value).strip()
            ident = getattr(ctx, name).resolve(text)
            if ident is None:
                key = {"phase": "error.unknown_phase", "channel": "error.unknown_channels"}.get(
                    name, "error.unknown_devices" if name == "device" else "error.unknown_role"
                )
                problem(name, t(key, value=excerpt(text), choices=ctx.choices(name)))
            else:
                data[name] = ident
        elif name == "direct":
            if _is_blank(value):
                continue
            if isinstance(value, bool):
                data[name] = value
                continue
            flag = _norm(_as_text(value))
            if flag in _YES:
                data[name] = True
            elif flag in _NO:
                data[name] = False
            else:
                problem(name, t("error.bool_parsing", value=excerpt(_as_text(value))))
        elif name in _INT_FIELDS:
            if _is_blank(value):
                continue
            data[name] = value.strip() if isinstance(value, str) else value
        elif name == "id":
            if not _is_blank(value):
                data[name] = _as_text(value).strip()
        elif name == "name":
            # A name of only spaces is as empty as no name, whatever the spaces are.
            if _is_blank(value):
                problem(name, t("error.required"))
            else:
                data[name] = _as_text(value)
        else:
            data[name] = _as_text(value)

    if problems:
        # Still run the model on what parsed, so one pass reports every fault of the row.
        data.setdefault("name", "?")
        data.setdefault("phase", ctx.journey.phases[0].id)
    try:
        touchpoint = Touchpoint.model_validate(data)
    except ValidationError as error:
        for item in problems_from(error):
            loc = [part for part in item.location if isinstance(part, str)]
            if len(loc) >= 2 and loc[0] in _EVIDENCE_FIELDS:
                problem(f"{loc[0]}_{loc[1]}", item.what)  # the flat column the value came from
            else:
                problem(item.field or "name", item.what)
        return None, problems
    return (None if problems else touchpoint), problems


def _evidence_cell(
    data: dict[str, object], where: tuple[str, str], value: object, ctx: _Context, problem
) -> None:
    """One evidence cell into ``data[field][part]``: labels of source and confidence
    (either language, any case) become ids; an unknown one is a problem for its cell."""
    field_name, part = where
    if value is None or (part != "reference" and _is_blank(value)):
        return  # a reference of only spaces is kept as typed, like every other text cell
    text = _as_text(value)
    evidence = data.setdefault(field_name, {})
    assert isinstance(evidence, dict)
    if part == "reference":
        evidence[part] = text
        return
    ident = getattr(ctx, part).resolve(text.strip())
    if ident is None:
        key = "error.unknown_evidence_source" if part == "source" else "evidence.unknown_confidence"
        problem(t(key, value=excerpt(text.strip()), choices=ctx.choices(part)))
    else:
        evidence[part] = ident


def table_column_values(path: Path | str, name: str, fmt: str | None = None) -> list[str]:
    """The distinct non-empty cells of one column (a field name such as ``"phase"`` or
    ``"role"``), in order of appearance, ignoring letter case and extra spaces."""
    path = Path(path)
    records = _read(path, _format(path, fmt))
    header_index = _header_index(records)
    if header_index is None:
        return []
    lookup = _header_lookup()
    column = next(
        (i for i, c in enumerate(records[header_index]) if lookup.get(_norm(_as_text(c))) == name), None
    )
    if column is None:
        return []
    values: dict[str, str] = {}
    for record in records[header_index + 1 :]:
        if column < len(record) and not _is_blank(_plain(record[column])):
            text = _as_text(_plain(record[column])).strip()
            values.setdefault(_norm(text), text)
    return list(values.values())


def table_phase_names(path: Path | str, fmt: str | None = None) -> list[str]:
    """The phases of a custom phase model built from a table (``journeykit import
    --framework custom``): its distinct phase cells in order of appearance."""
    return table_column_values(path, "phase", fmt)
