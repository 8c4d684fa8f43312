"""The forms in a real JupyterLab (the service blueprint and a map template): type
and click, see the result in the list and the preview, restart the kernel, reload
the page, and find it still there (the file is the single source of truth)."""

from __future__ import annotations

import json
import time

import pytest
from _lab_page import restart_kernel, run_cells, shows, write_notebook

from journeykit_widgets import frameworks, store
from journeykit_widgets.model import Journey, Touchpoint

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NAME = "Loyalty <b>app</b> push {{x}}"
CELL_TEXT = "Searches Pinterest for <i>verandas</i>"
LIST = ".jk-blueprint-steps select"
TEMPLATE = frameworks.templates()["current_state"]
ROW, COLUMN = TEMPLATE.rows[0].id, TEMPLATE.columns[0].id
CELL = f".jk-cell-{ROW}-{COLUMN} textarea"


def _notebook(root):
    journey = Journey.new("Browser test journey", language="en")
    journey.touchpoints.append(
        Touchpoint(id="tp-1", name="Banner about safety award", phase="touch", emotion=1)
    )
    journey.touchpoints.append(Touchpoint(id="tp-2", name="Fast booking module", phase="sell", emotion=2))
    store.save(journey, root / "journey.json")
    write_notebook(
        root,
        "editors.ipynb",
        [
            'import journeykit_widgets as jk\njk.blueprint_editor("journey.json")',
            'jk.template_editor("journey.json", "current_state")',
        ],
    )


def _run_all(page):
    """Run both cells as a participant does (Shift+Enter twice) until both editors show."""
    run_cells(page, 2, shows(LIST, CELL))


def test_blueprint_and_template_survive_kernel_restart_and_reload(lab_server, browser, screenshots):
    url, root = lab_server
    _notebook(root)
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    try:
        page.goto(f"{url}/lab/tree/editors.ipynb?reset")
        _run_all(page)
        panel = page.locator(".jp-NotebookPanel:visible")
        editor = panel.locator(".jk-editor").first
        editor.scroll_into_view_if_needed()
        page.wait_for_function(
            "() => [...document.querySelectorAll('img.jk-preview')].some(i => i.naturalWidth > 0)",
            timeout=30_000,
        )
        editor.screenshot(path=str(screenshots / "01_blueprint_editor.png"))
        preview_before = panel.locator("img.jk-preview").first.get_attribute("src")

        # Add a step by clicking, then name it by typing.
        panel.locator("button", has_text="Add step").click()
        panel.locator(f"{LIST} option", has_text="Step 1").wait_for(timeout=15_000)
        panel.locator(".jk-field-name input").fill(NAME)
        panel.locator(".jk-field-phase select").select_option(label="Care")
        option = panel.locator(f"{LIST} option", has_text=NAME)
        option.wait_for(timeout=15_000)
        assert option.inner_text().strip().startswith("1.")  # shown literally, as text
        assert panel.locator(".jk-editor b", has_text="app").count() == 0
        steps = _wait_for(lambda: json.loads((root / "journey.json").read_text("utf-8")), "blueprint")
        assert steps["blueprint"][-1]["name"] == NAME
        page.wait_for_function(
            "before => document.querySelector('img.jk-preview').getAttribute('src') !== before",
            arg=preview_before,
            timeout=15_000,
        )
        editor.screenshot(path=str(screenshots / "02_step_added.png"))

        # One template cell, saved when the participant leaves the cell.
        cell = panel.locator(CELL)
        cell.scroll_into_view_if_needed()
        preview = panel.locator(".jk-editor").nth(1).locator("img.jk-preview")
        old_preview = preview.first.get_attribute("src") if preview.count() else None
        cell.fill(CELL_TEXT)
        cell.press("Tab")
        page.wait_for_function(
            "() => [...document.querySelectorAll('.jk-status')].some(s => s.textContent.includes('Saved'))",
            timeout=15_000,
        )
        if old_preview is not None:  # the debounced preview has redrawn: a new picture, loaded
            page.wait_for_function(
                "([img, old]) => img.src !== old && img.complete",
                arg=[preview.first.element_handle(), old_preview],
                timeout=60_000,
            )
        data = _wait_for(lambda: json.loads((root / "journey.json").read_text("utf-8")), "templates")
        assert data["templates"]["current_state"]["cells"][ROW][COLUMN] == CELL_TEXT
        panel.locator(".jk-editor").nth(1).screenshot(path=str(screenshots / "03_template_cell.png"))

        # Nothing sticks out of (and is cut off by) an editor at 1024 px.
        page.set_viewport_size({"width": 1024, "height": 900})
        page.wait_for_function("() => window.innerWidth === 1024", timeout=30_000)
        overflow = page.evaluate(
            """() => [...document.querySelectorAll('.jk-editor')].map(e => {
                const right = e.getBoundingClientRect().right;
                const wide = [...e.querySelectorAll('*')].filter(c => c.getBoundingClientRect().right > right + 1);
                return [wide.length, wide.slice(0, 3).map(c => c.className).join(' | ')];
            })"""
        )
        assert all(count == 0 for count, _ in overflow), overflow
        page.screenshot(path=str(screenshots / "04_at_1024px.png"))
        page.set_viewport_size({"width": 1280, "height": 1400})

        # Restart the kernel, reload the page, run again: everything comes back from the file.
        restart_kernel(page, url, "editors.ipynb")
        page.goto(f"{url}/lab/tree/editors.ipynb?reset")
        _run_all(page)
        panel = page.locator(".jp-NotebookPanel:visible")
        panel.locator(f"{LIST} option", has_text=NAME).wait_for(timeout=15_000)
        assert panel.locator(CELL).input_value() == CELL_TEXT
        page.wait_for_function(
            "() => [...document.querySelectorAll('img.jk-preview')].filter(i => i.naturalWidth > 0).length >= 2",
            timeout=30_000,
        )
        panel.locator(".jk-editor").first.screenshot(path=str(screenshots / "05_after_restart.png"))
        panel.locator(".jk-editor").nth(1).screenshot(path=str(screenshots / "06_template_after_restart.png"))
    finally:
        page.screenshot(path=str(screenshots / "99_last_page.png"))
        page.close()


def _wait_for(read, key: str, seconds: float = 60.0) -> dict:
    """Read the journey file until ``key`` has content: the save lands after the
    status line says so, and a loaded machine can take its time."""
    deadline = time.monotonic() + seconds
    while True:
        data = read()
        if data[key] or time.monotonic() > deadline:
            return data
        time.sleep(0.1)
