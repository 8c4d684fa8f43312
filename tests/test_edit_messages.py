"""What ``edit`` says when a change is refused (issue 22, point 9), in English and Dutch.

A refused value names the item as the participant sees it ("Action “Call back” —
status"), a lookup of an item deleted elsewhere becomes a problem instead of a
bare StopIteration, and the journey file is left as it was."""

from __future__ import annotations

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.model import (
    KPI,
    ActionPoint,
    BlueprintStep,
    BuyingRole,
    Goal,
    Journey,
    Persona,
    Touchpoint,
)

CHOICES = {
    "en": "must be one of 'open', 'doing' or 'done', got 'bogus'",
    "nl": "moet een van 'open', 'doing' (bezig) of 'done' (klaar) zijn, maar is 'bogus'",
}


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language("en")


@pytest.fixture
def journey_file(tmp_path):
    journey = Journey.new("Offertes", language="nl")
    journey.actions.append(ActionPoint(id="act-1", text="Offerte sneller versturen"))
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Fietsen kopen", phase="touch"))
    path = tmp_path / "journey.json"
    store.save(journey, path)
    return path


# ------------------------------------------------------------- refused values
@pytest.mark.parametrize(
    ("lang", "where"),
    [
        ("en", "Action “Offerte sneller versturen” — status"),
        ("nl", "Actie ‘Offerte sneller versturen’ — status"),
    ],
)
def test_a_refused_value_names_the_action_it_was_refused_on(journey_file, lang, where):
    before = journey_file.read_bytes()
    i18n.set_language(lang)
    problems = store.edit(journey_file, lambda j: setattr(j.action("act-1"), "status", "bogus"), "s")
    assert [str(p) for p in problems] == [f"{where}: {CHOICES[lang]}"]
    # The place is the action's place in the file, so a form still puts it under "status".
    assert problems[0].location == ("actions", 0, "status") and problems[0].field == "status"
    assert journey_file.read_bytes() == before


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Touchpoint “Fietsen kopen” — evidence, source type: unknown evidence source 'nonsense'",
        ),
        ("nl", "Contactpunt ‘Fietsen kopen’ — onderbouwing, soort bron: onbekende soort bron 'nonsense'"),
    ],
)
def test_a_refused_value_deep_inside_an_item_names_the_item_and_the_path(journey_file, lang, expected):
    i18n.set_language(lang)
    (problem,) = store.edit(
        journey_file, lambda j: setattr(j.touchpoint("tp-1").evidence, "source", "nonsense"), "s"
    )
    assert str(problem).split(";")[0] == expected
    assert problem.location == ("touchpoints", 0, "evidence", "source")


def test_a_long_name_is_quoted_as_a_short_excerpt(journey_file):
    long_text = "Offerte " + "heel " * 50 + "snel versturen"
    assert store.edit(journey_file, lambda j: setattr(j.action("act-1"), "text", long_text), "s") == []
    (problem,) = store.edit(journey_file, lambda j: setattr(j.action("act-1"), "status", "bogus"), "s")
    assert problem.where.startswith("Action “Offerte heel heel") and "…” — status" in problem.where
    assert len(problem.where) < 70


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Action “Offerte sneller versturen” — phase: unknown phase 'nowhere'"),
        ("nl", "Actie ‘Offerte sneller versturen’ — fase: onbekende fase 'nowhere'"),
    ],
)
def test_a_reference_checked_on_saving_names_the_item_too(journey_file, lang, expected):
    i18n.set_language(lang)
    (problem,) = store.edit(journey_file, lambda j: setattr(j.action("act-1"), "phase", "nowhere"), "s")
    assert str(problem).split(";")[0] == expected


def test_a_new_item_built_in_the_change_is_named_by_its_kind(journey_file):
    def add(journey: Journey) -> None:
        journey.actions.append(ActionPoint(text="Klanten bellen", status="bogus"))

    i18n.set_language("nl")
    assert [str(p) for p in store.edit(journey_file, add, "s")] == [f"Actie — status: {CHOICES['nl']}"]


# ------------------------------------------------------- items deleted elsewhere
GONE = {
    "en": "{item} with id “{id}” was deleted elsewhere (in another notebook, a browser tab or a script), "
    "so this change was not saved.",
    "nl": "{item} met id ‘{id}’ is elders verwijderd (in een ander notebook, een browsertabblad of een "
    "script); deze wijziging is daarom niet opgeslagen.",
}
# Every lookup helper of the journey: (the change, its item in English and Dutch, the id).
LOOKUPS = [
    (lambda j: setattr(j.touchpoint("tp-9"), "kpi", "x"), "The touchpoint", "Het contactpunt", "tp-9"),
    (lambda j: setattr(j.action("act-9"), "owner", "Ilse"), "The action", "De actie", "act-9"),
    (lambda j: setattr(j.goal("goal-9"), "text", "x"), "The goal", "Het doel", "goal-9"),
    (lambda j: setattr(j.kpi("kpi-9"), "unit", "%"), "The KPI", "De KPI", "kpi-9"),
    (
        lambda j: setattr(j.role("role-9"), "name", "x"),
        "The buying-group role",
        "De rol in de koopgroep",
        "role-9",
    ),
    (lambda j: setattr(j.persona_by_id("p-9"), "name", "x"), "The persona", "De persona", "p-9"),
    (lambda j: setattr(j.step("step-9"), "name", "x"), "The blueprint step", "De blauwdrukstap", "step-9"),
    (lambda j: setattr(j.phase("phase-9"), "name", "x"), "The phase", "De fase", "phase-9"),
    (
        lambda j: setattr(j.canvas("role-9"), "ideal", {}),
        "The buying-group role",
        "De rol in de koopgroep",
        "role-9",
    ),
]


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(("change", "en_item", "nl_item", "item_id"), LOOKUPS)
def test_a_lookup_of_a_deleted_item_is_a_problem_not_a_traceback(
    journey_file, lang, change, en_item, nl_item, item_id
):
    before = journey_file.read_bytes()
    i18n.set_language(lang)
    problems = store.edit(journey_file, change, "s")
    item = en_item if lang == "en" else nl_item
    assert [str(p) for p in problems] == [GONE[lang].format(item=item, id=item_id)]
    assert problems[0].kind == "gone"
    assert journey_file.read_bytes() == before


