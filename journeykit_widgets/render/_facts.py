"""What the pictures need to know about a journey: touchpoints in map order,
peak–end markers and priority quadrants.

Peak–end and quadrants come from ``journeykit_widgets.analysis`` when that layer
is installed; the small fallbacks here follow the same rules so the maps draw
either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeykit_widgets.model import Journey, Touchpoint


def ordered_touchpoints(journey: Journey, role: str | None = None) -> list[Touchpoint]:
    """Touchpoints phase by phase (in the order of the phases), file order within a phase."""
    order = {pid: i for i, pid in enumerate(journey.phase_ids)}
    chosen = [tp for tp in journey.touchpoints if role is None or tp.role == role]
    return sorted(chosen, key=lambda tp: order.get(tp.phase, len(order)))


@dataclass(frozen=True)
class Marks:
    """Which touchpoints (by id) are peaks, low points and the end."""

    peaks: frozenset[str]
    lows: frozenset[str]
    end: str | None


def _ids(items, touchpoints: list[Touchpoint]) -> frozenset[str]:
    ids = set()
    for item in items or ():
        if isinstance(item, Touchpoint):
            ids.add(item.id)
        elif isinstance(item, int) and 0 <= item < len(touchpoints):
            ids.add(touchpoints[item].id)
        elif hasattr(item, "touchpoint_id"):
            ids.add(item.touchpoint_id)
        elif isinstance(item, str):
            ids.add(item)
        elif hasattr(item, "id"):
            ids.add(item.id)
        elif isinstance(item, dict) and "id" in item:
            ids.add(item["id"])
    return frozenset(ids)


def peak_end_marks(journey: Journey, role: str | None = None) -> Marks:
    touchpoints = ordered_touchpoints(journey, role)
    if not touchpoints:
        return Marks(frozenset(), frozenset(), None)
    try:
        from journeykit_widgets import analysis  # type: ignore[attr-defined]

        result = analysis.peak_end(journey, role=role)
        end = result.end
        end_ids = _ids([end] if end is not None else [], touchpoints)
        # The analysis names the highest and lowest moments even when the lowest is
        # still pleasant; on the map a "low point" flag only goes on a bad moment
        # (below 0) and a "peak" only on a good one, as on the paper worksheet.
        emotion = {tp.id: tp.emotion for tp in touchpoints}
        return Marks(
            frozenset(i for i in _ids(result.peaks, touchpoints) if emotion[i] > 0),
            frozenset(i for i in _ids(result.lows, touchpoints) if emotion[i] < 0),
            next(iter(end_ids), touchpoints[-1].id),
        )
    except (ImportError, AttributeError):
        pass
    emotions = [tp.emotion for tp in touchpoints]
    high, low = max(emotions), min(emotions)
    peaks = frozenset(tp.id for tp in touchpoints if high > 0 and tp.emotion == high)
    lows = frozenset(tp.id for tp in touchpoints if low < 0 and tp.emotion == low)
    return Marks(peaks, lows, touchpoints[-1].id)


QUADRANTS: tuple[str, ...] = ("under_investing", "keep", "ignore", "over_investing")


def _quadrant_line() -> float:
    try:
        from journeykit_widgets.analysis import QUADRANT_LINE as line

        return float(line)
    except ImportError:
        return 3.5  # ratings of 4 and 5 count as high


QUADRANT_LINE = _quadrant_line()


def quadrant(importance: float, effort: float) -> str:
    """Importance to the customer vs company effort → one of ``QUADRANTS``."""
    try:
        from journeykit_widgets import analysis  # type: ignore[attr-defined]

        return analysis.quadrant(importance, effort)
    except (ImportError, AttributeError):
        pass
    important = importance >= QUADRANT_LINE + 0.5
    invested = effort >= QUADRANT_LINE + 0.5
    if important:
        return "keep" if invested else "under_investing"
    return "over_investing" if invested else "ignore"
