"""Exercise: pick the right map template for a goal.

The goals are part of the exercise (translated texts); the templates, their names
and descriptions come from ``frameworks`` so that feedback quotes what each
template is for.
"""

from __future__ import annotations

from collections.abc import Mapping

from journeykit_widgets import frameworks
from journeykit_widgets.exercises._common import fold, is_blank, short, table, type_name
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.i18n import LANGUAGES, t

TITLE = "exercises.templates.title"

# Goal number → the template that fits it best. The goal texts are
# ``exercises.templates.goal.<n>`` and the hints ``exercises.templates.why.<n>``.
GOALS: dict[int, str] = {
    1: "current_state",
    2: "future_state",
    3: "day_in_life",
    4: "service_blueprint",
    5: "day_in_life",
}

# Short words participants use for a template, besides its id and full names.
_SHORT: dict[str, tuple[str, ...]] = {
    "current_state": ("current", "huidig", "huidige", "as is", "now", "nu"),
    "future_state": ("future", "toekomst", "toekomstig", "toekomstige", "to be"),
    "day_in_life": ("day", "dag", "day in the life", "dag uit het leven", "a day in the life"),
    "service_blueprint": ("blueprint", "service", "blauwdruk", "service blueprint"),
}


def show():
    """The numbered goals to match with a template."""
    return table([{t("exercises.col.goal"): t(f"exercises.templates.goal.{n}")} for n in GOALS])


def templates():
    """The four templates: id (what you type), name and description."""
    rows = [
        {
            t("exercises.col.template_id"): template_id,
            t("exercises.col.template"): spec.label(),
            t("exercises.col.description"): spec.description(),
        }
        for template_id, spec in frameworks.templates().items()
    ]
    return table(rows, number=None)


def resolve_template(ref: object) -> str | None:
    text = fold(ref)
    if not text:
        return None
    for template_id, spec in frameworks.templates().items():
        names = {fold(template_id)} | {fold(spec.label(lang)) for lang in LANGUAGES}
        names |= {fold(s) for s in _SHORT.get(template_id, ())}
        if text in names:
            return template_id
    return None


def _goal_number(key: object) -> int | None:
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        return key if key in GOALS else None
    text = fold(key).removeprefix("goal").removeprefix("doel").strip()
    return int(text) if text.isdigit() and int(text) in GOALS else None


def check(answer: object) -> Feedback:
    """Feedback on ``{1: "current_state", 2: ..., 5: ...}`` (ids or names, English or Dutch)."""
    fb = Feedback(t(TITLE))
    if not isinstance(answer, Mapping):
        return fb.no_answer("exercises.templates.expected_dict", got=type_name(answer), count=len(GOALS))
    chosen: dict[int, str] = {}
    for key, value in answer.items():
        number = _goal_number(key)
        if number is None:
            fb.wrong("exercises.templates.unknown_goal", value=short(key), count=len(GOALS))
            continue
        if is_blank(value):
            continue
        template_id = resolve_template(value)
        if template_id is None:
            fb.wrong(
                "exercises.templates.unknown_template",
                n=number,
                value=short(value),
                choices=", ".join(frameworks.templates()),
            )
            continue
        chosen[number] = template_id
    if not chosen and not fb.wrongs:
        fb.blank_answer("exercises.templates.nothing", count=len(GOALS))
        return fb.hint("exercises.templates.hint_start")

    for number, right in GOALS.items():
        pick = chosen.get(number)
        if pick is None:
            fb.todo("exercises.templates.goal_missing", n=number)
        elif pick == right:
            fb.right("exercises.templates.goal_right", n=number, template=frameworks.template(right).label())
        else:
            spec = frameworks.template(pick)
            fb.wrong(
                "exercises.templates.goal_wrong",
                n=number,
                template=spec.label(),
                description=spec.description(),
            )
            fb.hint(f"exercises.templates.why.{number}")
    return fb
