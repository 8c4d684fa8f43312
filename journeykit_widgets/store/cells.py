"""Text that is safe in the files people open in Excel, LibreOffice and PowerPoint.

Every export of the kit (touchpoint tables, action lists, owned actions, slides)
writes its text through these functions, so one policy holds everywhere:

* **Office text** (``office_text``): XLSX and PPTX are XML, which cannot hold most
  control characters. The model's own rule for typed text (``model.text.clean_text``)
  applies once more here, for text that never passed the model (a column header, a
  journey built without validation): a vertical tab (what Word and PowerPoint put in
  a pasted line break) and a carriage return become a newline; other control
  characters (NUL, ESC, BEL, DEL...; tab and newline stay), non-characters such as
  U+FFFE and lone surrogates are left out.
* **Formulas**: a text cell starting with ``= + - @`` (or tab / carriage return)
  would run as a formula when the file is opened in a spreadsheet. In XLSX such a
  cell is stored as text with Excel's "quote prefix" (``set_text_cell``). In CSV,
  which has no types, it gets a leading apostrophe, the spreadsheet convention for
  "this is text" (``csv_escape``); a text that itself starts with an apostrophe gets
  one more, and ``csv_unescape`` removes exactly one, so the round trip is exact.
* **CSV lines** (``csv_text``): a cell holding a carriage return or a newline is
  always quoted, whatever line ending the file uses; Python's ``csv`` module quotes
  only the characters of its own line terminator, so a lone carriage return written
  with "\\n" line endings would split the row in two for the reader.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from journeykit_widgets.model.text import clean_text

__all__ = ["FORMULA_START", "csv_escape", "csv_text", "csv_unescape", "office_text", "set_text_cell"]

# A cell starting with one of these is a formula (or becomes one) in Excel, LibreOffice, Sheets.
FORMULA_START = frozenset("=+-@\t\r")
_CSV_ESCAPE = "'"


def office_text(text: str) -> str:
    """The text as an XLSX cell or a PowerPoint text box can hold it (see the module)."""
    return clean_text(text)


def set_text_cell(cell, text: str) -> None:
    """Write ``text`` into an openpyxl cell as text: never a formula, whatever it
    starts with, and still text when a person edits the cell in Excel (a leading
    = + - @ gets the quote prefix). The text is made safe for the file first."""
    text = office_text(text)
    cell.value = text
    cell.data_type = "s"
    if text and text[0] in FORMULA_START:
        cell.quotePrefix = True


def csv_escape(value: object) -> object:
    """A CSV cell that a spreadsheet shows as typed (a text starting like a formula
    gets an apostrophe); numbers and other values are returned as they are."""
    if isinstance(value, str) and value and (value[0] in FORMULA_START or value[0] == _CSV_ESCAPE):
        return _CSV_ESCAPE + value
    return value


def csv_unescape(value: str) -> str:
    """The text of a CSV cell written by ``csv_escape`` (one apostrophe removed)."""
    if len(value) > 1 and value[0] == _CSV_ESCAPE and (value[1] in FORMULA_START or value[1] == _CSV_ESCAPE):
        return value[1:]
    return value


def csv_text(rows: Iterable[Sequence[object]], delimiter: str = ",", lineterminator: str = "\r\n") -> str:
    """The rows as CSV text: every cell through ``csv_escape``, every cell holding a
    carriage return or a newline quoted, lines ended by ``lineterminator``."""
    # Written with "\r\n" endings, the csv module quotes any cell holding \r or \n;
    # each line's own ending is then swapped for the one asked for.
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    lines = []
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([csv_escape(value) for value in row])
        lines.append(buffer.getvalue()[:-2] + lineterminator)
    return "".join(lines)
