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
def test_summary_warns_first_and_compares_with_the_mean(lang):
    journey = load(DATA / f"b2b_software.{lang}.json")
    summary = report.summary(journey)
    labels = [label for label, _ in summary.feeling]
    with language(lang):
        result = analysis.peak_end(journey)
        assert summary.feeling[0] == (t("lens.report.caution"), result.short_warning())
        assert (t("lens.report.peak_end_vs_mean"), result.comparison()) in summary.feeling
        assert labels.index(t("report.sum.peak")) > 0  # the caution comes before the peak
        assert report.reading(journey, "emotion").text.startswith(result.short_warning())


def test_no_caution_where_peak_end_applies():
    journey = load(DATA / "airline.en.json")
    labels = [label for label, _ in report.summary(journey).feeling]
    assert t("lens.report.caution", lang="en") not in labels
    assert t("lens.report.peak_end_vs_mean", lang="en") in labels


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
