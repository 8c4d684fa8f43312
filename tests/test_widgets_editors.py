"""Drive every editor as a participant would (set values, click buttons) and
check the journey file on disk after each change."""

from __future__ import annotations

import asyncio
import json
import re
import threading

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.model import BlueprintStep, Journey, Touchpoint
from journeykit_widgets.widgets import (
    blueprint_editor,
    buying_group_editor,
    goals_editor,
    persona_editor,
    priority_editor,
    review_panel,
    template_editor,
)

NASTY = ["<script>alert('x')</script>", "<b>bold</b>", "{{ journey.title }}"]


@pytest.fixture
def journey_file(tmp_path):
    journey = Journey.new("Airline test", language="en")
    for i, (name, phase, emotion) in enumerate(
        [
            ("Banner", "touch", 1),
            ("YouTube ad", "tell", 2),
            ("Booking form", "sell", -2),
            ("Thank-you card", "care", 3),
        ]
    ):
        journey.touchpoints.append(Touchpoint(id=f"tp-{i}", name=name, phase=phase, emotion=emotion))
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return path


def on_disk(path) -> Journey:
    return store.load(path)


def click(button) -> None:
    button.click()


# ------------------------------------------------------- every form alike
# The touchpoints themselves are edited on the board (tests/test_board*.py); these
# tests drive the service blueprint form, whose steps are a list with a form as
# every other form's items are, for what all forms share.
def with_step(path, name="Check in") -> str:
    store.edit(path, lambda j: j.blueprint.append(BlueprintStep(id="s-1", name=name)), "step")
    return "s-1"


def test_user_text_round_trips_literally_and_is_escaped_in_html(journey_file):
    with_step(journey_file)
    editor = blueprint_editor(journey_file)
    for text in NASTY:
        click(editor.add_button)
        editor.form.inputs["name"].value = text
        editor.form.inputs["frontstage"].value = text
    saved = on_disk(journey_file).blueprint[-3:]
    assert [step.name for step in saved] == NASTY
    assert [step.frontstage for step in saved] == NASTY
    raw = json.loads(journey_file.read_text("utf-8"))
    assert [step["name"] for step in raw["blueprint"][-3:]] == NASTY
    editor.select(saved[0].id)
    assert editor.form.inputs["name"].value == NASTY[0]
    assert "<script>" not in editor.status.value
    store.edit(journey_file, lambda j: setattr(j.touchpoint("tp-1"), "name", NASTY[1]), "rename")
    priority = priority_editor(journey_file)
    assert "<b>bold" not in priority.ranking.value and "&lt;b&gt;bold&lt;/b&gt;" in priority.ranking.value
    review = review_panel(journey_file)
    assert "<b>bold" not in review.changes.value and "&lt;b&gt;bold" in review.changes.value


def test_callback_errors_are_shown_in_the_editor_not_raised(journey_file, monkeypatch):
    editor = blueprint_editor(journey_file)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(editor.session, "apply", broken)
    click(editor.add_button)  # must not raise
    assert "Something went wrong" in editor.status_text()
    assert "RuntimeError: disk on fire" in editor.status_text()
    assert isinstance(editor.last_error, RuntimeError)
    assert "disk on fire" in editor.last_traceback


def test_a_preview_that_fails_says_the_data_is_safe(journey_file, monkeypatch):
    step = with_step(journey_file)
    editor = blueprint_editor(journey_file)
    monkeypatch.setattr(editor.preview, "_draw", lambda: 1 / 0)
    editor.select(step)
    editor.form.inputs["backstage"].value = "Sales"
    editor.flush()  # must not raise
    assert "preview could not be drawn" in editor.status_text()
    assert "ZeroDivisionError" in editor.status_text()
    assert on_disk(journey_file).step(step).backstage == "Sales"


def test_a_broken_file_on_disk_is_reported_in_plain_words(journey_file):
    editor = blueprint_editor(journey_file)
    journey_file.write_text("{ not json", "utf-8")
    click(editor.add_button)
    assert "could not be read" in editor.status_text()
    assert str(journey_file.name) in editor.status_text()


def test_change_made_elsewhere_is_reloaded_not_overwritten(journey_file):
    editor = blueprint_editor(journey_file)
    with_step(journey_file, "Added by the CLI")
    click(editor.add_button)
    names = [step.name for step in on_disk(journey_file).blueprint]
    assert names == ["Added by the CLI", "Step 2"]
    assert [label for label, _ in editor.steps.options] == ["1. Added by the CLI", "2. Step 2"]


