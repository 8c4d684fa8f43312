"""The canonical service blueprint in the model: old files load, bad input is named
by step and lane in the user's language, the vocabulary is complete in en and nl."""

from __future__ import annotations

import json

import pytest

from journeykit_widgets.frameworks.blueprint import (
    BLUEPRINT_LANE_IDS,
    blueprint_lanes,
    blueprint_lines,
    wait_units,
)
from journeykit_widgets.i18n import language
from journeykit_widgets.model import BlueprintStep, Journey, JourneyValidationError, parse_journey
from journeykit_widgets.samples import load_sample
from journeykit_widgets.store import to_json


def _data_with(steps: list[dict]) -> dict:
    data = json.loads(to_json(Journey.new("Trip")))
    data["blueprint"] = steps
    return data


def test_an_old_file_without_a_blueprint_loads_with_an_empty_one():
    data = json.loads(to_json(Journey.new("Trip")))
    del data["blueprint"]
    assert parse_journey(data).blueprint == []


def test_a_step_keeps_its_lanes_fail_point_and_wait():
    step = BlueprintStep(
        name="Pay", frontstage="Cashier", fail_point="Card refused", wait_time=5, wait_unit="hours"
    )
    assert step.lane("frontstage") == "Cashier"
    assert step.id.startswith("step-")
    assert step.has_wait and BlueprintStep(name="x", wait_time=0).has_wait is False


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Blueprint step 1, wait time: a wait time cannot be negative, got -2",
                "Blueprint step 1, unit of the wait time: must be one of",
                "Blueprint step 2, phase: unknown phase 'nowhere'",
                "Blueprint step 2, support processes: is too long",
            ],
        ),
        (
            "nl",
            [
                "Blauwdrukstap 1, wachttijd: een wachttijd kan niet negatief zijn, maar is -2",
                "Blauwdrukstap 1, eenheid van de wachttijd: moet een van",
                "Blauwdrukstap 2, fase: onbekende fase 'nowhere'",
                "Blauwdrukstap 2, ondersteunende processen: is te lang",
            ],
        ),
    ],
)
def test_bad_steps_are_named_by_step_and_lane_in_the_users_language(lang, expected):
    data = _data_with(
        [
            {"id": "s1", "name": "Book", "wait_time": -2, "wait_unit": "weeks"},
            {"id": "s2", "name": "Pay", "phase": "nowhere", "support_processes": "x" * 5001},
        ]
    )
    with language(lang), pytest.raises(JourneyValidationError) as caught:
        parse_journey(data)
    lines = [str(p) for p in caught.value.problems]
    assert len(lines) == 4, lines
    for line, start in zip(sorted(lines), sorted(expected), strict=True):
        assert line.startswith(start), (line, start)


def test_step_ids_must_be_unique():
    data = _data_with([{"id": "s1", "name": "A"}, {"id": "s1", "name": "B"}])
    with (
        language("en"),
        pytest.raises(JourneyValidationError, match="Blueprint step 2, id: the id 's1' is used twice"),
    ):
        parse_journey(data)


def test_the_vocabulary_has_five_lanes_three_lines_and_three_units_in_both_languages():
    assert tuple(blueprint_lanes()) == BLUEPRINT_LANE_IDS
    lines = blueprint_lines()
    assert [line.above for line in lines.values()] == ["customer_actions", "frontstage", "backstage"]
    assert [line.style for line in lines.values()] == ["solid", "dashed", "dotted"]
    for entry in [*blueprint_lanes().values(), *lines.values()]:
        assert entry.label("en") != entry.label("nl") and entry.description("en") and entry.description("nl")
    assert [wait_units()[u].label("nl") for u in ("minutes", "hours", "days")] == ["minuten", "uur", "dagen"]
    assert blueprint_lines()["visibility"].label("nl") == "Zichtbaarheidslijn"


@pytest.mark.parametrize("case", ["airline", "b2b_software", "veranda"])
def test_samples_have_a_blueprint_with_fail_points_and_waits(case):
    for lang in ("en", "nl"):
        steps = load_sample(case, lang).blueprint
        assert 4 <= len(steps) <= 6
        assert sum(bool(s.fail_point) for s in steps) >= 3
        assert sum(s.has_wait for s in steps) >= 3
        assert all(s.lane(lane) for s in steps for lane in BLUEPRINT_LANE_IDS)
