"""Notebook 09_facilitator, run headless over a hand-in folder as a trainer's copy
would be: the progress table, the charts and the report come out of the folder."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from _collect_fixtures import build_handin

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_notebook_shape_and_parameters(lang):
    folder = ROOT / "notebooks" / ("nl" if lang == "nl" else "")
    nb = nbformat.read(folder / "09_facilitator.ipynb", as_version=4)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and params[0].source.startswith("hand_in_folder = None")
    assert nb.cells[-1].source.startswith("## Key points" if lang == "en" else "## Kernpunten")
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for call in (
        "progress_board",
        "show_progress",
        "show_emotion_lines",
        "show_differences",
        "export_report",
    ):
        assert f"collect.{call}(" in code


def test_notebook_runs_over_a_hand_in_folder(tmp_path):
    from nbclient import NotebookClient

    handin = build_handin(tmp_path / "handin")
    nb = nbformat.read(ROOT / "notebooks" / "nl" / "09_facilitator.ipynb", as_version=4)
    for cell in nb.cells:
        if "parameters" in cell.metadata.get("tags", []):
            cell.source = f'hand_in_folder = {str(handin)!r}\nlanguage = "nl"'
    work = tmp_path / "notebooks"
    work.mkdir()
    NotebookClient(nb, timeout=300, resources={"metadata": {"path": str(work)}}).execute()
    texts = json.dumps([o for c in nb.cells for o in c.get("outputs", [])], ensure_ascii=False)
    assert "10 klantreizen, 3 overgeslagen" in texts
    assert "het bestand is leeg" in texts
    pictures = sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
    assert pictures >= 2
    report = work / "output" / "group_report.html"
    assert "De klantreizen van de groep naast elkaar" in report.read_text("utf-8")
    assert not any(p.name == "output" for p in handin.iterdir())
    # The teams' section: a journey per team, and the room's timer every board shows.
    teams = work / "workspace" / "teams"
    assert (teams / "team-a" / "journey.json").is_file() and (teams / "team-b" / "journey.json").is_file()
    assert "Timer gestart op elk bord in de zaal: Pijnpunten, 10 min" in texts
