"""No edit is lost: two notebooks on one journey, stale selections, the same
field changed in two places, typing that has not been saved yet.

"Kernel A" and "kernel B" are two separate ``JourneySession``s on one file (two
notebooks); the process tests use real separate Python processes. The forms share
their list-and-form machinery; the service blueprint form (steps in a list, each
with text fields) stands for all of them here, the persona forms for the others."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.model import BlueprintStep, BuyingRole, Journey, Persona, Touchpoint
from journeykit_widgets.widgets._session import JourneySession
from journeykit_widgets.widgets.blueprint import BlueprintEditor
from journeykit_widgets.widgets.persona import BuyingGroupEditor, PersonaEditor


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
        journey.blueprint.append(BlueprintStep(id=f"s-{i}", name=f"Step {i}", phase=phase))
    for i in range(1, 4):
        journey.personas.append(Persona(id=f"p-{i}", name=f"Persona {i}"))
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return path


def two_editors(path, kind=BlueprintEditor):
    return kind(JourneySession(path)), kind(JourneySession(path))


def ids(path, field="blueprint"):
    return [item.id for item in getattr(store.load(path), field)]


# ------------------------------------------------------------ stale selections
def test_delete_after_another_notebook_reordered_deletes_the_selected_step(journey_file):
    a, b = two_editors(journey_file)
    a.select("s-2")
    b.select("s-2")
    b.right_button.click()  # B swaps steps 2 and 3
    assert ids(journey_file) == ["s-1", "s-3", "s-2", "s-4"]
    a.delete_button.click()  # A still shows the old order and deletes "its" number 2
    assert ids(journey_file) == ["s-1", "s-3", "s-4"]
    assert "Step 2" in a.status_text()


def test_move_after_another_notebook_reordered_moves_the_selected_step(journey_file):
    a, b = two_editors(journey_file)
    a.select("s-2")
    b.select("s-2")
    b.right_button.click()  # 1, 3, 2, 4
    a.left_button.click()  # A's step 2 goes left past what is left of it *now*: step 3
    assert ids(journey_file) == ["s-1", "s-2", "s-3", "s-4"]


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


def test_editing_a_step_deleted_elsewhere_says_so_and_changes_nothing(journey_file):
    a, b = two_editors(journey_file)
    a.select("s-2")
    b.select("s-2")
    b.delete_button.click()
    before = store.load(journey_file)
    a.form.inputs["backstage"].value = "Checks the stock"
    after = store.load(journey_file)
    assert after.model_dump() == before.model_dump()
    assert ids(journey_file) == ["s-1", "s-3", "s-4"]


# ---------------------------------------------------------------- conflicts
@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "Also changed in another notebook at"), ("nl", "Ook gewijzigd in een ander notebook om")],
)
def test_same_field_in_two_notebooks_keeps_both_and_says_so(journey_file, language, words):
    i18n.set_language(language)
    a, b = two_editors(journey_file)
    a.select("s-1")
    b.select("s-1")
    b.form.inputs["frontstage"].value = "B's paragraph about the banner"
    a.form.inputs["frontstage"].value = "A's paragraph"  # A's form was filled before B's change
    journey = store.load(journey_file)
    assert journey.step("s-1").frontstage == "A's paragraph"  # the last typed is saved
    history = " ".join(" ".join(r.changes) for r in journey.revisions)
    assert "B's paragraph about the banner" in history  # the other is kept
    assert words in a.form.error_text("frontstage")
    assert words not in b.form.error_text("frontstage")


def test_no_conflict_when_the_other_notebook_changed_another_field(journey_file):
    a, b = two_editors(journey_file)
    a.select("s-1")
    b.select("s-1")
    b.form.inputs["backstage"].value = "NPS"
    a.form.inputs["frontstage"].value = "Reads the banner"
    journey = store.load(journey_file)
    assert (journey.step("s-1").backstage, journey.step("s-1").frontstage) == ("NPS", "Reads the banner")
    assert a.form.error_text("frontstage") == ""
    # A's form shows B's field after the save (it re-read the file) ...
    assert a.form.inputs["backstage"].value == "NPS"


def test_refresh_shows_others_changes_but_never_replaces_own_typing(journey_file):
    a, b = two_editors(journey_file)
    a.select("s-1")
    b.select("s-1")
    a.form.shown["support_processes"] = "old"  # pretend A's box holds typing of its own not yet saved
    a.form.inputs["support_processes"].value  # noqa: B018 - the box still shows ""
    b.form.inputs["backstage"].value = "Clicks"
    b.form.inputs["support_processes"].value = "Marketing"
    a.session.refresh()
    assert a.form.inputs["backstage"].value == "Clicks"
    assert a.form.inputs["support_processes"].value == ""  # A's own (pretended) typing stays


def test_typing_kept_through_an_idle_refresh_still_counts_as_a_conflict(journey_file):
    """A types; before A's pause is over another notebook saves the same field and
    A's idle refresh comes. The refresh saves A's waiting typing first, so A's
    save still sees that the field changed since A's box was filled."""

    async def scenario():
        a = BlueprintEditor(JourneySession(journey_file))
        a.select("s-1")
        a.form.inputs["frontstage"].value = "A's paragraph"
        assert a.pending.waiting
        store.edit(journey_file, lambda j: setattr(j.step("s-1"), "frontstage", "B's paragraph"), "B")
        a.session.refresh()
        assert a.form.inputs["frontstage"].value == "A's paragraph"
        await settled(a)
        journey = store.load(journey_file)
        assert journey.step("s-1").frontstage == "A's paragraph"
        assert "B's paragraph" in " ".join(" ".join(r.changes) for r in journey.revisions)
        assert "Also changed in another notebook" in a.form.error_text("frontstage")

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
        editor = BlueprintEditor(JourneySession(journey_file))
        editor.select("s-1")
        editor.form.inputs["customer_actions"].value = "Is this cheap?"
        assert editor.pending.waiting  # debounced: not saved at this very moment
        assert store.load(journey_file).step("s-1").customer_actions == ""
        editor.right_button.click()
        # The browser sends a click at once but throttles keystrokes: the last
        # one may arrive after the click. The click's action still sees it.
        editor.form.inputs["support_processes"].value = "Sales"
        await settled(editor)
        journey = store.load(journey_file)
        assert (journey.step("s-1").customer_actions, journey.step("s-1").support_processes) == (
            "Is this cheap?",
            "Sales",
        )
        assert [step.id for step in journey.blueprint][:2] == ["s-2", "s-1"]

        editor.form.inputs["backstage"].value = "CTR"
        await settled(editor)  # the debounce saves by itself after a pause
        assert store.load(journey_file).step("s-1").backstage == "CTR"

    asyncio.run(scenario())


