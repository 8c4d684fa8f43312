"""Dates as people type them: one policy for every date field of a journey.

A hand-edited file or a form may hold 2026-12-31 (ISO, what the kit writes),
31-12-2026 or 31/12/2026, or 2026/12/31. A number is refused: pydantic would read
1767139200 silently as a Unix timestamp (2025-12-31) and 20261231 as one too, and
nobody types a due date that way. A form such as 03/04/2026 is read day first
(3 April): the kit speaks Dutch and British English, where the day comes first,
and a date written year first (ISO) is never ambiguous. Month-first (US) dates
are not read: 12/31/2026 is refused, since there is no 31st month, rather than guessed.
The file always stores ISO (pydantic writes a ``date`` as 2026-12-31).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from journeykit_widgets.i18n.quote import one_line

# ASCII digits only, as in the JSON Schema's pattern (Python's \d would take any script's).
_YEAR_FIRST = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})", re.ASCII)
_DAY_FIRST = re.compile(r"(\d{1,2})([-/])(\d{1,2})\2(\d{4})", re.ASCII)
# The same forms for the JSON Schema (schema/journey.schema.json); blank means no date.
DATE_PATTERN = (
    r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}/\d{1,2}/\d{4})?\s*$"
)
_DATE_HELP = (
    "A date, stored as 2026-12-31 (ISO). Also read: 31-12-2026, 31/12/2026 (day before month) "
    "and 2026/12/31; empty means none. Numbers and timestamps are refused."
)


def _typed_form(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date in one of the accepted forms, else None."""
    match = _YEAR_FIRST.fullmatch(text)
    if match:
        return int(match[1]), int(match[3]), int(match[4])
    match = _DAY_FIRST.fullmatch(text)
    if match:
        return int(match[4]), int(match[3]), int(match[1])
    return None


def _calendar_date(parts: tuple[int, int, int], text: str) -> date:
    try:
        return date(*parts)
    except ValueError:  # 2026-02-30, 31-13-2026: the form is right, the day does not exist
        raise PydanticCustomError(
            "date_impossible", "there is no such day as '{value}'", {"value": one_line(text)}
        ) from None


def _refused(value: object, kind: str = "date_form") -> PydanticCustomError:
    return PydanticCustomError(kind, "not a date in an accepted form: '{value}'", {"value": one_line(value)})


def typed_date(value: object) -> date | None:
    """A due date (or any day) from what a person typed; see the module's docstring."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()  # a script's datetime.now(): the day is meant
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise _refused(value)  # 1767139200, 20261231, True: not a date anyone types
    text = value.strip()
    if not text:
        return None  # a cleared date in a file or form: no date
    parts = _typed_form(text)
    if parts is None:
        raise _refused(text)
    return _calendar_date(parts, text)


def typed_datetime(value: object) -> object:
    """A moment (a revision's time): ISO date and time as the kit writes it, or a typed
    date (midnight UTC). Numbers are refused here too; other text goes on to pydantic."""
    if isinstance(value, bool | int | float):
        raise _refused(value, "datetime_form")
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit():
            raise _refused(text, "datetime_form")  # "1767139200": pydantic reads it as seconds
        parts = _typed_form(text)
        if parts is not None:
            return datetime.combine(_calendar_date(parts, text), datetime.min.time(), UTC)
    return value


def _aware(value: datetime) -> datetime:
    # A time without a zone in a hand-edited file is taken as UTC, like everything the
    # kit writes; a naive time beside aware ones cannot be compared or subtracted.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


TypedDate = Annotated[
    date | None,
    BeforeValidator(typed_date),
    WithJsonSchema({"type": ["string", "null"], "pattern": DATE_PATTERN, "description": _DATE_HELP}),
]
_DATETIME_HELP = (
    "A moment, stored as 2026-12-31T09:30:00Z (ISO 8601; without a zone: UTC). A date alone "
    "(2026-12-31, 31-12-2026, 31/12/2026, 2026/12/31) is read as midnight UTC; numbers are refused."
)
TypedDateTime = Annotated[
    datetime,
    BeforeValidator(typed_datetime),
    AfterValidator(_aware),
    WithJsonSchema({"type": "string", "format": "date-time", "description": _DATETIME_HELP}),
]
