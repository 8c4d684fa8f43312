"""Typing then clicking at once, and reopening a saved notebook, in a real
JupyterLab with headless Chromium. The service blueprint form stands for every
form (a list of items, a form for the chosen one); the board has its own tests."""

from __future__ import annotations

import json
import time

import nbformat
import pytest
from _lab_page import run_cells, shows, write_notebook
from playwright.sync_api import expect

from journeykit_widgets import store
from journeykit_widgets.model import BlueprintStep, Journey

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LIST = ".jk-blueprint-steps select"
# Add, type two fields in alternating order, add again: twelve rounds give each order
# six times (each round waits for the file, about 2.5 s in CI; 50 rounds took over
# two CI minutes). The race of a keystroke that reaches Python after the next "Add
# step" is played exactly by tests/test_blueprint_editor.py.
ADDS = 12


def _write(root, name, cells):
    journey = Journey.new("Fast hands", language="en")
    journey.blueprint.append(BlueprintStep(id="s-1", name="Banner", phase="touch"))
    store.save(journey, root / f"{name}.json")
    write_notebook(root, f"{name}.ipynb", cells)


def _read_notebook(path):
    """The notebook as saved; Jupyter writes it in place, so a read may catch it half-written."""
    try:
        return nbformat.read(path, as_version=4)
    except (ValueError, OSError):
        return None


def _open_and_run(page, url, name, cells=1, ready=(LIST,)):
    page.goto(f"{url}/lab/tree/{name}.ipynb?reset")
    run_cells(page, cells, shows(*ready))
    return page.locator(".jp-NotebookPanel:visible")


def _steps(path):
    return json.loads(path.read_text("utf-8"))["blueprint"]


def test_steps_added_fast_and_typed_in_each_land_on_their_own_step(lab_server, browser, screenshots):
    """Add a step, type two fields, next. The next click waits until the typing is in
    the file: a keystroke that reaches the kernel after a click on "Add step" (a
    loaded machine, more than SETTLE_SECONDS) would land on the new step."""
    url, root = lab_server
    _write(root, "fast", ['import journeykit_widgets as jk\njk.blueprint_editor("fast.json")'])
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    try:
        panel = _open_and_run(page, url, "fast")
        name_box = panel.locator(".jk-field-name input")
        wait_box = panel.locator(".jk-field-backstage textarea")
        add = panel.locator("button", has_text="Add step")
        for i in range(ADDS):
            add.click()
            try:
                expect(name_box).to_have_value(f"Step {i + 2}", timeout=30_000)
            except AssertionError:
                page.screenshot(path=str(screenshots / "edit_01_failed.png"))
                status = panel.locator(".jk-status").first.inner_text()
                pytest.fail(f"add {i}: the status says {status!r}")
            # Alternate which field is typed last, key by key over the default name.
            first, second = (name_box, wait_box) if i % 2 else (wait_box, name_box)
            values = {name_box: f"Desk {i:02d}", wait_box: f"Checks {i:02d}"}
            first.fill(values[first])
            second.select_text()
            second.press_sequentially(values[second])
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                steps = _steps(root / "fast.json")
                if (steps[-1]["name"], steps[-1]["backstage"]) == (f"Desk {i:02d}", f"Checks {i:02d}"):
                    break
                time.sleep(0.1)
        added = [(step["name"], step["backstage"]) for step in _steps(root / "fast.json")[1:]]
        assert added == [(f"Desk {i:02d}", f"Checks {i:02d}") for i in range(ADDS)]
        panel.locator(".jk-editor").first.screenshot(path=str(screenshots / "edit_01_many_adds.png"))
    finally:
        page.close()


