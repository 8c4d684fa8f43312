"""The blueprint-lines exercise: the solution passes in both languages, every kind of
mistake gets its own feedback naming the line, and odd answers never raise."""

from __future__ import annotations

import pytest

from journeykit_widgets import i18n, samples
from journeykit_widgets.exercises import EXERCISES, exercise
from journeykit_widgets.exercises import blueprint as ex


@pytest.fixture(autouse=True)
def _english():
    yield
    i18n.set_language("en")


def _text(fb) -> str:
    return str(fb)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_solution_passes_and_names_match_in_both_languages(lang):
    i18n.set_language(lang)
    assert ex.check(ex.solution()).passed
    en = [i.key for i in ex.items(samples.load_sample("airline", "en"))]
    nl = [i.key for i in ex.items(samples.load_sample("airline", "nl"))]
    assert en == nl and len(en) == 15  # numbers in a solution fit both files
    assert exercise("blueprint_lines") is ex and "blueprint_lines" in EXERCISES


def test_the_solution_in_the_notebook_source_is_the_right_one():
    assert ex.solution() == {
        "physical_evidence": [3, 4, 10],
        "customer_actions": [2, 7, 12],
        "frontstage": [6, 11, 13],
        "backstage": [5, 9, 15],
        "support_processes": [1, 8, 14],
    }


def test_lanes_are_read_by_id_name_or_short_name_in_either_language():
    assert ex.resolve_lane("Backstage actions") == "backstage"
    assert ex.resolve_lane("acties van de klant") == "customer_actions"
    assert ex.resolve_lane("support") == "support_processes"
    assert ex.resolve_lane("Fysiek bewijs") == "physical_evidence"
    assert ex.resolve_lane("kitchen") is None


def test_the_line_between_two_lanes_is_the_first_one_crossed():
    assert ex.line_between("frontstage", "backstage") == "visibility"
    assert ex.line_between("customer_actions", "support_processes") == "interaction"
    assert ex.line_between("backstage", "frontstage") == "visibility"
    assert ex.line_between("physical_evidence", "customer_actions") is None


def test_a_backstage_action_put_frontstage_is_told_it_belongs_below_the_line_of_visibility():
    answer = ex.solution()
    answer["frontstage"].append(answer["backstage"].pop(0))  # item 5: "Ticketing issues the e-tickets"
    fb = ex.check(answer)
    assert not fb.passed
    assert any(
        "5 “Ticketing issues the e-tickets”" in w and "below the line of visibility" in w for w in fb.wrongs
    ), fb.wrongs
    assert any("everything below it the customer does not see" in h for h in fb.hints)
    assert any("Frontstage actions: all right" in r for r in fb.rights) is False
    assert any("Support processes: all right" in r for r in fb.rights)


def test_in_dutch_the_feedback_names_the_line_in_dutch():
    i18n.set_language("nl")
    answer = ex.solution()
    answer["customer_actions"].append(answer["frontstage"].pop(0))
    text = _text(ex.check(answer))
    assert "het hoort lager, in Frontstage-acties, onder de interactielijn" in text


def test_evidence_and_customer_mixed_up_gets_the_lane_description():
    answer = ex.solution()
    answer["physical_evidence"].append(answer["customer_actions"].pop())
    text = _text(ex.check(answer))
    assert "is not in Physical evidence but in Customer actions: What the customer does" in text


def test_unplaced_twice_placed_and_unknown_items_are_named():
    fb = ex.check({"frontstage": [6, 6, 99], "backstage": [6], "kitchen": [1]})
    text = _text(fb)
    assert "6 “Booking flow offers seats together” is in more than one lane" in text
    assert "I don't know the item '99'" in text and "I don't know the lane 'kitchen'" in text
    assert "Still to place (14)" in text


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    "answer", [None, "", 0, 3.5, True, [], {}, "frontstage", {"x": object()}, {None: None}, {1: [None, 2.5]}]
)
def test_odd_answers_never_raise(lang, answer):
    i18n.set_language(lang)
    fb = ex.check(answer)
    assert fb.status != "done" and (fb.todos or fb.wrongs) and fb.language == lang
