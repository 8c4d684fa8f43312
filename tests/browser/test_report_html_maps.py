"""The HTML report's maps in a real browser: vector drawings that fit the column
and, clicked, open large over the page (scrollable), with a way back; their
words are text in the page, so the browser's find (Ctrl+F) lands on the map."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _handouts_support import executed, journey_copy

from journeykit_widgets.handouts import report
from journeykit_widgets.handouts.batch import export_notebook
from journeykit_widgets.store import load

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_report_map_opens_full_size_when_clicked(browser_executable, tmp_path):
    from playwright.sync_api import sync_playwright

    from journeykit_widgets._browser import LAUNCH_ARGS

    page_file = export_notebook(
        executed("08_report", "airline", "nl"),
        journey_copy("airline", "nl"),
        tmp_path / "report.html",
        to="html",
        lang="nl",
        execute=False,
    )
    markup = page_file.read_text(encoding="utf-8")
    assert "<svg" in markup and "data:image/svg+xml" not in markup and "data:image/png" not in markup
    journey = load(journey_copy("airline", "nl"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(browser_executable), args=list(LAUNCH_ARGS))
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(page_file.as_uri())
            figure = page.locator("figure.jk-map").first
            image = figure.locator(".jk-map-drawing svg")
            in_column = image.bounding_box()
            assert in_column["width"] <= 1280
            # Ctrl+F: the browser finds a touchpoint's name as text inside the first map
            first_map = report.figures(journey, "journey")[0].svg
            drawn = {
                html.unescape(t).strip() for t in re.findall(r"<text[^>]*>(.*?)</text>", first_map, re.S)
            }
            name = next(tp.name for tp in journey.touchpoints if tp.name in drawn)  # a name drawn whole
            found = page.evaluate(
                """(name) => {
                  if (!window.find(name, true)) return null;
                  const node = window.getSelection().anchorNode;
                  const element = node.nodeType === 1 ? node : node.parentElement;
                  const map = element.closest('figure.jk-map');
                  return {tag: element.tagName, map: map ? map.id : null, text: window.getSelection().toString()};
                }""",
                name,
            )
            assert found == {"tag": "text", "map": figure.get_attribute("id"), "text": name}, found
            page.evaluate("() => window.getSelection().removeAllRanges()")
            image.click()
            page.wait_for_function("() => location.hash.startsWith('#jk-map-')")
            opened = image.bounding_box()
            # larger than its place in the column and than the window: the reader scrolls a map at reading size
            assert opened["width"] > in_column["width"] * 1.3 and opened["width"] > 1280
            box = figure.bounding_box()
            assert box["x"] <= 0 and box["y"] <= 0 and box["width"] >= 1270  # over the whole window
            close = figure.locator(".jk-zoom-close")
            assert close.is_visible() and close.inner_text() == "Sluiten"
            close.click()
            page.wait_for_function("() => !location.hash.startsWith('#jk-map-')")
            assert image.bounding_box()["width"] <= 1280
        finally:
            browser.close()
