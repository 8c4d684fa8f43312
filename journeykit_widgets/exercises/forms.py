"""What each exercise asks, as form fields: one small declaration per exercise.

A declaration lists the fields (a choice, a number, a short or a long text), says
how the values of the fields become the answer the exercise's ``check`` reads
(the same answer a participant could type as a Python dictionary), and gives the
values of the model answer. ``answer_form`` turns any declaration into widgets, so
no exercise has a hand-made form. Choices come from the exercise's journey and
are labelled in the active language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from journeykit_widgets.exercises import EXERCISES, exercise
from journeykit_widgets.exercises._common import load_journey
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, in_map_order

Kind = Literal["choice", "number", "text", "long_text"]
BLANK = ""  # the value of a choice nobody made yet

__all__ = ["BLANK", "Declaration", "Field", "declare"]


@dataclass(frozen=True)
class Field:
    """One input: ``key`` names its value, ``options`` are (label, value) pairs of a
    choice, ``low``/``high`` the range of a number, ``section`` a heading above it."""

    key: str
    kind: Kind
    label: str
    options: tuple[tuple[str, object], ...] = ()
    low: int | None = None
    high: int | None = None
    section: str = ""


@dataclass(frozen=True)
class Declaration:
    """An exercise as a form: its fields, how values become an answer, the check,
    and the values of the model answer."""

    exercise: str
    fields: tuple[Field, ...]
    assemble: Callable[[dict], object]
    check: Callable[[object], Feedback]
    model: Callable[[], dict]


def _choice(key: str, label: str, options, section: str = "") -> Field:
    return Field(key, "choice", label, (("—", BLANK), *options), section=section)


def _given(values: dict, key: str) -> object:
    return values.get(key, BLANK)


def _touchpoint_options(items) -> tuple[tuple[str, int], ...]:
    return tuple((f"{n} · {tp.name}", n) for n, tp in enumerate(items, 1))


def _phase_options(journey: Journey) -> tuple[tuple[str, str], ...]:
    return tuple((journey.phase_label(p), p) for p in journey.phase_ids)


def _grouped(values: dict, keys, groups) -> dict[str, list[int]]:
    """``{group: [numbers]}`` from one choice per numbered item (``key.n``)."""
    out: dict[str, list[int]] = {group: [] for group in groups}
    for n, key in enumerate(keys, 1):
        group = _given(values, key)
        if group != BLANK:
            out.setdefault(group, []).append(n)
    return out


# ----------------------------------------------------------------- the exercises
def _classify(journey) -> Declaration:
    from journeykit_widgets.exercises import classify_touchpoints as ex

    journey = load_journey(journey, ex.CASE)
    items = ex.numbered(journey)
    keys = [f"tp.{n}" for n in range(1, len(items) + 1)]
    fields = tuple(
        _choice(key, f"{n} · {tp.name}", _phase_options(journey))
        for n, (key, tp) in enumerate(zip(keys, items, strict=True), 1)
    )
    return Declaration(
        "classify_touchpoints",
        fields,
        lambda values: _grouped(values, keys, journey.phase_ids),
        lambda answer: ex.check(answer, journey),
        lambda: {key: tp.phase for key, tp in zip(keys, items, strict=True)},
    )


def _peak_end(journey) -> Declaration:
    from journeykit_widgets import analysis
    from journeykit_widgets.exercises import peak_end as ex

    # the sample's model answer explains its own ending; on your own journey a general reason
    why = "h9learner.model.peak_end.why" if journey is None else "h9learner.model.peak_end.why_own"
    journey = load_journey(journey, ex.CASE)
    items = in_map_order(journey)
    options = _touchpoint_options(items)
    names = ("peak", "low", "end", "improve")
    fields = tuple(_choice(name, t(f"h9learner.peak_end.{name}"), options) for name in names)
    fields += (Field("why", "text", t("h9learner.peak_end.why")),)

    def model() -> dict:
        result = analysis.peak_end(journey)
        gains = dict(zip((m.index for m in result.moments), result.gains, strict=True))
        best = max(gains, key=lambda index: (gains[index], index))  # a tie goes to the later moment
        return {
            "peak": result.peaks[0].index + 1,
            "low": result.lows[0].index + 1,
            "end": result.end.index + 1,
            "improve": best + 1,
            "why": t(why),
        }

    return Declaration(
        "peak_end",
        fields,
        lambda values: (
            {name: _given(values, name) or None for name in names} | {"why": _given(values, "why")}
        ),
        lambda answer: ex.check(answer, journey),
        model,
    )


def _gap(journey) -> Declaration:
    from journeykit_widgets.exercises import gap_analysis as ex

    journey = load_journey(journey, ex.CASE)
    items = in_map_order(journey)
    keys = [f"tp.{n}" for n in range(1, len(items) + 1)]
    quadrant = tuple((t(f"h9learner.gap.{q}"), q) for q in ("over", "under", "fine"))
    fields = tuple(
        _choice(key, f"{n} · {tp.name}", quadrant)
        for n, (key, tp) in enumerate(zip(keys, items, strict=True), 1)
    )

    def model() -> dict:
        found = ex.expected(journey)
        values = {key: "fine" for key in keys}
        for quadrant_id, short_id in (("over_investing", "over"), ("under_investing", "under")):
            for tp in found[quadrant_id]:
                values[keys[items.index(tp)]] = short_id
        return values

    def assemble(values: dict) -> dict:
        grouped = _grouped(values, keys, ("over", "under"))
        return {"over": grouped["over"], "under": grouped["under"]}

    return Declaration(
        "gap_analysis",
        fields,
        assemble,
        lambda answer: ex.check(answer, journey),
        model,
    )


_CANVAS_TEXTS = ("customer_process", "internal_process", "experience", "improvements")


def _canvas(journey) -> Declaration:
    from journeykit_widgets.exercises import buying_group_canvas as ex

    journey = load_journey(journey, ex.CASE)
    roles = tuple((role.name, role.name) for role in journey.buying_group)
    fields = (
        _choice("role", t("h9learner.canvas.role"), roles),
        _choice("phase", t("h9learner.canvas.phase"), _phase_options(journey)),
        *(Field(lane, "long_text", t(f"h9learner.canvas.{lane}")) for lane in _CANVAS_TEXTS[:3]),
        Field("score", "number", t("h9learner.canvas.score"), low=1, high=5),
        Field("improvements", "long_text", t("h9learner.canvas.improvements")),
    )

    def model() -> dict:
        role = next(r for r in journey.buying_group if r.kind == "purchaser")
        texts = {lane: t(f"h9learner.model.canvas.{lane}") for lane in _CANVAS_TEXTS}
        return {"role": role.name, "phase": "purchase_decision", "score": 2, **texts}

    return Declaration(
        "buying_group_canvas",
        fields,
        lambda values: {field.key: _given(values, field.key) for field in fields},
        lambda answer: ex.check(answer, journey),
        model,
    )


_ACTION_ROWS = 3
_MODEL_ACTION_PHASES = ("awareness", "purchase", "interest")


def _actions(journey) -> Declaration:
    from journeykit_widgets.exercises import action_points as ex

    journey = load_journey(journey, ex.CASE)
    fields: tuple[Field, ...] = ()
    for n in range(1, _ACTION_ROWS + 1):
        section = t("h9learner.actions.row", n=n)
        fields += (
            _choice(f"{n}.phase", t("h9learner.actions.phase"), _phase_options(journey), section),
            Field(f"{n}.action", "text", t("h9learner.actions.action")),
            Field(f"{n}.owner", "text", t("h9learner.actions.owner")),
        )

    def model() -> dict:
        values = {}
        for n, phase in enumerate(_MODEL_ACTION_PHASES, 1):
            values[f"{n}.phase"] = phase
            values[f"{n}.action"] = t(f"h9learner.model.actions.{n}.action")
            values[f"{n}.owner"] = t(f"h9learner.model.actions.{n}.owner")
        return values

    return Declaration(
        "action_points",
        fields,
        lambda values: [
            tuple(_given(values, f"{n}.{part}") for part in ("phase", "action", "owner"))
            for n in range(1, _ACTION_ROWS + 1)
        ],
        lambda answer: ex.check(answer, journey),
        model,
    )


def _templates(journey) -> Declaration:
    from journeykit_widgets import frameworks
    from journeykit_widgets.exercises import choose_template as ex

    options = tuple((spec.label(), template_id) for template_id, spec in frameworks.templates().items())
    fields = tuple(_choice(str(n), f"{n} · {t(f'exercises.templates.goal.{n}')}", options) for n in ex.GOALS)
    return Declaration(
        "choose_template",
        fields,
        lambda values: {n: _given(values, str(n)) for n in ex.GOALS},
        ex.check,
        lambda: {str(n): template for n, template in ex.GOALS.items()},
    )


def _evidence(journey) -> Declaration:
    from journeykit_widgets import frameworks
    from journeykit_widgets.exercises import evidence as ex
    from journeykit_widgets.model.evidence import CONFIDENCES

    sources = tuple((entry.label(), key) for key, entry in frameworks.evidence_sources().items())
    confidences = tuple((t(f"evidence.confidence.{c}"), c) for c in CONFIDENCES)
    fields: tuple[Field, ...] = ()
    for s in ex.STATEMENTS:
        section = f"{s.number} · {t(f'exercises_evidence.item.{s.number}')}"
        fields += (
            _choice(f"{s.number}.source", t("h9learner.evidence.source"), sources, section),
            _choice(f"{s.number}.confidence", t("h9learner.evidence.confidence"), confidences),
        )
    return Declaration(
        "evidence",
        fields,
        lambda values: {
            s.number: (_given(values, f"{s.number}.source"), _given(values, f"{s.number}.confidence"))
            for s in ex.STATEMENTS
        },
        ex.check,
        lambda: {
            **{f"{s.number}.source": s.source for s in ex.STATEMENTS},
            **{f"{s.number}.confidence": s.confidences[0] for s in ex.STATEMENTS},
        },
    )


def _lenses(journey) -> Declaration:
    from journeykit_widgets.exercises import peak_end_vs_mean as ex

    yes_no = ((t("h9learner.yes"), True), (t("h9learner.no"), False))
    fields: tuple[Field, ...] = ()
    for n in ex.LINES:
        section = f"{n} · {t(f'lens.ex9.story.{n}')}"
        fields += tuple(
            _choice(f"{n}.{q}", t(f"h9learner.lens.{q}"), yes_no, section if q == "differ" else "")
            for q in ex.QUESTIONS
        )
    return Declaration(
        "peak_end_vs_mean",
        fields,
        lambda values: {n: {q: _given(values, f"{n}.{q}") for q in ex.QUESTIONS} for n in ex.LINES},
        ex.check,
        lambda: {
            **{f"{n}.differ": ex.expected(n).disagree for n in ex.LINES},
            **{f"{n}.applies": ex.expected(n).applies for n in ex.LINES},
        },
    )


def _divergence(journey) -> Declaration:
    from journeykit_widgets import analysis
    from journeykit_widgets.exercises import buying_group_divergence as ex

    journey = load_journey(journey, ex.CASE)
    roles = tuple((role.name, role.id) for role in journey.buying_group)
    fields = (
        _choice("phase", t("h9learner.divergence.phase"), _phase_options(journey)),
        _choice("role", t("h9learner.divergence.role"), roles),
    )

    def model() -> dict:
        result = analysis.buying_group(journey)
        return {"phase": result.most_divergent[0], "role": result.lowest_role.role}

    return Declaration(
        "buying_group_divergence",
        fields,
        lambda values: {"phase": _given(values, "phase"), "role": _given(values, "role")},
        lambda answer: ex.check(answer, journey),
        model,
    )


def _blueprint(journey) -> Declaration:
    from journeykit_widgets.exercises import blueprint as ex
    from journeykit_widgets.frameworks.blueprint import blueprint_lanes

    journey = load_journey(journey, ex.CASE)
    numbered = ex.items(journey)
    lanes = tuple((entry.label(), lane) for lane, entry in blueprint_lanes().items())
    keys = [f"item.{n}" for n in range(1, len(numbered) + 1)]
    fields = tuple(
        _choice(key, f"{n} · {item.text} ({item.step})", lanes)
        for n, (key, item) in enumerate(zip(keys, numbered, strict=True), 1)
    )
    return Declaration(
        "blueprint_lines",
        fields,
        lambda values: _grouped(values, keys, [lane for _, lane in lanes]),
        lambda answer: ex.check(answer, journey),
        lambda: {key: item.lane for key, item in zip(keys, numbered, strict=True)},
    )


_DECLARE: dict[str, Callable[[object], Declaration]] = {
    "classify_touchpoints": _classify,
    "peak_end": _peak_end,
    "gap_analysis": _gap,
    "buying_group_canvas": _canvas,
    "action_points": _actions,
    "choose_template": _templates,
    "evidence": _evidence,
    "peak_end_vs_mean": _lenses,
    "buying_group_divergence": _divergence,
    "blueprint_lines": _blueprint,
}


def declare(name: str, journey: Journey | str | Path | None = None) -> Declaration:
    """The form of exercise ``name`` on ``journey`` (default: the exercise's sample),
    labelled in the active language."""
    if name not in _DECLARE:
        exercise(name)  # an unknown name raises the registry's KeyError
        raise KeyError(f"{name} has no form; forms exist for {', '.join(_DECLARE)}")
    return _DECLARE[name](journey)


assert set(_DECLARE) <= set(EXERCISES)
