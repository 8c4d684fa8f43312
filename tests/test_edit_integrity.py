"""No edit is lost: two notebooks on one journey, stale selections, the same
field changed in two places, typing that has not been saved yet.

"Kernel A" and "kernel B" are two separate ``JourneySession``s on one file (two
notebooks); the process tests use real separate Python processes."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.model import BuyingRole, Journey, Persona, Touchpoint
from journeykit_widgets.widgets._session import JourneySession
from journeykit_widgets.widgets.persona import BuyingGroupEditor, PersonaEditor
from journeykit_widgets.widgets.touchpoint import TouchpointEditor


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def journey_file(tmp_path):
    journey = Journey.new("Two notebooks", language="en")
    for i, phase in enumerate(["touch", "tell", "sell", "care"], 1):
        journey.touchpoints.append(Touchpoint(id=f"tp-{i}", name=f"Touchpoint {i}", phase=phase))
    for i in range(1, 4):
        journey.personas.append(Persona(id=f"p-{i}", name=f"Persona {i}"))
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return path


def two_editors(path, kind=TouchpointEditor):
    return kind(JourneySession(path)), kind(JourneySession(path))


def ids(path, field="touchpoints"):
    return [item.id for item in getattr(store.load(path), field)]


# ------------------------------------------------------------ stale selections
def test_delete_after_another_notebook_reordered_deletes_the_selected_touchpoint(journey_file):
    a, b = two_editors(journey_file)
    a.list.choose("tp-2")
    b.list.choose("tp-2")
    b.down_button.click()  # B swaps touchpoints 2 and 3
    assert ids(journey_file) == ["tp-1", "tp-3", "tp-2", "tp-4"]
    a.delete_button.click()  # A still shows the old order and deletes "its" number 2
    assert ids(journey_file) == ["tp-1", "tp-3", "tp-4"]
    assert "Touchpoint 2" in a.status_text()


def test_undo_after_others_changes_puts_the_touchpoint_back_after_its_neighbour(journey_file):
    a, b = two_editors(journey_file)
    a.list.choose("tp-3")
    a.delete_button.click()
    b.list.choose("tp-1")
    b.delete_button.click()  # the one before the gap is gone too; then restored elsewhere
    b.list.choose("tp-4")
    b.up_button.click()
    a.undo_button.click()
    order = ids(journey_file)
    assert order.index("tp-3") == order.index("tp-2") + 1


def test_move_after_another_notebook_reordered_moves_the_selected_touchpoint(journey_file):
    a, b = two_editors(journey_file)
    a.list.choose("tp-2")
    b.list.choose("tp-2")
    b.down_button.click()  # 1, 3, 2, 4
    a.up_button.click()  # A's touchpoint 2 goes up past what is above it *now*: touchpoint 3
    assert ids(journey_file) == ["tp-1", "tp-2", "tp-3", "tp-4"]


def test_persona_removal_after_another_notebook_removed_one_removes_the_selected(journey_file):
    a, b = two_editors(journey_file, PersonaEditor)
    a.items.value = "p-2"
    b.items.value = "p-1"
    b.remove_button.click()
    a.remove_button.click()
    assert ids(journey_file, "personas") == ["p-3"]


def test_role_edit_and_removal_follow_the_id_after_another_notebook_removed_one(journey_file):
    store.edit(
        journey_file,
        lambda j: j.buying_group.extend(BuyingRole(id=f"r-{i}", name=f"Role {i}") for i in range(1, 4)),
        "roles",
    )
    a, b = two_editors(journey_file, BuyingGroupEditor)
    a.items.value = "r-2"
    b.items.value = "r-1"
    b.remove_button.click()
    a.form.inputs["interests"].value = "budget"  # A's form still shows the old list
    roles = store.load(journey_file).buying_group
    assert [(r.id, r.interests) for r in roles] == [("r-2", "budget"), ("r-3", "")]
    a.remove_button.click()
    assert ids(journey_file, "buying_group") == ["r-3"]


def test_editing_a_touchpoint_deleted_elsewhere_says_so_and_changes_nothing(journey_file):
    a, b = two_editors(journey_file)
    a.list.choose("tp-2")
    b.list.choose("tp-2")
    b.delete_button.click()
    before = store.load(journey_file)
    a.form.inputs["kpi"].value = "NPS"
    after = store.load(journey_file)
    assert after.model_dump() == before.model_dump()
    assert ids(journey_file) == ["tp-1", "tp-3", "tp-4"]


# ---------------------------------------------------------------- conflicts
@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "Also changed in another notebook at"), ("nl", "Ook gewijzigd in een ander notebook om")],
)
def test_same_field_in_two_notebooks_keeps_both_and_says_so(journey_file, language, words):
    i18n.set_language(language)
    a, b = two_editors(journey_file)
    a.list.choose("tp-1")
    b.list.choose("tp-1")
    b.form.inputs["action"].value = "B's paragraph about the banner"
    a.form.inputs["action"].value = "A's paragraph"  # A's form was filled before B's change
    journey = store.load(journey_file)
    assert journey.touchpoint("tp-1").action == "A's paragraph"  # the last typed is saved
    history = " ".join(" ".join(r.changes) for r in journey.revisions)
    assert "B's paragraph about the banner" in history  # the other is kept
    assert words in a.form.error_text("action")
    assert words not in b.form.error_text("action")


def test_no_conflict_when_the_other_notebook_changed_another_field(journey_file):
    a, b = two_editors(journey_file)
    a.list.choose("tp-1")
    b.list.choose("tp-1")
    b.form.inputs["kpi"].value = "NPS"
    a.form.inputs["action"].value = "Reads the banner"
    journey = store.load(journey_file)
    assert (journey.touchpoint("tp-1").kpi, journey.touchpoint("tp-1").action) == ("NPS", "Reads the banner")
    assert a.form.error_text("action") == ""
    # A's form shows B's field after the save (it re-read the file) ...
    assert a.form.inputs["kpi"].value == "NPS"


def test_refresh_shows_others_changes_but_never_replaces_own_typing(journey_file):
    a, b = two_editors(journey_file)
    a.list.choose("tp-1")
    b.list.choose("tp-1")
    a.form.shown["owner"] = "old"  # pretend A's box holds typing of its own not yet saved
    a.form.inputs["owner"].value  # noqa: B018 - the box still shows ""
    b.form.inputs["kpi"].value = "Clicks"
    b.form.inputs["owner"].value = "Marketing"
    a.session.refresh()
    assert a.form.inputs["kpi"].value == "Clicks"
    assert a.form.inputs["owner"].value == ""  # A's own (pretended) typing stays


def test_typing_kept_through_an_idle_refresh_still_counts_as_a_conflict(journey_file):
    """A types; before A's pause is over another notebook saves the same field and
    A's idle refresh comes. The refresh saves A's waiting typing first, so A's
    save still sees that the field changed since A's box was filled."""

    async def scenario():
        a = TouchpointEditor(JourneySession(journey_file))
        a.list.choose("tp-1")
        a.form.inputs["action"].value = "A's paragraph"
        assert a.pending.waiting
        store.edit(journey_file, lambda j: setattr(j.touchpoint("tp-1"), "action", "B's paragraph"), "B")
        a.session.refresh()
        assert a.form.inputs["action"].value == "A's paragraph"
        await settled(a)
        journey = store.load(journey_file)
        assert journey.touchpoint("tp-1").action == "A's paragraph"
        assert "B's paragraph" in " ".join(" ".join(r.changes) for r in journey.revisions)
        assert "Also changed in another notebook" in a.form.error_text("action")

    asyncio.run(scenario())


