"""Exercise: fill one column of the four-lane canvas for one role of a buying group.

In B2B the person who searches is often not the one who negotiates: each role has
its own journey. The check reads the roles, phases and existing canvases from the
journey (the B2B software sample by default) and looks at the four lanes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.exercises._common import (
    contains_words,
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
from journeykit_widgets.i18n import LANGUAGES, t
from journeykit_widgets.model import SCORE_MAX, SCORE_MIN, BuyingRole, Journey

CASE = "b2b_software"
TITLE = "exercises.canvas.title"
LANES = ("customer_process", "internal_process", "experience", "improvements")
MIN_WORDS = 4

KEYS = {
    "role": ("role", "rol"),
    "phase": ("phase", "fase"),
    "customer_process": ("customer_process", "customer process", "klantproces"),
    "internal_process": ("internal_process", "internal process", "intern_proces", "intern proces"),
    "experience": ("experience", "ervaring"),
    "score": ("score", "cijfer"),
    "improvements": (
        "improvements",
        "improvement",
        "learning goals",
        "verbeterpunten",
        "verbeterpunt",
        "leerdoelen",
    ),
}

# A measurable indicator: a number, a percentage, or a word that names a measure.
_MEASURE = re.compile(
    r"\d|%|\b(time|minutes?|hours?|days?|weeks?|rate|share|number|count|score|nps|ces|csat|clicks?|"
    r"visits?|downloads?|conversions?|tijd|minuten|uren|dagen|weken|percentage|aandeel|aantal|"
    r"bezoeken|klikken)\b",
    re.IGNORECASE,
)
_COMPANY_VOICE = re.compile(r"^\s*(we|our|wij|we're|onze|ons)\b", re.IGNORECASE)


def show(journey: Journey | str | Path | None = None):
    """The buying group: each role with its kind and interests."""
    journey = load_journey(journey, CASE)
    rows = [
        {
            t("exercises.col.role"): role.name,
            t("exercises.col.kind"): _kind(role),
            t("exercises.col.interests"): role.interests,
        }
        for role in journey.buying_group
    ]
    return table(rows)


def phases(journey: Journey | str | Path | None = None):
    """The phases of the canvas, numbered."""
    journey = load_journey(journey, CASE)
    rows = [{t("exercises.col.phase"): journey.phase_label(p)} for p in journey.phase_ids]
    return table(rows)


def example(journey: str | Path | None = None):
    """The current canvas of the first role that already has one: an example to follow."""
    from journeykit_widgets import render
    from journeykit_widgets.outputs import picture

    path = journey_file(journey, CASE)
    loaded = load_journey(path, CASE)
    role = next((c.role for c in loaded.canvases if c.role), "")
    return picture(path, render.canvas, "workshop.caption.canvas_current", state="current", role=role)


def _kind(role: BuyingRole) -> str:
    entry = frameworks.roles().get(role.kind)
    return entry.label() if entry else role.kind


def resolve_role(ref: object, journey: Journey) -> BuyingRole | None:
    """A role by its number, id, name, or kind (in English or Dutch) when that kind is unique."""
    roles = journey.buying_group
    if isinstance(ref, int) and not isinstance(ref, bool):
        return roles[ref - 1] if 1 <= ref <= len(roles) else None
    text = fold(ref)
    if not text:
        return None
    if text.isdigit():
        return resolve_role(int(text), journey)
    for role in roles:
        if text in (fold(role.id), fold(role.name)):
            return role
    kinds = frameworks.roles()
    matches = [
        role
        for role in roles
        if role.kind in kinds and text in {fold(kinds[role.kind].label(lang)) for lang in LANGUAGES}
    ]
    if len(matches) == 1:
        return matches[0]
    partial = [role for role in roles if contains_words(role.name, text)]
    return partial[0] if len(partial) == 1 else None


def check(answer: object, journey: Journey | str | Path | None = None) -> Feedback:
    """Feedback on one canvas column for one role:
    ``{"role": ..., "phase": ..., "customer_process": ..., "internal_process": ...,
    "experience": ..., "score": 1-5, "improvements": ...}`` (Dutch keys work too)."""
    fb = Feedback(t(TITLE))
    journey = load_journey(journey, CASE)
    if not isinstance(answer, Mapping):
        return fb.no_answer("exercises.canvas.expected_dict", got=type_name(answer))
    given = {name: pick(answer, *aliases)[1] for name, aliases in KEYS.items()}
    if all(is_blank(v) for v in given.values()):
        fb.blank_answer("exercises.canvas.nothing")
        return fb.hint("exercises.canvas.hint_start")
    if not journey.buying_group:
        return fb.no_answer("exercises.canvas.no_group")

    role = resolve_role(given["role"], journey)
    names = ", ".join(r.name for r in journey.buying_group)
    if is_blank(given["role"]):
        fb.todo("exercises.canvas.role_missing", roles=names)
    elif role is None:
        fb.wrong("exercises.canvas.role_unknown", value=short(given["role"]), roles=names)
    else:
        kind = _kind(role)
        if fold(kind) == fold(role.name):
            fb.right("exercises.canvas.role_right_plain", role=role.name)
        else:
            fb.right("exercises.canvas.role_right", role=role.name, kind=kind)
        if any(c.role == role.id for c in journey.canvases):
            fb.hint("exercises.canvas.hint_has_canvas", role=role.name)

    phase = resolve_phase(given["phase"], journey) if not is_blank(given["phase"]) else None
    if is_blank(given["phase"]):
        fb.todo("exercises.canvas.phase_missing", phases=phase_list(journey))
    elif phase is None:
        fb.wrong("exercises.canvas.phase_unknown", value=short(given["phase"]), phases=phase_list(journey))
    else:
        fb.right("exercises.canvas.phase_right", phase=journey.phase_label(phase))

    texts = {lane: given[lane] for lane in LANES}
    for lane in LANES:
        lane_name = frameworks.lanes()[lane].label()
        value = texts[lane]
        if is_blank(value):
            fb.todo("exercises.canvas.lane_missing", lane=lane_name)
        elif not isinstance(value, str):
            fb.wrong("exercises.canvas.lane_not_text", lane=lane_name, got=type_name(value))
        elif len(words(value)) < MIN_WORDS:
            fb.todo("exercises.canvas.lane_short", lane=lane_name, words=MIN_WORDS)
        else:
            fb.right("exercises.canvas.lane_right", lane=lane_name)

    cp, ip = texts["customer_process"], texts["internal_process"]
    if isinstance(cp, str) and _COMPANY_VOICE.match(cp):
        fb.wrong("exercises.canvas.customer_voice")
    if isinstance(cp, str) and isinstance(ip, str) and cp.strip() and fold(cp) == fold(ip):
        fb.wrong("exercises.canvas.same_text")
    exp = texts["experience"]
    if isinstance(exp, str) and exp.strip() and not _MEASURE.search(exp):
        fb.todo("exercises.canvas.no_indicator")
        fb.hint("exercises.canvas.hint_indicator")
    imp = texts["improvements"]
    if isinstance(imp, str) and isinstance(ip, str) and imp.strip() and fold(imp) == fold(ip):
        fb.wrong("exercises.canvas.improvement_is_process")

    _check_score(given["score"], fb)
    if role is not None and phase is not None:
        _check_copied(journey, role, phase, texts, fb)
        if role.interests:
            fb.hint("exercises.canvas.hint_interests", role=role.name, interests=role.interests)
    return fb


def _check_score(score: object, fb: Feedback) -> None:
    if is_blank(score):
        fb.todo("exercises.canvas.score_missing", low=SCORE_MIN, high=SCORE_MAX)
        return
    number = score
    if isinstance(score, str) and score.strip().isdigit():
        number = int(score.strip())
    if isinstance(number, bool) or not isinstance(number, int | float) or not float(number).is_integer():
        fb.wrong("exercises.canvas.score_type", value=short(score), low=SCORE_MIN, high=SCORE_MAX)
    elif not SCORE_MIN <= int(number) <= SCORE_MAX:
        fb.wrong("exercises.canvas.score_range", value=int(number), low=SCORE_MIN, high=SCORE_MAX)
    else:
        fb.right("exercises.canvas.score_right", value=int(number))


def _check_copied(journey: Journey, role: BuyingRole, phase: str, texts: dict, fb: Feedback) -> None:
    """Text copied from another canvas of the sample is not this role's own view."""
    for canvas in journey.canvases:
        if canvas.role == role.id:
            continue
        owner = next((r.name for r in journey.buying_group if r.id == canvas.role), None) or t(
            "exercises.canvas.whole_customer"
        )
        for state in ("ideal", "current"):
            column = canvas.column(state, phase)
            for lane in LANES:
                theirs, mine = getattr(column, lane), texts[lane]
                if isinstance(mine, str) and theirs and fold(mine) == fold(theirs):
                    fb.wrong(
                        "exercises.canvas.copied",
                        lane=frameworks.lanes()[lane].label(),
                        owner=owner,
                        role=role.name,
                    )
