"""One small lookup for every user-facing string: ``t("key", **values)``.

Catalogues live in ``locales/<language>/<area>.json``: one file per area of the
package (core, cli, render, widgets …), merged into one catalogue per language. The active
language is, in order: a ``language(...)`` block in force, the global choice
made with ``set_language``, the ``JOURNEYKIT_LANG`` environment variable, English.
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
    "catalogue",
    "get_language",
    "has_key",
    "language",
    "localized",
    "set_language",
    "t",
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
def catalogue(lang: str) -> dict[str, str]:
    """The full key → text catalogue of one language, from all its area files."""
    folder = resources.files(__package__).joinpath("locales", _checked(lang))
    merged: dict[str, str] = {}
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


def t(key: str, /, lang: str | None = None, **values: object) -> str:
    """The text for ``key`` in the active (or given) language, with values filled in.

    A key missing from the catalogue comes back as the key itself, so a gap shows
    up on screen instead of crashing a workshop; a test keeps the catalogues complete.
    """
    code = _checked(lang) if lang else get_language()
    text = catalogue(code).get(key)
    if text is None:
        text = catalogue(_FALLBACK).get(key, key)
    return text.format(**values) if values else text


def localized(names: dict[str, str], lang: str | None = None) -> str:
    """Pick one language out of a ``{"en": ..., "nl": ...}`` mapping from a data file."""
    code = _checked(lang) if lang else get_language()
    return names.get(code) or names.get(_FALLBACK) or next(iter(names.values()), "")
