"""Keys typed into the board reach the board, not the notebook, in a real JupyterLab:
a colleague clicked the board's title, then a card's name, and the letters ran
notebook commands (a, b, c: insert and copy cells) instead of changing the name."""

from __future__ import annotations

import pytest
from _board_page import BOARD, run_all, wait_for_file, write_notebook

from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.store import save

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CELLS = ".jp-NotebookPanel:visible .jp-Cell"


@pytest.mark.parametrize("first_click", [".jkb-title strong", ".jkb-phase-name", ".jkb-lane-label strong"])
def test_a_card_name_clicked_after_the_board_keeps_the_keys(lab_server, browser, screenshots, first_click):
    url, root = lab_server
    journey = Journey.new("Focus", language="en")
    journey.touchpoints += [Touchpoint(id="tp-1", name="Banner", phase="touch")]
    name = f"focus_{abs(hash(first_click)) % 10_000}"
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
        page.screenshot(path=str(screenshots / f"focus_{name}.png"))
        page.close()
