"""One small lookup for every user-facing string: ``t("key", **values)``.

Catalogues live in ``locales/<language>/<area>.json``: one file per area of the
package (core, cli, render, widgets …), merged into one catalogue per language. The active
language is, in order: a ``language(...)`` block in force, the global choice
made with ``set_language``, the ``JOURNEYKIT_LANG`` environment variable, English.

A text that counts something is not written "{count} touchpoint(s)": its entry holds
one text per CLDR plural category, ``{"one": "{count} touchpoint", "other": "{count}
touchpoints"}``, and ``t`` picks the form by the language's rules for the value of
``count`` (or ``n``). Numbers, shares and dates are written by ``i18n.formats``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources

__all__ = [
    "LANGUAGES",
    "babel_locale",
    "catalogue",
    "get_language",
    "has_key",
    "language",
    "localized",
    "plural_forms",
    "set_language",
    "t",
    "texts_of",
]

LANGUAGES: tuple[str, ...] = ("en", "nl")
_FALLBACK = "en"

_global_language: str | None = None
_scoped_language: ContextVar[str | None] = ContextVar("journeykit_language", default=None)


def _checked(lang: str) -> str:
    code = (lang or "").strip().lower()
    if code not in LANGUAGES:
        # Raised with an English and Dutch text on purpose: we cannot know yet
        # which language the person reading this speaks.
        raise ValueError(
            f"Unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}. / "
            f"Onbekende taal {lang!r}; kies uit {', '.join(LANGUAGES)}."
        )
    return code


@cache
def catalogue(lang: str) -> dict[str, str | dict[str, str]]:
    """The full key → text catalogue of one language, from all its area files."""
    folder = resources.files(__package__).joinpath("locales", _checked(lang))
    merged: dict[str, str | dict[str, str]] = {}
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if not item.name.endswith(".json"):
            continue
        for key, text in json.loads(item.read_text("utf-8")).items():
            if key in merged:
                raise ValueError(f"i18n key {key!r} is defined twice ({lang}/{item.name})")
            merged[key] = text
    return merged


def get_language() -> str:
    """The language in force right now."""
    scoped = _scoped_language.get()
    if scoped:
        return scoped
    if _global_language:
        return _global_language
    env = os.environ.get("JOURNEYKIT_LANG", "").strip().lower()
    return env if env in LANGUAGES else _FALLBACK


def set_language(lang: str) -> str:
    """Choose the global language (``"en"`` or ``"nl"``); returns it."""
    global _global_language
    _global_language = _checked(lang)
    return _global_language


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Use ``lang`` inside the block, e.g. to draw a journey in its own language.

    ``None`` keeps whatever is in force, which lets callers pass an optional
    per-journey language straight through.
    """
    if lang is None:
        yield get_language()
        return
    token = _scoped_language.set(_checked(lang))
    try:
        yield get_language()
    finally:
        _scoped_language.reset(token)


def has_key(key: str) -> bool:
    return key in catalogue(_FALLBACK)


def texts_of(entry: str | dict[str, str]) -> list[str]:
    """Every text of a catalogue entry: one, or one per plural category."""
    return list(entry.values()) if isinstance(entry, dict) else [entry]


# The kit's English is British (day before month, as in model/dates.py).
_BABEL_LOCALES = {"en": "en_GB", "nl": "nl_NL"}


@cache
def babel_locale(lang: str):
    """Babel's locale (CLDR data) for one of our languages."""
    from babel import Locale

    return Locale.parse(_BABEL_LOCALES[_checked(lang)])


# The value that chooses a plural form, in this order of preference.
_COUNTING = ("count", "n")


def plural_forms(entry: str | dict[str, str], code: str, values: dict[str, object]) -> str:
    """The text of ``entry`` for the counted value in ``values`` (a plain text as is).

    The count is written with the language's thousands separator, so "1.500
    contactpunten" and "1,500 touchpoints" need nothing from the caller.
    """
    if not isinstance(entry, dict):
        return entry
    from babel.numbers import format_decimal

    name = next((n for n in _COUNTING if n in values), None)
    number = values.get(name) if name else None
    if isinstance(number, bool) or not isinstance(number, int | float):
        return entry.get("other") or next(iter(entry.values()))
    values[name] = format_decimal(number, format="#,##0.#", locale=babel_locale(code))
    return entry.get(babel_locale(code).plural_form(abs(number))) or entry["other"]


def t(key: str, /, lang: str | None = None, **values: object) -> str:
    """The text for ``key`` in the active (or given) language, with values filled in.

    A key missing from the catalogue comes back as the key itself, so a gap shows
    up on screen instead of crashing a workshop; a test keeps the catalogues complete.
    A plural entry picks its form by ``count`` (or ``n``), see the module's docstring.
    """
    code = _checked(lang) if lang else get_language()
    entry = catalogue(code).get(key)
    if entry is None:
        entry = catalogue(_FALLBACK).get(key, key)
    text = plural_forms(entry, code, values)
    return text.format(**values) if values else text


def localized(names: dict[str, str], lang: str | None = None) -> str:
    """Pick one language out of a ``{"en": ..., "nl": ...}`` mapping from a data file."""
    code = _checked(lang) if lang else get_language()
    return names.get(code) or names.get(_FALLBACK) or next(iter(names.values()), "")
