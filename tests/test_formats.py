"""One formatter for words and numbers: what a reader sees in either language.

Numbers, shares, dates and plural forms follow CLDR (through Babel); no text in any
catalogue counts with "(s)", "(en)" or "probleem/problemen", and none writes a count
straight before a plural noun in a form that would read "1 contactpunten".
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from journeykit_widgets.i18n import LANGUAGES, catalogue, formats, language, t, texts_of

# "touchpoint(s)", "actie(s)", "fase(n)", "goed(e)", "canvas(sen)", "(e)n"
_HACK = re.compile(r"\w\((?:s|es|en|n|e|ren|sen|len|men)\)|\(e\)n")
# "probleem/problemen", "eigenaar/eigenaren": a word and its plural side by side
_SLASH = re.compile(r"\b(\w{3,})\w*/\1\w*")
_NOUNS = {
    "en": "touchpoints actions goals phases rows answers problems journeys steps roles changes "
    "channels cells values customers buyers assumptions owners characters items",
    "nl": "contactpunten acties doelen klantdoelen fasen rijen antwoorden problemen klantreizen "
    "stappen rollen wijzigingen kanalen cellen waarden klanten kopers aannames eigenaren tekens onderdelen",
}
# A count right before a plural noun ("{count} touchpoints", "{n} nieuwe eigenaren"), not
# after "each of the" / "elk van de", which only counts several.
_COUNT_NOUN = {
    lang: re.compile(
        r"(?<!each of the )(?<!one of the )(?<!elk van de )(?<!Elk van de )\{(?:count|n)\}\s+(?:\w+e\s+|new\s+)?(?:"
        + "|".join(words.split())
        + r")\b"
    )
    for lang, words in _NOUNS.items()
}
# Texts that only ever count two or more: a tie is two cards or more, a comparison two journeys.
_SEVERAL = {"exercises.peak_end.peak_tie", "exercises.peak_end.low_tie", "analysis.compare.overview"}
# Any other number right before a plural noun ("{done} of {total} steps", "{touchpoints}
# touchpoints · {channels} channels") reads "1 of 1 steps" just the same: such a text
# is a plural entry counted by that number, or its counts are written by plural entries
# ("{touchpoints} · {channels}" with "1 touchpoint" filled in).
_ANY_NUMBER_NOUN = {
    lang: re.compile(
        r"(?<!each of the )(?<!one of the )(?<!elk van de )(?<!Elk van de )\{(\w+)\}\s+(?:(?!the\b)\w+e\s+|new\s+)?(?:"
        + "|".join(words.split())
        + r")\b"
    )
    for lang, words in _NOUNS.items()
}
# Numbers that are never 1 where these texts are shown: a text is too long only past a
# limit of many characters; a comparison has two journeys or more.
_NEVER_ONE = {
    "board_message.too_long": {"length"},
    "error.string_too_long": {"max_length"},
    "analysis.compare.label_count": {"journeys"},
    "analysis.survey.few": {"minimum"},  # "fewer than 1 answer" never warns: zero answers show no score
    "lens.group.needs": {"own"},  # one role has its own text (lens.group.needs_one)
}
# The collect/ texts are rewritten this round by the group-report work (h25group):
# left to it, so the two branches do not edit the same lines.
_ELSEWHERE = {"collect.report.facts", "collect.cli.read", "collect.view.read_at"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_catalogue_text_counts_with_a_bracket_or_slash_plural(lang):
    hacks = {
        key: text
        for key, entry in catalogue(lang).items()
        for text in texts_of(entry)
        if _HACK.search(text) or _SLASH.search(text)
    }
    assert not hacks, hacks


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_count_before_a_plural_noun_is_a_plural_entry(lang):
    """A plain text "{count} contactpunten" reads "1 contactpunten" for one."""
    plain = {
        key: entry
        for key, entry in catalogue(lang).items()
        if isinstance(entry, str) and key not in _SEVERAL and _COUNT_NOUN[lang].search(entry)
    }
    assert not plain, plain


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_other_number_stands_before_a_plural_noun_in_a_plain_text(lang):
    """ "{done} of {total} steps" reads "1 of 1 steps"; "{touchpoints} touchpoints"
    reads "1 touchpoints" on a one-card map."""
    plain = {
        key: entry
        for key, entry in catalogue(lang).items()
        if isinstance(entry, str)
        and key not in _SEVERAL | _ELSEWHERE
        and {m.group(1) for m in _ANY_NUMBER_NOUN[lang].finditer(entry)} - _NEVER_ONE.get(key, set())
    }
    assert not plain, plain


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_entries_have_the_languages_categories(lang):
    plural = {k: v for k, v in catalogue(lang).items() if isinstance(v, dict)}
    assert len(plural) > 30
    for key, forms in plural.items():
        assert set(forms) == {"one", "other"}, key  # CLDR: both languages have just these two


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("en", 1, "Arrival: 1 goal"),
        ("en", 2, "Arrival: 2 goals"),
        ("en", 0, "Arrival: 0 goals"),
        ("en", 1500, "Arrival: 1,500 goals"),
        ("nl", 1, "Arrival: 1 doel"),
        ("nl", 2, "Arrival: 2 doelen"),
        ("nl", 1500, "Arrival: 1.500 doelen"),
    ],
)
def test_t_picks_the_plural_form_by_the_count(lang, count, expected):
    assert t("workshop.check.goal_count", lang=lang, phase="Arrival", count=count) == expected


def test_the_text_for_one_names_one_thing_in_both_languages():
    with language("nl"):
        assert t("render.axis.touchpoints", n=1) == "1 contactpunt in volgorde van de reis"
        assert t("widgets.review.pending", n=31) == "31 wijzigingen sinds de vorige controle:"
        assert t("analysis.actions.no_owner", count=1).startswith("1 actie heeft")
    assert t("render.axis.touchpoints", lang="en", n=1) == "1 touchpoint in journey order"


@pytest.mark.parametrize(
    ("lang", "value", "digits", "expected"),
    [
        ("en", 4.6, 1, "4.6"),
        ("nl", 4.6, 1, "4,6"),
        ("en", 1500, 1, "1,500"),
        ("nl", 1500, 1, "1.500"),
        ("nl", 1.44, 1, "1,4"),
        ("en", 3.0, 1, "3"),
        ("nl", None, 1, "\u2013"),
        ("nl", -0.04, 1, "0"),
    ],
)
def test_numbers_follow_the_language(lang, value, digits, expected):
    assert formats.number(value, digits, lang) == expected


def test_signed_shares_and_days_follow_the_language():
    assert formats.signed(0.7, 1, "nl") == "+0,7"
    assert formats.signed(-2, 0, "en") == "\u22122"
    assert formats.signed(0, 1, "en") == "0"
    assert formats.percent(0.125, 1, "nl") == "12,5%"
    assert formats.percent(0.35, 0, "en") == "35%"
    assert formats.day(date(2026, 12, 7), "nl") == "7 december 2026"
    assert formats.day(date(2026, 12, 7), "en") == "7 December 2026"
    assert formats.count(1500, "nl") == "1.500"


def test_every_caller_writes_dutch_decimals_with_a_comma():
    """The analysis sentences, tables, map texts, history and cover all use the formatter."""
    from journeykit_widgets.analysis._common import count, fmt, pct, signed
    from journeykit_widgets.handouts.cover import format_date
    from journeykit_widgets.render.funnel import _number as funnel_number
    from journeykit_widgets.render.heatmap import _fmt as heatmap_number
    from journeykit_widgets.render.journey_map import _number as map_number

    for lang, point, thousands in (("nl", "4,6", "1.500"), ("en", "4.6", "1,500")):
        with language(lang):
            assert fmt(4.6) == point
            assert signed(4.6) == "+" + point
            assert count(1500) == thousands
            assert pct(0.046, 1) == point + "%"
            assert map_number(4.6) == point and map_number(1500) == thousands
            assert funnel_number(4.6) == point and funnel_number(1500) == thousands
            assert heatmap_number(4.6) == "+" + point
        assert format_date(date(2026, 4, 1), lang) == {"nl": "1 april 2026", "en": "1 April 2026"}[lang]


_DECIMAL_POINT = re.compile(r"\d\.\d{1,2}(?!\d)")  # 4.6 or +0.35, not 1.500 (thousands)


@pytest.mark.parametrize("case", ["airline", "b2b_software"])
def test_dutch_pictures_and_readings_never_show_a_decimal_point(case):
    """Every text drawn in every view of a Dutch sample, and every view's reading line."""
    from matplotlib.text import Text

    from journeykit_widgets.samples import load_sample
    from journeykit_widgets.views import VIEWS

    journey = load_sample(case, "nl")
    seen = []
    with language("nl"):
        for name, entry in VIEWS.items():
            if name == "journey" or not entry.has_content(journey):
                continue  # the full map is large and draws its numbers with the same _number
            texts = [a.get_text() for a in entry.figure(journey).findobj(Text)]
            texts.append(entry.reading_text(journey) or "")
            seen += [(name, x) for x in texts if _DECIMAL_POINT.search(x)]
    assert not seen, seen


def test_a_count_of_one_reads_as_one_on_the_map_and_in_the_report(sample_file):
    """A one-card journey's map says "1 contactpunt · 1 kanaal", a one-step blueprint
    "1 stap … met 1 faalpunt", a learner's one step "1 of 1 step"."""
    from journeykit_widgets import render
    from journeykit_widgets.store import load
    from journeykit_widgets.views import readings

    journey = load(sample_file("airline", "nl"))
    journey.touchpoints = journey.touchpoints[:1]
    fig = render.journey_map(journey)
    drawn = " ".join(
        " ".join(text.get_text() for text in fig.texts + [t for ax in fig.axes for t in ax.texts]).split()
    )
    assert "1 contactpunt · 1 kanaal" in drawn
    step = journey.blueprint[0].model_copy(update={"fail_point": "Wachtrij"})
    journey.blueprint = [step]
    with language("nl"):
        said = readings.blueprint(journey)
    assert said.startswith("1 stap, ") and "met 1 faalpunt." in said
    assert t("h9learner.progress.heading", lang="en", title="X", done=1, count=1) == (
        "Your progress on “X”: 1 of 1 step done"
    )
    assert t("widgets.list.count", lang="nl", shown=0, count=1) == "0 van 1 contactpunt getoond"
