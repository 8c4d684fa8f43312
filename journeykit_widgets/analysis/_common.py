"""Helpers shared by the analyses: journey order, labels and localized tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from journeykit_widgets.i18n import formats, has_key, t

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


# Columns that only tools need (ids); a localized table for people leaves them out.
ID_COLUMNS: frozenset[str] = frozenset({"touchpoint_id", "phase", "lane", "role"})

# Columns holding a share 0..1, shown as a percentage to people.
PERCENT_COLUMNS: frozenset[str] = frozenset({"share", "share_of_start", "from_previous", "conversion_rate"})

# Columns whose values are ids with a translated label (``analysis.value.<id>``).
CODED_COLUMNS: frozenset[str] = frozenset(
    {"quadrant", "action", "status", "priority", "kind", "field", "item_kind"}
)


def join_names(names: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C' in the active language."""
    items = [quoted(n) for n in names]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return t("analysis.list_join", head=", ".join(items[:-1]), last=items[-1])


def join_limited(names: Iterable[str], limit: int = 5) -> str:
    """Like ``join_names``, but at most ``limit`` names and then "and 8 more"."""
    names = list(names)
    if len(names) <= limit:
        return join_names(names)
    head = ", ".join(quoted(n) for n in names[:limit])
    return t("analysis.list_join", head=head, last=t("analysis.n_more", count=len(names) - limit))


def quoted(name: str) -> str:
    """A name in the quotation marks of the active language."""
    quote = t("analysis.quote", name="")
    return t("analysis.quote", name=formats.inner_quotes(name, quote[:1]))


def fmt(value: float | None, digits: int = 1) -> str:
    """A number for a sentence in the active language (``i18n.formats.number``)."""
    return formats.number(value, digits)


def signed(value: float | None, digits: int = 1) -> str:
    """A change or an emotion with its sign: ``+0.7`` / ``+0,7``."""
    return formats.signed(value, digits)


def value_label(value: object) -> object:
    """The translated label of a coded value, or the value itself."""
    if isinstance(value, str) and has_key(f"analysis.value.{value}"):
        return t(f"analysis.value.{value}")
    return value


def column_label(name: str) -> str:
    key = f"analysis.col.{name}"
    return t(key) if has_key(key) else name


def localize(df: pd.DataFrame, keep_ids: bool = False, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A copy of an analysis table for people: translated headers and coded values,
    shares as percentages, other decimals rounded, id columns left out (unless
    ``keep_ids``). Numbers become text here: use the plain table for calculations."""
    import pandas as pd

    out = df.copy()
    if not keep_ids:
        drop = [
            c
            for c in out.columns
            if (c in ID_COLUMNS and f"{c}_name" in out.columns)
            or c in ("touchpoint_id", "name_en", "name_nl")
            or (c == "event" and "name" in out.columns)
        ]
        out = out.drop(columns=drop)
    for column in out.columns:
        if column in CODED_COLUMNS:
            out[column] = out[column].map(value_label)
        elif column in PERCENT_COLUMNS:
            out[column] = out[column].map(pct)
        elif pd.api.types.is_float_dtype(out[column]):
            out[column] = out[column].map(lambda v: fmt(v, 2) if v == v else "–")
    if columns is not None:
        out = out[[c for c in columns if c in out.columns]]
    return out.rename(columns={c: column_label(c) for c in out.columns})


def count(value: int) -> str:
    """A whole number with the thousands separator of the active language."""
    return formats.count(value)


def pct(share: float | None, digits: int = 0) -> str:
    """A share 0..1 as a percentage in the active language: '35%', '12,5%'."""
    return formats.percent(share, digits)
