"""Exercise: classify the evidence behind six statements from the veranda case.

Each statement says what it rests on. The participant gives its source type
(interview, survey, analytics, observation, staff, assumption) and a confidence
(low, medium, high), and gets feedback per statement: the source type has one
right answer; the confidence may have two defensible answers (a small sample,
say, is low or medium), so both count as right.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from journeykit_widgets import frameworks
from journeykit_widgets.exercises._common import fold, is_blank, short, table, type_name
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.i18n import LANGUAGES, t
from journeykit_widgets.model.evidence import CONFIDENCES

TITLE = "exercises_evidence.title"


@dataclass(frozen=True)
class Statement:
    """One statement to classify: its text key, the right source, the confidences that count."""

    number: int
    source: str
    confidences: tuple[str, ...]


# The statements (texts: ``exercises_evidence.item.<n>``) and what they rest on.
STATEMENTS: tuple[Statement, ...] = (
    Statement(1, "analytics", ("high",)),
    Statement(2, "interview", ("medium",)),
    Statement(3, "assumption", ("low",)),
    Statement(4, "staff", ("medium", "low")),
    Statement(5, "observation", ("low", "medium")),
    Statement(6, "survey", ("high",)),
)


def show():
    """The numbered statements: the material to classify."""
    return table(
        [
            {t("exercises_evidence.col.statement"): t(f"exercises_evidence.item.{s.number}")}
            for s in STATEMENTS
        ]
    )


def _resolve(value: object, choices: dict[str, list[str]]) -> str | None:
    """An id from an id or a label in either language (any case), else None."""
    text = fold(value)
    for ident, labels in choices.items():
        if text == fold(ident) or text in {fold(label) for label in labels}:
            return ident
    return None


def _sources() -> dict[str, list[str]]:
    return {key: [e.label(lang) for lang in LANGUAGES] for key, e in frameworks.evidence_sources().items()}


def _confidences() -> dict[str, list[str]]:
    return {c: [t(f"evidence.confidence.{c}", lang=lang) for lang in LANGUAGES] for c in CONFIDENCES}


def _pair(value: object) -> tuple[object, object]:
    """(source, confidence) from a pair, a dict, or a text like "survey, high"."""
    if isinstance(value, Mapping):
        return value.get("source"), value.get("confidence")
    if isinstance(value, str):
        parts = [p.strip() for p in value.replace(";", ",").split(",")]
        return parts[0], parts[1] if len(parts) > 1 else None
    if isinstance(value, list | tuple) and value:
        return value[0], value[1] if len(value) > 1 else None
    return value, None


def check(answer: object) -> Feedback:
    """Feedback on ``{1: ("analytics", "high"), 2: ("interview", "medium"), ...}``."""
    fb = Feedback(t(TITLE))
    if not isinstance(answer, Mapping):
        return fb.no_answer("exercises_evidence.expected_dict", got=type_name(answer))
    by_number = {s.number: s for s in STATEMENTS}
    given: dict[int, tuple[object, object]] = {}
    for key, value in answer.items():
        try:
            number = int(str(key).strip())
        except ValueError:
            number = 0
        if number not in by_number:
            fb.wrong("exercises_evidence.unknown_number", value=short(key), count=len(STATEMENTS))
            continue
        source_ref, confidence_ref = _pair(value)
        if not (
            is_blank(source_ref) and is_blank(confidence_ref)
        ):  # the skeleton's ("", "") is no answer yet
            given[number] = (source_ref, confidence_ref)
    if not given and not fb.wrongs:
        return fb.blank_answer("exercises_evidence.nothing", count=len(STATEMENTS))

    sources, confidences = _sources(), _confidences()
    for statement in STATEMENTS:
        if statement.number not in given:
            continue
        source_ref, confidence_ref = given[statement.number]
        source = _resolve(source_ref, sources)
        if source is None:
            fb.wrong(
                "exercises_evidence.unknown_source",
                n=statement.number,
                value=short(source_ref),
                choices=", ".join(e.label() for e in frameworks.evidence_sources().values()),
            )
            continue
        if source != statement.source:
            fb.wrong(
                "exercises_evidence.wrong_source",
                n=statement.number,
                source=frameworks.evidence_source_label(source),
            )
            fb.hint(f"exercises_evidence.why.{statement.number}")
            continue
        confidence = None if is_blank(confidence_ref) else _resolve(confidence_ref, confidences)
        if confidence is None:
            fb.todo("exercises_evidence.no_confidence", n=statement.number)
        elif confidence in statement.confidences:
            fb.right(
                "exercises_evidence.right",
                n=statement.number,
                source=frameworks.evidence_source_label(source),
                confidence=t(f"evidence.confidence.{confidence}"),
            )
        else:
            fb.wrong(
                "exercises_evidence.wrong_confidence",
                n=statement.number,
                confidence=t(f"evidence.confidence.{confidence}"),
            )
            fb.hint(f"exercises_evidence.why.{statement.number}")
    missing = [s.number for s in STATEMENTS if s.number not in given]
    if missing:
        fb.todo("exercises_evidence.missing", numbers=", ".join(str(n) for n in missing))
    return fb
