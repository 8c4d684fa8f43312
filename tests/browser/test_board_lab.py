"""The boards in a real JupyterLab, in Dutch: the whole flow, then a page reload and a
kernel restart, and everything is still in the file and on the board. The same flow
runs in English in Voila (test_board_voila.py): each language and each host once, not
all four (the English run here took another one and a half CI minutes)."""

from __future__ import annotations

import board_flow
import pytest
from _board_page import restart_kernel, run_all, write_notebook

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LABELS = {"en": ("Add touchpoint", "Ideal"), "nl": ("Contactpunt toevoegen", "Ideaal")}


@pytest.mark.parametrize("lang", ["nl"])
def test_board_flow_survives_reload_and_kernel_restart(lab_server, browser, screenshots, lang):
    url, root = lab_server
    journey = f"flow_{lang}.json"
    cells = [
        f'import journeykit_widgets as jk\njk.journey_board("{journey}", language="{lang}")',
        f'jk.canvas_board("{journey}")',
    ]
    notebook = write_notebook(root, f"flow_{lang}.ipynb", cells)
    page = browser.new_page(viewport={"width": 1280, "height": 900})

    def shot(name, path_only=False):
        path = screenshots / f"lab_{lang}_{name}.png"
        if not path_only:
            page.locator(".jp-NotebookPanel:visible .jkb").first.screenshot(path=str(path))
        return path

    try:
        page.goto(f"{url}/lab/tree/{notebook}?reset")
        run_all(page, 2)
        boards = page.locator(".jp-NotebookPanel:visible .jkb")
        board, canvas = boards.nth(0), boards.nth(1)
        add_label, ideal_label = LABELS[lang]
        assert add_label in board.locator(".jkb-add").first.inner_text()
        assert canvas.locator("[data-focus='state:ideal']").inner_text() == ideal_label
        path = root / journey

        board_flow.add_five_cards(page, board, path, shot)
        board_flow.drag_card_to_phase(page, board, path, shot)
        board_flow.shape_emotion_line(page, board, path, shot)
        board_flow.delete_and_undo(page, board, path, shot)
        canvas.scroll_into_view_if_needed()
        board_flow.fill_canvas(
            page, canvas, path, lambda n: canvas.screenshot(path=str(screenshots / f"lab_{lang}_{n}.png"))
        )

        page.reload()
        run_all(page, 2)
        board_flow.check_after_restart(boards.nth(0), boards.nth(1))
        restart_kernel(page, url, notebook)
        page.goto(f"{url}/lab/tree/{notebook}?reset")
        run_all(page, 2)
        board_flow.check_after_restart(boards.nth(0), boards.nth(1))
        shot("07_after_restart")
    finally:
        page.screenshot(path=str(screenshots / f"lab_{lang}_99_page.png"))
        page.close()
