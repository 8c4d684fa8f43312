"""Dot voting in a real JupyterLab, in Dutch: the facilitator opens a round in the
form, a participant places three dots on the board, moves one, the facilitator
closes the round, and the counts stand on the cards."""

from __future__ import annotations

import pytest
from _board_page import wait_for_file, write_notebook
from _lab_page import VISIBLE, run_cells

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WAIT = 60_000  # generous: a loaded machine answers slowly, never a fixed sleep


def _journey_file(root):
    journey = Journey.new("Stemmen", language="nl")
    journey.touchpoints += [
        Touchpoint(id="tp-a", name="Offerte", phase="touch", pain_points="Te laat"),
        Touchpoint(id="tp-b", name="Terugbellen", phase="tell", pain_points="Niemand belt"),
        Touchpoint(id="tp-c", name="Factuur", phase="care", pain_points="Onduidelijk"),
    ]
    return store.save(journey, root / "team_votes.json")


def _mine(data: dict) -> dict[str, int]:
    votes = data.get("votes") or [{}]
    return {d["item"]: d["count"] for d in votes[-1].get("dots", [])}


def test_open_place_move_close_and_see_the_counts(lab_server, browser, screenshots):
    url, root = lab_server
    path = _journey_file(root)
    notebook = write_notebook(
        root,
        "votes_lab.ipynb",
        [
            'import journeykit_widgets as jk\njk.journey_board("team_votes.json")',
            'from journeykit_widgets import i18n\ni18n.set_language("nl")\njk.vote_form("team_votes.json", by="Fien")',
        ],
    )
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{url}/lab/tree/{notebook}?reset")
        # both cells: the board, and the facilitator's form under it
        ready = f"() => document.querySelector('{VISIBLE} .jkb[data-kind]') && document.querySelector('{VISIBLE} .jk-vote-form')"
        run_cells(page, 2, ready)
        panel = page.locator(".jp-NotebookPanel:visible")
        board = panel.locator(".jkb").first
        open_button = panel.locator("button.widget-button", has_text="Open de stemming")
        open_button.wait_for(timeout=WAIT)
        assert board.locator(".jkb-vote").count() == 0  # no round yet: no dots anywhere
        open_button.click()
        bar = board.locator(".jkb-vote")
        bar.wait_for(timeout=WAIT)
        assert "nog 5 van 5 stippen over" in bar.inner_text()

        def card(item):
            return board.locator(f".jkb-card[data-id='{item}']")

        # three dots: two on the quote, one on the call back
        for item in ("tp-a", "tp-a", "tp-b"):
            card(item).locator(".jkb-dot-add").click()
        wait_for_file(path, lambda d: _mine(d) == {"tp-a": 2, "tp-b": 1})
        page.wait_for_function(
            "() => document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jkb-vote')?.dataset.left === '2'",
            timeout=WAIT,
        )
        assert card("tp-a").locator(".jkb-vote-dot.is-mine").count() == 2
        # move one: take it back from the quote, place it on the invoice
        card("tp-a").locator(".jkb-dot-take").click()
        card("tp-c").locator(".jkb-dot-add").click()
        wait_for_file(path, lambda d: _mine(d) == {"tp-a": 1, "tp-b": 1, "tp-c": 1})
        assert "nog 2 van 5 stippen over" in bar.inner_text()
        board.screenshot(path=str(screenshots / "votes_open.png"))

        panel.locator("button.widget-button", has_text="Sluit de stemming").click()
        board.locator(".jkb-vote.is-closed").wait_for(timeout=WAIT)
        assert "3 stippen van 1 mensen" in board.locator(".jkb-vote").inner_text()
        totals = {
            item: card(item).locator(".jkb-dot-total").inner_text() for item in ("tp-a", "tp-b", "tp-c")
        }
        assert totals == {"tp-a": "● 1", "tp-b": "● 1", "tp-c": "● 1"}
        assert board.locator(".jkb-dot-add").count() == 0  # closed: no more dots to place
        board.screenshot(path=str(screenshots / "votes_closed.png"))
    finally:
        page.close()
