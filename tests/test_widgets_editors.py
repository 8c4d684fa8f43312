"""Drive every editor as a participant would (set values, click buttons) and
check the journey file on disk after each change."""

from __future__ import annotations

import asyncio
import json
import threading

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets import (
    buying_group_editor,
    canvas_editor,
    flow_editor,
    goals_editor,
    language_switch,
    persona_editor,
    priority_editor,
    review_panel,
    template_editor,
    touchpoint_editor,
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


# ---------------------------------------------------------------- touchpoints
def test_add_touchpoint_is_saved_with_a_revision(journey_file):
    editor = touchpoint_editor(journey_file)
    editor.form.inputs["name"].value = "Chat with support"
    editor.form.inputs["phase"].value = "care"
    editor.form.inputs["channel"].value = "chat"
    editor.form.inputs["emotion"].value = -1
    click(editor.add_button)
    journey = on_disk(journey_file)
    added = journey.touchpoints[-1]
    assert (added.name, added.phase, added.channel, added.emotion) == (
        "Chat with support",
        "care",
        "chat",
        -1,
    )
    assert added.direct is True and added.importance == 3  # model defaults, not widget defaults
    assert journey.revisions[-1].summary == "Touchpoints edited"
    assert "Chat with support" in journey.revisions[-1].changes[0]
    assert any("Chat with support" in label for label, _ in editor.list.select.options)
    assert "added" in editor.status_text()
    # the form is ready for the next one, keeping the phase
    assert editor.form.inputs["name"].value == "" and editor.form.inputs["phase"].value == "care"


def test_invalid_touchpoint_shows_message_next_to_field_and_is_not_saved(journey_file):
    before = journey_file.read_text("utf-8")
    editor = touchpoint_editor(journey_file)
    editor.form.inputs["name"].value = "   "[:0]
    click(editor.add_button)
    assert editor.form.error_text("name") == "is required and may not be empty"
    assert "Not saved" in editor.status_text()
    assert journey_file.read_text("utf-8") == before
    # a valid value clears the message
    editor.form.inputs["name"].value = "Newsletter"
    click(editor.add_button)
    assert editor.form.error_text("name") == ""


def test_editing_a_selected_touchpoint_saves_each_change(journey_file):
    editor = touchpoint_editor(journey_file)
    editor.list.choose("tp-2")
    assert editor.form.inputs["name"].value == "Booking form"
    editor.form.inputs["effort"].value = 5
    editor.form.inputs["thoughts"].value = "Too many fields!"
    tp = on_disk(journey_file).touchpoint("tp-2")
    assert (tp.effort, tp.thoughts) == (5, "Too many fields!")
    editor.form.inputs["name"].value = ""
    assert editor.form.error_text("name")
    assert on_disk(journey_file).touchpoint("tp-2").name == "Booking form"


def test_delete_undo_duplicate_and_reorder(journey_file):
    editor = touchpoint_editor(journey_file)
    editor.list.choose("tp-1")
    click(editor.delete_button)
    assert [tp.id for tp in on_disk(journey_file).touchpoints] == ["tp-0", "tp-2", "tp-3"]
    assert not editor.undo_button.disabled
    click(editor.undo_button)
    assert [tp.id for tp in on_disk(journey_file).touchpoints] == ["tp-0", "tp-1", "tp-2", "tp-3"]
    assert editor.undo_button.disabled

    editor.list.choose("tp-2")
    click(editor.up_button)
    assert [tp.id for tp in on_disk(journey_file).touchpoints] == ["tp-0", "tp-2", "tp-1", "tp-3"]
    click(editor.down_button)
    click(editor.down_button)
    assert [tp.id for tp in on_disk(journey_file).touchpoints] == ["tp-0", "tp-1", "tp-3", "tp-2"]

    click(editor.duplicate_button)
    names = [tp.name for tp in on_disk(journey_file).touchpoints]
    assert names[-1] == "Booking form (copy)" and len(names) == 5
    assert editor.selected == on_disk(journey_file).touchpoints[-1].id


def test_filters_by_phase_and_channel(journey_file):
    editor = touchpoint_editor(journey_file)
    editor.list.phase_filter.value = "sell"
    assert [v for _, v in editor.list.select.options] == ["tp-2"]
    editor.list.phase_filter.value = "*"
    editor.list.channel_filter.value = "chat"
    assert editor.list.select.options == ()
    assert editor.list.count.value == "0 of 4 touchpoints shown"


def test_user_text_round_trips_literally_and_is_escaped_in_html(journey_file):
    editor = touchpoint_editor(journey_file)
    for text in NASTY:
        editor.form.inputs["name"].value = text
        editor.form.inputs["thoughts"].value = text
        assert editor.add(), editor.status_text()
    saved = on_disk(journey_file).touchpoints[-3:]
    assert [tp.name for tp in saved] == NASTY
    assert [tp.thoughts for tp in saved] == NASTY
    raw = json.loads(journey_file.read_text("utf-8"))
    assert [tp["name"] for tp in raw["touchpoints"][-3:]] == NASTY
    editor.list.choose(saved[0].id)
    assert "<script>" not in editor.mode.value and "&lt;script&gt;" in editor.mode.value
    assert editor.form.inputs["name"].value == NASTY[0]
    assert "<script>" not in editor.status.value
    priority = priority_editor(journey_file)
    assert "<b>bold" not in priority.ranking.value and "&lt;b&gt;bold&lt;/b&gt;" in priority.ranking.value
    review = review_panel(journey_file)
    assert "<script>" not in review.changes.value and "&lt;script&gt;" in review.changes.value


def test_callback_errors_are_shown_in_the_editor_not_raised(journey_file, monkeypatch):
    editor = touchpoint_editor(journey_file)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(editor.session, "apply", broken)
    editor.form.inputs["name"].value = "Anything"
    click(editor.add_button)  # must not raise
    assert "Something went wrong" in editor.status_text()
    assert "RuntimeError: disk on fire" in editor.status_text()
    assert isinstance(editor.last_error, RuntimeError)
    assert "disk on fire" in editor.last_traceback


def test_a_preview_that_fails_says_the_data_is_safe(journey_file, monkeypatch):
    editor = touchpoint_editor(journey_file)
    monkeypatch.setattr(editor.preview, "_draw", lambda: 1 / 0)
    editor.list.choose("tp-0")
    editor.form.inputs["owner"].value = "Sales"
    editor.flush()  # must not raise
    assert "preview could not be drawn" in editor.status_text()
    assert "ZeroDivisionError" in editor.status_text()
    assert on_disk(journey_file).touchpoint("tp-0").owner == "Sales"


def test_a_broken_file_on_disk_is_reported_in_plain_words(journey_file):
    editor = touchpoint_editor(journey_file)
    journey_file.write_text("{ not json", "utf-8")
    editor.form.inputs["name"].value = "Anything"
    click(editor.add_button)
    assert "could not be read" in editor.status_text()
    assert str(journey_file.name) in editor.status_text()


def test_change_made_elsewhere_is_reloaded_not_overwritten(journey_file):
    editor = touchpoint_editor(journey_file)
    other = store.load(journey_file)
    other.touchpoints.append(Touchpoint(id="tp-cli", name="Added by the CLI", phase="tell"))
    store.save(other, journey_file)
    editor.form.inputs["name"].value = "Added in the widget"
    click(editor.add_button)
    names = [tp.name for tp in on_disk(journey_file).touchpoints]
    assert "Added by the CLI" in names and "Added in the widget" in names
    assert any("Added by the CLI" in label for label, _ in editor.list.select.options)


def test_editors_on_the_same_file_see_each_others_changes(journey_file):
    inventory = touchpoint_editor(journey_file)
    flow = flow_editor(journey_file)
    inventory.form.inputs["name"].value = "Loyalty points"
    click(inventory.add_button)
    assert any("Loyalty points" in label for label, _ in flow.list.select.options)


def test_opening_a_missing_file_creates_it_from_a_sample_or_blank(tmp_path):
    editor = touchpoint_editor(tmp_path / "new" / "mine.json", sample="airline")
    assert (tmp_path / "new" / "mine.json").exists()
    assert len(editor.journey.touchpoints) > 0
    blank = touchpoint_editor(tmp_path / "blank.json", language="nl")
    assert store.load(tmp_path / "blank.json").language == "nl"
    assert blank.journey.touchpoints == []


# ------------------------------------------------------------------- language
def test_language_switch_relabels_every_editor(journey_file):
    editor = touchpoint_editor(journey_file)
    canvas = canvas_editor(journey_file)
    switch = language_switch()
    assert editor.add_button.description == "Add touchpoint"
    switch.value = "nl"
    assert i18n.get_language() == "nl"
    assert editor.add_button.description == "Contactpunt toevoegen"
    assert editor.form.label_text("emotion") == "Emotie"
    assert "Onderdeel 1" in editor.heading.value  # the method's Dutch name for a step
    assert [label for label, _ in canvas.state.options] == ["Ideale situatie", "Huidige situatie"]
    editor.form.inputs["name"].value = ""
    click(editor.add_button)
    assert editor.form.error_text("name") == i18n.t("error.required", lang="nl")
    switch.value = "en"
    assert editor.add_button.description == "Add touchpoint"


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
    inventory = touchpoint_editor(journey_file)
    inventory.list.choose("tp-0")
    inventory.form.inputs["role"].value = role.id
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
    assert [label for label, _ in editor.evidence.picker.options] == [
        "Sell: Book quickly",
        "Sell: Pay with iDEAL",
        "Sell: Get a receipt",
    ]
    editor.evidence.picker.value = ids[1]
    editor.evidence.form.inputs["evidence_source"].value = "interview"
    editor.evidence.form.inputs["evidence_reference"].value = "Six of eight pay with iDEAL"
    editor.evidence.form.inputs["evidence_confidence"].value = "high"
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
    # Reworded in place: same goal, same evidence.
    editor.areas["sell"].value = "Pay with iDEAL or a card\nGet a receipt"
    goals = on_disk(journey_file).goals
    assert goals[0].id == ids[1] and goals[0].evidence.reference == "Six of eight pay with iDEAL"
    assert editor.evidence.form.inputs["evidence_source"].value == "interview"


def test_goal_evidence_typed_for_one_goal_never_lands_on_the_next(journey_file):
    editor = goals_editor(journey_file)
    editor.areas["sell"].value = "Book quickly\nPay with iDEAL"
    first, second = (g.id for g in on_disk(journey_file).goals)
    panel = editor.evidence
    panel.picker.value = first
    panel.form.item_id = first
    # As in a kernel: the typing waits for the pause while another goal is picked.
    waiting = []
    panel.form.pending.push = lambda key, action: waiting.append(action)
    panel.form.inputs["evidence_reference"].value = "Analytics: 40 % leave at the form"
    del panel.form.pending.push
    panel.picker.value = second
    for action in waiting:
        action()
    goals = {g.id: g for g in on_disk(journey_file).goals}
    assert goals[first].evidence.reference == "Analytics: 40 % leave at the form"
    assert goals[second].evidence.reference == ""


def test_goal_evidence_for_a_goal_deleted_elsewhere_names_it_in_dutch(journey_file):
    i18n.set_language("nl")
    try:
        editor = goals_editor(journey_file)
        editor.areas["sell"].value = "Snel boeken"
        other = goals_editor(journey_file)
        other.areas["sell"].value = ""
        assert on_disk(journey_file).goals == []
        # The source was chosen before this notebook saw the deletion.
        editor.evidence.form.inputs["evidence_source"].value = "interview"
        assert (
            editor.status_text()
            == "“Sell: Snel boeken” is in een ander notebook verwijderd; er is niets gewijzigd."
        )
        assert on_disk(journey_file).goals == []
    finally:
        i18n.set_language("en")


def test_canvas_cell_evidence_is_set_for_written_cells_only(journey_file):
    editor = canvas_editor(journey_file)
    assert editor.evidence.picker.options == ()
    assert editor.evidence.widget.layout.display == "none"
    editor.cells[("sell", "experience")].value = "Quote takes a week"
    editor.pending.flush()
    options = editor.evidence.picker.options
    assert [label for label, _ in options] == ["Sell · Experience"]
    editor.evidence.form.inputs["evidence_source"].value = "survey"
    editor.evidence.form.inputs["evidence_confidence"].value = "medium"
    column = on_disk(journey_file).canvas("").column("ideal", "sell")
    assert column.lane_evidence("experience").source == "survey"
    assert column.lane_evidence("experience").confidence == "medium"
    assert column.experience == "Quote takes a week"
    # The current state has its own cells, and its own evidence.
    editor.state.value = "current"
    assert editor.evidence.picker.options == ()


def test_flow_editor_orders_and_sets_emotion(journey_file):
    editor = flow_editor(journey_file)
    assert "Thank-you card" in editor.peak_end.value
    editor.list.choose("tp-3")
    editor.form.inputs["emotion"].value = -3
    editor.form.inputs["action"].value = "Reads the card"
    tp = on_disk(journey_file).touchpoint("tp-3")
    assert (tp.emotion, tp.action) == (-3, "Reads the card")
    click(editor.up_button)
    assert [tp.id for tp in on_disk(journey_file).touchpoints] == ["tp-0", "tp-1", "tp-3", "tp-2"]
    assert "Booking form" in editor.peak_end.value  # the new end of the journey


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
    inventory = touchpoint_editor(journey_file)
    inventory.list.choose("tp-0")
    inventory.form.inputs["owner"].value = "Marketing"
    panel = review_panel(journey_file)
    assert "owner / team" in panel.changes.value
    panel.author.value = "Trainer"
    panel.note.value = "Checked with the team"
    click(panel.mark_button)
    last = on_disk(journey_file).revisions[-1]
    assert (last.kind, last.author, last.summary) == ("review", "Trainer", "Checked with the team")
    assert "Nothing changed" in panel.changes.value
    assert "Trainer" in panel.last.value


def test_canvas_cells_and_scores_per_state(journey_file):
    editor = canvas_editor(journey_file)
    editor.state.value = "ideal"
    editor.cells[("touch", "customer_process")].value = "Searches Pinterest <b>verandas</b>"
    editor.scores["touch"].value = 4
    canvas = on_disk(journey_file).canvases[0]
    assert canvas.ideal["touch"].customer_process == "Searches Pinterest <b>verandas</b>"
    assert canvas.ideal["touch"].score == 4
    assert "touch" not in canvas.current
    editor.state.value = "current"
    assert editor.cells[("touch", "customer_process")].value == ""
    editor.cells[("touch", "customer_process")].value = "Finds a competitor first"
    canvas = on_disk(journey_file).canvases[0]
    assert canvas.current["touch"].customer_process == "Finds a competitor first"
    editor.state.value = "ideal"
    assert editor.cells[("touch", "customer_process")].value == "Searches Pinterest <b>verandas</b>"


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
    editor = touchpoint_editor(journey_file)
    assert editor.flush()
    assert editor.last_error is None, editor.last_traceback
    assert bytes(editor.preview.image.value[:8]) == b"\x89PNG\r\n\x1a\n"
    first = editor.preview.image.value
    editor.list.choose("tp-0")
    editor.form.inputs["name"].value = "A much longer banner name"
    assert editor.preview.pending
    assert editor.flush()
    assert bytes(editor.preview.image.value) != bytes(first)
    assert not editor.flush()  # nothing pending any more


def test_preview_redraws_are_debounced_on_the_event_loop(journey_file):
    editor = touchpoint_editor(journey_file)
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

    editor = touchpoint_editor(journey_file)
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
