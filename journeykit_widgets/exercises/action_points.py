"""Exercise: turn the differences between the ideal and the current canvas into
action points (the veranda supplier's canvas by default).

Where ideal and current differ is read from the journey's canvas itself: the
experience score per phase (ideal minus current) and the lanes whose text differs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.exercises._common import (
    fold,
    is_blank,
    journey_file,
    load_journey,
    phase_list,
    pick,
    resolve_phase,
    short,
    table,
    type_name,
    words,
)
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.exercises.buying_group_canvas import LANES
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey

CASE = "veranda"
TITLE = "exercises.actions.title"
MIN_ACTIONS = 3
MIN_WORDS = 4


@dataclass(frozen=True)
class PhaseGap:
    """How far the current situation of one phase is from the ideal."""

    phase: str
    ideal_score: int | None
    current_score: int | None
    lanes: tuple[str, ...]  # lanes whose text differs
    priority: str = ""  # "high" | "medium" | "low" from the analysis; "" when nothing differs

    @property
    def score_gap(self) -> int:
        if self.ideal_score is None or self.current_score is None:
            return 0
        return self.ideal_score - self.current_score

    @property
    def differs(self) -> bool:
        return bool(self.priority)


def gaps(journey: Journey, role: str = "") -> dict[str, PhaseGap]:
    """Per phase: the scores, the lanes where ideal and current differ, and the
    priority ``analysis.ideal_vs_current`` gives the difference."""
    from journeykit_widgets import analysis

    actions = analysis.ideal_vs_current(journey, role=role)
    canvas = next((c for c in journey.canvases if c.role == role), None)
    out = {}
    for phase in journey.phase_ids:
        rows = actions[actions["phase"] == phase]
        lanes = tuple(lane for lane in LANES[:3] if lane in set(rows["lane"]))
        priority = rows["priority"].iloc[0] if len(rows) else ""
        ideal = canvas.column("ideal", phase) if canvas else None
        current = canvas.column("current", phase) if canvas else None
        out[phase] = PhaseGap(
            phase,
            ideal.score if ideal else None,
            current.score if current else None,
            lanes,
            str(priority),
        )
    return out


def show(journey: Journey | str | Path | None = None):
    """Per phase: ideal and current experience score and which lanes differ."""
    journey = load_journey(journey, CASE)
    rows = []
    for gap in gaps(journey).values():
        rows.append(
            {
                t("exercises.col.phase"): journey.phase_label(gap.phase),
                t("exercises.col.ideal"): gap.ideal_score if gap.ideal_score is not None else "–",
                t("exercises.col.current"): gap.current_score if gap.current_score is not None else "–",
                t("exercises.col.gap"): gap.score_gap,
                t("exercises.col.priority"): _priority_label(gap.priority),
                t("exercises.col.lanes"): ", ".join(frameworks.lanes()[lane].label() for lane in gap.lanes),
            }
        )
    return table(rows)


def canvas(journey: str | Path | None = None):
    """The canvas of the journey file, ideal and current side by side, as a picture."""
    from journeykit_widgets import render
    from journeykit_widgets.outputs import picture

    return picture(journey_file(journey, CASE), render.canvas, "workshop.caption.canvas_both", state="both")


def _item(raw: object) -> tuple[object, object, object] | None:
    if isinstance(raw, Mapping):
        return (
            pick(raw, "phase", "fase")[1],
            pick(raw, "action", "actie", "what", "wat")[1],
            pick(raw, "owner", "eigenaar", "who", "wie")[1],
        )
    if isinstance(raw, Sequence) and not isinstance(raw, str) and 2 <= len(raw) <= 3:
        items = list(raw) + [None] * (3 - len(raw))
        return items[0], items[1], items[2]
    return None


def check(answer: object, journey: Journey | str | Path | None = None) -> Feedback:
    """Feedback on a list of action points: ``[("phase", "what we will do", "owner"), ...]``
    (or dicts with ``phase``/``action``/``owner``; Dutch ``fase``/``actie``/``eigenaar``)."""
    fb = Feedback(t(TITLE))
    journey = load_journey(journey, CASE)
    if isinstance(answer, Mapping | str) or not isinstance(answer, Sequence):
        return fb.no_answer("exercises.actions.expected_list", got=type_name(answer))
    # The skeleton's ("", "", "") rows count as not written yet.
    entries = [raw for raw in answer if not is_blank(raw) and not _all_blank(raw)]
    if not entries:
        fb.blank_answer("exercises.actions.nothing", count=MIN_ACTIONS)
        return fb.hint("exercises.actions.hint_start")

    phase_gaps = gaps(journey)
    ideal = next((c for c in journey.canvases if c.role == ""), None)
    covered: set[str] = set()
    good = 0
    seen_actions: set[str] = set()
    for n, raw in enumerate(entries, 1):
        item = _item(raw)
        if item is None:
            fb.wrong("exercises.actions.bad_item", n=n, value=short(raw))
            continue
        phase_ref, action, owner = item
        phase = resolve_phase(phase_ref, journey) if not is_blank(phase_ref) else None
        problems = 0
        if phase is None:
            fb.wrong(
                "exercises.actions.phase_unknown", n=n, value=short(phase_ref), phases=phase_list(journey)
            )
            problems += 1
        elif not phase_gaps[phase].differs:
            fb.wrong("exercises.actions.no_gap", n=n, phase=journey.phase_label(phase))
            problems += 1
        if is_blank(action) or not isinstance(action, str):
            fb.todo("exercises.actions.action_missing", n=n)
            problems += 1
        elif len(words(action)) < MIN_WORDS:
            fb.todo("exercises.actions.action_vague", n=n, value=short(action), words=MIN_WORDS)
            fb.hint("exercises.actions.hint_concrete")
            problems += 1
        elif fold(action) in seen_actions:
            fb.wrong("exercises.actions.duplicate", n=n)
            problems += 1
        elif phase and ideal and _is_ideal_text(action, ideal.column("ideal", phase)):
            fb.wrong("exercises.actions.is_ideal", n=n)
            fb.hint("exercises.actions.hint_ideal")
            problems += 1
        if isinstance(action, str):
            seen_actions.add(fold(action))
        if is_blank(owner):
            fb.todo("exercises.actions.owner_missing", n=n)
            problems += 1
        if phase is not None and not problems:
            covered.add(phase)
            good += 1
            fb.right(
                "exercises.actions.good",
                n=n,
                phase=journey.phase_label(phase),
                owner=short(owner, 30),
            )

    with_gap = [g for g in phase_gaps.values() if g.differs]
    for gap in with_gap:
        if gap.priority == "high" and gap.phase not in covered:
            fb.todo(
                "exercises.actions.high_uncovered",
                phase=journey.phase_label(gap.phase),
                ideal=gap.ideal_score if gap.ideal_score is not None else "–",
                current=gap.current_score if gap.current_score is not None else "–",
            )
    wanted = min(MIN_ACTIONS, len(with_gap))
    if good < wanted:
        fb.todo("exercises.actions.too_few", count=good, wanted=wanted)
    elif with_gap:
        fb.right(
            "exercises.actions.coverage",
            covered=len(covered),
            count=len(with_gap),
        )
    return fb


def _priority_label(priority: str) -> str:
    from journeykit_widgets.i18n import has_key

    key = f"analysis.value.{priority}"
    return t(key) if priority and has_key(key) else "–"


def _all_blank(raw: object) -> bool:
    if isinstance(raw, Mapping):
        return all(is_blank(v) for v in raw.values())
    if isinstance(raw, Sequence) and not isinstance(raw, str):
        return all(is_blank(v) for v in raw)
    return False


def _is_ideal_text(action: str, column) -> bool:
    return any(fold(getattr(column, lane)) == fold(action) for lane in LANES if getattr(column, lane))
