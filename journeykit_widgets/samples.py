"""The sample cases shipped in ``data/``: airline, veranda supplier, B2B software.

Each case exists in English and Dutch as ``data/<case>.<lang>.json``.
"""

from __future__ import annotations

import os
from pathlib import Path

from journeykit_widgets.i18n import get_language

__all__ = ["SAMPLE_CASES", "data_dir", "load_sample", "sample_cases", "sample_path"]

SAMPLE_CASES: tuple[str, ...] = ("airline", "veranda", "b2b_software")


def data_dir() -> Path:
    """Where the sample files live: ``$JOURNEYKIT_DATA``, the copy inside an
    installed wheel, or the repository's ``data/`` folder for an editable install."""
    override = os.environ.get("JOURNEYKIT_DATA")
    if override:
        return Path(override)
    packaged = Path(__file__).with_name("_data")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "data"


def sample_cases() -> tuple[str, ...]:
    return SAMPLE_CASES


def sample_path(case: str, language: str | None = None) -> Path:
    """The file of a sample case in a language (default: the active one)."""
    if case not in SAMPLE_CASES:
        raise KeyError(case)
    return data_dir() / f"{case}.{language or get_language()}.json"


def load_sample(case: str, language: str | None = None):
    from journeykit_widgets.store import load

    return load(sample_path(case, language))
