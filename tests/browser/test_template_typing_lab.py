"""Step 6's template editor in a real JupyterLab: typing into cell after cell with Tab,
quickly, as a participant fills a grid. No cell loses its first letters to the save of
the cell before it (that save used to rewrite every cell from the file, the focused
one included)."""

from __future__ import annotations

import re

import pytest
from _board_page import wait_for_file, write_notebook
from _lab_page import VISIBLE, run_cells, shows

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TEXTS = [
    "Teksten herschrijven met de werkplaats",
    "Belt de garage",
    "Wacht op de offerte",
    "Twijfelt over de prijs",
    "Leest reviews",
    "Vraagt een collega",
    "Plant de afspraak",
    "Krijgt een herinnering",
    "Brengt de auto",
    "Haalt de auto op",
]


def test_typing_cell_after_cell_with_tab_keeps_every_letter(lab_server, browser):
    url, root = lab_server
    journey = "template_nl.json"
    cell = f'import journeykit_widgets as jk\njk.template_editor("{journey}", language="nl")'
    notebook = write_notebook(root, "template_nl.ipynb", [cell])
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{url}/lab/tree/{notebook}?reset")
        run_cells(page, 1, shows(".jk-cell textarea"))
        page.locator(f"{VISIBLE} .jk-cell textarea").first.click()
        for i, text in enumerate(TEXTS):
            if i:
                page.keyboard.press("Tab")  # into the next cell, and type at once
            # A first word, a moment's hesitation (the editor saves after such a pause), the rest.
            page.keyboard.type(text[:4])
            page.wait_for_timeout(650)
            page.keyboard.type(text[4:])
        cells = page.evaluate(
            f"() => [...document.querySelectorAll('{VISIBLE} .jk-cell')].slice(0, {len(TEXTS)})"
            ".map(el => [el.className, el.querySelector('textarea').value])"
        )
        places = [re.search(r"jk-cell-(\w+?)-(step_\d)", name).groups() for name, _ in cells]

        def all_saved(data):
            grid = data["templates"].get("current_state", {}).get("cells", {})
            return [grid.get(row, {}).get(column) for row, column in places] == TEXTS

        wait_for_file(root / journey, all_saved, timeout=60)
        shown = page.evaluate(
            f"() => [...document.querySelectorAll('{VISIBLE} .jk-cell textarea')].slice(0, {len(TEXTS)}).map(t => t.value)"
        )
        assert shown == TEXTS
    finally:
        page.close()
