"""The action list editor, the comparison panel of step 6 and the scenario and
expectations in the goals editor, driven as a participant would (set values,
click buttons), checking the journey file on disk after each change."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets import action_changes_panel, actions_editor, goals_editor


@pytest.fixture
def journey_file(tmp_path):
    journey = Journey.new("Airline test", language="en")
    for i, (name, phase, emotion, importance, effort) in enumerate(
        [
            ("Banner", "touch", 1, 2, 5),  # over-invested: "reduce"
            ("YouTube ad", "tell", 2, 3, 3),
            ("Booking form", "sell", -2, 5, 2),  # under-invested, and the low point
            ("Thank-you card", "care", 3, 3, 3),
        ]
    ):
        journey.touchpoints.append(
            Touchpoint(
                id=f"tp-{i}", name=name, phase=phase, emotion=emotion, importance=importance, effort=effort
            )
        )
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return path


def on_disk(path) -> Journey:
    return store.load(path)


def suggestion_keys(editor) -> list[str]:
    return [key for _, key in editor.suggestions.options]


# ------------------------------------------------------------------ editor
def test_the_source_filter_counts_and_narrows_the_suggestions(journey_file):
    editor = actions_editor(journey_file)
    assert [label for label, _ in editor.source.options] == [
        "All sources (4)",
        "Peak–end (1)",
        "Gap (2)",
        "Assumption (1)",
    ]
    editor.source.value = "gap"
    assert suggestion_keys(editor) == ["gap:invest:tp-2", "gap:reduce:tp-0"]
    editor.suggestions.value = "gap:invest:tp-2"
    editor.adopt_button.click()
    assert suggestion_keys(editor) == ["gap:reduce:tp-0"]
    assert editor.source.options[2][0] == "Gap (1)"
    editor.suggestions.value = "gap:reduce:tp-0"
    editor.adopt_button.click()
    # The source ran out: all sources are shown again.
    assert editor.source.value == "" and suggestion_keys(editor) == [
        "peak_end:fix_low:tp-2",
        "assumption:touchpoint:tp-2",
    ]


def test_adopt_a_suggestion_then_set_owner_status_phase_and_due(journey_file):
    editor = actions_editor(journey_file)
    assert suggestion_keys(editor) == [
        "peak_end:fix_low:tp-2",
        "gap:invest:tp-2",
        "gap:reduce:tp-0",
        "assumption:touchpoint:tp-2",  # importance 5, no evidence recorded
    ]
    editor.suggestions.value = "gap:invest:tp-2"
    editor.adopt_button.click()
    journey = on_disk(journey_file)
    assert [a.origin_key for a in journey.actions] == ["gap:invest:tp-2"]
    action = journey.actions[0]
    assert editor.selected == action.id and editor.form.inputs["text"].value == action.text
    assert "gap:invest:tp-2" not in suggestion_keys(editor)  # adopted: offered no more
    assert journey.revisions[-1].summary == "Action list edited"

    editor.form.inputs["owner"].value = "E-commerce"
    editor.form.inputs["status"].value = "doing"
    editor.form.inputs["phase"].value = ""  # the journey as a whole
    editor.form.inputs["due"].value = "2026-06-30"
    saved = on_disk(journey_file).action(action.id)
    assert (saved.owner, saved.status, saved.phase, saved.due) == (
        "E-commerce",
        "doing",
        "",
        date(2026, 6, 30),
    )
    assert (
        editor.list.options[0][0].startswith("[doing]")
        and "E-commerce · 2026-06-30" in editor.list.options[0][0]
    )
    assert editor.count.value == "1 in the list: 0 open, 1 doing, 0 done"
    editor.form.inputs["due"].value = ""
    assert on_disk(journey_file).action(action.id).due is None


def test_a_bad_due_date_or_empty_text_is_shown_next_to_the_field_and_not_saved(journey_file):
    i18n.set_language("nl")
    editor = actions_editor(journey_file)
    editor.own_text.value = "Vijf klanten bellen"
    editor.add_button.click()
    action_id = editor.selected
    before = journey_file.read_text("utf-8")
    editor.form.inputs["due"].value = "31-02-2026"
    assert editor.form.error_text("due") == (
        "de dag ‘31-02-2026’ bestaat niet; schrijf een datum zoals 2026-12-31"
        " (31-12-2026, 31/12/2026 en 2026/12/31 worden ook gelezen, dag vóór maand)"
    )
    editor.form.inputs["text"].value = ""
    assert editor.form.error_text("text") == i18n.t("error.required")
    assert journey_file.read_text("utf-8") == before
    assert on_disk(journey_file).action(action_id).text == "Vijf klanten bellen"


def test_own_action_needs_text_and_lands_with_origin_own(journey_file):
    editor = actions_editor(journey_file)
    editor.add_button.click()
    assert on_disk(journey_file).actions == [] and "Write the action first" in editor.status_text()
    editor.own_text.value = "<script>alert(1)</script>"
    editor.add_button.click()
    action = on_disk(journey_file).actions[0]
    assert (action.origin, action.text, action.status) == ("own", "<script>alert(1)</script>", "open")
    assert editor.own_text.value == ""
    assert "<script>" not in editor.status.value and "<script>" not in editor.origin.value


def test_delete_by_id_and_undo_after_another_notebook_added_one(journey_file):
    editor = actions_editor(journey_file)
    for text in ("First", "Second"):
        editor.own_text.value = text
        editor.add_button.click()
    second = on_disk(journey_file).actions[1].id
    editor.choose(on_disk(journey_file).actions[0].id)
    # Meanwhile another notebook puts an action in front of them.
    store.edit(
        journey_file, lambda j: j.actions.insert(0, j.actions[0].model_copy(update={"id": "act-x"})), "x"
    )
    editor.delete_button.click()
    assert [a.text for a in on_disk(journey_file).actions] == ["First", "Second"]  # act-x, a copy, stays
    assert [a.id for a in on_disk(journey_file).actions] == ["act-x", second]
    assert "Undo" in editor.status_text() and not editor.undo_button.disabled
    editor.undo_button.click()
    assert [a.text for a in on_disk(journey_file).actions] == ["First", "First", "Second"]
    assert on_disk(journey_file).actions[1].id == editor.selected  # back after the one it followed
    assert editor.undo_button.disabled


def test_adopting_in_two_editors_keeps_one_action(journey_file):
    first = actions_editor(journey_file)
    first.suggestions.value = "gap:reduce:tp-0"
    # A second notebook (its own session, as in another kernel) chose the same suggestion.
    from journeykit_widgets.widgets._session import JourneySession
    from journeykit_widgets.widgets.actions import ActionsEditor

    second = ActionsEditor(JourneySession(journey_file))
    second.suggestions.value = "gap:reduce:tp-0"
    first.adopt_button.click()
    second.adopt_button.click()  # finds it adopted in the file: selects it, adds nothing
    actions = on_disk(journey_file).actions
    assert [a.origin_key for a in actions] == ["gap:reduce:tp-0"]
    assert second.selected == actions[0].id and "already" in second.status_text()
    second.adopt_button.click()  # nothing chosen any more: it says so, and adds nothing
    assert "Choose a suggestion" in second.status_text() and len(on_disk(journey_file).actions) == 1


def test_typing_waits_in_a_kernel_and_a_click_saves_it_first(journey_file):
    async def run():
        editor = actions_editor(journey_file)
        editor.own_text.value = "Call customers"
        editor.add_button.click()
        while editor.pending.waiting:
            await asyncio.sleep(0.01)
        action_id = editor.selected
        editor.form.inputs["owner"].value = "Ann"
        assert on_disk(journey_file).action(action_id).owner == ""  # debounced: not yet
        editor.add_button.click()  # any click saves the typing first (here: nothing to add)
        while editor.pending.waiting:
            await asyncio.sleep(0.01)
        return action_id

    action_id = asyncio.run(run())
    assert on_disk(journey_file).action(action_id).owner == "Ann"


def test_the_action_editor_speaks_the_language_chosen_before_it(journey_file):
    from journeykit_widgets import i18n

    i18n.set_language("nl")  # as the notebooks do, in their first cell
    try:
        editor = actions_editor(journey_file)
        assert editor.adopt_button.description == "Overnemen als actie"
        assert [label for label, _ in editor.form.inputs["status"].options] == ["open", "bezig", "klaar"]
        assert editor.suggestions.options[0][0].startswith("Piek-eind · Sell — Verhelp het dieptepunt")
    finally:
        i18n.set_language("en")


# -------------------------------------------------------------- comparison
def test_changes_panel_compares_with_the_version_before_the_last_review(journey_file):
    editor = actions_editor(journey_file)
    for text in ("Keep", "Drop"):
        editor.own_text.value = text
        editor.add_button.click()
    keep, drop = (a.id for a in on_disk(journey_file).actions)
    store.edit(journey_file, lambda j: None, "Reviewed with the team", kind="review")
    panel = action_changes_panel(journey_file)
    assert "The action list is the same as in" in panel.result.value
    editor.choose(keep)
    editor.form.inputs["status"].value = "done"
    editor.form.inputs["owner"].value = "Ann"
    editor.choose(drop)
    editor.delete_button.click()
    panel.refresh()
    text = panel.result.value
    assert "1 removed, 1 status change and 1 new owner. 1 action done since then." in text
    assert text.count("<tr>") == 4  # header + three changes
    assert "removed" in text and "Drop" in text and "Ann" in text


def test_changes_panel_compares_with_a_second_file(journey_file, tmp_path):
    other = tmp_path / "other.json"
    journey = on_disk(journey_file)
    journey.actions.clear()
    store.save(journey, other)
    editor = actions_editor(journey_file)
    editor.own_text.value = "New here"
    editor.add_button.click()
    panel = action_changes_panel(journey_file)
    panel.other.value = "other.json"  # relative to the journey's folder
    assert "Since other.json: 1 added." in panel.result.value


# ------------------------------------------------------------------ goals
def test_goals_editor_saves_scenario_and_expectations(journey_file):
    editor = goals_editor(journey_file)
    editor.situation.inputs["scenario"].value = "Moving house in May"
    editor.situation.inputs["expectations"].value = "An honest price"
    journey = on_disk(journey_file)
    assert (journey.scenario, journey.expectations) == ("Moving house in May", "An honest price")
    assert journey.revisions[-1].summary == "Scenario and expectations edited"
    assert any("expectations" in change for change in journey.revisions[-1].changes)
    editor.situation.inputs["scenario"].value = "x" * 5001
    assert editor.situation.error_text("scenario") == "is too long: at most 5000 characters"
    assert on_disk(journey_file).scenario == "Moving house in May"
    # a change from elsewhere shows in a box the person has not typed into
    store.edit(journey_file, lambda j: setattr(j, "expectations", "Seats together"), "x")
    editor.refresh()
    assert editor.situation.inputs["expectations"].value == "Seats together"
