"""Exercises 9 (peak–end or the average?) and 10 (the buying group as a group):
feedback per answer, in both languages, from the kit's own analyses."""

from __future__ import annotations

import pytest

from journeykit_widgets import i18n
from journeykit_widgets.exercises import EXERCISES, Feedback, exercise
from journeykit_widgets.exercises import buying_group_divergence as group
from journeykit_widgets.exercises import peak_end_vs_mean as lens

RIGHT = {
    1: {"differ": "yes", "applies": "yes"},
    2: {"differ": "no", "applies": "yes"},
    3: {"differ": "yes", "applies": "yes"},
    4: {"differ": "yes", "applies": "no"},
    5: {"differ": "no", "applies": "no"},
}


def test_both_are_registered():
    assert exercise("peak_end_vs_mean") is lens and exercise("buying_group_divergence") is group
    # in the order of the exercise notebooks: 09 and 10 follow 08 (evidence)
    assert list(EXERCISES)[7:10] == ["evidence", "peak_end_vs_mean", "buying_group_divergence"]


def test_the_lines_by_hand():
    # (best + end) / 2 against sum / n, and whether the journey has a clear end
    expected = {
        1: ((3 + 3) / 2, 3 / 4, True, True),
        2: ((2 + 1) / 2, 5 / 4, False, True),
        3: ((2 - 1) / 2, -1 / 4, True, True),  # 0.75 apart, but on both sides of zero
        4: ((3 + 3) / 2, 5 / 7, True, False),  # B2B seven phases ending in loyalty
        5: ((2 - 1) / 2, 3 / 4, False, False),  # B2B five phases, ends at the purchase
    }
    for n, (classic, mean, differ, applies) in expected.items():
        result = lens.expected(n)
        assert result.classic == pytest.approx(classic)
        assert result.mean == pytest.approx(mean)
        assert (result.disagree, result.applies) == (differ, applies), n


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_right_answers_pass_in_either_language(lang):
    i18n.set_language(lang)
    assert lens.check(RIGHT).passed
    dutch = {
        f"lijn {n}": {"verschillen": v["differ"] == "yes", "geldt": v["applies"] == "yes"}
        for n, v in RIGHT.items()
    }
    assert lens.check(dutch).passed


def test_feedback_names_the_numbers_of_the_line():
    i18n.set_language("en")
    answer = {**RIGHT, 3: {"differ": "no", "applies": "yes"}, 4: {"differ": "yes", "applies": "yes"}}
    fb = lens.check(answer)
    text = str(fb)
    assert fb.status == "partial" and len(fb.wrongs) == 2
    assert "Line 3: they do differ, although only 0.8 apart: peak–end +0.5 is above zero" in text
    assert "Line 4: be careful with peak–end here. It follows a B2B phase model" in text
    assert "It ends in Loyalty" in text
    assert "Line 1: yes, they differ: peak–end +3 against an average of +0.8" in text


def test_missing_and_unreadable_answers_say_what_is_expected():
    i18n.set_language("nl")
    fb = lens.check({1: {"differ": "misschien"}, 9: {}, 2: "ja"})
    text = str(fb)
    assert "Lijn 1: antwoord ‘ja’ of ‘nee’, niet ‘misschien’." in text
    assert "Er is geen lijn 9" in text
    assert "Lijn 2: schrijf twee antwoorden" in text
    assert not fb.passed


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("answer", [None, "", 0, [], {}, {"x": object()}, {None: None}, {"phase": ""}])
def test_checks_never_raise(lang, answer):
    i18n.set_language(lang)
    for module in (lens, group):
        fb = module.check(answer)
        assert isinstance(fb, Feedback) and not fb.passed
        assert fb.todos or fb.wrongs
        assert fb.language == lang


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("en", {"phase": "Purchase decision", "role": "Procurement officer"}),
        ("nl", {"fase": "aankoopbeslissing", "rol": "inkoper"}),
        ("nl", {"phase": "purchase_decision", "role": "purchaser"}),  # ids and kinds work too
        ("en", {"phase": 5, "role": "role-b2b-purchaser"}),  # the fifth phase
    ],
)
def test_group_right_answers(lang, answer):
    i18n.set_language(lang)
    fb = group.check(answer)
    assert fb.passed, str(fb)
    # the first action for the role comes with the praise
    assert any({"en": "One all-in, three-year price", "nl": "Eén all-inprijs"}[lang] in r for r in fb.rights)


def test_group_wrong_answers_compare_with_the_right_one():
    i18n.set_language("en")
    text = str(group.check({"phase": "Trigger", "role": "IT architect"}))
    assert "In Trigger the roles lie 0 points apart; in another phase they lie 6 points apart." in text
    assert "IT architect averages −1; Procurement officer is lower (−1.3)." in text
    text = str(group.check({"phase": "Out of market", "role": "nobody"}))
    assert "“nobody” is not a role of this buying group" in text
    i18n.set_language("nl")
    assert "IT-architect heeft gemiddeld −1" in str(group.check({"phase": "", "role": "IT architect"}))


def test_group_without_a_buying_group_says_so():
    i18n.set_language("en")
    fb = group.check({"phase": "Sell", "role": "user"}, journey="airline")
    assert fb.status == "empty" and "fewer than two buying-group roles" in str(fb)
