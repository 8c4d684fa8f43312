"""The board's evidence fields in a real JupyterLab: choose a card's evidence source
and confidence in the detail panel, and find them in the journey file; the card
loses its "not researched" mark."""

from __future__ import annotations

import json

import board_flow
import pytest
from _board_page import run_all, wait_for_file, write_notebook

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_setting_a_cards_evidence_source_lands_in_the_file(lab_server, browser, screenshots):
    url, root = lab_server
    journey = "evidence_lab.json"
    notebook = write_notebook(
        root,
        "evidence_lab.ipynb",
        [f'import journeykit_widgets as jk\njk.journey_board("{journey}", sample="airline")'],
    )
    path = root / journey
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(f"{url}/lab/tree/{notebook}?reset")
        run_all(page, 1)
        board = page.locator(".jp-NotebookPanel:visible .jkb").first
        data = json.loads(path.read_text("utf-8"))
        # A card of the sample without a recorded source: it shows the "?" mark.
        target = next(tp for tp in data["touchpoints"] if not tp["evidence"]["source"])
        card = board.locator(f".jkb-card[data-id='{target['id']}']")
        card.scroll_into_view_if_needed()
        assert card.locator(".jkb-assumed").count() == 1
        card.locator(".jkb-open").click()
        detail = board.locator(".jkb-detail")
        detail.wait_for(timeout=30_000)
        detail.locator("select[id$='-evidence_source']").select_option("interview")
        wait_for_file(path, lambda d: _evidence(d, target["id"])["source"] == "interview")
        board.locator(".jkb-detail select[id$='-evidence_confidence']").select_option("high")
        saved = wait_for_file(path, lambda d: _evidence(d, target["id"])["confidence"] == "high")
        assert _evidence(saved, target["id"])["source"] == "interview"
        # The card is drawn as researched once Python's new view arrives.
        page.wait_for_function(
            "id => !document.querySelector(`.jkb-card[data-id='${id}'] .jkb-assumed`)",
            arg=target["id"],
            timeout=30_000,
        )
        assert board_flow.card_id(board, target["name"]) == target["id"]
        board.screenshot(path=str(screenshots / "evidence_lab.png"))
    finally:
        page.close()


def _evidence(data: dict, touchpoint_id: str) -> dict:
    return next(tp["evidence"] for tp in data["touchpoints"] if tp["id"] == touchpoint_id)
