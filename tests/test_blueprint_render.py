"""The blueprint view and its blank worksheet show what a reader needs: the lanes and
the three named lines, each fail point on its step, each wait time, in the journey's
language; the worksheet is in the printable pack in both languages."""

from __future__ import annotations

import subprocess

import pytest
from _render_checks import all_text, overflowing, overlapping, text_extents

from journeykit_widgets import render
from journeykit_widgets.frameworks.blueprint import blueprint_lanes, blueprint_lines
from journeykit_widgets.handouts.pack import worksheet_pack
from journeykit_widgets.i18n import t
from journeykit_widgets.model import BlueprintStep, Journey
from journeykit_widgets.render.blueprint import wait_label
from journeykit_widgets.samples import load_sample


def _sizes(fig) -> list[float]:
    return [text.get_fontsize() for text in fig.texts]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_airline_blueprint_shows_lanes_lines_fail_points_and_waits(lang):
    journey = load_sample("airline", lang)
    fig = render.view("blueprint").figure(journey, paper="a4")
    text = " ".join(all_text(fig).split())
    for entry in [*blueprint_lanes().values(), *blueprint_lines().values()]:
        assert entry.label(lang) in text
    fails = [s for s in journey.blueprint if s.fail_point]
    badges = [x for x in fig.texts if x.get_text() == "F"]
    # one badge per fail point, one beside the row's label, one in the legend's words
    assert len(badges) == len(fails) + 1
    for step in fails:
        assert " ".join(step.fail_point.split()[:2]) in text
    from journeykit_widgets.i18n import language

    with language(lang):
        for step in journey.blueprint:
            if step.has_wait:
                assert wait_label(step) in text
    assert min(_sizes(fig)) >= 6.0


def test_wait_labels_read_in_the_active_language():
    from journeykit_widgets.i18n import language

    step = BlueprintStep(name="x", wait_time=2.5, wait_unit="hours")
    with language("nl"):
        assert wait_label(step) == "2.5 uur"
    with language("en"):
        assert wait_label(step) == "2.5 hours"
        assert wait_label(BlueprintStep(name="y")) == ""


def test_a_journey_without_steps_says_how_to_start():
    fig = render.view("blueprint").figure(Journey.new("Empty", language="nl"))
    assert t("render.empty.title", lang="nl") in all_text(fig)


def test_many_long_steps_still_fit_their_cells():
    journey = Journey.new("Long")
    journey.blueprint = [
        BlueprintStep(
            id=f"s{i}", name=f"Step with a long name {i}", frontstage="word " * 80, fail_point="x " * 60
        )
        for i in range(10)
    ]
    rows = text_extents(render.view("blueprint").figure(journey, paper="a4"))
    assert not overflowing(rows) and not overlapping(rows)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_blank_worksheet_has_numbered_steps_line_names_and_no_content(lang):
    fig = render.worksheet("blueprint", lang=lang)
    text = all_text(fig)
    for n in (1, 6):
        assert t("blueprint.render.step", lang=lang, n=n) in text
    for line in blueprint_lines().values():
        assert line.label(lang) in text
    rows = text_extents(fig)
    assert not overflowing(rows) and not overlapping(rows)
    assert min(_sizes(fig)) >= 6.0


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_worksheet_pack_has_the_blueprint_sheet(lang, tmp_path):
    path, _pages = worksheet_pack(tmp_path / "pack.pdf", lang=lang, kinds=["blueprint"])
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert t("handouts.pack.blueprint.title", lang=lang) in " ".join(text.split())
    assert blueprint_lines()["visibility"].label(lang) in text
    assert "blueprint" in render.WORKSHEETS
