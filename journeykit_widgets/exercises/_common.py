"""What every exercise check needs: the journey to check against, numbered
touchpoints, and forgiving ways to read what a participant typed."""

from __future__ import annotations

import numbers
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import LANGUAGES, get_language
from journeykit_widgets.model import Journey, Touchpoint


def load_journey(journey: Journey | str | Path | None, case: str) -> Journey:
    """The journey to check against: a ``Journey``, a file, a sample case name, or
    (``None``) the exercise's own sample case in the active language."""
    from journeykit_widgets import samples, store

    if isinstance(journey, Journey):
        return journey
    if journey is None:
        journey = case
    if isinstance(journey, str) and journey in samples.SAMPLE_CASES:
        return samples.load_sample(journey, get_language())
    return store.load(Path(journey))


def journey_file(journey: str | Path | None, case: str) -> Path:
    """The FILE behind an exercise's journey (the workshop's ``show_*`` read files)."""
    from journeykit_widgets import samples

    if journey is None:
        journey = case
    if isinstance(journey, str) and journey in samples.SAMPLE_CASES:
        return samples.sample_path(journey, get_language())
    return Path(journey)


def fold(text: object) -> str:
    """Text folded for forgiving comparison: lower case, single spaces, no quotes."""
    return re.sub(r"\s+", " ", str(text).replace("_", " ")).strip(" \t'\"‘’“”.").casefold()


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Mapping | Sequence | set | frozenset):
        return len(value) == 0
    return False


def as_list(value: object) -> list:
    """One reference or several: ``3``, ``"banner"``, ``[3, 5]`` or ``"3, 5"``."""
    if value is None:
        return []
    if isinstance(value, str):
        parts = [p.strip() for p in re.split(r"[,;\n]", value)]
        return [p for p in parts if p]
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        return [item for item in value if not is_blank(item)]
    return [value]


def pick(answer: Mapping, *aliases: str) -> tuple[bool, object]:
    """The value under any of ``aliases`` (English or Dutch key, any case/spacing)."""
    wanted = {fold(a) for a in aliases}
    for key, value in answer.items():
        if fold(key) in wanted:
            return True, value
    return False, None


def resolve_touchpoint(ref: object, numbered: Sequence[Touchpoint]) -> Touchpoint | None:
    """A touchpoint from a number in the exercise's table (1, "3"), its name, a
    unique part of its name, or its id; ``None`` when nothing (or more than one) fits."""
    if isinstance(ref, Touchpoint):
        return ref if ref in numbered else None
    if isinstance(ref, bool):
        return None
    if isinstance(ref, numbers.Real) and float(ref).is_integer():  # also numpy numbers
        index = int(ref)
        return numbered[index - 1] if 1 <= index <= len(numbered) else None
    text = fold(ref)
    if not text:
        return None
    if text.lstrip("#").isdigit():
        return resolve_touchpoint(int(text.lstrip("#")), numbered)
    for tp in numbered:
        if text in (fold(tp.name), fold(tp.id)):
            return tp
    partial = [tp for tp in numbered if contains_words(tp.name, text)]
    return partial[0] if len(partial) == 1 else None


def contains_words(name: str, text: str) -> bool:
    """Whether every word of ``text`` is a whole word of ``name`` ("banner" fits
    "Safety-award banner"; "klant" does not fit "klantenservice")."""
    wanted = {w.casefold() for w in words(text)}
    return bool(wanted) and wanted <= {w.casefold() for w in words(name)}


def number_of(tp: Touchpoint, numbered: Sequence[Touchpoint]) -> int:
    return list(numbered).index(tp) + 1


def label_tp(tp: Touchpoint, numbered: Sequence[Touchpoint]) -> str:
    """ "3 (Booking module)": how feedback names a touchpoint."""
    return f"{number_of(tp, numbered)} ({tp.name})"


def phase_names(phase_id: str, journey: Journey) -> set[str]:
    """Every way a participant may name a phase: id, both languages, own name."""
    names = {fold(phase_id)}
    phase = next((p for p in journey.phases if p.id == phase_id), None)
    if phase is not None and phase.name:
        names.add(fold(phase.name))
    for model in frameworks.phase_models().values():
        for entry in model.phases:
            if entry.id == phase_id:
                names |= {fold(entry.label(lang)) for lang in LANGUAGES}
    return names


def resolve_phase(ref: object, journey: Journey) -> str | None:
    """A phase id from its id, its name in English or Dutch, or its number (1 = first)."""
    if isinstance(ref, numbers.Integral) and not isinstance(ref, bool):
        ref = int(ref)
        return journey.phase_ids[ref - 1] if 1 <= ref <= len(journey.phase_ids) else None
    text = fold(ref)
    if text.isdigit():
        return resolve_phase(int(text), journey)
    for phase_id in journey.phase_ids:
        if text in phase_names(phase_id, journey):
            return phase_id
    return None


def phase_list(journey: Journey) -> str:
    return ", ".join(journey.phase_label(p) for p in journey.phase_ids)


def words(text: object) -> list[str]:
    return re.findall(r"\w+", str(text or ""))


_TYPES = {
    "str": "text",
    "int": "number",
    "float": "number",
    "bool": "yes_no",
    "list": "list",
    "tuple": "list",
    "set": "list",
    "dict": "dict",
    "NoneType": "none",
}


def type_name(value: object) -> str:
    """What a participant typed, in words ("a text", "nothing (None)")."""
    from journeykit_widgets.i18n import t

    kind = _TYPES.get(type(value).__name__)
    return t(f"exercises.type.{kind}") if kind else type(value).__name__


def short(value: object, limit: int = 60) -> str:
    """A participant's value, shortened for a feedback line."""
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table(rows: list[dict], number: str | None = "#"):
    """A numbered table as the exercises show it: the numbers are what participants
    type in their answers. Shown as escaped HTML and as plain text (the workshop's
    ``Table``), so it looks the same in JupyterLab and in an exported handout."""
    import pandas as pd

    from journeykit_widgets.outputs import Table

    frame = pd.DataFrame(rows)
    if number:
        frame.insert(0, number, range(1, len(frame) + 1))
    return Table(frame)
