"""A phase is named one way everywhere: ``Journey.phase_label`` is the one policy the
analyses, the exercises and the forms use. It speaks the active language and names a
phase the journey no longer has by its id (deleted in another notebook), where one
copy used to raise and the other to fall back."""

from __future__ import annotations

import ast
from pathlib import Path

from journeykit_widgets import i18n
from journeykit_widgets.exercises._common import phase_list
from journeykit_widgets.model import Journey

PACKAGE = Path(__file__).resolve().parent.parent / "journeykit_widgets"


def test_a_phase_is_named_in_the_active_language_and_a_missing_one_by_its_id():
    journey = Journey.new("Phases")
    with i18n.language("nl"):
        dutch = journey.phase_label("care")
    assert journey.phase_label("care") == "Care"
    assert dutch != "" and dutch == journey.phase("care").label("nl")
    assert journey.phase_label("gone-elsewhere") == "gone-elsewhere"


def test_the_exercises_name_phases_as_the_analyses_do():
    journey = Journey.new("Phases")
    assert phase_list(journey) == "Touch, Tell, Sell, Care"


def test_there_is_one_phase_label_in_the_package():
    found = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name == "phase_label"
    ]
    assert found == ["model/journey.py"]
