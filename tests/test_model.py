"""The journey model: what it accepts, and what it says about what it refuses."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from journeykit_widgets.i18n import language
from journeykit_widgets.model import (
    BuyingRole,
    Canvas,
    CanvasColumn,
    Goal,
    Journey,
    JourneyValidationError,
    Persona,
    Touchpoint,
    parse_journey,
    problems_from,
)


def _journey(**extra) -> Journey:
    journey = Journey.new("Airline campaign", **extra)
    journey.touchpoints = [
        Touchpoint(name="Banner", phase="touch", channel="advertising", emotion=1),
        Touchpoint(name="YouTube ad", phase="touch", channel="social_media", emotion=2),
        Touchpoint(name="Booking", phase="sell", channel="website", device="computer", emotion=3),
    ]
    return journey


def _problems(data) -> list[str]:
    with pytest.raises(JourneyValidationError) as info:
        parse_journey(data)
    return [str(p) for p in info.value.problems]


def test_new_journey_takes_its_phases_from_the_phase_model():
    journey = Journey.new("Veranda", phase_model="b2b_five", language="nl")
    assert journey.phase_ids == ["awareness", "interest", "consideration", "purchase", "service_loyalty"]
    assert journey.phases[0].label("nl") == "Bewustwording"
    assert journey.revisions[0].kind == "created"


def test_custom_phases_keep_their_own_names():
    journey = Journey.new("Own model", phases=["Orient", "Choose", "Use"])
    assert journey.phase_model == "custom"
    assert [p.label("nl") for p in journey.phases] == ["Orient", "Choose", "Use"]


def test_the_issue_example_message_in_english_and_dutch():
    data = _journey().model_dump(mode="json")
    data["touchpoints"][2]["emotion"] = 7
    assert _problems(data) == ["Touchpoint 3, emotion: must be between -3 and +3, got 7"]
    with language("nl"):
        assert _problems(data) == ["Contactpunt 3, emotie: moet tussen -3 en +3 liggen, maar is 7"]


def test_ratings_and_scores_name_their_own_range():
    data = _journey().model_dump(mode="json")
    data["touchpoints"][0]["importance"] = 0
    data["touchpoints"][1]["effort"] = 6
    assert _problems(data) == [
        "Touchpoint 1, importance to the customer: must be between 1 and 5, got 0",
        "Touchpoint 2, company effort: must be between 1 and 5, got 6",
    ]


def test_every_problem_is_reported_at_once_with_its_place():
    data = _journey().model_dump(mode="json")
    data["title"] = ""
    data["touchpoints"][0]["channel"] = "webiste"
    data["touchpoints"][1]["emotion"] = "very happy"
    problems = _problems(data)
    assert problems[0] == "title: is required and may not be empty"
    assert problems[1].startswith("Touchpoint 1, channel: unknown channel 'webiste'; choose one of: website")
    assert problems[2] == "Touchpoint 2, emotion: must be a whole number, got 'very happy'"


def test_a_touchpoint_in_an_unknown_phase_is_refused():
    data = _journey().model_dump(mode="json")
    data["touchpoints"][1]["phase"] = "aftercare"
    (problem,) = _problems(data)
    assert problem == (
        "Touchpoint 2, phase: unknown phase 'aftercare'; this journey's phases are: touch, tell, sell, care"
    )
    with language("nl"):
        assert _problems(data)[0].startswith("Contactpunt 2, fase: onbekende fase 'aftercare'")


def test_problem_knows_its_field_for_placing_a_message_next_to_it():
    data = _journey().model_dump(mode="json")
    data["touchpoints"][0]["emotion"] = -4
    with pytest.raises(JourneyValidationError) as info:
        parse_journey(data)
    (problem,) = info.value.problems
    assert problem.location == ("touchpoints", 0, "emotion")
    assert problem.field == "emotion"


def test_unknown_fields_are_refused_rather_than_silently_dropped():
    data = _journey().model_dump(mode="json")
    data["touchpoints"][0]["colour"] = "red"
    assert _problems(data) == ["Touchpoint 1, colour: is not a known field"]


def test_references_to_roles_must_exist():
    journey = _journey(phase_model="touch_tell_sell_care")
    journey.buying_group = [BuyingRole(id="cfo", name="CFO", kind="decision_maker")]
    data = journey.model_dump(mode="json")
    data["touchpoints"][0]["role"] = "cto"
    data["goals"] = [{"id": "g1", "phase": "tell", "text": "Compare prices", "role": "cfo"}]
    (problem,) = _problems(data)
    assert problem == "Touchpoint 1, role: unknown buying-group role 'cto'; known roles: cfo"


def test_duplicate_ids_are_refused():
    data = _journey().model_dump(mode="json")
    data["touchpoints"][1]["id"] = data["touchpoints"][0]["id"]
    assert _problems(data) == [f"Touchpoint 2, id: the id {data['touchpoints'][0]['id']!r} is used twice"]


def test_canvas_cells_are_keyed_by_the_journeys_phases():
    journey = Journey.new("Veranda", phase_model="b2b_five")
    journey.canvas().ideal["awareness"] = CanvasColumn(customer_process="Searches Pinterest", score=5)
    assert journey.canvas().column("ideal", "awareness").score == 5
    assert journey.canvas().column("current", "awareness").is_empty()
    data = journey.model_dump(mode="json")
    data["canvases"][0]["current"]["touch"] = {"score": 3}
    assert _problems(data)[0].startswith("Canvas 1, current situation, touch: unknown phase 'touch'")
    data["canvases"][0]["current"] = {"purchase": {"score": 9}}
    assert _problems(data) == [
        "Canvas 1, current situation, purchase, experience score: must be between 1 and 5, got 9"
    ]


def test_template_cells_must_be_rows_and_columns_of_the_template():
    journey = _journey()
    journey.template("service_blueprint").cells["why"] = {"normal_use": "It just works"}
    assert journey.revalidated().template("service_blueprint").cell("why", "normal_use") == "It just works"
    data = journey.model_dump(mode="json")
    data["templates"]["service_blueprint"]["cells"]["why"]["step_1"] = "x"
    assert "'step_1' is not a row or column of this template" in _problems(data)[0]
    data["templates"]["customer_360"] = {"cells": {}}
    assert any("unknown template 'customer_360'" in p for p in _problems(data))


def test_assignment_is_checked_at_once():
    touchpoint = Touchpoint(name="Chat", phase="tell", channel="chat")
    with pytest.raises(ValueError):
        touchpoint.emotion = 4
    assert touchpoint.emotion is None  # unchanged: a new card is not rated yet


def test_revalidated_catches_references_broken_by_assignment():
    journey = _journey()
    journey.touchpoints[0].phase = "nowhere"  # a valid id on its own
    with pytest.raises(ValueError, match="unknown phase 'nowhere'"):
        journey.revalidated()


def test_history_records_changes_and_reviews():
    journey = _journey()
    journey.record("Added booking touchpoint", author="Anna", changes=["touchpoints[3]"])
    journey.record("Checked with the sales team", author="Bas", kind="review")
    assert journey.last_review().author == "Bas"
    assert [r.kind for r in journey.revisions] == ["created", "change", "review"]


def test_json_round_trip_is_loss_free():
    journey = _journey()
    journey.personas = [Persona(name="Sanne", channels=["website", "app"], devices=["smartphone"])]
    journey.goals = [Goal(phase="tell", text="Know the luggage rules")]
    journey.canvases = [Canvas(ideal={"touch": CanvasColumn(experience="Pins saved", score=4)})]
    again = parse_journey(journey.model_dump(mode="json"))
    assert again == journey


def test_persona_channels_and_devices_come_from_the_catalogue():
    with pytest.raises(ValidationError) as info:
        Persona(name="Piet", devices=["fax"])
    (problem,) = problems_from(info.value)
    assert str(problem).startswith("preferred devices: unknown device 'fax'; choose one of: smartphone")


def test_in_map_order_is_phase_order_then_file_order_and_keeps_unknown_phases_last():
    """The one order of touchpoints on every map, table and exercise."""
    from journeykit_widgets.model import in_map_order

    blank = Journey.new("Order", phase_model="touch_tell_sell_care", language="en")
    # model_copy skips validation: in_map_order must cope with any journey in memory
    tps = [
        Touchpoint(id="care-1", name="Survey", phase="care"),
        Touchpoint(id="touch-1", name="Banner", phase="touch"),
        Touchpoint(id="care-2", name="Newsletter", phase="care"),
        Touchpoint(id="sell-1", name="Checkout", phase="sell", role="buyer"),
    ]
    journey = blank.model_copy(update={"touchpoints": tps})
    assert [tp.id for tp in in_map_order(journey)] == ["touch-1", "sell-1", "care-1", "care-2"]
    assert [tp.id for tp in in_map_order(journey, role="buyer")] == ["sell-1"]
    assert [tp.id for tp in in_map_order(journey, role="")] == ["touch-1", "care-1", "care-2"]
    # a phase the journey does not list (another tool wrote the file) comes last, not lost
    journey = journey.model_copy(update={"phases": journey.phases[:3]})
    assert [tp.id for tp in in_map_order(journey)][-2:] == ["care-1", "care-2"]
