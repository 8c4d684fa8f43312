"""Comments on the board in a real JupyterLab, in Dutch: open a card's thread from its
badge, add a comment, keep a comment being typed while someone else's arrives, resolve
the thread, close it with Escape, reload the page and find it all again."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from _board_page import run_all, wait_for_file, write_notebook
from playwright.sync_api import expect

from journeykit_widgets import store
from journeykit_widgets.model.threads import add_comment

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WAIT = 60_000  # ms: generous, the machine is shared


def _thread(data: dict, item: str) -> dict | None:
    return next((x for x in data.get("comments", []) if x["item"] == item), None)


def test_a_comment_on_a_card_is_added_resolved_and_still_there_after_a_reload(
    lab_server, browser, screenshots
):
    url, root = lab_server
    journey = "comments_lab.json"
    notebook = write_notebook(
        root,
        "comments_lab.ipynb",
        [f'import journeykit_widgets as jk\njk.journey_board("{journey}", sample="airline", language="nl")'],
    )
    path = root / journey
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(f"{url}/lab/tree/{notebook}?reset")
        run_all(page, 1)
        board = page.locator(".jp-NotebookPanel:visible .jkb").first
        target = json.loads(path.read_text("utf-8"))["touchpoints"][0]
        item = f"tp:{target['id']}"
        badge = board.locator(f".jkb-card[data-id='{target['id']}'] .jkb-cbadge")
        badge.scroll_into_view_if_needed()
        badge.click()
        panel = board.locator(".jkb-comments")
        panel.wait_for(timeout=WAIT)
        assert panel.get_attribute("aria-label") == f"Opmerkingen bij {target['name']}"
        field = panel.locator("textarea.jkb-cfield")
        assert field.evaluate("el => el === document.activeElement")  # keyboard: straight into the field
        field.fill("Klopt de wachttijd hier?")
        panel.get_by_role("button", name="Opmerking toevoegen").click()
        wait_for_file(path, lambda d: _thread(d, item) and len(_thread(d, item)["comments"]) == 1)
        # (The board is redrawn at every view: wait on the badge shown now, not a handle.)
        expect(badge).to_contain_text("1", timeout=WAIT)

        # Someone else comments (another notebook) while this person types: the new
        # comment appears, the half-typed one stays in the field.
        board.locator(".jkb-comments textarea.jkb-cfield").type("Volgens mij niet, de meting")
        store.apply_edit(
            path,
            lambda j: add_comment(
                j, item, "Meting van maart", author="Bo", at=datetime.now(UTC).replace(microsecond=0)
            ),
            "x",
        )
        page.wait_for_function(
            "() => document.querySelector('.jkb-comments')?.textContent.includes('Meting van maart')",
            timeout=WAIT,
        )
        field = board.locator(".jkb-comments textarea.jkb-cfield")
        assert field.input_value() == "Volgens mij niet, de meting"

        board.locator(".jkb-comments").get_by_role("button", name="Afhandelen").click()
        wait_for_file(path, lambda d: _thread(d, item)["resolved_at"] is not None)
        board.locator(".jkb-comments .jkb-cresolved").wait_for(timeout=WAIT)
        board.screenshot(path=str(screenshots / "comments_lab.png"))
        board.locator(".jkb-comments textarea.jkb-cfield").press("Escape")
        board.locator(".jkb-comments").wait_for(state="detached", timeout=WAIT)
        assert badge.evaluate("el => el === document.activeElement")  # the focus goes back to the badge

        page.reload()
        run_all(page, 1)
        board = page.locator(".jp-NotebookPanel:visible .jkb").first
        badge = board.locator(f".jkb-card[data-id='{target['id']}'] .jkb-cbadge")
        badge.wait_for(timeout=WAIT)
        assert "is-resolved" in (badge.get_attribute("class") or "")
        badge.focus()
        page.keyboard.press("Enter")  # the keyboard's way in
        panel = board.locator(".jkb-comments")
        panel.wait_for(timeout=WAIT)
        text = panel.inner_text()
        assert "Klopt de wachttijd hier?" in text and "Meting van maart" in text
        assert "Afgehandeld door" in text and panel.get_by_role("button", name="Heropenen").count() == 1

        # A lane note's badge sits inside the note's <label>: a click on the note's
        # text edits the text, it does not open the thread.
        page.keyboard.press("Escape")
        panel.wait_for(state="detached", timeout=WAIT)
        note = board.locator(".jkb-note-text").first
        note.click()
        assert note.evaluate("el => el === document.activeElement")
        assert board.locator(".jkb-comments").count() == 0
    finally:
        page.close()
