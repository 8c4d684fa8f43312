"""The goals editor in a real JupyterLab, in Dutch: type goals one per line, pick
one and give it its evidence, reload the page and find the evidence in the file
and back in the form."""

from __future__ import annotations

import json
import time

import pytest
from _lab_page import run_cells, shows, write_notebook
from playwright.sync_api import expect

from journeykit_widgets import store
from journeykit_widgets.model import Journey

pytestmark = [pytest.mark.browser, pytest.mark.slow]

GOALS = ".jk-goals-sell textarea"
ROW = ".jk-evidence-panel .jk-evidence-row"
QUOTE = "Zes van de acht <b>gezinnen</b> willen naast elkaar zitten"


def _goals(root, seconds: float = 60.0, check=lambda goals: True) -> list[dict]:
    """The journey file's goals once ``check`` holds for them (saves land after a pause)."""
    deadline = time.monotonic() + seconds
    goals: list[dict] = []
    while time.monotonic() < deadline:
        try:
            goals = json.loads((root / "goals.json").read_text("utf-8"))["goals"]
        except (OSError, ValueError):
            goals = []
        if check(goals):
            return goals
        time.sleep(0.1)
    raise AssertionError(f"the file never showed the change: {goals}")


def _open(page, url):
    page.goto(f"{url}/lab/tree/goals.ipynb?reset")
    run_cells(page, 1, shows(GOALS))
    return page.locator(".jp-NotebookPanel:visible")


def test_goal_evidence_typed_and_chosen_in_dutch_is_in_the_file_after_a_reload(
    lab_server, browser, screenshots
):
    url, root = lab_server
    store.save(Journey.new("Doelen in de browser", language="nl"), root / "goals.json")
    write_notebook(
        root,
        "goals.ipynb",
        ['import journeykit_widgets as jk\njk.set_language("nl")\njk.goals_editor("goals.json")'],
    )
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    try:
        panel = _open(page, url)
        panel.locator(GOALS).fill("Snel boeken\nNaast elkaar zitten")
        goals = _goals(root, check=lambda goals: len(goals) == 2)
        seat = goals[1]["id"]
        # A row per goal as soon as the kernel saved them; the second goal's inputs
        # are its own, so choosing fast never lands on the first.
        row = panel.locator(ROW, has_text="Sell: Naast elkaar zitten")
        row.wait_for(timeout=30_000)
        expect(panel.locator(ROW)).to_have_count(2)
        row.locator(".jk-field-evidence_source select").select_option(label="Enquête")
        reference = row.locator(".jk-field-evidence_reference input")
        reference.fill(QUOTE)
        reference.press("Tab")
        row.locator(".jk-field-evidence_confidence select").select_option(label="hoog")
        goals = _goals(
            root,
            check=lambda goals: (
                goals[1]["evidence"] == {"source": "survey", "reference": QUOTE, "confidence": "high"}
            ),
        )
        assert goals[0]["evidence"] == {"source": "", "reference": "", "confidence": ""}  # the other goal
        assert goals[1]["id"] == seat
        panel.locator(".jk-editor").first.screenshot(path=str(screenshots / "goals_01_evidence.png"))

        # Reload and run again: the evidence comes back from the file.
        panel = _open(page, url)
        row = panel.locator(ROW, has_text="Sell: Naast elkaar zitten")
        expect(row.locator(".jk-field-evidence_reference input")).to_have_value(QUOTE, timeout=30_000)
        selected = row.locator(".jk-field-evidence_source select option:checked")
        assert selected.inner_text().strip() == "Enquête"
        first = panel.locator(ROW, has_text="Sell: Snel boeken")
        expect(first.locator(".jk-field-evidence_reference input")).to_have_value("")
    finally:
        page.screenshot(path=str(screenshots / "goals_99_last_page.png"))
        page.close()
