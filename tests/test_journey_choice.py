"""Notebook 07 without editing code: a control chooses the worked example or your own
journey, the choice holds for the cells run after it (and on a reloaded page), an
injected ``journey_file`` still wins, and the note after a change fits the place
(JupyterLab or Voilà)."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from journeykit_widgets import i18n, paths, store
from journeykit_widgets.model import Journey
from journeykit_widgets.widgets import journey_choice as jc
from journeykit_widgets.widgets.where import in_voila

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def kit(tmp_path, monkeypatch):
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path)
    for name in ("VOILA_BASE_URL", "VOILA_SERVER_URL", "VOILA_REQUEST_URL", "VOILA_KERNEL_ID"):
        monkeypatch.delenv(name, raising=False)
    yield tmp_path
    i18n.set_language("en")


def test_own_journey_by_default_then_the_example_after_choosing_it(kit):
    i18n.set_language("nl")
    own = paths.journey_path(None, "nl")
    choice = jc.JourneyChoice("07_b2b_canvas", "veranda", own)
    labels = [label for label, _ in choice.buttons.options]
    assert labels == ["Mijn eigen klantreis", "Het uitgewerkte voorbeeld (verandaleverancier)"]
    assert choice.path == own
    choice.buttons.value = "example"
    assert choice.path.name == "sample_veranda.nl.json" and choice.path.exists()
    assert "Voer nu de cellen hieronder opnieuw uit" in choice.note.value
    # the cells run again (or a new kernel after a reload) read the kept choice
    stored = json.loads((kit / "workspace" / jc.CHOICE_FILE).read_text("utf-8"))
    assert stored == {"07_b2b_canvas": "example"}
    again = jc.JourneyChoice("07_b2b_canvas", "veranda", own)
    assert again.buttons.value == "example" and again.path == choice.path
    # other notebooks keep their own choice
    assert jc.JourneyChoice("05_priorities", "veranda", own).path == own


def test_a_team_member_chooses_between_the_teams_journey_and_the_example(kit, tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    team = store.save(Journey.new("Team A", language="nl"), home / "team" / "journey.json")
    i18n.set_language("nl")
    choice = jc.JourneyChoice("07_b2b_canvas", "veranda", paths.journey_path(None, "nl"))
    assert choice.buttons.options[0][0] == "De klantreis van mijn team"
    assert choice.path == team


def test_in_voila_the_note_says_reload_the_page(kit, monkeypatch):
    monkeypatch.setenv("VOILA_BASE_URL", "/")
    assert in_voila()
    choice = jc.JourneyChoice("07_b2b_canvas", "veranda", paths.journey_path(None, "en"))
    choice.buttons.value = "example"
    assert "Reload the page" in choice.note.value and "run the cells" not in choice.note.value


def test_an_injected_journey_file_wins_and_shows_no_control(kit, capsys):
    injected = paths.journey_path(str(ROOT / "data" / "b2b_software.en.json"), "en")
    (kit / "workspace").mkdir(exist_ok=True)
    (kit / "workspace" / jc.CHOICE_FILE).write_text('{"07_b2b_canvas": "example"}', "utf-8")
    assert jc.journey_choice("data/b2b_software.en.json", injected, "07_b2b_canvas", "veranda") == injected
    assert capsys.readouterr().out == ""


def test_a_damaged_choice_file_means_your_own_journey(kit):
    (kit / "workspace").mkdir(exist_ok=True)
    (kit / "workspace" / jc.CHOICE_FILE).write_text("[not json", "utf-8")
    own = paths.journey_path(None, "en")
    assert jc.JourneyChoice("07_b2b_canvas", "veranda", own).path == own
    (kit / "workspace" / jc.CHOICE_FILE).write_text('{"07_b2b_canvas": "somewhere"}', "utf-8")
    assert jc.stored_choice("07_b2b_canvas") == "own"


@pytest.mark.parametrize("folder", ["notebooks", "notebooks/nl"])
def test_no_notebook_asks_a_participant_to_edit_code(folder):
    for path in sorted((ROOT / folder).glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                assert "journey_file" not in cell.source, path.name
                assert "parameters cell" not in cell.source and "parametercel" not in cell.source, path.name
    canvas = nbformat.read(ROOT / folder / "07_b2b_canvas.ipynb", as_version=4)
    assert any("journey_choice(journey_file, path" in c.source for c in canvas.cells if c.cell_type == "code")


def test_how_this_page_works_says_what_fits_jupyterlab_or_voila(kit, monkeypatch):
    from journeykit_widgets.widgets.where import how_to_use

    lab = how_to_use("nl")._repr_markdown_()
    assert "Shift + Enter" in lab and "Restart Kernel" in lab
    monkeypatch.setenv("VOILA_SERVER_URL", "/")
    voila = how_to_use("nl")._repr_markdown_()
    assert "Laad de pagina opnieuw" in voila and "Shift" not in voila and "cel" not in voila.lower()
    assert repr(how_to_use("nl")) == voila  # the plain-text copy (handouts, nbval) is the text itself


@pytest.mark.parametrize("folder", ["notebooks", "notebooks/nl"])
def test_start_here_leaves_the_cell_instructions_to_the_place_aware_output(folder):
    nb = nbformat.read(ROOT / folder / "00_start_here.ipynb", as_version=4)
    markdown = " ".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert (
        "Restart Kernel" not in markdown and "Grey cells" not in markdown and "Grijze cellen" not in markdown
    )
    assert "Voilà" in markdown  # the one paragraph before any cell runs names both places
    assert any("how_to_use(language)" in c.source for c in nb.cells if c.cell_type == "code")
