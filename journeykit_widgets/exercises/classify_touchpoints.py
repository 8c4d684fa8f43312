"""Exercise: sort the airline campaign's touchpoints into Touch, Tell, Sell and Care.

The expected phase of every touchpoint is the phase it has in the sample file,
so the exercise follows the data wherever the sample changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

from journeykit_widgets.exercises._common import (
    is_blank,
    label_tp,
    load_journey,
    phase_list,
    resolve_phase,
    resolve_touchpoint,
    short,
    table,
    type_name,
)
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, Touchpoint

CASE = "airline"
TITLE = "exercises.classify.title"


def numbered(journey: Journey) -> list[Touchpoint]:
    """The touchpoints in a mixed but fixed order, so the order gives no phase away.

    The order follows a hash of each touchpoint's id, so it is the same in the
    English and the Dutch file (and the numbers in a solution fit both)."""
    return sorted(journey.touchpoints, key=lambda tp: (hashlib.sha1(tp.id.encode()).hexdigest(), tp.id))


def show(journey: Journey | str | Path | None = None):
    """The numbered touchpoints without their phase: the material to classify."""
    journey = load_journey(journey, CASE)
    rows = [
        {
            t("exercises.col.touchpoint"): tp.name,
            t("exercises.col.channel"): _channel(tp),
            t("exercises.col.action"): tp.action,
        }
        for tp in numbered(journey)
    ]
    return table(rows)


def _channel(tp: Touchpoint) -> str:
    from journeykit_widgets import frameworks

    entry = frameworks.channels().get(tp.channel)
    return entry.label() if entry else tp.channel


def _placements(answer: Mapping, journey: Journey, items: list[Touchpoint], fb: Feedback) -> dict:
    """Read ``{phase: [touchpoints]}`` (or ``{touchpoint: phase}``) into tp → phases."""
    placed: dict[str, list[str]] = {}
    phase_keys = {key: resolve_phase(key, journey) for key in answer}
    inverted = not any(phase_keys.values()) and any(resolve_phase(v, journey) for v in answer.values())
    pairs: list[tuple[object, object]] = []
    if inverted:
        pairs = [(value, key) for key, value in answer.items()]
    else:
        for key, refs in answer.items():
            refs_list = refs if isinstance(refs, list | tuple | set) else ([] if is_blank(refs) else [refs])
            if isinstance(refs, str):
                refs_list = [r.strip() for r in refs.replace(";", ",").split(",") if r.strip()]
            pairs += [(key, ref) for ref in refs_list]
    for phase_ref, tp_ref in pairs:
        phase = resolve_phase(phase_ref, journey)
        if phase is None:
            fb.wrong("exercises.classify.unknown_phase", value=short(phase_ref), phases=phase_list(journey))
            continue
        tp = resolve_touchpoint(tp_ref, items)
        if tp is None:
            fb.wrong("exercises.common.unknown_touchpoint", value=short(tp_ref), count=len(items))
            continue
        placed.setdefault(tp.id, [])
        if phase not in placed[tp.id]:
            placed[tp.id].append(phase)
    return placed


def check(answer: object, journey: Journey | str | Path | None = None) -> Feedback:
    """Feedback on ``{"touch": [numbers or names], "tell": [...], "sell": [...], "care": [...]}``."""
    fb = Feedback(t(TITLE))
    journey = load_journey(journey, CASE)
    items = numbered(journey)
    if not isinstance(answer, Mapping):
        return fb.no_answer("exercises.classify.expected_dict", got=type_name(answer))
    placed = _placements(answer, journey, items, fb)
    if not placed:
        if not fb.wrongs:
            fb.blank_answer("exercises.classify.nothing_placed", count=len(items))
        fb.hint("exercises.classify.hint_start")
        return fb

    for phase in journey.phase_ids:
        here = [tp for tp in items if tp.phase == phase]
        good = [tp for tp in here if placed.get(tp.id) == [phase]]
        if here and len(good) == len(here):
            fb.right(
                "exercises.classify.phase_complete",
                phase=journey.phase_label(phase),
                names=", ".join(label_tp(tp, items) for tp in good),
            )
        elif good:
            fb.right(
                "exercises.classify.phase_partial",
                phase=journey.phase_label(phase),
                right=len(good),
                count=len(here),
            )

    for tp in items:
        phases = placed.get(tp.id)
        if not phases:
            continue
        if len(phases) > 1:
            fb.wrong(
                "exercises.classify.twice",
                touchpoint=label_tp(tp, items),
                phases=", ".join(journey.phase_label(p) for p in phases),
            )
            continue
        if phases[0] != tp.phase:
            fb.wrong(
                "exercises.classify.misplaced",
                touchpoint=label_tp(tp, items),
                phase=journey.phase_label(phases[0]),
            )
            fb.hint(
                "exercises.classify.hint_phase",
                touchpoint=tp.name,
                question=t(f"exercises.classify.question.{tp.phase}")
                if tp.phase in {"touch", "tell", "sell", "care"}
                else journey.phase(tp.phase).description or journey.phase_label(tp.phase),
            )
    missing = [tp for tp in items if tp.id not in placed]
    if missing:
        fb.todo(
            "exercises.classify.not_placed",
            count=len(missing),
            names=", ".join(label_tp(tp, items) for tp in missing),
        )
    return fb
