"""Drive the service blueprint editor as a participant would (click, type, choose)
and check the journey file on disk after each action, and the editor after the file
changed elsewhere."""

from __future__ import annotations

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.model import BlueprintStep, Journey
from journeykit_widgets.widgets import blueprint_editor


@pytest.fixture
def journey_file(tmp_path):
    journey = Journey.new("Blueprint test", language="en")
    journey.blueprint = [
        BlueprintStep(id="s-book", name="Book", phase="sell"),
        BlueprintStep(id="s-pay", name="Pay", phase="sell"),
    ]
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return path


def steps(path) -> list[BlueprintStep]:
    return store.load(path).blueprint


def names(path) -> list[str]:
    return [step.name for step in steps(path)]


def test_add_puts_a_step_after_the_selected_one_and_selects_it(journey_file):
    editor = blueprint_editor(journey_file)
    assert editor.selected == "s-book"
    editor.add_button.click()
    assert names(journey_file) == ["Book", "Step 3", "Pay"]
    new = steps(journey_file)[1]
    assert editor.selected == new.id and editor.form.inputs["name"].value == "Step 3"
    journey = store.load(journey_file)
    assert journey.revisions[-1].summary == "Service blueprint edited"


def test_every_field_typed_lands_in_the_file_on_its_step(journey_file):
    editor = blueprint_editor(journey_file)
    editor.select("s-pay")
    inputs = editor.form.inputs
    inputs["name"].value = "Pay online"
    inputs["phase"].value = "care"
    for i, lane in enumerate(
        ["physical_evidence", "customer_actions", "frontstage", "backstage", "support_processes"]
    ):
        inputs[lane].value = f"lane {i}"
    inputs["fail_point"].value = "Card refused"
    inputs["wait_time"].value = "1,5"  # a Dutch decimal comma
    inputs["wait_unit"].value = "hours"
    editor.flush_pending()
    step = steps(journey_file)[1]
    assert (step.id, step.name, step.phase) == ("s-pay", "Pay online", "care")
    assert [step.lane(lane) for lane in ("physical_evidence", "support_processes")] == ["lane 0", "lane 4"]
    assert (step.fail_point, step.wait_time, step.wait_unit) == ("Card refused", 1.5, "hours")
    assert steps(journey_file)[0].fail_point == ""  # nothing landed on the other step
    inputs["wait_time"].value = ""
    editor.flush_pending()
    assert steps(journey_file)[1].wait_time is None


@pytest.mark.parametrize(
    ("lang", "negative", "not_a_number"),
    [
        ("en", "a wait time cannot be negative, got -2", "must be a number, got 'soon'"),
        ("nl", "een wachttijd kan niet negatief zijn, maar is -2", "moet een getal zijn"),
    ],
)
def test_a_bad_wait_is_named_next_to_its_field_and_not_saved(journey_file, lang, negative, not_a_number):
    with i18n.language(lang):
        editor = blueprint_editor(journey_file)
        editor.form.inputs["wait_time"].value = "-2"
        editor.flush_pending()
        assert editor.form.error_text("wait_time").startswith(negative)
        editor.form.inputs["wait_time"].value = "soon"
        editor.flush_pending()
        assert not_a_number in editor.form.error_text("wait_time")
        editor.form.inputs["name"].value = ""
        editor.flush_pending()
        assert editor.form.error_text("name") == i18n.t("error.required")
    assert steps(journey_file)[0].wait_time is None and names(journey_file) == ["Book", "Pay"]


def test_move_and_delete_act_on_the_step_by_id_after_changes_elsewhere(journey_file):
    editor = blueprint_editor(journey_file)
    editor.select("s-pay")
    other = store.load(journey_file)  # another notebook puts a step in front
    other.blueprint.insert(0, BlueprintStep(id="s-search", name="Search"))
    store.save(other, journey_file)
    editor.left_button.click()
    assert names(journey_file) == ["Search", "Pay", "Book"]
    editor.right_button.click()
    editor.right_button.click()  # already last: nothing moves, nothing breaks
    assert names(journey_file) == ["Search", "Book", "Pay"]
    editor.delete_button.click()
    assert names(journey_file) == ["Search", "Book"]
    assert "Pay" in editor.status_text() and editor.selected == "s-book"  # its neighbour