def test_saved_notebook_reopens_with_the_friendly_line(lab_server, browser, screenshots):
    url, root = lab_server
    _write(
        root,
        "reopen",
        [
            'import journeykit_widgets as jk\njk.blueprint_editor("reopen.json")',
            'jk.template_editor("reopen.json")',
        ],
    )
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    try:
        panel = _open_and_run(page, url, "reopen", cells=2, ready=(LIST, ".jk-cell"))

        # Save as a person does (Ctrl+S in command mode). On a loaded machine the key can
        # arrive before the notebook has focus, or the save before the last output: save
        # again until the file holds both forms' outputs.
        # (Shift+Enter on the last cell adds an empty one; only the two forms count.)
        def both_saved(notebook) -> bool:
            forms = [cell for cell in notebook.cells if cell.source.strip()] if notebook else []
            return len(forms) == 2 and all(cell.outputs for cell in forms)

        deadline = time.monotonic() + 60
        saved = None
        while time.monotonic() < deadline and not both_saved(saved):
            panel.locator(".jp-Cell").first.click()
            page.keyboard.press("Escape")
            page.keyboard.press("Control+s")
            settle = time.monotonic() + 5
            while time.monotonic() < settle and not both_saved(saved):
                saved = _read_notebook(root / "reopen.ipynb")
                time.sleep(0.3)
        assert both_saved(saved)
        outputs = [output for cell in saved.cells for output in cell.outputs]
        assert len(outputs) == 2
        assert all("application/vnd.jupyter.widget-view+json" not in o.get("data", {}) for o in outputs)
        assert "widgets" not in saved.metadata

        # Reopen as the next morning: a new kernel that knows none of yesterday's widgets.
        xsrf = next(c["value"] for c in page.context.cookies() if c["name"] == "_xsrf")
        for session in page.request.get(f"{url}/api/sessions").json():
            page.request.delete(f"{url}/api/sessions/{session['id']}", headers={"X-XSRFToken": xsrf})
        page.goto(f"{url}/lab/tree/reopen.ipynb?reset")
        panel = page.locator(".jp-NotebookPanel:visible")
        lines = panel.locator(".jk-reopen")
        lines.nth(1).wait_for(timeout=60_000)
        assert lines.count() == 2
        assert "Run this cell to open the form." in lines.first.inner_text()
        # Both outputs are drawn by the HTML renderer (JupyterLab marks each rendered
        # output with its MIME type): no widget renderer exists that could still
        # show "model not found" after the text is read.
        page.wait_for_function(
            """() => { const shown = [...document.querySelectorAll(
                         '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea [data-mime-type]')];
                       return shown.length === 2 && shown.every(o => o.dataset.mimeType === 'text/html'); }""",
            timeout=30_000,
        )
        text = panel.inner_text()
        assert "model not found" not in text and "BlueprintEditor(" not in text
        panel.screenshot(path=str(screenshots / "edit_02_reopened.png"))
    finally:
        page.close()


def test_two_notebooks_on_one_journey_see_each_other_in_dutch(lab_server, browser, screenshots):
    """Two tabs, two kernels, one journey, in Dutch: a change in one tab appears in
    the other's list while it sits idle; the same field changed in both is kept
    in the history and the second tab says so next to the field."""
    url, root = lab_server
    cells = ['import journeykit_widgets as jk\njk.set_language("nl")\njk.blueprint_editor("shared.json")']
    _write(root, "shared", cells)
    nbformat.write(nbformat.read(root / "shared.ipynb", as_version=4), root / "shared_two.ipynb")
    first = browser.new_page(viewport={"width": 1280, "height": 1200})
    second = browser.new_page(viewport={"width": 1280, "height": 1200})
    try:
        one = _open_and_run(first, url, "shared")
        two = _open_and_run(second, url, "shared_two")
        for panel in (one, two):
            panel.locator(f"{LIST}").select_option(label=panel.locator(f"{LIST} option").first.inner_text())
            panel.locator(".jk-field-frontstage textarea").wait_for(timeout=30_000)
            # The kernel fills the form for the selected step; typing before
            # that fill has arrived is overwritten by it (known, see issue 11's note).
            expect(panel.locator(".jk-field-name input")).to_have_value("Banner", timeout=30_000)
        # Tab one renames the step; tab two, untouched, shows it within seconds.
        one.locator(".jk-field-name input").fill("Banner op Instagram")
        two.locator(f"{LIST} option", has_text="Banner op Instagram").wait_for(timeout=15_000)
        # Both type into the same field at about the same moment, before either sees the other's text.
        texts = {one: "Tekst uit tab een", two: "Tekst uit tab twee"}
        one.locator(".jk-field-frontstage textarea").fill(texts[one])
        two.locator(".jk-field-frontstage textarea").fill(texts[two])
        notice = "Ook gewijzigd in een ander notebook"
        deadline = time.monotonic() + 20
        noted = []
        while not noted and time.monotonic() < deadline:
            noted = [panel for panel in (one, two) if panel.locator(".jk-editor", has_text=notice).count()]
            time.sleep(0.2)
        assert len(noted) == 1, "exactly the tab that saved second says so next to the field"
        journey = store.load(root / "shared.json")
        assert journey.step("s-1").frontstage == texts[noted[0]]
        other = texts[two if noted[0] is one else one]
        assert other in " ".join(" ".join(r.changes) for r in journey.revisions)
        noted[0].locator(".jk-editor").first.screenshot(path=str(screenshots / "edit_03_conflict_nl.png"))
    finally:
        first.close()
        second.close()
