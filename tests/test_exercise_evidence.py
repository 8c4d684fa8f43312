"""Exercise 8 (evidence classification): feedback per statement, in either language."""

from __future__ import annotations

from journeykit_widgets.exercises import evidence
from journeykit_widgets.i18n import language

SOLUTION = {
    1: ("analytics", "high"),
    2: ("interview", "medium"),
    3: ("assumption", "low"),
    4: ("staff", "medium"),
    5: ("observation", "low"),
    6: ("survey", "high"),
}


def test_the_solution_passes_with_one_right_per_statement():
    fb = evidence.check(SOLUTION)
    assert fb.passed and len(fb.rights) == 6 and not fb.wrongs and not fb.todos


def test_dutch_labels_and_text_answers_are_understood():
    answer = {
        "1": "data-analyse, hoog",
        2: {"source": "Interview", "confidence": "gemiddeld"},
        3: ["Aanname", "laag"],
        4: ("kennis van medewerkers", "laag"),  # low is defensible too: nobody counted
        5: ("OBSERVATIE", "gemiddeld"),
        6: ("enquête", "hoog"),
    }
    with language("nl"):
        fb = evidence.check(answer)
    assert fb.passed, str(fb)
    assert "Uitspraak 1: Data-analyse, zekerheid hoog. Goed." in fb.rights


def test_a_wrong_source_says_which_statement_and_explains():
    fb = evidence.check({**SOLUTION, 4: ("interview", "medium")})
    assert not fb.passed and len(fb.rights) == 5
    assert fb.wrongs == ["Statement 4: not Interview; look again at what the statement rests on."]
    assert any("front-line staff" in hint for hint in fb.hints)


def test_a_wrong_confidence_keeps_the_source_and_explains():
    fb = evidence.check({**SOLUTION, 3: ("assumption", "high")})
    assert fb.wrongs == [
        "Statement 3: the source type is right, but 'high' does not fit how much evidence there is."
    ]
    assert any("nobody checked" in hint for hint in fb.hints)


def test_missing_confidence_unknown_words_and_missing_statements():
    fb = evidence.check({1: ("analytics", ""), 2: ("gossip", "high"), 9: ("survey", "high")})
    assert "Statement 1: the source type is right; now add a confidence (low, medium or high)." in fb.todos
    assert any("Statement 2: I don't know the source type 'gossip'" in w for w in fb.wrongs)
    assert any("There is no statement '9'" in w for w in fb.wrongs)
    assert "Statements still to classify: 3, 4, 5, 6." in fb.todos


def test_the_skeleton_and_a_wrong_type_say_what_to_do():
    skeleton = {n: ("", "") for n in range(1, 7)}
    assert evidence.check(skeleton).empty and "give each of the 6 statements" in str(evidence.check(skeleton))
    fb = evidence.check(["analytics"])
    assert fb.empty and "I expected a number per statement" in str(fb)


def test_every_statement_has_texts_in_both_languages():
    for lang in ("en", "nl"):
        with language(lang):
            frame = evidence.show().frame
        assert len(frame) == 6 and all(frame.iloc[:, 1].str.len() > 40)