def test_a_step_deleted_elsewhere_is_not_written_back(journey_file):
    editor = blueprint_editor(journey_file)
    editor.select("s-pay")
    other = store.load(journey_file)
    other.blueprint = [step for step in other.blueprint if step.id != "s-pay"]
    store.save(other, journey_file)
    editor.delete_button.click()
    assert names(journey_file) == ["Book"]  # not the step that happened to be next
    assert editor.selected is None and editor.fields.layout.display == "none"
    assert "Choose a step" in editor.empty.value


def test_a_second_editor_sees_the_first_ones_steps(journey_file):
    first, second = blueprint_editor(journey_file), blueprint_editor(journey_file)
    first.form.inputs["frontstage"].value = "Agent greets"
    first.flush_pending()
    second.refresh()
    assert second.form.inputs["frontstage"].value == "Agent greets"


def test_an_empty_blueprint_shows_a_hint_and_no_form(tmp_path):
    path = tmp_path / "blank.json"
    store.save(Journey.new("Blank"), path)
    editor = blueprint_editor(path)
    assert editor.fields.layout.display == "none" and editor.empty.layout.display == ""
    assert editor.delete_button.disabled
    editor.add_button.click()
    assert names(path) == ["Step 1"] and editor.fields.layout.display == ""


def test_labels_are_in_the_language_chosen_before_the_editor(journey_file):
    i18n.set_language("nl")  # as the notebooks do, in their first cell
    try:
        editor = blueprint_editor(journey_file)
        assert editor.add_button.description == "Stap toevoegen"
        assert editor.form.label_text("backstage") == "Backstage-acties"
        assert [label for label, _ in editor.form.inputs["wait_unit"].options] == ["minuten", "uur", "dagen"]
    finally:
        i18n.set_language("en")


def test_the_preview_draws_the_blueprint(journey_file):
    editor = blueprint_editor(journey_file)
    assert editor.flush()
    assert editor.last_error is None, editor.last_traceback
    assert bytes(editor.preview.image.value[:8]) == b"\x89PNG\r\n\x1a\n"


def test_a_keystroke_that_arrives_after_add_step_lands_on_the_step_it_was_typed_for(journey_file):
    """The page sends a text box's changes throttled (one waits while the previous is
    unanswered), a click at once: "Add step" can reach Python before the last
    keystrokes typed into the step shown. Those keystrokes belong to that step, not
    to the new one the form shows by then."""
    editor = blueprint_editor(journey_file)
    assert editor.selected == "s-book"
    typed_in = editor.form.inputs["fail_point"]
    editor.add_button.click()  # overtakes the keystroke
    new = editor.selected
    assert new not in ("s-book", "s-pay")
    typed_in.value = "Nobody answers the phone"  # the keystroke, late
    editor.flush_pending()
    by_id = {step.id: step for step in steps(journey_file)}
    assert by_id["s-book"].fail_point == "Nobody answers the phone"
    assert by_id[new].fail_point == ""
    # The form shows the new step in inputs of its own, still empty, and typing there
    # lands on the new step.
    assert editor.form.inputs["fail_point"] is not typed_in
    assert editor.form.inputs["fail_point"].value == ""
    editor.form.inputs["fail_point"].value = "Queue at the desk"
    editor.flush_pending()
    assert {step.id: step.fail_point for step in steps(journey_file)}[new] == "Queue at the desk"


def test_a_late_choice_in_the_step_shown_before_lands_on_that_step(journey_file):
    editor = blueprint_editor(journey_file)
    chosen_in = editor.form.inputs["phase"]
    editor.select("s-pay")  # a click in the list, before the choice arrived
    chosen_in.value = "care"
    editor.flush_pending()
    by_id = {step.id: step for step in steps(journey_file)}
    assert (by_id["s-book"].phase, by_id["s-pay"].phase) == ("care", "sell")
    assert editor.form.inputs["phase"].value == "sell"
