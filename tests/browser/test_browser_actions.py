"""The action list editor in a real JupyterLab: adopt a suggestion, give it an
owner, a status and a due date by typing and choosing, then reload the page and
find all of it in the file and back in the editor."""

from __future__ import annotations

import json
import time

import pytest
from _lab_page import run_cells, shows, write_notebook
from playwright.sync_api import expect

from journeykit_widgets import store
from journeykit_widgets.model import Journey, Touchpoint

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SUGGESTIONS = ".jk-action-suggestions select"
LIST = ".jk-action-list select"
OWNER = "Team <b>Ops</b>"


def _notebook(root):
    journey = Journey.new("Action test journey", language="en")
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Banner", phase="touch", emotion=1))
    # important to customers, little effort from us: one "invest more" suggestion
    journey.touchpoints.append(
        Touchpoint(id="tp-2", name="Booking form", phase="sell", emotion=-2, importance=5, effort=2)
    )
    journey.touchpoints.append(Touchpoint(id="tp-3", name="Thank-you card", phase="care", emotion=3))
    store.save(journey, root / "actions.json")
    write_notebook(
        root, "actions.ipynb", ['import journeykit_widgets as jk\njk.actions_editor("actions.json")']
    )


def _run(page):
    run_cells(page, 1, shows(SUGGESTIONS))


def _text(option) -> str:
    # ipywidgets' Select shows spaces as non-breaking spaces
    return option.inner_text().replace("\xa0", " ")


def _action(root, seconds: float = 60.0, **expected) -> dict:
    """The first action in the file once it has the expected values (saves land
    after a short pause; a loaded machine takes its time)."""
    deadline = time.monotonic() + seconds
    while True:
        actions = json.loads((root / "actions.json").read_text("utf-8"))["actions"]
        if actions and all(actions[0].get(k) == v for k, v in expected.items()):
            return actions[0]
        if time.monotonic() > deadline:
            return actions[0] if actions else {}
        time.sleep(0.1)


def test_adopt_a_suggestion_and_set_owner_status_and_due_in_jupyterlab(lab_server, browser, screenshots):
    url, root = lab_server
    _notebook(root)
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    try:
        page.goto(f"{url}/lab/tree/actions.ipynb?reset")
        _run(page)
        panel = page.locator(".jp-NotebookPanel:visible")
        suggestion = panel.locator(f"{SUGGESTIONS} option", has_text="Invest more in")
        suggestion.wait_for(timeout=15_000)
        panel.locator(SUGGESTIONS).select_option(value=suggestion.get_attribute("value"))
        panel.locator("button", has_text="Adopt as action").click()
        panel.locator(f"{LIST} option", has_text="Booking form").wait_for(timeout=15_000)
        adopted = _action(root, origin_key="gap:invest:tp-2")
        assert adopted["origin"] == "gap" and adopted["phase"] == "sell"

        # The form now shows the adopted action: type an owner, choose a status, type a date.
        owner = panel.locator(".jk-field-owner input")
        expect(owner).to_be_enabled(timeout=15_000)
        owner.fill(OWNER)
        panel.locator(".jk-field-status select").select_option(label="doing")
        panel.locator(".jk-field-due input").fill("2026-06-30")
        panel.locator(".jk-field-due input").press("Tab")
        saved = _action(root, owner=OWNER, status="doing", due="2026-06-30")
        assert (saved["owner"], saved["status"], saved["due"]) == (OWNER, "doing", "2026-06-30")
        option = panel.locator(f"{LIST} option", has_text="2026-06-30")
        option.wait_for(timeout=15_000)
        shown = _text(option)
        assert "[doing]" in shown and OWNER in shown  # shown as text, not as markup
        panel.locator(".jk-editor").first.screenshot(path=str(screenshots / "actions_01_adopted.png"))

        # Reload the page and run again: the action comes back from the file.
        page.goto(f"{url}/lab/tree/actions.ipynb?reset")
        _run(page)
        panel = page.locator(".jp-NotebookPanel:visible")
        option = panel.locator(f"{LIST} option", has_text="2026-06-30")
        option.wait_for(timeout=15_000)
        assert OWNER in _text(option) and "[doing]" in _text(option)
        # adopted once: the suggestion is not offered again
        assert panel.locator(f"{SUGGESTIONS} option", has_text="Invest more").count() == 0
        data = json.loads((root / "actions.json").read_text("utf-8"))
        assert [a["origin_key"] for a in data["actions"]] == ["gap:invest:tp-2"]
        panel.locator(".jk-editor").first.screenshot(path=str(screenshots / "actions_02_after_reload.png"))
    finally:
        page.screenshot(path=str(screenshots / "actions_99_last_page.png"))
        page.close()
