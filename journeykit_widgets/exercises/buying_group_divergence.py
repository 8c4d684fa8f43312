"""Exercise: read the buying group as a group. In which phase do the roles
disagree most, and which role should the team serve first?

The expected answers come from ``analysis.buying_group`` on the B2B sample (or a
journey the trainer passes), so the exercise follows the journey file.
"""

from __future__ import annotations

from collections.abc import Mapping

from journeykit_widgets import analysis, frameworks
from journeykit_widgets.analysis._common import fmt, signed
from journeykit_widgets.exercises._common import (
    fold,
    is_blank,
    load_journey,
    pick,
    resolve_phase,
    short,
    type_name,
)
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.i18n import LANGUAGES, t
from journeykit_widgets.model import Journey

TITLE = "lens.ex10.title"
CASE = "b2b_software"


def show(journey: Journey | str | None = None):
    """Each role's emotion per phase, with the spread and the roles' own goals per phase."""
    from journeykit_widgets.outputs import Table

    result = analysis.buying_group(load_journey(journey, CASE))
    frame = result.table(localized=True)
    return Table(frame)


def resolve_role(ref: object, journey: Journey) -> str | None:
    """A role id from its id, its name, or its kind (“purchaser”, “Inkoper”)."""
    text = _loose(ref)
    if not text:
        return None
    for role in journey.buying_group:
        names = {_loose(role.id), _loose(role.name), _loose(role.kind)}
        entry = frameworks.roles().get(role.kind)
        if entry is not None:
            names |= {_loose(entry.label(lang)) for lang in LANGUAGES}
        if text in names:
            return role.id
    return None


def _loose(text: object) -> str:
    """Folded, and "IT-architect" the same as "IT architect"."""
    return fold(text).replace("-", " ")


def check(answer: object, journey: Journey | str | None = None) -> Feedback:
    """Feedback on ``{"phase": "...", "role": "..."}``."""
    fb = Feedback(t(TITLE))
    if not isinstance(answer, Mapping):
        return fb.no_answer("lens.ex10.expected_dict", got=type_name(answer))
    journey = load_journey(journey, CASE)
    result = analysis.buying_group(journey)
    if not result.applies:
        return fb.no_answer("lens.ex10.no_group")
    has_phase, phase_ref = pick(answer, "phase", "fase")
    has_role, role_ref = pick(answer, "role", "rol", "serve_first", "eerst")
    if (not has_phase or is_blank(phase_ref)) and (not has_role or is_blank(role_ref)):
        fb.blank_answer("lens.ex10.nothing")
        return fb.hint("lens.ex10.hint_start")
    _judge_phase(fb, journey, result, phase_ref if has_phase else None)
    _judge_role(fb, journey, result, role_ref if has_role else None)
    return fb


def _judge_phase(fb: Feedback, journey: Journey, result, ref: object) -> None:
    if is_blank(ref):
        fb.todo("lens.ex10.phase_missing")
        return
    phase = resolve_phase(ref, journey)
    if phase is None:
        labels = ", ".join(label for _, label in result.phases)
        fb.wrong("lens.ex10.phase_unknown", value=short(ref), choices=labels)
        return
    chosen = result.spread(phase)
    if phase in result.most_divergent:
        fb.right(
            "lens.ex10.phase_right",
            phase=journey.phase_label(phase),
            spread=fmt(chosen.spread),
            low=result.line(chosen.lowest).name,
            low_value=signed(result.line(chosen.lowest).emotions[journey.phase_ids.index(phase)]),
            high=result.line(chosen.highest).name,
            high_value=signed(result.line(chosen.highest).emotions[journey.phase_ids.index(phase)]),
        )
        return
    best = result.spread(result.most_divergent[0]) if result.most_divergent else None
    if chosen.spread is None:
        fb.wrong("lens.ex10.phase_one_role", phase=journey.phase_label(phase), count=len(chosen.roles))
    else:
        fb.wrong(
            "lens.ex10.phase_wrong",
            phase=journey.phase_label(phase),
            spread=fmt(chosen.spread),
            best=fmt(best.spread) if best else "–",
        )
    fb.hint("lens.ex10.hint_phase")


def _judge_role(fb: Feedback, journey: Journey, result, ref: object) -> None:
    if is_blank(ref):
        fb.todo("lens.ex10.role_missing")
        return
    role = resolve_role(ref, journey)
    lowest = result.lowest_role
    if role is None:
        fb.wrong(
            "lens.ex10.role_unknown",
            value=short(ref),
            choices=", ".join(r.name for r in journey.buying_group),
        )
        return
    if role == lowest.role:
        fb.right("lens.ex10.role_right", role=lowest.name, mean=signed(lowest.mean), count=lowest.count)
        if result.actions:
            first = result.actions[0]
            fb.right("lens.ex10.role_action", phase=first.phase_name, source=first.source, text=first.text)
        return
    chosen = next((line for line in result.lines if line.role == role), None)
    if chosen is None:
        name = next(r.name for r in journey.buying_group if r.id == role)
        fb.wrong("lens.ex10.role_no_touchpoints", role=name)
    else:
        fb.wrong(
            "lens.ex10.role_wrong",
            role=chosen.name,
            mean=signed(chosen.mean),
            lowest=lowest.name,
            lowest_mean=signed(lowest.mean),
        )
    fb.hint("lens.ex10.hint_role")
