"""The sample cases shipped in ``data/``: airline, veranda supplier, B2B software.

Each case exists in English and Dutch as ``data/<case>.<lang>.json``, built from
the editable ``data/samples/<case>.toml`` by ``data/build_samples.py``. This module
sits above ``store``: it reads samples with ``store.load`` and starts a
participant's file from one; the store knows nothing of samples.
"""

from __future__ import annotations

import os
from pathlib import Path

from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.model import Journey
from journeykit_widgets.store import load, save

__all__ = ["SAMPLE_CASES", "data_dir", "load_sample", "open_journey", "sample_cases", "sample_path"]

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


def load_sample(case: str, language: str | None = None) -> Journey:
    """A sample case as a ``Journey`` (default language: the active one)."""
    return load(sample_path(case, language))


def open_journey(
    path: Path | str,
    sample: str | None = None,
    language: str | None = None,
    title: str | None = None,
    phase_model: str = "touch_tell_sell_care",
) -> Journey:
    """Load the journey at ``path``; when the file does not exist yet, create it
    first from a sample case (``"airline"``, ``"veranda"``, ``"b2b_software"``) or
    as a blank journey, and save it, so the participant's file exists from the start.
    """
    path = Path(path)
    try:
        exists = path.exists()
    except OSError:
        # In a folder this user may not enter (another team's, on a hub): ``exists``
        # raises instead of answering. Loading then says why, in the user's language,
        # and nothing is created in its place.
        exists = True
    if exists:
        return load(path)
    lang = language or get_language()
    if sample:
        journey = load_sample(sample, lang)
    else:
        journey = Journey.new(title or t("store.untitled", lang=lang), phase_model=phase_model, language=lang)
    save(journey, path)
    return journey
