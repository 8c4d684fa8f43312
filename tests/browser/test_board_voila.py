"""The boards in Voilà (the dashboard a facilitator shows): the same flow, then a page
reload, which in Voilà is a new kernel, and everything is back from the file."""

from __future__ import annotations

import board_flow
import pytest
from _board_page import write_notebook
from _servers import voila

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def voila_board(browser_executable, tmp_path):
    pytest.importorskip("voila")
    root = tmp_path / "root"
    root.mkdir()
    notebook = write_notebook(
        root,
        "board.ipynb",
        ['import journeykit_widgets as jk\njk.journey_board("voila.json")', 'jk.canvas_board("voila.json")'],
    )
    with voila(root, tmp_path, notebook) as url:
        yield url, root


def _open(page, url):
    page.goto(url, timeout=120_000)
    page.wait_for_function(
        "() => document.querySelectorAll('.jkb[data-kind]').length >= 2"
        " && [...document.querySelectorAll('.jkb')].every(b => b.dataset.kind)",
        timeout=120_000,
    )
    boards = page.locator(".jkb")
    return boards.nth(0), boards.nth(1)


def test_board_flow_in_voila(voila_board, browser, screenshots):
    url, root = voila_board
    page = browser.new_page(viewport={"width": 1280, "height": 900})

    def shot(name, path_only=False):
        path = screenshots / f"voila_{name}.png"
        if not path_only:
            page.locator(".jkb").first.screenshot(path=str(path))
        return path

    try:
        board, canvas = _open(page, url)
        path = root / "voila.json"
        board_flow.add_five_cards(page, board, path, shot)
        board_flow.drag_card_to_phase(page, board, path, shot)
        board_flow.shape_emotion_line(page, board, path, shot)
        board_flow.delete_and_undo(page, board, path, shot)
        canvas.scroll_into_view_if_needed()
        board_flow.fill_canvas(
            page, canvas, path, lambda n: canvas.screenshot(path=str(screenshots / f"voila_{n}.png"))
        )
        board, canvas = _open(page, url)  # a new page in Voilà is a new kernel
        board_flow.check_after_restart(board, canvas)
        shot("07_after_reload")
    finally:
        page.screenshot(path=str(screenshots / "voila_99_page.png"))
        page.close()