# ------------------------------------------------------- typing and clicking
async def settled(editor, seconds=5.0):
    for _ in range(int(seconds / 0.05)):
        if not editor.pending.waiting:
            return
        await asyncio.sleep(0.05)
    pytest.fail("the editor still has changes waiting")


def test_typing_waits_in_a_kernel_and_a_click_saves_it_first(journey_file):
    async def scenario():
        editor = TouchpointEditor(JourneySession(journey_file))
        editor.list.choose("tp-1")
        editor.form.inputs["thoughts"].value = "Is this cheap?"
        assert editor.pending.waiting  # debounced: not saved at this very moment
        assert store.load(journey_file).touchpoint("tp-1").thoughts == ""
        editor.down_button.click()
        # The browser sends a click at once but throttles keystrokes: the last
        # one may arrive after the click. The click's action still sees it.
        editor.form.inputs["owner"].value = "Sales"
        await settled(editor)
        journey = store.load(journey_file)
        assert (journey.touchpoint("tp-1").thoughts, journey.touchpoint("tp-1").owner) == (
            "Is this cheap?",
            "Sales",
        )
        assert [tp.id for tp in journey.touchpoints][:2] == ["tp-2", "tp-1"]

        editor.form.inputs["kpi"].value = "CTR"
        await settled(editor)  # the debounce saves by itself after a pause
        assert store.load(journey_file).touchpoint("tp-1").kpi == "CTR"

    asyncio.run(scenario())


def test_add_in_a_kernel_takes_the_keystroke_that_arrives_after_the_click(journey_file):
    async def scenario():
        editor = TouchpointEditor(JourneySession(journey_file))
        editor.form.inputs["kpi"].value = "Bookings"
        editor.form.inputs["name"].value = "S"
        editor.add_button.click()
        editor.add_button.click()  # a double click adds once
        editor.form.inputs["name"].value = "Search"
        await settled(editor)
        journey = store.load(journey_file)
        assert [(tp.name, tp.kpi) for tp in journey.touchpoints[4:]] == [("Search", "Bookings")]

    asyncio.run(scenario())


