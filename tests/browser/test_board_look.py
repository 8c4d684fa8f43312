"""Screenshots of the boards at a laptop and a projector size, both languages, the
three sample cases and an empty journey, kept for a person to look at; the test
also checks what would look broken (text cut off at the right, no cards)."""

from __future__ import annotations

import pytest
from _board_page import run_all, write_notebook

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CASES = ("airline", "veranda", "b2b_software")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_boards_look_right_at_laptop_and_projector_size(lab_server, browser, screenshots, lang):
    url, root = lab_server
    cells = [
        f'import journeykit_widgets as jk\njk.journey_board("look_{lang}_airline.json", sample="airline", language="{lang}")'
    ]
    cells += [
        f'jk.journey_board("look_{lang}_{case}.json", sample="{case}", language="{lang}")'
        for case in CASES[1:]
    ]
    cells += [f'jk.journey_board("look_{lang}_empty.json", language="{lang}")']
    cells += [f'jk.canvas_board("look_{lang}_veranda.json", state="both")']
    name = write_notebook(root, f"look_{lang}.ipynb", cells)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(f"{url}/lab/tree/{name}?reset")
        run_all(page, len(cells))
        boards = page.locator(".jp-NotebookPanel:visible .jkb")
        labels = [*CASES, "empty", "canvas_veranda"]
        for width, height in ((1280, 800), (1920, 1080)):
            page.set_viewport_size({"width": width, "height": height})
            # Two animation frames: the boards' resize observers have run and drawn.
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            for i, label in enumerate(labels):
                board = boards.nth(i)
                board.scroll_into_view_if_needed()
                board.screenshot(path=str(screenshots / f"look_{lang}_{label}_{width}.png"))
        airline = boards.nth(0)
        assert airline.locator(".jkb-card").count() >= 12
        assert boards.nth(3).locator(".jkb-card").count() == 0
        assert boards.nth(3).locator(".jkb-add").count() == 4
        # The board's labels follow the journey's language.
        expected = {"en": "Add touchpoint", "nl": "Contactpunt toevoegen"}[lang]
        assert expected in airline.locator(".jkb-add").first.inner_text()
    finally:
        page.screenshot(path=str(screenshots / f"look_{lang}_page.png"))
        page.close()
