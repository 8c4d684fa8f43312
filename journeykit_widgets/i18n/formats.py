"""Numbers, shares, dates and plural forms as the reader's language writes them.

One place for the whole kit (reports, maps, slides, notebooks, the board, the CLI), so
that one figure never reads "4.6" on one page and "4,6" on the next. The rules come
from CLDR through Babel: Dutch writes 1.500 and 4,6, English 1,500 and 4.6; both
say "1 touchpoint" but "0 touchpoints". A missing value is an en dash everywhere.
"""

from __future__ import annotations

from datetime import date, datetime

from journeykit_widgets.i18n import LANGUAGES, babel_locale, get_language

__all__ = [
    "MISSING",
    "count",
    "day",
    "inner_quotes",
    "number",
    "percent",
    "plural_category",
    "signed",
]

MISSING = "\u2013"  # en dash: no value
_MINUS = "\u2212"  # a real minus sign, as the maps draw it


def _locale(lang: str):
    return babel_locale(lang)


def _lang(lang: str | None) -> str:
    code = (lang or get_language()).lower()
    return code if code in LANGUAGES else "en"


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def number(value: float | int | None, digits: int = 1, lang: str | None = None) -> str:
    """A number for a sentence or a label: at most ``digits`` decimals, no '.0' on a
    whole number, thousands grouped: ``1,500`` / ``1.500``, ``4.6`` / ``4,6``."""
    if _is_missing(value):
        return MISSING
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "")
    text = format_decimal(float(value), format=pattern, locale=_locale(_lang(lang)))
    return MISSING if text == "" else _plain_zero(text)


def _plain_zero(text: str) -> str:
    # -0.04 rounded to one decimal is "-0": nobody writes a signed zero.
    return "0" if text.lstrip("-" + _MINUS) == "0" else text.replace("-", _MINUS)


def count(value: int | float | None, lang: str | None = None) -> str:
    """A whole number with the language's thousands separator: ``1,500`` / ``1.500``."""
    if _is_missing(value):
        return MISSING
    return number(round(float(value)), 0, lang)


def signed(value: float | int | None, digits: int = 1, lang: str | None = None) -> str:
    """A change or an emotion: ``+0.7`` / ``+0,7``, ``−2``, ``0``."""
    if _is_missing(value):
        return MISSING
    text = number(value, digits, lang)
    return text if text == "0" or text.startswith(_MINUS) else "+" + text


def percent(share: float | None, digits: int = 0, lang: str | None = None) -> str:
    """A share 0..1 as a percentage: ``35%``, ``12.5%`` / ``12,5%``."""
    if _is_missing(share):
        return MISSING
    from babel.numbers import format_percent

    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "") + "%"
    return format_percent(float(share), format=pattern, locale=_locale(_lang(lang))).replace("-", _MINUS)


def day(value: date | datetime | None, lang: str | None = None, *, short: bool = False) -> str:
    """A calendar day: ``22 November 2026`` / ``22 november 2026`` (``short``: ``22 Nov 2026``)."""
    if value is None:
        return MISSING
    from babel.dates import format_date

    if isinstance(value, datetime):
        value = value.date()
    return format_date(value, "medium" if short else "long", locale=_locale(_lang(lang)))


def plural_category(value: float | int, lang: str | None = None) -> str:
    """The CLDR plural category of a count in the language (``one``, ``other`` …)."""
    return _locale(_lang(lang)).plural_form(abs(value))


# Double and single curly quotes: a name inside the language's quotes takes the other pair.
_PAIRS = {"\u201c": ("\u2018", "\u2019"), "\u2018": ("\u201c", "\u201d")}


def inner_quotes(name: str, outer: str) -> str:
    """A name to be set inside the quotes ``outer`` opens with: its own quotes of the
    same kind become the other kind, so “Pinterest: ‘veranda ideas’” never reads
    “Pinterest: “veranda ideas””. Straight double quotes count as double ones."""
    if outer not in _PAIRS:
        return name
    opening, closing = _PAIRS[outer]
    same = ("\u201c", "\u201d", '"') if outer == "\u201c" else ("\u2018", "\u2019")
    out, is_open = [], True
    for char in name:
        if char in same:
            out.append(opening if is_open else closing)
            is_open = not is_open
        else:
            out.append(char)
    return "".join(out)
