"""Exercises with feedback: each module has ``check(answer, ...)`` returning a
``Feedback`` (what is right, what is missing, a hint) in the active language.

Modules load on first use: ``from journeykit_widgets.exercises import peak_end``.
"""

from __future__ import annotations

from importlib import import_module

from journeykit_widgets.exercises._feedback import Feedback

__all__ = ["EXERCISES", "Feedback", "exercise"]

# Exercise id → module, in the order of the exercise notebooks.
EXERCISES: dict[str, str] = {
    "classify_touchpoints": "journeykit_widgets.exercises.classify_touchpoints",
    "peak_end": "journeykit_widgets.exercises.peak_end",
    "gap_analysis": "journeykit_widgets.exercises.gap_analysis",
    "buying_group_canvas": "journeykit_widgets.exercises.buying_group_canvas",
    "action_points": "journeykit_widgets.exercises.action_points",
    "choose_template": "journeykit_widgets.exercises.choose_template",
    "own_journey": "journeykit_widgets.exercises.own_journey",
    "evidence": "journeykit_widgets.exercises.evidence",
    "peak_end_vs_mean": "journeykit_widgets.exercises.peak_end_vs_mean",
    "buying_group_divergence": "journeykit_widgets.exercises.buying_group_divergence",
    "blueprint_lines": "journeykit_widgets.exercises.blueprint",
}


def exercise(name: str):
    """The module of an exercise by its id."""
    return import_module(EXERCISES[name])
