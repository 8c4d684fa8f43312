"""One registry of views: a view registered once is in the CLI's choices, the
report, the deck and the notebooks' facade, with no other edit."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest
from matplotlib.figure import Figure

import journeykit_widgets as jk
from journeykit_widgets import render, views, workshop
from journeykit_widgets.cli import build_parser
from journeykit_widgets.handouts import report, slides
from journeykit_widgets.samples import load_sample
from journeykit_widgets.store import save

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def _draw_note(journey, paper="a4", size=14):
    fig = Figure(figsize=(11.7, 8.3))
    fig.text(0.1, 0.5, f"{journey.title}: {len(journey.touchpoints)} touchpoints", fontsize=size)
    return fig


@pytest.fixture
def note_view():
    """A made-up view, registered for one test and taken out again."""
    entry = views.register(
        views.View(
            "note",
            _draw_note,
            "workshop.caption.map",
            options={"paper": ("a4", "a3", "report"), "size": (10, 14)},
            defaults={"paper": "a4", "size": 14},
            reads=("title", "touchpoints"),
            content=lambda journey: bool(journey.touchpoints),
            reading=lambda journey: f"{len(journey.touchpoints)} touchpoints on a note",
            report=views.Report(35, "report.view.emotion"),
            show=views.Show("show_note", "A note with the journey's title.", {"size": 14}),
        )
    )
    yield entry
    del views.VIEWS[entry.name]


def _cli_view_help(capsys) -> str:
    """What ``journeykit map --help`` says."""
    with pytest.raises(SystemExit):
        build_parser().parse_args(["map", "--help"])
    return capsys.readouterr().out


def _cli_accepts(view: str) -> bool:
    return build_parser().parse_args(["map", "j.json", "-o", "m.png", "--view", view]).view == view


def test_a_registered_view_is_everywhere_without_other_edits(note_view, tmp_path, capsys):
    journey = load_sample("veranda", "en")
    path = save(journey, tmp_path / "veranda.json")
    assert _cli_accepts("note") and "note" in _cli_view_help(capsys)
    # the report's maps, in the place its entry gives it (after the emotion curve)
    names = list(report.views())
    assert names.index("emotion") < names.index("note") < names.index("priority")
    assert list(slides.slide_views()) == names
    assert report.has_content(journey, "note")
    assert str(report.reading(journey, "note")) == f"{len(journey.touchpoints)} touchpoints on a note"
    (page,) = report.figures(journey, "note")
    assert "<svg" in page.svg
    # the notebooks' named function: made from the entry, with its parameters and words
    show_note = jk.show_note
    assert list(inspect.signature(show_note).parameters) == ["path", "size"]
    assert "title" in show_note.__doc__
    picture = show_note(path, size=10)
    assert picture.png.startswith(b"\x89PNG")
    assert render.png("note", journey, size=10) == picture.png


def test_a_view_name_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="journey"):
        views.register(views.View("journey", _draw_note, "workshop.caption.map"))


def test_the_cli_offers_exactly_the_registered_views(capsys):
    assert render.view_names() == tuple(views.VIEWS)
    assert "{" + ",".join(views.VIEWS) + "}" in _cli_view_help(capsys)
    assert all(_cli_accepts(name) for name in views.VIEWS)


def test_the_registry_and_the_cli_help_load_no_drawing_library():
    """The CLI's ``--help`` and ``import journeykit_widgets`` read the registry:
    it must not pull in matplotlib, pandas or pydantic."""
    probe = (
        "import json, sys\n"
        "import journeykit_widgets as jk\n"
        "from journeykit_widgets.cli import build_parser\n"
        "build_parser(); jk.__all__\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    loaded = set(json.loads(out.splitlines()[-1]))
    assert not {"matplotlib", "pandas", "pydantic", "numpy"} & loaded


def test_every_view_with_a_show_entry_is_a_documented_public_function():
    for entry in views.VIEWS.values():
        if entry.show is None:
            continue
        function = getattr(jk, entry.show.name)
        assert entry.show.name in jk.__all__ and entry.show.name in workshop.__all__
        assert function is getattr(workshop, entry.show.name)
        # made from the entry (a hand-written wrapper would be a second place to edit)
        assert function.__doc__.startswith(entry.show.doc)
        assert f"show_view(path, {entry.name!r}" in function.__doc__
        parameters = list(inspect.signature(function).parameters)
        assert parameters == ["path", *entry.show.params]
        assert set(entry.show.params) <= set(entry.options), entry.name


def test_the_facade_passes_its_defaults_and_positional_arguments(tmp_path):
    """``show_canvas(path)`` draws both states (its own default, not the view's),
    and ``show_channels(path, "emotion")`` takes the value positionally, as before."""
    path = save(load_sample("b2b_software", "en"), tmp_path / "b2b.json")
    both = workshop.show_view(path, "canvas", state="both")
    assert (workshop.show_canvas(path).png, workshop.show_canvas(path).caption) == (both.png, both.caption)
    assert (
        workshop.show_channels(path, "emotion").png
        == workshop.show_view(path, "heatmap", value="emotion").png
    )
    assert workshop.show_channels(path, "emotion").png != workshop.show_channels(path).png


def test_notebook_08_shows_every_map_the_report_places():
    """The report notebook is written by hand (headings and narrative between the
    maps): a view placed in the report must have its cell there, in the same order."""
    for source in (NOTEBOOKS / "08_report.ipynb", NOTEBOOKS / "nl" / "08_report.ipynb"):
        cells = json.loads(source.read_text("utf-8"))["cells"]
        shown = [
            line.split('"')[1]
            for cell in cells
            for line in "".join(cell["source"]).splitlines()
            if line.startswith("report.show(path, ")
        ]
        assert shown == list(report.views()), source