def test_forms_and_the_board_on_the_same_file_see_each_others_changes(journey_file):
    from journeykit_widgets.widgets.board import JourneyBoard

    priority = priority_editor(journey_file)
    board = JourneyBoard(journey_file)
    assert board.perform({"op": "add", "id": "tp-new", "name": "Loyalty points", "phase": "care"})["ok"]
    assert any("Loyalty points" in label for label, _ in priority.list.select.options)


def test_opening_a_missing_file_creates_it_from_a_sample_or_blank(tmp_path):
    editor = priority_editor(tmp_path / "new" / "mine.json", sample="airline")
    assert (tmp_path / "new" / "mine.json").exists()
    assert len(editor.journey.touchpoints) > 0
    blank = priority_editor(tmp_path / "blank.json", language="nl")
    assert store.load(tmp_path / "blank.json").language == "nl"
    assert blank.journey.touchpoints == []


# --------------------------------------------------------------------- steps
def test_persona_editor_adds_renames_and_validates(journey_file):
    editor = persona_editor(journey_file)
    assert editor.form_box.layout.display == "none"  # nothing to edit yet
    click(editor.add_button)
    assert on_disk(journey_file).personas[0].name == "New persona 1"
    editor.form.inputs["name"].value = "Sanne, 34"
    editor.form.inputs["channels"].value = ("website", "chat")
    persona = on_disk(journey_file).personas[0]
    assert persona.name == "Sanne, 34" and persona.channels == ["website", "chat"]
    editor.form.inputs["name"].value = ""
    assert editor.form.error_text("name") == "is required and may not be empty"
    assert on_disk(journey_file).personas[0].name == "Sanne, 34"
    click(editor.remove_button)
    assert on_disk(journey_file).personas == []
    click(editor.undo_button)
    assert on_disk(journey_file).personas[0].name == "Sanne, 34"


def test_buying_group_roles_add_rename_remove(journey_file):
    editor = buying_group_editor(journey_file)
    click(editor.add_button)
    click(editor.add_button)
    roles = on_disk(journey_file).buying_group
    assert [r.name for r in roles] == ["New role 1", "New role 2"]
    editor.items.value = roles[1].id
    editor.form.inputs["name"].value = "IT manager"
    editor.form.inputs["kind"].value = "decision_maker"
    editor.form.inputs["interests"].value = "Security, single sign-on"
    role = on_disk(journey_file).buying_group[1]
    assert (role.name, role.kind, role.interests) == (
        "IT manager",
        "decision_maker",
        "Security, single sign-on",
    )
    # a role in use by a touchpoint cannot be removed
    store.edit(journey_file, lambda j: setattr(j.touchpoint("tp-0"), "role", role.id), "role")
    assert on_disk(journey_file).touchpoint("tp-0").role == role.id
    editor.items.value = role.id
    click(editor.remove_button)
    assert "still used by 1" in editor.status_text()
    assert len(on_disk(journey_file).buying_group) == 2
    editor.items.value = roles[0].id
    click(editor.remove_button)
    assert [r.name for r in on_disk(journey_file).buying_group] == ["IT manager"]


def test_goals_per_phase_one_per_line(journey_file):
    editor = goals_editor(journey_file)
    editor.areas["sell"].value = "Book quickly\n\n  Pay with iDEAL  \n"
    goals = on_disk(journey_file).goals
    assert [(g.phase, g.text) for g in goals] == [("sell", "Book quickly"), ("sell", "Pay with iDEAL")]
    first_id = goals[0].id
    editor.areas["sell"].value = "Book in two minutes\nPay with iDEAL"
    goals = on_disk(journey_file).goals
    assert goals[0].id == first_id and goals[0].text == "Book in two minutes"