def test_typing_for_one_touchpoint_never_lands_on_the_next_selected(journey_file):
    async def scenario():
        editor = TouchpointEditor(JourneySession(journey_file))
        editor.list.choose("tp-1")
        editor.form.inputs["kpi"].value = "for one"
        editor.list.choose("tp-2")  # selected within the debounce pause
        journey = store.load(journey_file)
        assert (journey.touchpoint("tp-1").kpi, journey.touchpoint("tp-2").kpi) == ("for one", "")

    asyncio.run(scenario())


def test_a_keystroke_arriving_after_a_row_click_stays_with_its_touchpoint(journey_file):
    async def scenario():
        editor = TouchpointEditor(JourneySession(journey_file))
        editor.list.select.value = "tp-1"  # rows clicked in the browser
        await settled(editor)
        editor.form.inputs["kpi"].value = "Clic"
        editor.list.select.value = "tp-2"
        editor.form.inputs["kpi"].value = "Clicks"  # the throttled last keystroke, after the click
        await settled(editor)
        journey = store.load(journey_file)
        assert (journey.touchpoint("tp-1").kpi, journey.touchpoint("tp-2").kpi) == ("Clicks", "")
        assert editor.form.inputs["kpi"].value == ""  # the form now shows touchpoint 2

    asyncio.run(scenario())


def test_an_idle_kernel_shows_others_changes_within_two_seconds(journey_file):
    async def scenario():
        editor = TouchpointEditor(JourneySession(journey_file))
        store.edit(journey_file, lambda j: setattr(j.touchpoint("tp-4"), "name", "Renamed elsewhere"), "x")
        for _ in range(40):
            await asyncio.sleep(0.1)
            if any("Renamed elsewhere" in label for label, _ in editor.list.select.options):
                return
        pytest.fail("the editor did not show the change made elsewhere")

    asyncio.run(scenario())


def test_not_saved_always_says_why(journey_file):
    editor = TouchpointEditor(JourneySession(journey_file))
    editor.form.inputs["name"].value = ""
    editor.add_button.click()
    status = editor.status_text()
    assert status.startswith("Not saved")
    assert "Name" in status and "see the message" in status
    assert editor.form.error_text("name")


# ------------------------------------------------------------- two processes
WRITER = textwrap.dedent(
    """
    import json, random, sys, time
    from journeykit_widgets import edit
    from journeykit_widgets.model import Touchpoint
    path, who, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    random.seed(who)
    for i in range(count):
        name = f"{who}-{i}"
        problems = edit(path, lambda j: j.touchpoints.append(Touchpoint(name=name, phase="touch")), "add")
        if not problems:
            print(name, flush=True)  # acknowledged
        time.sleep(random.uniform(0, 0.05))
    """
)

EDITOR_PROCESS = textwrap.dedent(
    """
    import asyncio, random, sys
    from journeykit_widgets.widgets import touchpoint_editor
    path, who, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    random.seed(who)

    async def main():
        # As in a kernel: callbacks on a running asyncio loop, typing debounced,
        # clicks settled, the file watched while idle.
        editor = touchpoint_editor(path)
        for i in range(count):
            name = f"{who}-{i}"
            editor.form.inputs["name"].value = name
            editor.form.inputs["kpi"].value = f"kpi {name}"
            editor.add_button.click()
            while editor.pending.waiting:
                await asyncio.sleep(0.01)
            if "Not saved" not in editor.status_text():
                print(name, flush=True)
            await asyncio.sleep(random.uniform(0, 0.05))

    asyncio.run(main())
    """
)


def run_two(script, path, count):
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path), who, str(count)], stdout=subprocess.PIPE, text=True
        )
        for who in ("A", "B")
    ]
    acknowledged = []
    for process in processes:
        out, _ = process.communicate(timeout=600)
        assert process.returncode == 0
        acknowledged += out.split()
    return acknowledged


def test_two_processes_300_edits_each_lose_nothing(journey_file):
    acknowledged = run_two(WRITER, journey_file, 300)
    assert len(acknowledged) == 600
    names = [tp.name for tp in store.load(journey_file).touchpoints]
    assert [a for a in acknowledged if a not in names] == []
    json.loads(journey_file.read_text(encoding="utf-8"))  # still one strict JSON document


def test_two_widget_sessions_in_two_kernels_lose_nothing(journey_file):
    acknowledged = run_two(EDITOR_PROCESS, journey_file, 60)
    assert len(acknowledged) == 120
    journey = store.load(journey_file)
    kpis = {tp.name: tp.kpi for tp in journey.touchpoints}
    assert [a for a in acknowledged if kpis.get(a) != f"kpi {a}"] == []
