"""Two voters on one map click fast: each click before the page has heard back from
Python. A dot must count once, never past the round's N, and each voter's count is
their own."""

from __future__ import annotations

import pytest
from _board_page import BOARD, board_story, run_all, wait_for_file, write_notebook

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.store.votes import open_vote

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WAIT = 90_000
DOTS = 3
PLAIN = ".jp-NotebookPanel:not(.lm-mod-hidden) .jkb"
# Clicks the button ``times`` times in one go, finding it again after each redraw.
CLICKS = """([s, times]) => { for (let i = 0; i < times; i++) document.querySelector(s)?.click(); }"""


def _dots(data: dict, voter: str) -> dict[str, int]:
    return {d["item"]: d["count"] for d in data["votes"][-1]["dots"] if d["voter"] == voter and d["count"]}


def test_fast_clicks_count_once_and_never_past_n(lab_server, browser):
    url, root = lab_server
    journey = Journey.new("Snel", language="nl")
    journey.touchpoints += [
        Touchpoint(id="tp-a", name="Offerte", phase="touch", pain_points="Te laat"),
        Touchpoint(id="tp-b", name="Factuur", phase="care", pain_points="Onduidelijk"),
    ]
    path = store.save(journey, root / "snel" / "journey.json")
    open_vote(path, "pain_points", DOTS, by="Fien")
    pages = {}
    try:
        for name in ("Bob", "Cas"):
            cell = (
                f"import os\nos.environ['JOURNEYKIT_AUTHOR'] = {name!r}\n"
                "import journeykit_widgets as jk\njk.journey_board('snel/journey.json', language='nl')"
            )
            page = browser.new_page(viewport={"width": 1400, "height": 950})
            page.goto(f"{url}/lab/tree/{write_notebook(root, f'snel_{name.lower()}.ipynb', [cell])}?reset")
            pages[name] = page
            run_all(page, 1)
            page.wait_for_selector(f"{BOARD} .jkb-card[data-id='tp-a'] .jkb-dot-add", timeout=WAIT)
        bob, cas = pages["Bob"], pages["Cas"]
        add = f"{PLAIN} .jkb-card[data-id='tp-a'] .jkb-dot-add"
        take = f"{PLAIN} .jkb-card[data-id='tp-a'] .jkb-dot-take"
        bob.evaluate(CLICKS, [add, 5])  # five clicks, three dots: two are refused
        cas.evaluate(CLICKS, [add, 2])
        bob.evaluate(CLICKS, [take, 1])  # and Bob moves one at once
        bob.evaluate(CLICKS, [f"{PLAIN} .jkb-card[data-id='tp-b'] .jkb-dot-add", 1])
        try:
            data = wait_for_file(
                path, lambda d: _dots(d, "Bob") == {"tp-a": 2, "tp-b": 1} and _dots(d, "Cas") == {"tp-a": 2}
            )
        except AssertionError as error:
            raise AssertionError(f"{error}\n{board_story(pages, url)}") from None
        assert sum(_dots(data, "Bob").values()) == DOTS
        for page, left in ((bob, "0"), (cas, "1")):
            page.wait_for_function(
                "([s, n]) => document.querySelector(s)?.dataset.left === n",
                arg=[f"{PLAIN} .jkb-vote", left],
                timeout=WAIT,
            )
        for page in (bob, cas):
            page.wait_for_function(
                "s => document.querySelector(s)?.textContent === '● 4'",
                arg=f"{PLAIN} .jkb-card[data-id='tp-a'] .jkb-dot-total",
                timeout=WAIT,
            )
        assert bob.locator(f"{BOARD} .jkb-card[data-id='tp-a'] .jkb-vote-dot.is-mine").count() == 2
    finally:
        for page in pages.values():
            page.close()
