"""Notebook 09_facilitator in a real JupyterLab, as a trainer uses it during a
workshop: run all cells over a hand-in folder of twelve journeys, read the progress
board, let a new team hand in, press Refresh and see that team appear; the charts
and the report are there. Screenshots are kept for a person to look at."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
VISIBLE = ".jp-NotebookPanel:visible"
BOARD = f"{VISIBLE} .jk-collect-board"

sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).parent))
from _collect_fixtures import build_handin  # noqa: E402
from _lab_page import run_cells, shoot, shows, wait_idle_after_run  # noqa: E402


@pytest.fixture(scope="module")
def facilitator(lab_server):
    """Notebook 09 in the server's folder, its parameter set to a hand-in folder."""
    url, root = lab_server
    handin = build_handin(root / "handin")
    notebook = json.loads((ROOT / "notebooks" / "09_facilitator.ipynb").read_text("utf-8"))
    for cell in notebook["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            cell["source"] = f"hand_in_folder = {str(handin)!r}\nlanguage = None"
    target = root / "notebooks" / "09_facilitator.ipynb"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(notebook), "utf-8")
    return url, root, handin


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    yield page
    context.close()


def test_facilitator_sees_progress_refreshes_and_gets_the_charts(facilitator, page, screenshots):
    url, root, handin = facilitator
    before = sorted(p.name for p in handin.iterdir())
    page.goto(f"{url}/lab/tree/notebooks/09_facilitator.ipynb?reset", timeout=90_000)
    # Twelve journeys read on a loaded machine can take minutes: wait for the board
    # itself, with a limit far above a quiet machine's ~30 s.
    run_cells(page, None, shows(".jk-collect-board table"), timeout=300_000)
    wait_idle_after_run(page)

    board = page.locator(BOARD)
    text = board.inner_text()
    assert "10 journeys, 3 left out" in text
    assert "airline_draft" in text and "4/6" in text
    assert "empty.json" in text and "the file is empty" in text
    shoot(page, screenshots, "09-board", BOARD)

    # A new team hands in while the trainer watches: Refresh shows it.
    from journeykit_widgets.samples import load_sample
    from journeykit_widgets.store import save

    save(load_sample("veranda", "nl"), handin / "late_team.json")
    assert "late_team" not in board.inner_text()
    board.locator("button.widget-button", has_text="Refresh").click()
    page.wait_for_function(
        "() => document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jk-collect-board')"
        ".innerText.includes('late_team')",
        timeout=60_000,
    )
    assert "11 journeys, 3 left out" in board.inner_text()
    shoot(page, screenshots, "09-board-refreshed", BOARD)

    images = page.locator(f"{VISIBLE} .jp-RenderedImage.jp-OutputArea-output img")
    assert images.count() >= 2  # emotion lines and touchpoints per phase
    assert images.first.evaluate("img => img.naturalWidth") > 800
    shoot(page, screenshots, "09-emotions", f"{VISIBLE} .jp-RenderedImage.jp-OutputArea-output img >> nth=0")
    shoot(page, screenshots, "09-phases", f"{VISIBLE} .jp-RenderedImage.jp-OutputArea-output img >> nth=1")
    assert page.locator(f"{VISIBLE} .jp-RenderedMarkdown", has_text="Report written").count() == 1
    report = root / "notebooks" / "output" / "group_report.html"
    assert report.exists() and "veranda_installers" in report.read_text("utf-8")
    # Nothing was written into the hand-in folder but the late team's own file.
    assert sorted(p.name for p in handin.iterdir()) == sorted([*before, "late_team.json"])