def test_typing_for_one_step_never_lands_on_the_next_selected(journey_file):
    async def scenario():
        editor = BlueprintEditor(JourneySession(journey_file))
        editor.select("s-1")
        editor.form.inputs["backstage"].value = "for one"
        editor.select("s-2")  # selected within the debounce pause
        journey = store.load(journey_file)
        assert (journey.step("s-1").backstage, journey.step("s-2").backstage) == ("for one", "")

    asyncio.run(scenario())


def test_a_keystroke_arriving_after_a_row_click_stays_with_its_step(journey_file):
    async def scenario():
        editor = BlueprintEditor(JourneySession(journey_file))
        editor.steps.value = "s-1"  # rows clicked in the browser
        await settled(editor)
        editor.form.inputs["backstage"].value = "Clic"
        editor.steps.value = "s-2"
        editor.form.inputs["backstage"].value = "Clicks"  # the throttled last keystroke, after the click
        await settled(editor)
        journey = store.load(journey_file)
        assert (journey.step("s-1").backstage, journey.step("s-2").backstage) == ("Clicks", "")
        assert editor.form.inputs["backstage"].value == ""  # the form now shows step 2

    asyncio.run(scenario())


def test_an_idle_kernel_shows_others_changes_within_two_seconds(journey_file):
    async def scenario():
        editor = BlueprintEditor(JourneySession(journey_file))
        store.edit(journey_file, lambda j: setattr(j.step("s-4"), "name", "Renamed elsewhere"), "x")
        for _ in range(40):
            await asyncio.sleep(0.1)
            if any("Renamed elsewhere" in label for label, _ in editor.steps.options):
                return
        pytest.fail("the editor did not show the change made elsewhere")

    asyncio.run(scenario())


def test_not_saved_always_says_why(journey_file):
    editor = BlueprintEditor(JourneySession(journey_file))
    editor.select("s-1")
    editor.form.inputs["name"].value = ""
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
    from journeykit_widgets.widgets import blueprint_editor
    path, who, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    random.seed(who)

    async def main():
        # As in a kernel: callbacks on a running asyncio loop, typing debounced,
        # clicks settled, the file watched while idle.
        editor = blueprint_editor(path)
        # At a script's pace: the 0.6 s debounce and 0.5 s settle wait for a person's
        # keystrokes on their way from the browser, which this script sets at once.
        # Shorter waits make the two sessions' saves and refreshes interleave more
        # densely (and the test took 66 s of waiting in CI instead of about 10).
        editor.pending.delay = editor.pending.settle = 0.05
        for i in range(count):
            name = f"{who}-{i}"
            editor.add_button.click()  # a new step, selected once the click is done
            while editor.pending.waiting:
                await asyncio.sleep(0.01)
            editor.form.inputs["name"].value = name
            editor.form.inputs["backstage"].value = f"kpi {name}"
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
    kpis = {step.name: step.backstage for step in journey.blueprint}
    assert [a for a in acknowledged if kpis.get(a) != f"kpi {a}"] == []
