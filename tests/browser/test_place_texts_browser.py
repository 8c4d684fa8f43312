"""A Dutch learner alone on step 3 (goals), as a Voilà page and in JupyterLab: the
page's words fit where it runs. In Voilà nothing asks to run a cell; the line above
the goals table says to reload the page, and after typing goals in the form and
reloading, the table, the check and the progress at the top show them. In
JupyterLab the same line says Shift + Enter."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from _lab_page import VISIBLE, run_cells
from _servers import voila

from journeykit_widgets import store
from journeykit_widgets.model import Journey

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
STEP = "03_goals"
GOALS = ".jk-goals-sell textarea"
# Phrasings that ask for a cell to be run: wrong on a page without cells.
CELL_WORDS = ("Voer de cel", "voer deze cel", "Shift + Enter", "cellen hieronder", "cel hieronder")


def _kit(base: Path) -> Path:
    """A workshop folder: the Dutch step notebook and a fresh journey of the learner's own."""
    kit = base / "kit"
    (kit / "notebooks" / "nl").mkdir(parents=True)
    shutil.copyfile(ROOT / "notebooks" / "nl" / f"{STEP}.ipynb", kit / "notebooks" / "nl" / f"{STEP}.ipynb")
    (kit / "workspace").mkdir()
    store.save(Journey.new("Onze fietsverhuur", language="nl"), kit / "workspace" / "my_journey.json")
    return kit


def _goals_in_file(kit: Path, seconds: float = 60.0) -> list[dict]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            goals = json.loads((kit / "workspace" / "my_journey.json").read_text("utf-8"))["goals"]
        except (OSError, ValueError, KeyError):
            goals = []
        if goals:
            return goals
        time.sleep(0.2)
    raise AssertionError("the goal typed in the form never reached the journey file")


def test_step_3_in_voila_says_reload_and_a_reload_shows_the_new_goal(browser, tmp_path, screenshots):
    pytest.importorskip("voila")
    kit = _kit(tmp_path)
    with voila(kit, tmp_path) as url:
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        try:
            page.goto(f"{url}/voila/render/notebooks/nl/{STEP}.ipynb", timeout=120_000)
            page.wait_for_selector(GOALS, timeout=120_000)
            body = page.locator("body").inner_text()
            assert [w for w in CELL_WORDS if w in body] == []
            assert "laad de pagina dan opnieuw" in body  # the ↻ line above the goals table
            assert "Nog geen klantdoelen" in body and "hierboven en laad de pagina opnieuw" in body
            assert "0 van 6 stappen klaar" in body and "nog geen klantdoelen" in body  # the progress
            page.screenshot(path=str(screenshots / "voila_step3_top.png"))

            page.locator(GOALS).fill("Ik wil in twee minuten een fiets reserveren")
            page.locator(GOALS).blur()
            _goals_in_file(kit)
            page.reload(timeout=120_000)
            page.wait_for_selector(GOALS, timeout=120_000)
            page.wait_for_selector("table.jk-table:has-text('twee minuten')", timeout=60_000)
            body = page.locator("body").inner_text()
            assert "Nog geen klantdoelen" not in body
            assert "nog geen klantdoelen" not in body  # the progress at the top counts the goal
            page.screenshot(path=str(screenshots / "voila_step3_after_reload.png"), full_page=True)
        finally:
            page.close()


# The step's note on running cells again (marked ↻) is on the page.
_SHOWS_RELOAD_NOTE = f"() => [...document.querySelectorAll('{VISIBLE} .jp-RenderedMarkdown')].some(e => e.textContent.includes('↻'))"


def test_step_3_in_jupyterlab_says_shift_enter(lab_server, browser):
    url, root = lab_server
    kit = _kit(root / "lab_step3")
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    try:
        page.goto(f"{url}/lab/tree/lab_step3/kit/notebooks/nl/{STEP}.ipynb?reset", timeout=90_000)
        # Run All as a participant does; the one helper tries again when a first Run All
        # is lost while the kernel connects (its own loop here waited 60 s each time).
        run_cells(page, None, _SHOWS_RELOAD_NOTE)
        note = page.locator(f"{VISIBLE} .jp-RenderedMarkdown:has-text('↻')").first
        assert "Shift + Enter" in note.inner_text() and "laad de pagina" not in note.inner_text()
        page.wait_for_selector(f"{VISIBLE} {GOALS}", timeout=60_000)
        empty = page.locator(f"{VISIBLE} em:has-text('Nog geen klantdoelen')").first
        assert "voer deze cel opnieuw uit" in empty.inner_text()
        assert kit.exists()
    finally:
        page.close()
