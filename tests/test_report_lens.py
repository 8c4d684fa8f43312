"""The report carries peak–end as one lens (caution first, comparison with the mean)
and the buying-group chart only when at least two roles have touchpoints."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeykit_widgets import analysis
from journeykit_widgets.handouts import report
from journeykit_widgets.i18n import language, t
from journeykit_widgets.store import load

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_summary_says_first_that_the_average_is_the_lens(lang):
    """Issue 24: one peak–end statement that says which lens applies and why, not
    two scores and "check both"; a row labelled "Average" held a caution."""
    journey = load(DATA / f"b2b_software.{lang}.json")
    summary = report.summary(journey)
    with language(lang):
        result = analysis.peak_end(journey)
        label, text = summary.feeling[0]  # before the peak: the reader doubts it first
        assert label == t("voice.lens.label")
        assert text == result.lens(short=True)
        assert text.startswith({"en": "Read the average (+", "nl": "Lees het gemiddelde (+"}[lang])
        reading = report.reading(journey, "emotion").text
        assert {"en": "The average (+", "nl": "Het gemiddelde (+"}[lang] in reading
        assert {"en": "B2B journey", "nl": "B2B-klantreis"}[lang] in reading  # why


@pytest.mark.parametrize("case", ["airline", "veranda", "b2b_software"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_reading_gives_one_score_and_no_check_both(case, lang):
    journey = load(DATA / f"{case}.{lang}.json")
    texts = [report.reading(journey, "emotion").text]
    texts += [text for _, text in report.summary(journey).feeling]
    with language(lang):
        texts.append(analysis.peak_end(journey).summary())
    words = " ".join(texts).lower()
    for said in ("check both", "controleer beide", "usual peak", "gebruikelijke piek", "beide"):
        assert said not in words
    labels = [label for label, _ in report.summary(journey).feeling]
    assert t("voice.lens.label", lang=lang) in labels


def test_peak_end_is_the_lens_where_it_applies():
    journey = load(DATA / "airline.en.json")
    feeling = dict(report.summary(journey).feeling)
    assert feeling[t("voice.lens.label", lang="en")].startswith(
        "Peak–end applies (one clear beginning and end)"
    )
    assert list(feeling)[-1] == t("voice.lens.label", lang="en")


def test_roles_chart_only_with_a_buying_group():
    b2b = load(DATA / "b2b_software.nl.json")
    assert report.has_content(b2b, "roles")
    text = report.reading(b2b, "roles").text
    assert "Aankoopbeslissing" in text and "Inkoper" in text
    assert not report.has_content(load(DATA / "veranda.en.json"), "roles")
    (fig,) = report.pages(b2b, "roles")
    assert report.min_text_size(fig) >= 6


def test_the_notebook_reading_sets_the_caution_apart():
    from journeykit_widgets.summaries import show_peak_end

    note = show_peak_end(DATA / "b2b_software.en.json")
    assert "\n> ⚠ Careful with peak–end here." in note.markdown
    assert "- ⚠" not in note.markdown  # not one bullet among the findings
    assert "\nTrough: Trigger is the lowest stretch" in note.plain
    assert "\n>" not in show_peak_end(DATA / "airline.en.json").markdown
