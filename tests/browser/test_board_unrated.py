"""A card added on the board has no emotion until one is given (issue 23, point 7),
in a real browser: its chip says so, its point waits hollow off the line, the
journey's end stays where it was, and the arrow keys give it an emotion."""

from __future__ import annotations

import pytest
from _board_page import BOARD, run_all, wait_for_file, write_notebook

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_new_card_shows_no_emotion_yet_until_one_is_given(lab_server, browser, screenshots):
    url, root = lab_server
    cells = [
        'import journeykit_widgets as jk\njk.journey_board("unrated.json", sample="airline", language="nl")'
    ]
    name = write_notebook(root, "unrated.ipynb", cells)
    page = browser.new_page(viewport={"width": 1500, "height": 900})
    try:
        page.goto(f"{url}/lab/tree/{name}?reset")
        run_all(page, 1)
        board = page.locator(BOARD).first
        end_before = board.locator(".jkb-point:has(.jkb-flag.is-end)").get_attribute("data-id")
        board.locator(".jkb-add").nth(3).click()  # the last phase, Care
        page.keyboard.type("Webinar")
        page.keyboard.press("Enter")
        data = wait_for_file(
            root / "unrated.json", lambda d: any(tp["name"] == "Webinar" for tp in d["touchpoints"])
        )
        new = next(tp for tp in data["touchpoints"] if tp["name"] == "Webinar")
        assert new["emotion"] is None
        card = board.locator(f".jkb-card[data-id='{new['id']}']")
        assert card.locator(".jkb-emo.is-unrated").inner_text() == "geen emotie"
        point = board.locator(f".jkb-point[data-id='{new['id']}']")
        assert "is-unrated" in point.get_attribute("class")
        assert point.get_attribute("aria-valuetext").startswith("Nog geen emotie")
        # The end of the journey is still the last card with an emotion.
        board.locator(".jkb-flag.is-end").wait_for()
        assert board.locator(".jkb-point:has(.jkb-flag.is-end)").get_attribute("data-id") == end_before
        board.screenshot(path=str(screenshots / "unrated_nl.png"))
        board.locator(".jkb-detail-head .jkb-icon").click()  # close the details to see the card
        board.screenshot(path=str(screenshots / "unrated_nl_closed.png"))
        point.focus()
        page.keyboard.press("ArrowUp")
        data = wait_for_file(
            root / "unrated.json",
            lambda d: next(tp for tp in d["touchpoints"] if tp["id"] == new["id"])["emotion"] == 1,
        )
        board.locator(f".jkb-card[data-id='{new['id']}'] .jkb-emo:not(.is-unrated)").wait_for()
        assert card.locator(".jkb-emo").inner_text() == "+1"
    finally:
        page.close()
