"""The first two workshop notebooks in a real JupyterLab, as a participant meets
them: run all cells, see the sample map, start a journey with the start form,
then open step 1 and find the touchpoint editor, the tables and the map of the
journey just started. Screenshots are kept for a person to look at."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from _lab_page import run_cells, shoot, shows, wait_idle_after_run

from journeykit_widgets import store
from journeykit_widgets.model import Journey

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
VISIBLE = ".jp-NotebookPanel:visible"
TITLE = "Our <b>veranda</b> customers"


@pytest.fixture
def kit(lab_server, request):
    """The English notebooks laid out like the kit, in a folder of this test's own,
    so each test runs alone or in any order."""
    url, root = lab_server
    folder = f"kit-{request.node.name}"
    target = root / folder / "notebooks"
    target.mkdir(parents=True)
    for name in ("00_start_here", "01_touchpoints"):
        shutil.copyfile(NOTEBOOKS / f"{name}.ipynb", target / f"{name}.ipynb")
    return url, root / folder


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    yield page
    context.close()


def _open_and_run_all(page, url: str, kit: Path, name: str, ready: str) -> None:
    page.goto(f"{url}/lab/tree/{kit.name}/notebooks/{name}.ipynb?reset", timeout=90_000)
    run_cells(page, None, shows(ready), timeout=300_000)


def test_start_here_shows_the_map_and_starts_a_journey(kit, page, screenshots):
    url, root = kit
    _open_and_run_all(page, url, root, "00_start_here", ".jk-start")
    wait_idle_after_run(page)
    # The sample map drawn from the airline file, as a picture in the page.
    image = page.locator(f"{VISIBLE} .jp-RenderedImage img").first
    image.wait_for(timeout=60_000)
    assert image.evaluate("img => img.naturalWidth") > 800
    shoot(page, screenshots, "00-map", f"{VISIBLE} .jp-RenderedImage img")
    shoot(page, screenshots, "00-start-form", f"{VISIBLE} .jk-start")

    form = page.locator(f"{VISIBLE} .jk-start")
    assert form.locator("button.widget-button").inner_text().strip() == "Start my journey"
    form.locator(".widget-text input").fill(TITLE)
    form.locator("button.widget-button").click()
    page.wait_for_selector(f"{VISIBLE} .jk-start >> text=Done!", timeout=30_000)
    journey = json.loads((root / "workspace" / "my_journey.json").read_text("utf-8"))
    assert journey["title"] == TITLE and journey["language"] == "en"
    shoot(page, screenshots, "00-started", f"{VISIBLE} .jk-start")


def test_touchpoints_notebook_shows_the_board_the_table_and_the_map(kit, page, screenshots):
    url, root = kit
    # A blank journey started as the start form does (the test above checks the form).
    store.save(Journey.new(TITLE, language="en"), root / "workspace" / "my_journey.json")
    # Step 1 is entered on the journey board (the map as the editor).
    _open_and_run_all(page, url, root, "01_touchpoints", ".jkb[data-kind]")
    wait_idle_after_run(page)
    about = page.locator(f"{VISIBLE} .jp-RenderedMarkdown", has_text="You are working on").first
    # The participant's own text arrives escaped: the tags are shown, not obeyed.
    about.scroll_into_view_if_needed()
    shown = about.text_content()
    assert TITLE in shown and "workspace/my_journey.json" in shown
    assert page.locator(f"{VISIBLE} table.dataframe").count() >= 1  # the phases table
    images = page.locator(f"{VISIBLE} .jp-RenderedImage.jp-OutputArea-output img")
    images.first.wait_for(timeout=60_000)
    assert images.count() >= 2  # the map and the channel chart
    shoot(page, screenshots, "01-top", f"{VISIBLE} .jp-RenderedMarkdown >> text=You are working on")
    shoot(page, screenshots, "01-board", f"{VISIBLE} .jkb[data-kind]")
    shoot(page, screenshots, "01-map", f"{VISIBLE} .jp-RenderedImage.jp-OutputArea-output img >> nth=-1")
    check = page.locator(f"{VISIBLE} .jp-RenderedMarkdown", has_text="Check of").first
    check.scroll_into_view_if_needed()
    assert "has 0 touchpoints" in check.text_content()  # a blank journey: the check says what to do
    shoot(page, screenshots, "01-check", f"{VISIBLE} .jp-RenderedMarkdown >> text=Check of")