def test_the_lookups_find_what_is_there_and_raise_a_key_error_for_what_is_not():
    from journeykit_widgets.model.errors import ItemNotFound

    journey = Journey.new("T")
    goal, kpi = Goal(phase="touch", text="Vind een fiets"), KPI(phase="touch", name="Bezoeken")
    role, persona = BuyingRole(id="r", name="Inkoper"), Persona(id="p", name="Piet")
    step = BlueprintStep(id="s", name="Bestellen")
    journey.goals.append(goal)
    journey.kpis.append(kpi)
    journey.buying_group.append(role)
    journey.personas.append(persona)
    journey.blueprint.append(step)
    assert journey.goal(goal.id) is goal and journey.kpi(kpi.id) is kpi and journey.role("r") is role
    assert journey.persona_by_id("p") is persona and journey.step("s") is step
    assert journey.canvas("r").role == "r"
    with pytest.raises(KeyError) as caught:  # an ItemNotFound: old `except KeyError` code still works
        journey.touchpoint("tp-gone")
    assert isinstance(caught.value, ItemNotFound)
    assert str(caught.value) == (
        "The touchpoint with id “tp-gone” is not in this journey: it was deleted elsewhere "
        "(in another notebook, a browser tab or a script)."
    )


def test_the_actions_form_shows_the_deletion_in_the_status_line_and_saves_nothing(journey_file):
    from journeykit_widgets.widgets import actions_editor

    i18n.set_language("nl")
    editor = actions_editor(journey_file)
    editor.choose("act-1")
    # Another notebook deletes the action; this form still shows it.
    assert store.edit(journey_file, lambda j: j.actions.remove(j.action("act-1")), "weg") == []
    before = journey_file.read_bytes()
    editor.form.inputs["owner"].value = "Ilse"
    editor.flush_pending()
    assert "“Offerte sneller versturen” is in een ander notebook verwijderd" in editor.status_text()
    assert journey_file.read_bytes() == before


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_board_shows_edits_message_for_a_role_deleted_elsewhere(tmp_path, lang):
    from journeykit_widgets.widgets.board import CanvasBoard

    journey = Journey.new("Board", language=lang)
    journey.buying_group.append(BuyingRole(id="role-1", name="Inkoper"))
    path = store.save(journey, tmp_path / "j.json")
    board = CanvasBoard(path)
    store.edit(path, lambda j: j.buying_group.clear(), "weg")
    ack = board.perform(
        {"op": "cell", "role": "role-1", "state": "ideal", "phase": "touch", "lane": "score", "value": 4}
    )
    item = "The buying-group role" if lang == "en" else "De rol in de koopgroep"
    assert ack["ok"] is False
    assert [p["message"] for p in ack["problems"]] == [GONE[lang].format(item=item, id="role-1")]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_refused_canvas_cell_names_the_role_the_state_and_the_phase(tmp_path, lang):
    from journeykit_widgets.model import CanvasColumn

    journey = Journey.new("Canvas", language=lang)
    journey.buying_group.append(BuyingRole(id="r1", name="Inkoper"))
    journey.canvas("r1").ideal["touch"] = CanvasColumn(score=3)
    journey.canvas("").current["sell"] = CanvasColumn(score=2)
    path = store.save(journey, tmp_path / "j.json")
    i18n.set_language(lang)
    problems = store.edit(path, lambda j: setattr(j.canvas("r1").ideal["touch"], "score", 9), "s")
    problems += store.edit(path, lambda j: setattr(j.canvas("").current["sell"], "score", 0), "s")
    touch, sell = (p.label(lang) for p in journey.phases if p.id in ("touch", "sell"))
    assert [p.where for p in problems] == {
        "en": [
            f"Canvas “Inkoper” — ideal situation, {touch}, experience score",
            f"Canvas “customer” — current situation, {sell}, experience score",
        ],
        "nl": [
            f"Canvas ‘Inkoper’ — ideale situatie, {touch}, ervaringsscore",
            f"Canvas ‘klant’ — huidige situatie, {sell}, ervaringsscore",
        ],
    }[lang]
    assert problems[0].location == ("canvases", 0, "ideal", "touch", "score")


def test_a_list_replaced_on_the_journey_is_not_named_after_what_it_replaces(journey_file):
    """The refused list never reached the journey: "Action 1" is its first entry, not
    the action that was in the file."""
    problems = store.edit(
        journey_file, lambda j: setattr(j, "actions", [{"text": "Nieuw", "status": "bogus"}]), "s"
    )
    assert [str(p) for p in problems] == [f"Action 1, status: {CHOICES['en']}"]
