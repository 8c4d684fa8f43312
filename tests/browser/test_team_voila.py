"""The smallest team flow in Voilà, in Dutch: a map with a vote the facilitator opened
and a comment from a teammate; the page shows the vote bar and the comment badge, a
dot placed and a comment added reach the file under the page's own name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _board_page import wait_for_file, write_notebook
from _servers import voila

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.threads import add_comment
from journeykit_widgets.store.votes import open_vote

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WAIT = 120_000  # ms: generous, a Voilà page starts its own kernel on a shared machine


def _mine(data: dict, voter: str) -> dict[str, int]:
    return {d["item"]: d["count"] for d in data["votes"][-1]["dots"] if d["voter"] == voter and d["count"]}


def _texts(data: dict) -> list[tuple[str, str]]:
    thread = next(x for x in data["comments"] if x["item"] == "tp:tp-a")
    return [(c["author"], c["text"]) for c in thread["comments"]]


def test_vote_bar_and_comment_badge_in_voila(browser_executable, browser, tmp_path, screenshots):
    pytest.importorskip("voila")
    root = tmp_path / "root"
    root.mkdir()
    journey = Journey.new("Team V", language="nl")
    journey.touchpoints += [
        Touchpoint(id="tp-a", name="Offerte", phase="touch", pain_points="Te laat"),
        Touchpoint(id="tp-b", name="Factuur", phase="care", pain_points="Onduidelijk"),
    ]
    path = store.save(journey, root / "team.json")
    open_vote(path, "pain_points", 2, by="Fien")
    store.apply_edit(
        path,
        lambda j: add_comment(
            j, "tp:tp-a", "Klopt dit?", author="Ann", at=datetime.now(UTC).replace(microsecond=0)
        ),
        "x",
    )
    cell = (
        "import os\nos.environ['JOURNEYKIT_AUTHOR'] = 'Dirk'\n"
        "import journeykit_widgets as jk\njk.journey_board('team.json', language='nl')"
    )
    notebook = write_notebook(root, "team.ipynb", [cell])
    with voila(root, tmp_path, notebook) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        try:
            page.goto(url, timeout=WAIT)
            board = page.locator(".jkb[data-kind]").first
            bar = board.locator(".jkb-vote")
            bar.wait_for(timeout=WAIT)
            assert "nog 2 van 2 stippen over" in bar.inner_text()
            badge = board.locator(".jkb-card[data-id='tp-a'] .jkb-cbadge")
            assert "1" in badge.inner_text() and "is-open" in (badge.get_attribute("class") or "")

            board.locator(".jkb-card[data-id='tp-a'] .jkb-dot-add").click()
            wait_for_file(path, lambda d: _mine(d, "Dirk") == {"tp-a": 1})
            page.wait_for_function(
                "() => document.querySelector('.jkb-vote')?.dataset.left === '1'", timeout=WAIT
            )
            badge.click()
            panel = board.locator(".jkb-comments")
            panel.wait_for(timeout=WAIT)
            assert "Klopt dit?" in panel.inner_text()
            panel.locator("textarea.jkb-cfield").fill("Ja, zie de meting")
            panel.get_by_role("button", name="Opmerking toevoegen").click()
            wait_for_file(path, lambda d: _texts(d) == [("Ann", "Klopt dit?"), ("Dirk", "Ja, zie de meting")])
            page.wait_for_function(
                "() => /2/.test(document.querySelector(\".jkb-card[data-id='tp-a'] .jkb-cbadge\")?.textContent || '')",
                timeout=WAIT,
            )
            page.screenshot(path=str(screenshots / "team_voila.png"))
        finally:
            page.close()
