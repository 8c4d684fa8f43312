"""Exercise: find the peak, the low point and the end of a journey, and choose
where an improvement pays off (the peak–end rule).

The expected answers come from ``analysis.peak_end`` on the journey itself: the
airline sample by default, or the participant's own journey file.
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
    words,
)
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import Journey, Touchpoint, in_map_order

CASE = "airline"
TITLE = "exercises.peak_end.title"

KEYS = {
    "peak": ("peak", "piek", "peaks", "pieken"),
    "low": ("low", "dal", "dip", "lows", "low point", "dieptepunt"),
    "end": ("end", "einde", "eind"),
    "improve": ("improve", "verbeter", "verbeteren", "invest", "investeer"),
    "why": ("why", "waarom"),
}


def _signed(value: int | None) -> str:
    if value is None:  # not rated yet
        return "–"
    return formats.signed(value, 0)


def show(journey: Journey | str | Path | None = None):
    """The touchpoints in journey order with their emotion: the curve as a table."""
    journey = load_journey(journey, CASE)
    rows = [
        {
            t("exercises.col.phase"): journey.phase(tp.phase).label(),
            t("exercises.col.touchpoint"): tp.name,
            t("exercises.col.emotion"): _signed(tp.emotion),
        }
        for tp in in_map_order(journey)
    ]
    return table(rows)


def curve(journey: str | Path | None = None):
    """The emotion curve of the journey file, as a picture for the notebook."""
    from journeykit_widgets import render
    from journeykit_widgets.outputs import picture

    return picture(journey_file(journey, CASE), render.emotion_curve, "workshop.caption.emotion")


def _refs(value: object, items: list[Touchpoint], fb: Feedback) -> list[Touchpoint]:
    found = []
    for ref in as_list(value):
        tp = resolve_touchpoint(ref, items)
        if tp is None:
            fb.wrong("exercises.common.unknown_touchpoint", value=short(ref), count=len(items))
        elif tp not in found:
            found.append(tp)
    return found


def check(answer: object, journey: Journey | str | Path | None = None) -> Feedback:
    """Feedback on ``{"peak": n, "low": n, "end": n, "improve": n, "why": "..."}``
    (numbers from ``show()``, or touchpoint names; Dutch keys work too)."""
    from journeykit_widgets import analysis

    fb = Feedback(t(TITLE))
    try:
        journey = load_journey(journey, CASE)
    except Exception as error:  # the participant's own file may be missing or damaged
        return fb.no_answer("exercises.common.unreadable", error=str(error).splitlines()[0])
    # The curve has rated cards only: a card without an emotion yet is not on it.
    items = [tp for tp in in_map_order(journey) if tp.emotion is not None]
    if not isinstance(answer, Mapping):
        return fb.no_answer("exercises.peak_end.expected_dict", got=type_name(answer))
    if len(items) < 2:
        return fb.no_answer("exercises.peak_end.too_few", count=len(items))
    given = {name: pick(answer, *aliases)[1] for name, aliases in KEYS.items()}
    if all(is_blank(given[k]) for k in ("peak", "low", "end", "improve")):
        fb.blank_answer("exercises.peak_end.nothing", count=len(items))
        return fb.hint("exercises.peak_end.hint_start")

    result = analysis.peak_end(journey)
    by_id = {tp.id: tp for tp in items}
    peaks = [by_id[m.touchpoint_id] for m in result.peaks]
    lows = [by_id[m.touchpoint_id] for m in result.lows]
    end = by_id[result.end.touchpoint_id]

    if result.flat:
        fb.hint("exercises.peak_end.flat", emotion=_signed(end.emotion))

    for kind, expected, top in (("peak", peaks, max), ("low", lows, min)):
        chosen = _refs(given[kind], items, fb)
        if not chosen:
            fb.todo(f"exercises.peak_end.{kind}_missing")
            continue
        for tp in chosen:
            if tp in expected:
                fb.right(
                    f"exercises.peak_end.{kind}_right",
                    touchpoint=label_tp(tp, items),
                    emotion=_signed(tp.emotion),
                )
            else:
                best = top(x.emotion for x in items)
                fb.wrong(
                    f"exercises.peak_end.{kind}_wrong",
                    touchpoint=label_tp(tp, items),
                    emotion=_signed(tp.emotion),
                    best=_signed(best),
                )
        others = [tp for tp in expected if tp not in chosen]
        if others and any(tp in expected for tp in chosen):
            fb.hint(f"exercises.peak_end.{kind}_tie", count=len(expected))

    chosen_end = _refs(given["end"], items, fb)
    if not chosen_end:
        fb.todo("exercises.peak_end.end_missing")
    elif chosen_end == [end]:
        fb.right(
            "exercises.peak_end.end_right", touchpoint=label_tp(end, items), emotion=_signed(end.emotion)
        )
    else:
        wrong = next(tp for tp in chosen_end if tp != end) if end in chosen_end else chosen_end[0]
        key = "exercises.peak_end.end_is_low" if wrong in lows else "exercises.peak_end.end_wrong"
        fb.wrong(key, touchpoint=label_tp(wrong, items))
        fb.hint("exercises.peak_end.hint_end", phase=journey.phase(journey.phase_ids[-1]).label())

    _check_improve(given["improve"], items, result, by_id, fb)

    if is_blank(given["why"]):
        fb.todo("exercises.peak_end.why_missing")
    elif len(words(given["why"])) < 4:
        fb.todo("exercises.peak_end.why_short")
    else:
        fb.right("exercises.peak_end.why_right")
    return fb


def _check_improve(value, items, result, by_id, fb: Feedback) -> None:
    chosen = _refs(value, items, fb)
    if not chosen:
        fb.todo("exercises.peak_end.improve_missing")
        fb.hint("exercises.peak_end.hint_improve")
        return
    gains = {m.touchpoint_id: g for m, g in zip(result.moments, result.gains, strict=True)}
    best_gain = max(gains.values(), default=0)
    good = [by_id[m.touchpoint_id] for m in result.strengthen if gains[m.touchpoint_id] > 0]
    for tp in chosen:
        gain = gains.get(tp.id, 0)
        if gain > 0 and gain >= best_gain - 1e-9:
            fb.right("exercises.peak_end.improve_best", touchpoint=label_tp(tp, items))
        elif gain > 0:
            fb.right("exercises.peak_end.improve_ok", touchpoint=label_tp(tp, items))
            fb.hint(
                "exercises.peak_end.hint_bigger",
                names=", ".join(label_tp(x, items) for x in good if gains[x.id] >= best_gain - 1e-9),
            )
        elif tp.id in {m.touchpoint_id for m in result.peaks}:
            fb.wrong("exercises.peak_end.improve_peak", touchpoint=label_tp(tp, items))
            fb.hint("exercises.peak_end.hint_improve")
        else:
            fb.wrong("exercises.peak_end.improve_no_effect", touchpoint=label_tp(tp, items))
            fb.hint("exercises.peak_end.hint_improve")
