"""Keys typed on the board reach the board, not the notebook, in a real JupyterLab.

A colleague clicked the board's title, then a card's name, and letters ran notebook
commands (command mode: a and b insert cells, d d deletes the board's own cell). A
click on a part of the board that takes no keys (the title, a phase's name, a lane's
label) gave the focus to the notebook's cell; a key pressed before the next click
landed — or a click that missed a moving field — went to the notebook."""

from __future__ import annotations

import pytest
from _board_page import BOARD, run_all, wait_for_file, write_notebook

from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.store import save

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CELLS = ".jp-NotebookPanel:visible .jp-Cell"


@pytest.mark.parametrize("first_click", [".jkb-title strong", ".jkb-lane-label strong"])
def test_keys_after_a_click_on_the_board_stay_on_the_board(lab_server, browser, screenshots, first_click):
    url, root = lab_server
    journey = Journey.new("Focus", language="en")
    journey.touchpoints += [Touchpoint(id="tp-1", name="Banner", phase="touch")]
    name = "focus_title" if "title" in first_click else "focus_lane"
    save(journey, root / f"{name}.json")
    notebook = write_notebook(
        root, f"{name}.ipynb", [f'import journeykit_widgets as jk\njk.journey_board("{name}.json")', "1 + 1"]
    )
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(f"{url}/lab/tree/{notebook}?reset")
        run_all(page, 1)
        cells = page.locator(CELLS).count()
        board = page.locator(BOARD).first
        board.locator(first_click).first.click()
        # Letters that are notebook commands in command mode: insert a cell above, below.
        page.keyboard.type("ab")
        field = board.locator("[data-focus='name:tp-1']")
        field.click()
        page.keyboard.press("End")
        page.keyboard.type(" abc")
        page.wait_for_function(
            "() => document.querySelector(\"[data-focus='name:tp-1']\")?.textContent === 'Banner abc'",
            timeout=10_000,
        )
        assert page.locator(CELLS).count() == cells, "a letter ran a notebook command"
        assert page.evaluate("() => document.activeElement?.dataset?.focus") == "name:tp-1"
        wait_for_file(root / f"{name}.json", lambda data: data["touchpoints"][0]["name"] == "Banner abc")
    finally:
        page.screenshot(path=str(screenshots / f"{name}.png"))
        page.close()