def test_goal_keeps_its_evidence_when_reworded_and_when_another_line_goes(journey_file):
    editor = goals_editor(journey_file)
    editor.areas["sell"].value = "Book quickly\nPay with iDEAL\nGet a receipt"
    ids = [g.id for g in on_disk(journey_file).goals]
    assert [row.key for row in _shown_rows(editor.evidence)] == ids
    assert [_row_name(row) for row in _shown_rows(editor.evidence)] == [
        "Sell: Book quickly",
        "Sell: Pay with iDEAL",
        "Sell: Get a receipt",
    ]
    form = editor.evidence.row(ids[1])
    form.inputs["evidence_source"].value = "interview"
    form.inputs["evidence_reference"].value = "Six of eight pay with iDEAL"
    form.inputs["evidence_confidence"].value = "high"
    goal = on_disk(journey_file).goals[1]
    assert (goal.evidence.source, goal.evidence.reference, goal.evidence.confidence) == (
        "interview",
        "Six of eight pay with iDEAL",
        "high",
    )
    # The first line goes: the iDEAL goal keeps its id and evidence, the receipt gets none.
    editor.areas["sell"].value = "Pay with iDEAL\nGet a receipt"
    goals = on_disk(journey_file).goals
    assert [g.id for g in goals] == ids[1:]
    assert goals[0].evidence.source == "interview" and goals[1].evidence.is_empty()
    assert [row.key for row in _shown_rows(editor.evidence)] == ids[1:]
    # Reworded in place: same goal, same evidence, same inputs.
    editor.areas["sell"].value = "Pay with iDEAL or a card\nGet a receipt"
    goals = on_disk(journey_file).goals
    assert goals[0].id == ids[1] and goals[0].evidence.reference == "Six of eight pay with iDEAL"
    assert editor.evidence.row(ids[1]) is form
    assert form.inputs["evidence_source"].value == "interview"
    assert _row_name(editor.evidence.rows[ids[1]]) == "Sell: Pay with iDEAL or a card"


def _shown_rows(panel):
    by_widget = {row.widget: row for row in panel.rows.values()}
    return [by_widget[child] for child in panel.table.children]


def _row_name(row) -> str:
    return re.sub(r"<[^>]+>", "", row.name.value)


def test_goal_evidence_typed_for_one_goal_never_lands_on_the_next(journey_file):
    editor = goals_editor(journey_file)
    editor.areas["sell"].value = "Book quickly\nPay with iDEAL"
    first, second = (g.id for g in on_disk(journey_file).goals)
    panel = editor.evidence
    # As in a kernel: the typing waits for the pause while the next goal's source is chosen.
    waiting = []
    panel.row(first).pending.push = lambda key, action: waiting.append(action)
    panel.row(first).inputs["evidence_reference"].value = "Analytics: 40 % leave at the form"
    del panel.row(first).pending.push
    panel.row(second).inputs["evidence_source"].value = "survey"
    for action in waiting:
        action()
    goals = {g.id: g for g in on_disk(journey_file).goals}
    assert goals[first].evidence.reference == "Analytics: 40 % leave at the form"
    assert goals[first].evidence.source == ""
    assert goals[second].evidence.reference == "" and goals[second].evidence.source == "survey"


def test_goal_evidence_rows_head_the_field_names_once(journey_file):
    editor = goals_editor(journey_file)
    editor.areas["sell"].value = "Book quickly\nPay with iDEAL"
    first, second = _shown_rows(editor.evidence)
    assert first.form.labels["evidence_source"].layout.display == ""
    assert second.form.labels["evidence_source"].layout.display == "none"
    # The first goal goes: the second row now heads the table.
    editor.areas["sell"].value = "Pay with iDEAL"
    (only,) = _shown_rows(editor.evidence)
    assert only is second and only.form.labels["evidence_source"].layout.display == ""


def test_goal_evidence_for_a_goal_deleted_elsewhere_names_it_in_dutch(journey_file):
    i18n.set_language("nl")
    try:
        editor = goals_editor(journey_file)
        editor.areas["sell"].value = "Snel boeken"
        (goal,) = on_disk(journey_file).goals
        row = editor.evidence.row(goal.id)
        other = goals_editor(journey_file)
        other.areas["sell"].value = ""
        assert on_disk(journey_file).goals == []
        # The source was chosen before this notebook saw the deletion.
        row.inputs["evidence_source"].value = "interview"
        assert (
            editor.status_text()
            == "“Sell: Snel boeken” is in een ander notebook verwijderd; er is niets gewijzigd."
        )
        assert on_disk(journey_file).goals == []
    finally:
        i18n.set_language("en")


def test_priority_editor_rates_and_ranks(journey_file):
    editor = priority_editor(journey_file)
    editor.list.choose("tp-1")
    editor.form.inputs["importance"].value = 5
    editor.form.inputs["effort"].value = 1
    tp = on_disk(journey_file).touchpoint("tp-1")
    assert (tp.importance, tp.effort) == (5, 1)
    first_row = editor.ranking.value.split("<tbody>")[1].split("</tr>")[0]
    assert "YouTube ad" in first_row and "invest more" in first_row


