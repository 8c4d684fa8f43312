"""Feedback on a participant's own journey, and the thresholds it uses: what
"enough" means is written here once, so a trainer can find and change it."""

from __future__ import annotations

from journeykit_widgets.i18n import get_language, language, t
from journeykit_widgets.i18n.place import again
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.outputs import Note, check_note
from journeykit_widgets.store import load as _load

__all__ = [
    "CHANNELS_WANTED",
    "INDIRECT_WANTED",
    "PERSONA_FIELDS",
    "TOUCHPOINTS_PER_PHASE",
    "check_goals",
    "check_persona",
    "check_touchpoints",
]

# A phase with fewer touchpoints than this is probably not finished yet.
TOUCHPOINTS_PER_PHASE = 2
# Indirect touchpoints (reviews, friends, press) are the ones groups forget.
INDIRECT_WANTED = 3
# Fewer channels than this usually means the group stayed inside its own department.
CHANNELS_WANTED = 4
# What a persona card needs before it helps a group decide anything.
PERSONA_FIELDS = ("demographics", "buying_behaviour", "needs", "frustrations", "channels", "devices", "quote")


def check_touchpoints(path, per_phase: int = TOUCHPOINTS_PER_PHASE) -> Note:
    """Feedback on the inventory: every phase covered, indirect touchpoints found."""
    journey = _load(path)
    with language(get_language()):
        good, todo = [], []
        for phase in journey.phases:
            count = sum(tp.phase == phase.id for tp in journey.touchpoints)
            line = t("workshop.check.phase_count", phase=phase.label(journey.language), count=count)
            (good if count >= per_phase else todo).append(
                line
                if count >= per_phase
                else t(
                    "workshop.check.phase_thin",
                    phase=phase.label(journey.language),
                    count=count,
                    needed=per_phase,
                )
            )
        indirect = sum(not tp.direct for tp in journey.touchpoints)
        if indirect >= INDIRECT_WANTED:
            good.append(t("workshop.check.indirect_ok", count=indirect))
        else:
            todo.append(t("workshop.check.indirect_few", count=indirect))
        channels = {tp.channel for tp in journey.touchpoints}
        if len(channels) >= CHANNELS_WANTED:
            good.append(t("workshop.check.channels_ok", count=len(channels)))
        else:
            todo.append(t("workshop.check.channels_few", count=len(channels)))
        return check_note(t("workshop.check.heading", title=journey.title), good, todo)


def check_persona(path) -> Note:
    """Feedback on the persona: which parts are still empty."""
    journey = _load(path)
    with language(get_language()):
        persona = journey.persona
        if persona is None:
            return check_note(
                t("workshop.check.heading", title=journey.title),
                [],
                [t("workshop.no_persona", again=again())],
            )
        good, todo = [], []
        for field in PERSONA_FIELDS:
            filled = bool(getattr(persona, field))
            (good if filled else todo).append(
                t(
                    "workshop.check.field_ok" if filled else "workshop.check.field_empty",
                    field=field_label(field),
                )
            )
        return check_note(t("workshop.check.persona_heading", name=persona.name), good, todo)


def check_goals(path) -> Note:
    """Feedback on the goals: at least one goal in every phase."""
    journey = _load(path)
    with language(get_language()):
        good, todo = [], []
        for phase in journey.phases:
            count = sum(g.phase == phase.id for g in journey.goals)
            label = phase.label(journey.language)
            if count:
                good.append(t("workshop.check.goal_count", phase=label, count=count))
            else:
                todo.append(t("workshop.check.goal_missing", phase=label))
        return check_note(t("workshop.check.heading", title=journey.title), good, todo)
