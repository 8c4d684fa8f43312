"""A board whose Python speaks another protocol version (the kit was upgraded under a
page still open, or a page of an older release talks to a newer kernel): the page
says so in the journey's language, in place of "Saving…", and closes its fields, so
nothing is typed that would not be saved."""

from __future__ import annotations

import pytest
from _board_bridge import open_board

from journeykit_widgets import store
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets.board import protocol
from journeykit_widgets.widgets.board import widget as board_widget

pytestmark = [pytest.mark.browser]

BANNER = ".jkb-banner.jkb-link"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_python_of_another_protocol_version_closes_the_board_with_a_message(
    browser, tmp_path, monkeypatch, lang
):
    journey = Journey.new("Versions", language=lang)
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Offerte", phase="touch"))
    path = tmp_path / "journey.json"
    store.save(journey, path)
    page, _board = open_board(browser, path)
    try:
        page.wait_for_selector(".jkb-card[data-id='tp-1']", timeout=30_000)
        assert page.locator(BANNER).count() == 0, "same version: no banner"
        # From now on this Python is a release ahead: its next answer (to the page's
        # heartbeat, within a second) carries another number.
        newer = protocol.PROTOCOL_VERSION + 1
        monkeypatch.setattr(protocol, "PROTOCOL_VERSION", newer)
        monkeypatch.setattr(board_widget, "PROTOCOL_VERSION", newer)
        page.wait_for_selector(f"{BANNER}[data-state='version']", timeout=30_000)
        assert page.locator(BANNER).inner_text() == t("board.other_version", lang)
        assert page.evaluate("() => document.querySelector('.jkb').inert") is True
        file_before = path.read_bytes()
        page.locator(".jkb-card[data-id='tp-1'] .jkb-card-name").click(force=True, timeout=5_000)
        page.keyboard.type("lost?")
        assert page.locator(".jkb-card[data-id='tp-1'] .jkb-card-name").inner_text() == "Offerte"
        assert path.read_bytes() == file_before
    finally:
        page.close()
