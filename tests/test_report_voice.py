"""The report reads as one careful author (issue 24, point 5): what the reader sees
in the summary, the readings under each picture, the cover and the legends.

Names are said once, brackets are never nested, a count agrees with what is listed,
a legend says what the drawing shows, and the scenario's people are the persona's.
"""

from __future__ import annotations

import re

import pytest

from journeykit_widgets.handouts import report
from journeykit_widgets.handouts.cover import cover_texts
from journeykit_widgets.i18n import language
from journeykit_widgets.samples import load_sample

CASES = ["airline", "veranda", "b2b_software"]


def _texts(journey) -> list[str]:
    """What a reader reads in words: the summary's rows and every view's reading."""
    summary = report.summary(journey)
    texts = [value for _, value in summary.facts + summary.feeling]
    texts += [
        report.reading(journey, name).text for name in report.views() if report.has_content(journey, name)
    ]
    return texts


def _nested(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth > 1:
            return True
    return False


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("case", CASES)
def test_no_nested_brackets_in_what_the_report_says(case, lang):
    journey = load_sample(case, lang)
    nested = [text for text in _texts(journey) if _nested(text)]
    assert not nested, nested


@pytest.mark.parametrize(
    ("lang", "role_word"), [("en", "head of customer service"), ("nl", "manager klantenservice")]
)
def test_the_persona_is_named_once_with_its_role(lang, role_word):
    """Issue 24: "Esther, manager klantenservice, Manager klantenservice (initiatiefnemer)"."""
    journey = load_sample("b2b_software", lang)
    summary = dict(report.summary(journey).facts)
    seen = [
        next(v for v in summary.values() if v.startswith("Esther")),
        report.reading(journey, "persona").text,
        cover_texts(journey, lang, "report", "Report")["persona"],
    ]
    for text in seen:
        assert text.lower().count(role_word) == 1, text
        assert not _nested(text), text
    assert (
        seen[0]
        == {
            "en": "Esther, head of customer service (initiator)",
            "nl": "Esther, manager klantenservice (initiatiefnemer)",
        }[lang]
    )


def test_a_role_the_name_does_not_say_follows_it_once():
    journey = load_sample("airline", "en")
    assert journey.persona.who() == "Sanne, the family planner \u2014 Leisure traveller"
    assert report.reading(journey, "persona").text.count("Leisure traveller") == 1


@pytest.mark.parametrize(("lang", "said"), [("en", "the list shows the 6"), ("nl", "toont de lijst de 6")])
def test_the_count_of_assumptions_agrees_with_the_list(lang, said):
    """Issue 24: "15 important assumptions" announced, 6 listed."""
    from matplotlib.text import Text

    from journeykit_widgets.analysis.evidence import LISTED, assumptions_to_test

    journey = load_sample("airline", lang)
    total = len(assumptions_to_test(journey))
    assert total > LISTED
    text = report.reading(journey, "evidence").text
    assert said in text and f" {total} " in text
    (figure,) = report.pages(journey, "evidence")
    listed = [a.get_text() for a in figure.findobj(Text) if re.match(r"^\d+\. ", a.get_text())]
    assert len(listed) <= LISTED


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_roles_legend_names_the_band_it_draws(lang):
    """Issue 24: "Gearceerd" (hatched) over a solid band."""
    from matplotlib.patches import Patch
    from matplotlib.text import Text

    journey = load_sample("b2b_software", lang)
    with language(lang):
        (figure,) = report.pages(journey, "roles")
    words = " ".join(a.get_text() for a in figure.findobj(Text)).lower()
    hatched = [p for p in figure.findobj(Patch) if p.get_hatch()]
    if not hatched:
        assert "hatched" not in words and "gearceerd" not in words
    assert {"en": "tinted band", "nl": "gekleurde band"}[lang] in words


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("case", CASES)
def test_the_scenario_names_only_the_personas_people(case, lang):
    """Issue 24: the veranda's scenario told of Mark and Eline, its persona of Daan and Lotte."""
    journey = load_sample(case, lang)
    persona = " ".join([journey.persona.name, journey.persona.demographics, journey.persona.buying_behaviour])
    # Who the scenario is about: "Sanne wants …", "Daan and Lotte bought …" (not "Google and Pinterest").
    pair = re.match(r"([A-Z][a-z]+) (?:and|en) ([A-Z][a-z]+) ", journey.scenario)
    first = re.match(r"([A-Z][a-z]+) (?:wants|wil)\b", journey.scenario)
    people = set(pair.groups() if pair else ()) | ({first[1]} if first else set())
    assert all(name in persona for name in people), (people, persona)


@pytest.mark.parametrize(
    ("lang", "one"), [("en", "touchpoint over-invested"), ("nl", "contactpunt met te veel")]
)
def test_the_words_beside_a_number_agree_with_it(lang, one):
    """Issue 24: "1 touchpoints over-invested" in the summary; "1 channels" in a reading."""
    journey = load_sample("veranda", lang)
    summary = report.summary(journey)
    assert summary.gaps[1] == 1 and summary.texts["over"].startswith(one)
    assert summary.gaps[0] > 1 and summary.texts["under"].startswith(
        one.split()[0] + {"en": "s", "nl": "en"}[lang]
    )
    small = journey.model_copy(update={"touchpoints": journey.touchpoints[:1]})
    words = {"en": "1 touchpoint in", "nl": "1 contactpunt in"}[lang]
    assert report.reading(small, "journey").text.startswith(words)
    assert {"en": "over 1 channel.", "nl": "via 1 kanaal."}[lang] in report.reading(small, "journey").text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_lens_gives_every_reason_in_one_sentence(lang):
    journey = load_sample("veranda", lang)  # a B2B phase model that ends in a looping phase
    text = report.reading(journey, "emotion").text
    lens = text[text.index({"en": "The average", "nl": "Het gemiddelde"}[lang]) :]
    assert "; " in lens and not re.search(r"\. [a-z]", lens)  # no sentence starts in lower case


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "“Pinterest: ‘veranda ideas’”"), ("nl", "‘Pinterest: “veranda-ideeën”’")]
)
def test_a_quoted_name_with_quotes_takes_the_other_kind(lang, expected):
    from journeykit_widgets.analysis._common import quoted

    inner = {"en": "Pinterest: “veranda ideas”", "nl": "Pinterest: ‘veranda-ideeën’"}[lang]
    with language(lang):
        assert quoted(inner) == expected
        from journeykit_widgets.views.readings import quoted as report_quoted

        assert report_quoted(inner) == expected
