"""A learner sees where they are: the six steps (and the canvas of a B2B map) of
their own journey, done or still open with what is missing, in the journey's language."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from journeykit_widgets import i18n, samples, store
from journeykit_widgets.learner_progress import show_progress
from journeykit_widgets.model import Journey

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def test_a_new_journey_lists_every_step_as_open_with_where_to_do_it(tmp_path):
    path = tmp_path / "my_journey.json"
    store.save(Journey.new("Onze veranda", language="nl"), path)
    i18n.set_language("en")  # the journey's language wins over the kit's
    text = repr(show_progress(path))
    assert text.splitlines()[0] == "Je voortgang met ‘Onze veranda’: 0 van 6 stappen klaar"
    assert "→ 1 Contactpunten: nog geen contactpunten (notebook 01_touchpoints)" in text
    assert "→ 6 Herzien en bijwerken: nog geen review vastgelegd (notebook 06_review)" in text
    assert "canvas" not in text.lower()  # not a B2B map
    # the steps go by the names of their Dutch notebooks, not the English "Touchpoints"
    assert "Touchpoints" not in text and "→ 3 Klantdoelen:" in text
    assert "➜" in show_progress(path)._repr_markdown_()


def test_a_b2b_journey_also_has_the_canvas_step(tmp_path):
    path = tmp_path / "ours.json"
    shutil.copyfile(samples.sample_path("b2b_software", "en"), path)
    text = repr(show_progress(path))
    assert ": 7 of 7 steps done" in text.splitlines()[0]
    assert "✓ B2B canvas" in text
    assert "→" not in text


def test_a_half_done_journey_says_what_is_missing(tmp_path):
    path = tmp_path / "ours.json"
    journey = samples.load_sample("veranda", "en")
    journey.goals.clear()
    store.save(journey, path)
    text = repr(show_progress(path))
    assert "→ 3 Customer goals: no customer goals yet (notebook 03_goals)" in text
    assert "✓ 1 Touchpoints" in text


def test_a_sample_or_a_damaged_file_gets_a_sentence_not_a_traceback(tmp_path):
    i18n.set_language("nl")
    assert "Begin je eigen klantreis" in repr(show_progress(samples.sample_path("airline", "nl")))
    copy = tmp_path / "sample_airline.nl.json"  # the working copy the notebooks make
    shutil.copyfile(samples.sample_path("airline", "nl"), copy)
    assert "Begin je eigen klantreis" in repr(show_progress(copy))
    broken = tmp_path / "mijn.json"
    broken.write_text("{ kapot", "utf-8")
    assert "niet te lezen" in repr(show_progress(broken))


@pytest.mark.parametrize("folder", ["notebooks", "notebooks/nl"])
def test_start_here_and_every_step_show_the_progress(folder):
    for name in ("00_start_here", "01_touchpoints", "04_flow", "07_b2b_canvas"):
        nb = nbformat.read(ROOT / folder / f"{name}.ipynb", as_version=4)
        assert any("show_progress(" in c.source for c in nb.cells if c.cell_type == "code"), name


@pytest.mark.parametrize("folder", ["notebooks", "notebooks/nl"])
def test_start_here_shows_the_sample_map_its_text_announces_also_after_the_learner_started(
    folder, tmp_path, monkeypatch
):
    """ "Below is the map of a sample case: an airline campaign" stays true once the
    learner has a (still empty) journey of their own in the workspace."""
    import journeykit_widgets as jk

    kit = tmp_path / "kit"
    (kit / "notebooks").mkdir(parents=True)
    store.save(Journey.new("Onze fietsverhuur", language="nl"), kit / "workspace" / "my_journey.json")
    monkeypatch.chdir(kit / "notebooks")
    nb = nbformat.read(ROOT / folder / "00_start_here.ipynb", as_version=4)
    cell = next(c.source for c in nb.cells if c.cell_type == "code" and "show_map(" in c.source)
    namespace = {"jk": jk, "path": jk.journey_path(None, "nl" if folder.endswith("nl") else "en")}
    assert namespace["path"].name == "my_journey.json"  # the learner's own file is the notebook's path
    picture = eval(cell, namespace)  # our own committed one-line cell
    sample = samples.load_sample("airline", "nl" if folder.endswith("nl") else "en").title
    assert sample in picture.caption and "fietsverhuur" not in picture.caption
