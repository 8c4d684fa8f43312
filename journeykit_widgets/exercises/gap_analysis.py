"""Exercise: spot over- and under-investment in the veranda supplier's touchpoints.

A touchpoint is over-invested when the company puts in a lot of effort although it
matters little to the customer, and under-invested the other way round. The expected
answer is ``analysis.quadrant(importance, effort)`` of every touchpoint.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from journeykit_widgets.exercises._common import (
    as_list,
    is_blank,
    journey_file,
    label_tp,
    load_journey,
    pick,
    resolve_touchpoint,
    short,
    table,
    type_name,
)
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, Touchpoint, in_map_order

CASE = "veranda"
TITLE = "exercises.gap.title"

KEYS = {
    "over_investing": ("over", "over_investment", "over investment", "over_investing", "te veel", "teveel"),
    "under_investing": (
        "under",
        "under_investment",
        "under investment",
        "under_investing",
        "te weinig",
        "teweinig",
    ),
}


def show(journey: Journey | str | Path | None = None):
    """The numbered touchpoints with the customer's importance and the company's effort."""
    journey = load_journey(journey, CASE)
    rows = [
        {
            t("exercises.col.phase"): journey.phase(tp.phase).label(),
            t("exercises.col.touchpoint"): tp.name,
            t("exercises.col.importance"): tp.importance,
            t("exercises.col.effort"): tp.effort,
        }
        for tp in in_map_order(journey)
    ]
    return table(rows)


def matrix(journey: str | Path | None = None):
    """The importance × effort chart of the journey file, as a picture."""
    from journeykit_widgets import render
    from journeykit_widgets.outputs import picture

    return picture(journey_file(journey, CASE), render.priority_matrix, "workshop.caption.priorities")


def expected(journey: Journey) -> dict[str, list[Touchpoint]]:
    from journeykit_widgets import analysis

    out: dict[str, list[Touchpoint]] = {"over_investing": [], "under_investing": []}
    for tp in in_map_order(journey):
        q = analysis.quadrant(tp.importance, tp.effort)
        if q in out:
            out[q].append(tp)
    return out


def check(answer: object, journey: Journey | str | Path | None = None) -> Feedback:
    """Feedback on ``{"over": [numbers or names], "under": [...]}`` (Dutch: "te veel", "te weinig")."""
    fb = Feedback(t(TITLE))
    try:
        journey = load_journey(journey, CASE)
    except Exception as error:  # the participant's own file may be missing or damaged
        return fb.no_answer("exercises.common.unreadable", error=str(error).splitlines()[0])
    items = in_map_order(journey)
    if not isinstance(answer, Mapping):
        return fb.no_answer("exercises.gap.expected_dict", got=type_name(answer))
    found = {kind: pick(answer, *aliases) for kind, aliases in KEYS.items()}
    if not any(present for present, _ in found.values()):
        return fb.no_answer(
            "exercises.gap.expected_keys", keys=", ".join(repr(short(k)) for k in answer) or "—"
        )
    from journeykit_widgets import analysis

    want = expected(journey)
    # Two empty lists are only an answer when the journey really has no gaps.
    if all(is_blank(value) for _, value in found.values()) and any(want.values()):
        fb.blank_answer("exercises.gap.nothing")
        return fb.hint("exercises.gap.hint_start")
    chosen: dict[str, list[Touchpoint]] = {}
    for kind, (_, value) in found.items():
        chosen[kind] = []
        for ref in as_list(value):
            tp = resolve_touchpoint(ref, items)
            if tp is None:
                fb.wrong("exercises.common.unknown_touchpoint", value=short(ref), count=len(items))
            elif tp not in chosen[kind]:
                chosen[kind].append(tp)

    for kind in KEYS:
        label = t(f"exercises.gap.kind.{kind}")
        hits = [tp for tp in chosen[kind] if tp in want[kind]]
        if hits:
            fb.right(
                "exercises.gap.found",
                kind=label,
                right=len(hits),
                count=len(want[kind]),
                names=", ".join(label_tp(tp, items) for tp in hits),
            )
        for tp in chosen[kind]:
            if tp in want[kind]:
                continue
            actual = analysis.quadrant(tp.importance, tp.effort)
            fb.wrong(
                "exercises.gap.wrong",
                touchpoint=label_tp(tp, items),
                importance=tp.importance,
                effort=tp.effort,
                kind=label,
                actual=t(f"exercises.gap.kind.{actual}"),
            )
        missed = [tp for tp in want[kind] if tp not in chosen[kind]]
        if missed:
            fb.todo("exercises.gap.missed", kind=label, count=len(missed))
            fb.hint(f"exercises.gap.hint.{kind}")
        elif not want[kind] and not chosen[kind] and not is_blank(items):
            fb.right("exercises.gap.none_right", kind=label)
    both = [tp for tp in chosen["over_investing"] if tp in chosen["under_investing"]]
    for tp in both:
        fb.wrong("exercises.gap.both", touchpoint=label_tp(tp, items))
    if not fb.wrongs and not fb.todos:
        fb.hint("exercises.gap.next_step")
    return fb
