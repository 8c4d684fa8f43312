"""A team on one map in JupyterLab: two people's boards (two notebooks, two kernels,
two chosen names) on one journey see each other, a field one of them edits shows
that person's name on the other's board, the room's timer shows on both, and the
wall view opens on the same file and pages through it phase by phase."""

from __future__ import annotations

import pytest
from _board_page import BOARD, run_all, write_notebook
from _lab_page import VISIBLE, run_cells

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.room import start_timer

pytestmark = [pytest.mark.browser]

WAIT = 60_000  # generous: a loaded machine, and presence is looked at once a second


def _board_cell(name: str) -> str:
    return (
        "import os\n"
        f"os.environ['JOURNEYKIT_AUTHOR'] = {name!r}  # the name this person chose\n"
        "import journeykit_widgets as jk\n"
        "jk.journey_board('team-a/journey.json')"
    )


def _open(browser, url, root, notebook, cells, viewport=(1280, 900)):
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    page.goto(f"{url}/lab/tree/{write_notebook(root, notebook, cells)}?reset")
    return page


def test_two_people_see_each_other_and_the_field_each_edits(lab_server, browser, screenshots):
    url, root = lab_server
    journey = Journey.new("Team A", language="en")
    journey.touchpoints += [
        Touchpoint(id="tp-1", name="Banner", phase="touch"),
        Touchpoint(id="tp-2", name="Booking", phase="sell"),
    ]
    path = store.save(journey, root / "team-a" / "journey.json")
    pages = []
    try:
        for who in ("Ann", "Bob"):
            page = _open(browser, url, root, f"team_{who.lower()}.ipynb", [_board_cell(who)])
            pages.append(page)
            run_all(page, 1)
            page.wait_for_selector(f"{BOARD} .jkb-card[data-id='tp-1']", timeout=WAIT)
        ann, bob = pages
        bob.wait_for_function(
            f"() => (document.querySelector('{VISIBLE} .jkb-presence')?.textContent || '').includes('Ann')",
            timeout=WAIT,
        )
        ann.wait_for_function(
            f"() => (document.querySelector('{VISIBLE} .jkb-presence')?.textContent || '').includes('Bob')",
            timeout=WAIT,
        )
        assert "Ann" not in ann.locator(f"{VISIBLE} .jkb-presence").inner_text()  # not yourself

        # Ann starts typing in a card's name: Bob's board names her at that field.
        name = f"{BOARD} .jkb-card[data-id='tp-1'] .jkb-card-name"
        ann.locator(name).click()
        ann.keyboard.press("End")
        ann.keyboard.type(" ad")
        editing = f"{BOARD} .jkb-card[data-id='tp-1'] .jkb-editing"
        bob.wait_for_selector(editing, timeout=WAIT)
        assert bob.locator(editing).inner_text() == "Ann is editing"
        assert bob.locator(f"{BOARD} .jkb-card[data-id='tp-2'] .jkb-editing").count() == 0
        # and her text still reaches Bob's board, while her own field keeps its caret
        plain = f"{VISIBLE} .jkb .jkb-card[data-id='tp-1'] .jkb-card-name"  # CSS, for the page's own querySelector
        bob.wait_for_function(
            "s => document.querySelector(s)?.textContent === 'Banner ad'", arg=plain, timeout=WAIT
        )

        # The facilitator starts the room's timer: both boards show it.
        start_timer(root, 5, "Pain points")
        for page in pages:
            page.wait_for_function(
                f"() => /^Pain points [45]:[0-9][0-9]$/.test(document.querySelector('{VISIBLE} .jkb-timer')?.textContent || '')",
                timeout=WAIT,
            )
        bob.screenshot(path=str(screenshots / "team_presence_bob.png"))

        # Ann leaves the field (clicks the board's title): the name goes from Bob's board.
        ann.locator(f"{BOARD} .jkb-title").click()
        bob.wait_for_selector(editing, state="detached", timeout=WAIT)
        assert store.load(path).revisions[-1].author == "Ann"
    finally:
        for page in pages:
            page.close()


def test_the_wall_opens_and_pages_phase_by_phase(lab_server, browser, screenshots):
    url, root = lab_server
    journey = Journey.new("Wall map", language="nl")
    journey.touchpoints += [
        Touchpoint(id="tp-1", name="Advertentie", phase="touch", emotion=1),
        Touchpoint(id="tp-2", name="Boeking", phase="sell", emotion=-2),
    ]
    path = store.save(journey, root / "wall" / "journey.json")
    cell = "import journeykit_widgets as jk\njk.wall('wall/journey.json')"
    page = _open(browser, url, root, "wall.ipynb", [cell], viewport=(1600, 900))
    try:
        run_cells(page, 1, f"() => document.querySelector('{VISIBLE} .jkw .jkw-map')", timeout=240_000)
        wall = f"{VISIBLE} .jkw"
        where = f"{wall} .jkw-where"
        assert page.locator(where).inner_text() == "De hele kaart"
        # Fitted to the screen: the whole map in what the notebook shows, in type large
        # enough for the back of a room (the wall's 22 px times its scale).
        fitted = page.evaluate(
            f"""() => {{ const wall = document.querySelector('{wall}');
                const scroller = document.querySelector('{VISIBLE} .jp-WindowedPanel-outer');
                const stage = wall.querySelector('.jkw-stage').getBoundingClientRect();
                return {{ scale: Number(wall.dataset.scale), stage: stage.height, room: scroller.clientHeight }}; }}"""
        )
        assert 22 * fitted["scale"] >= 16, fitted
        assert fitted["stage"] <= fitted["room"], fitted
        assert page.locator(f"{wall} .jkw-phase").count() == len(journey.phases)
        page.locator(wall).focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function(
            f"() => document.querySelector('{where}').textContent.startsWith('Fase 1 van 4')"
        )
        assert page.locator(f"{wall} .jkw-phase").count() == 1
        assert page.locator(f"{wall} .jkw-card").all_inner_texts() == ["+1Advertentie"]
        page.locator(f"{wall} button[data-act='next']").click()
        page.keyboard.press("ArrowRight")
        page.wait_for_function(
            f"() => document.querySelector('{where}').textContent.startsWith('Fase 3 van 4')"
        )
        assert "Boeking" in page.locator(f"{wall} .jkw-cards").inner_text()
        page.screenshot(path=str(screenshots / "wall_phase.png"))
        # Live: a card a member adds shows on the wall without touching it.
        store.apply_edit(
            path, lambda j: j.touchpoints.append(Touchpoint(id="tp-3", name="Upgrade", phase="sell")), "added"
        )
        page.wait_for_function(
            f"() => document.querySelector('{wall} .jkw-cards')?.textContent.includes('Upgrade')",
            timeout=WAIT,
        )
        page.keyboard.press("Home")
        page.wait_for_function(f"() => document.querySelector('{where}').textContent === 'De hele kaart'")
        page.screenshot(path=str(screenshots / "wall_all.png"))
    finally:
        page.close()
