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
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from pydantic import ValidationError

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import LANGUAGES, get_language, has_key, t
from journeykit_widgets.i18n.quote import excerpt
from journeykit_widgets.i18n.yes_no import NO_WORDS, YES_WORDS
from journeykit_widgets.model import TOUCHPOINT_FIELDS, Journey, Touchpoint, problems_from
from journeykit_widgets.model.evidence import CONFIDENCES
from journeykit_widgets.store.cells import csv_text as _csv_lines
from journeykit_widgets.store.cells import csv_unescape, office_text, set_text_cell
from journeykit_widgets.store.decode import decode_table, stray_bytes, without_stray_bytes
from journeykit_widgets.store.files import JourneyFileError, ensure_regular_file, write_atomic

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

TABLE_FORMATS: tuple[str, ...] = ("csv", "xlsx")
REQUIRED_COLUMNS: tuple[str, ...] = ("name", "phase")

# Evidence objects are flat columns: <field>_source, <field>_reference, <field>_confidence.
_EVIDENCE_FIELDS = ("evidence", "pain_evidence")
_EVIDENCE_PARTS = ("source", "reference", "confidence")
# The table's columns: the touchpoint's fields, each evidence object spread over three.
TABLE_COLUMNS: tuple[str, ...] = tuple(
    column
    for name in TOUCHPOINT_FIELDS
    for column in ([f"{name}_{part}" for part in _EVIDENCE_PARTS] if name in _EVIDENCE_FIELDS else [name])
)
# Headers of the one evidence text column of tables exported before schema version 2
# (its id and its English and Dutch labels then): read as the evidence reference.
_OLD_EVIDENCE_HEADERS = ("evidence", "evidence source", "bron")
_INT_FIELDS = frozenset({"emotion", "importance", "effort"})
_LOOKUP_FIELDS = ("phase", "channel", "device", "role")
# The kit's yes/no words, plus the column's own words for a touchpoint's kind.
_YES = YES_WORDS | {"direct"}
_NO = NO_WORDS | {"indirect"}
# Column widths in Excel's character units, by kind of field.
_WIDTHS = {
    "evidence_source": 18,
    "evidence_confidence": 14,
    "pain_evidence_source": 18,
    "pain_evidence_confidence": 14,
    "id": 14,
    "name": 32,
    "phase": 18,
    "channel": 20,
    "device": 16,
    "direct": 9,
    "role": 18,
}
_NARROW = {"emotion": 10, "importance": 13, "effort": 13}
_DEFAULT_WIDTH = 38
_HEADER_SEARCH = 20  # rows searched for the header, below a title or notes
# Control characters a cell can hold but no person typed on purpose (NUL from a broken
# export, ESC, BEL...); tab and line breaks are kept.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


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


# ----------------------------------------------------------------------------- lookups
def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


class _Lookup:
    """Label ↔ id for one kind of value. Ids win over labels; labels are matched in any
    letter case and in both languages, so an English table imports into a Dutch journey."""

    def __init__(self, entries: Iterable[tuple[str, Iterable[str]]]):
        self.ids: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        for ident, labels in entries:
            self.ids.setdefault(_norm(ident), ident)
            for label in labels:
                if label:
                    self.labels.setdefault(_norm(label), ident)

    def resolve(self, value: str) -> str | None:
        key = _norm(value)
        return self.ids.get(key) or self.labels.get(key)

    def export(self, ident: str, label: str, xlsx: bool = False) -> str:
        # Write the label only when it reads back as the same id: labels may repeat,
        # look blank, hold control characters (removed by the import), or (in XLSX)
        # characters the format cannot store.
        if (
            not label.strip()
            or self.resolve(label) != ident
            or _CONTROL.search(label)
            or (xlsx and office_text(label) != label)
        ):
            return ident
        return label


@dataclass
class _Context:
    journey: Journey
    phase: _Lookup
    channel: _Lookup
    device: _Lookup
    role: _Lookup
    source: _Lookup
    confidence: _Lookup

    @classmethod
    def of(cls, journey: Journey) -> _Context:
        def catalogue(entries: dict[str, frameworks.Entry]) -> _Lookup:
            return _Lookup((key, [e.label(lang) for lang in LANGUAGES]) for key, e in entries.items())

        return cls(
            journey=journey,
            phase=_Lookup((p.id, [p.name, *(p.label(lang) for lang in LANGUAGES)]) for p in journey.phases),
            channel=catalogue(frameworks.channels()),
            device=catalogue(frameworks.devices()),
            role=_Lookup((r.id, [r.name]) for r in journey.buying_group),
            source=catalogue(frameworks.evidence_sources()),
            confidence=_Lookup(
                (c, [t(f"evidence.confidence.{c}", lang=lang) for lang in LANGUAGES]) for c in CONFIDENCES
            ),
        )

    def label(self, name: str, ident: str, lang: str, xlsx: bool = False) -> str:
        if name == "phase":
            phase = next((p for p in self.journey.phases if p.id == ident), None)
            return self.phase.export(ident, phase.label(lang) if phase else "", xlsx)
        if name == "role":
            if not ident:
                return ""
            role = next((r for r in self.journey.buying_group if r.id == ident), None)
            return self.role.export(ident, role.name if role else "", xlsx)
        entries = frameworks.channels() if name == "channel" else frameworks.devices()
        entry = entries.get(ident)
        return getattr(self, name).export(ident, entry.label(lang) if entry else "", xlsx)

    def evidence_label(self, part: str, ident: str, lang: str, xlsx: bool = False) -> str:
        """The cell of an evidence source or confidence: its label, "" when not given."""
        if not ident:
            return ""
        if part == "source":
            entry = frameworks.evidence_sources().get(ident)
            return self.source.export(ident, entry.label(lang) if entry else "", xlsx)
        return self.confidence.export(ident, t(f"evidence.confidence.{ident}", lang=lang), xlsx)

    def choices(self, name: str) -> str:
        if name == "source":
            return ", ".join(e.label() for e in frameworks.evidence_sources().values())
        if name == "confidence":
            return ", ".join(t(f"evidence.confidence.{c}") for c in CONFIDENCES)
        if name == "phase":
            return ", ".join(p.label() for p in self.journey.phases)
        if name == "role":
            return ", ".join(r.name for r in self.journey.buying_group) or "—"
        entries = frameworks.channels() if name == "channel" else frameworks.devices()
        return ", ".join(e.label() for e in entries.values())


def column_label(name: str, lang: str | None = None) -> str:
    """The readable header of a touchpoint field, e.g. ``emotion`` → "emotie" in Dutch."""
    key = f"field.{name}"
    return t(key, lang=lang) if has_key(key) else name


def _header_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for name in TABLE_COLUMNS:
        lookup.setdefault(_norm(name), name)
    for lang in LANGUAGES:
        for name in TABLE_COLUMNS:
            lookup.setdefault(_norm(column_label(name, lang)), name)
    for header in _OLD_EVIDENCE_HEADERS:
        lookup.setdefault(_norm(header), "evidence_reference")
    return lookup


def _evidence_column(name: str) -> tuple[str, str] | None:
    """``"pain_evidence_source"`` → ``("pain_evidence", "source")``; None for other columns."""
    for field_name in _EVIDENCE_FIELDS:
        for part in _EVIDENCE_PARTS:
            if name == f"{field_name}_{part}":
                return field_name, part
    return None


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
        cells = {name: record[i] if i < len(record) else None for i, name in columns.items()}
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
