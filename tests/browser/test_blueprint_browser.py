"""The service blueprint editor in a real JupyterLab: type a lane and a fail point,
find both in the journey file, reload the page and see them in the editor again."""

from __future__ import annotations

import pytest
from _board_page import wait_for_file
from _lab_page import run_cells, shows, write_notebook
from playwright.sync_api import expect

from journeykit_widgets import store
from journeykit_widgets.model import BlueprintStep, Journey

pytestmark = [pytest.mark.browser, pytest.mark.slow]

STEPS = ".jk-blueprint-steps select"


def _write(root, name):
    journey = Journey.new("Blueprint in the browser", language="en")
    journey.blueprint = [BlueprintStep(id="s-book", name="Book"), BlueprintStep(id="s-pay", name="Pay")]
    store.save(journey, root / f"{name}.json")
    write_notebook(
        root, f"{name}.ipynb", [f'import journeykit_widgets as jk\njk.blueprint_editor("{name}.json")']
    )


def _open_and_run(page, url, name):
    page.goto(f"{url}/lab/tree/{name}.ipynb?reset")
    run_cells(page, 1, shows(STEPS))
    return page.locator(".jp-NotebookPanel:visible")


def _step(data, step_id):
    return next(s for s in data["blueprint"] if s["id"] == step_id)


def test_a_lane_and_a_fail_point_typed_in_the_browser_are_in_the_file_after_a_reload(
    lab_server, browser, screenshots
):
    url, root = lab_server
    _write(root, "blueprint")
    path = root / "blueprint.json"
    page = browser.new_page(viewport={"width": 1280, "height": 1600})
    try:
        panel = _open_and_run(page, url, "blueprint")
        panel.locator(".jk-blueprint-steps select").select_option(label="2. Pay")
        # The form shows the chosen step before typing (typing earlier would go to the first).
        name_box = panel.locator(".jk-field-name input")
        # (Each step is shown in inputs of its own: wait on the box the page shows now.)
        expect(name_box).to_have_value("Pay", timeout=30_000)
        panel.locator(".jk-field-customer_actions textarea").fill("Pays with a card on her phone")
        panel.locator(".jk-field-fail_point textarea").fill("Card refused without a reason")
        # The store replaces the file in one step (os.replace): every read sees a whole file.
        saved = wait_for_file(
            path, lambda data: _step(data, "s-pay")["fail_point"] == "Card refused without a reason"
        )
        assert _step(saved, "s-pay")["customer_actions"] == "Pays with a card on her phone"
        assert _step(saved, "s-book")["fail_point"] == ""
        panel.locator(".jk-editor").first.screenshot(path=str(screenshots / "blueprint_01_typed.png"))

        page.reload()
        panel = _open_and_run(page, url, "blueprint")
        panel.locator(".jk-blueprint-steps select").select_option(label="2. Pay")
        area = panel.locator(".jk-field-fail_point textarea")
        expect(area).to_have_value("Card refused without a reason", timeout=30_000)
        assert (
            panel.locator(".jk-field-customer_actions textarea").input_value()
            == "Pays with a card on her phone"
        )
        panel.locator(".jk-editor").first.screenshot(path=str(screenshots / "blueprint_02_reloaded.png"))
    finally:
        page.close()