def test_review_panel_lists_changes_and_marks_reviewed(journey_file):
    from journeykit_widgets.widgets.board import JourneyBoard

    JourneyBoard(journey_file).perform({"op": "set", "id": "tp-0", "field": "owner", "value": "Marketing"})
    panel = review_panel(journey_file)
    assert "owner / team" in panel.changes.value
    panel.author.value = "Trainer"
    panel.note.value = "Checked with the team"
    click(panel.mark_button)
    last = on_disk(journey_file).revisions[-1]
    assert (last.kind, last.author, last.summary) == ("review", "Trainer", "Checked with the team")
    assert "Nothing changed" in panel.changes.value
    assert "Trainer" in panel.last.value


def test_template_editor_fills_cells_of_each_template(journey_file):
    editor = template_editor(journey_file, "day_in_life")
    (row, column) = next(iter(editor.cells))
    editor.cells[(row, column)].value = "Checks e-mail on the train"
    assert on_disk(journey_file).templates["day_in_life"].cell(row, column) == "Checks e-mail on the train"
    editor.template.value = "service_blueprint"
    assert len(editor.cells) == 4 * 5
    editor.template.value = "day_in_life"
    assert editor.cells[(row, column)].value == "Checks e-mail on the train"
    editor.cells[(row, column)].value = ""
    assert on_disk(journey_file).templates["day_in_life"].cells == {}


# ------------------------------------------------------------------- preview
def test_preview_draws_a_png_after_a_change(journey_file):
    editor = priority_editor(journey_file)
    assert editor.flush()
    assert editor.last_error is None, editor.last_traceback
    assert bytes(editor.preview.image.value[:8]) == b"\x89PNG\r\n\x1a\n"
    first = editor.preview.image.value
    editor.list.choose("tp-0")
    editor.form.inputs["importance"].value = 5
    assert editor.preview.pending
    assert editor.flush()
    assert bytes(editor.preview.image.value) != bytes(first)
    assert not editor.flush()  # nothing pending any more


def test_preview_redraws_are_debounced_on_the_event_loop(journey_file):
    editor = priority_editor(journey_file)
    editor.flush()
    calls = []
    editor.preview._draw = lambda: calls.append(1)  # count draws, independent of the renderer
    editor.preview.delay = 0.5  # far longer than the burst, even on a loaded machine
    preview = editor.preview

    async def burst():
        for _ in range(5):
            preview.request()
            await asyncio.sleep(0.005)
        # Until nothing is pending or scheduled any more: then no other draw can come.
        for _ in range(3000):
            if calls and not preview.pending and preview._handle is None:
                return
            await asyncio.sleep(0.01)

    asyncio.run(burst())
    assert len(calls) == 1


def test_background_draw_lands_in_the_image_and_stale_results_are_dropped(journey_file):
    from matplotlib.figure import Figure

    from journeykit_widgets import render

    editor = priority_editor(journey_file)
    preview = editor.preview
    preview.delay = 0.01
    sizes = iter([(2, 1), (3, 1)])

    def small_figure():
        figure = Figure(figsize=next(sizes), dpi=50)
        figure.add_subplot().plot([0, 1], [1, 0])
        return render.figure_png(figure, 50)  # a preview draws PNG bytes

    # The first draw waits until the test has made it outdated, so the order of
    # events does not depend on how busy the machine is.
    started, release = threading.Event(), threading.Event()

    def held_figure():
        started.set()
        release.wait(10)
        return small_figure()

    preview._draw = held_figure
    delivered: list[int] = []
    deliver = preview._deliver

    def recording_deliver(done, generation, start):
        delivered.append(generation)
        deliver(done, generation, start)

    preview._deliver = recording_deliver

    async def two_changes():
        preview.request()
        while not started.is_set():  # the first draw is under way …
            await asyncio.sleep(0.01)
        preview._generation += 1  # … when a newer change makes it outdated
        release.set()
        for _ in range(1000):  # until the worker hands the picture back
            if delivered:
                return
            await asyncio.sleep(0.01)

    before = preview.draw_count
    asyncio.run(two_changes())
    assert delivered, "the worker never handed the picture back"
    assert preview.draw_count == before  # the outdated picture was not shown
    preview._draw = small_figure
    asyncio.run(_draw_once(preview, before))
    assert preview.draw_count == before + 1
    assert bytes(preview.image.value[:4]) == b"\x89PNG"
    assert preview.image.layout.display == ""


async def _draw_once(preview, before: int = 0):
    preview.request()
    for _ in range(500):
        await asyncio.sleep(0.02)
        if preview.draw_count > before and not preview.pending:
            return
