"""Exercise: is your own journey ready for the analyses?

Before peak–end and gap analysis say anything useful, a journey needs a persona,
touchpoints in every phase, emotions that vary, and importance and effort that were
really judged (not left at the default 3). This check says what is there and what
is still missing; the peak–end and gap checks then run on the same file.
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.exercises._common import load_journey, type_name
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import Journey, in_map_order

CASE = "airline"
TITLE = "exercises.own.title"
MIN_TOUCHPOINTS = 5
_DEFAULT_RATING = 3


def check(journey: Journey | str | Path | None) -> Feedback:
    """Feedback on a journey file (or ``Journey``): what the analyses can already use."""
    fb = Feedback(t(TITLE))
    if journey is not None and not isinstance(journey, Journey | str | Path):
        return fb.no_answer("exercises.own.expected_path", got=type_name(journey))
    try:
        journey = load_journey(journey, CASE)
    except Exception as error:  # a missing or damaged file: say so, do not crash the cell
        return fb.no_answer("exercises.own.unreadable", error=str(error).splitlines()[0])
    items = in_map_order(journey)
    if not items:
        fb.no_answer("exercises.own.no_touchpoints", count=MIN_TOUCHPOINTS)
        return fb.hint("exercises.own.hint_notebook_1")

    if journey.personas:
        fb.right("exercises.own.persona", name=journey.personas[0].name)
    else:
        fb.todo("exercises.own.no_persona")
        fb.hint("exercises.own.hint_notebook_2")

    if len(items) >= MIN_TOUCHPOINTS:
        fb.right("exercises.own.touchpoints", count=len(items))
    else:
        fb.todo("exercises.own.few_touchpoints", count=len(items), wanted=MIN_TOUCHPOINTS)
        fb.hint("exercises.own.hint_notebook_1")

    empty = [p for p in journey.phase_ids if not journey.touchpoints_in(p)]
    if empty:
        fb.todo("exercises.own.empty_phases", phases=", ".join(journey.phase_label(p) for p in empty))
    else:
        fb.right("exercises.own.all_phases", count=len(journey.phase_ids))

    emotions = {tp.emotion for tp in items if tp.emotion is not None}  # None: not rated yet
    if len(emotions) > 1:
        fb.right(
            "exercises.own.emotions",
            low=formats.signed(min(emotions), 0),
            high=formats.signed(max(emotions), 0),
        )
    else:
        fb.todo("exercises.own.flat_emotions", emotion=formats.signed(emotions.pop(), 0) if emotions else "–")
        fb.hint("exercises.own.hint_notebook_4")

    unrated = [tp for tp in items if tp.importance == _DEFAULT_RATING and tp.effort == _DEFAULT_RATING]
    if len(unrated) * 2 > len(items):
        fb.todo("exercises.own.unrated", count=len(unrated), total=len(items))
        fb.hint("exercises.own.hint_notebook_5")
    else:
        fb.right("exercises.own.rated", count=len(items) - len(unrated))

    end = items[-1]
    if end.opportunities.strip() or end.pain_points.strip():
        fb.right("exercises.own.end_noted", name=end.name)
    else:
        fb.todo("exercises.own.end_empty", name=end.name)
    return fb
