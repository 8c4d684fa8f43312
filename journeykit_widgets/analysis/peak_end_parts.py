"""The pieces peak–end is computed from: a moment on the curve, the scores, the
trough, and when peak–end is a doubtful lens. ``peak_end`` puts them together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from journeykit_widgets.model import Journey

# Below this emotion the best moment is not a real high (on -3..+3).
STRONG_EMOTION = 2
# How far the remembered score must sit from the mean before the summary calls it
# better or worse than the average.
MEMORY_DIFFERENCE = 0.5
# The classic peak–end score and the plain mean "tell the team different things"
# when they lie this many points apart (on -3..+3) or on opposite sides of zero.
DISAGREE_POINTS = 1.0
# When peak–end is a doubtful lens: a journey without one clear beginning and end.
# Phase models of B2B journeys that run for months with several people …
LONG_PHASE_MODELS = frozenset({"b2b_five", "b2b_seven"})
# … and phases that do not end but loop back (service, loyalty, repeat purchases).
LOOPING_PHASES = frozenset({"service_loyalty", "loyalty"})
# The reasons, in the order the warning names them.
CAUTIONS = ("long_b2b", "loops")


@dataclass(frozen=True)
class Moment:
    """One touchpoint on the emotion curve, at ``index`` along the journey."""

    index: int
    touchpoint_id: str
    name: str
    phase: str
    phase_name: str
    emotion: int


def remembered_score(emotions: list[int] | tuple[int, ...]) -> float | None:
    """``(best + worst + end) / 3`` of a sequence of emotions; None when empty."""
    if not emotions:
        return None
    return (max(emotions) + min(emotions) + emotions[-1]) / 3


def classic_score(emotions: list[int] | tuple[int, ...]) -> float | None:
    """``(best + end) / 2``: peak–end as the research usually measures it; None when empty."""
    if not emotions:
        return None
    return (max(emotions) + emotions[-1]) / 2


def tell_apart(score: float | None, mean: float | None) -> bool:
    """Whether a peak–end score and the mean would tell the team different things:
    at least ``DISAGREE_POINTS`` apart, or one above zero and the other below."""
    if score is None or mean is None:
        return False
    return abs(score - mean) >= DISAGREE_POINTS or score * mean < 0


def cautions(journey: Journey, end_phase: str | None) -> tuple[str, ...]:
    """Why peak–end may not apply: ``long_b2b`` when the journey uses a B2B phase
    model (months, several people, no single beginning), ``loops`` when the line
    ends in a service or loyalty phase (the "end" is only where the map stops)."""
    found = []
    if journey.phase_model in LONG_PHASE_MODELS:
        found.append("long_b2b")
    if end_phase in LOOPING_PHASES:
        found.append("loops")
    return tuple(found)


@dataclass(frozen=True)
class Trough:
    """The lowest *stretch* of the line: the phase with the lowest mean emotion.

    Not the same as the low points: those are the single worst touchpoints (every
    touchpoint at the minimum of the line), the trough is where the experience stays
    lowest. One bad moment in a good phase is a low point but not the trough.
    """

    phase: str
    phase_name: str
    mean: float
    count: int  # touchpoints in that phase


def trough_of(moments: tuple[Moment, ...]) -> Trough | None:
    """The phase with the lowest mean emotion (the first on a tie); None when fewer
    than two phases have touchpoints or every phase has the same mean."""
    phases: dict[str, list[Moment]] = {}
    for m in moments:
        phases.setdefault(m.phase, []).append(m)
    means = {phase: sum(m.emotion for m in ms) / len(ms) for phase, ms in phases.items()}
    if len(means) < 2 or len(set(means.values())) == 1:
        return None
    phase = min(means, key=means.get)  # dicts keep journey order: the first lowest wins
    return Trough(phase, phases[phase][0].phase_name, means[phase], len(phases[phase]))
