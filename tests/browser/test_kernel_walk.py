"""A participant walks the Dutch notebooks 01 → 04 (00 → 08 with
``JOURNEYKIT_FULL_WALK=1``) by their own "Volgende stap" links in JupyterLab, runs
each step's first cells up to its editor, and ends up with at most three kernels on
the server (the kit's kernel budget), not one per step.
Then they go back to step 01, whose kernel was stopped: the board says so in
Dutch, with what to do.

The memory of the server and its kernels at the end of the walk is printed
(the README's hub sizing is taken from it). Screenshots are kept to look at."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import nbformat
import pytest
from _lab_page import VISIBLE, run_cells
from _servers import jupyterlab

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks" / "nl"
STEPS = [
    "00_start_here",
    "01_touchpoints",
    "02_persona",
    "03_goals",
    "04_flow",
    "05_priorities",
    "06_review",
    "07_b2b_canvas",
    "08_report",
]
BUDGET = 3
# Four steps already start one kernel more than the budget keeps, and step 01's is
# stopped: that is the behaviour under test, in under half the time of all nine. The
# hub's memory figures (deploy/README.md) come from the whole walk:
# JOURNEYKIT_FULL_WALK=1 walks 00 → 08.
WALK = STEPS if os.environ.get("JOURNEYKIT_FULL_WALK") == "1" else STEPS[1:5]

# Every one of the first n code cells of the open notebook has run (a number in its prompt).
_RAN = (
    f"n => {{ const p = [...document.querySelectorAll('{VISIBLE} .jp-CodeCell .jp-InputPrompt')].slice(0, n);"
    " return p.length === n && p.every(e => /\\[\\d+\\]/.test(e.textContent)); }"
)


@pytest.fixture(scope="module")
def lab(browser_executable, tmp_path_factory):
    """A server of its own (its kernels are only this walk's), the Dutch notebooks in it."""
    with jupyterlab(tmp_path_factory.mktemp("walk")) as (url, root, process):
        target = root / "notebooks"
        target.mkdir()
        for name in WALK:
            shutil.copyfile(NOTEBOOKS / f"{name}.ipynb", target / f"{name}.ipynb")
        yield url, root, process


def _cells_to_first_editor(name: str) -> tuple[int, int]:
    """(Shift+Enter presses from the first code cell, code cells run) to reach the
    notebook's first editor: markdown cells between are passed over by the same key."""
    cells = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4).cells
    first = next(i for i, cell in enumerate(cells) if cell.cell_type == "code")
    tagged = [(i, cell.metadata.get("tags", [])) for i, cell in enumerate(cells)]
    editors = [i for i, tags in tagged if "widget" in tags]
    # A step without an editor (08, the report): its setup cells, not the export.
    last = editors[0] if editors else max(i for i, tags in tagged if "setup" in tags)
    return last - first + 1, sum(cell.cell_type == "code" for cell in cells[: last + 1])


def _kernels(page, url: str) -> list[dict]:
    return page.request.get(f"{url}/api/kernels").json()


def _sessions(page, url: str) -> dict[str, str]:
    """Notebook name → kernel id, for every session the server has."""
    return {Path(s["path"]).stem: s["kernel"]["id"] for s in page.request.get(f"{url}/api/sessions").json()}


def _memory_mb(process) -> tuple[float, list[float]]:
    """RSS of the server and of each kernel (its child processes), in MB."""
    import psutil

    server = psutil.Process(process.pid)
    kernels = [child.memory_info().rss / 2**20 for child in server.children(recursive=True)]
    return server.memory_info().rss / 2**20, kernels


def test_walking_the_steps_by_the_links_leaves_at_most_three_kernels(lab, browser, screenshots):
    url, _root, process = lab
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    started = time.monotonic()
    try:
        page.goto(f"{url}/lab/tree/notebooks/{WALK[0]}.ipynb?reset", timeout=90_000)
        most = 0
        for step, name in enumerate(WALK):
            page.wait_for_selector(f".lm-TabBar-tab.lm-mod-current >> text={name}.ipynb", timeout=60_000)
            print(f"step {name} at {time.monotonic() - started:.0f} s", flush=True)
            try:
                presses, count = _cells_to_first_editor(name)
                run_cells(page, count, _RAN, arg=count, keys=presses)
            except Exception:
                page.screenshot(path=str(screenshots / f"walk-failed-{name}.png"))
                print([d.inner_text() for d in page.locator(".jp-Dialog").all()])
                raise
            most = max(most, len(_kernels(page, url)))
            if step + 1 == len(WALK):
                break
            # The participant's way on: the "Volgende stap" link at the end of the notebook.
            nxt = WALK[step + 1]
            link = page.locator(f"{VISIBLE} .jp-RenderedMarkdown", has_text="Volgende stap").last
            link.locator("a", has_text=nxt).click()
        # The last start makes the budget stop the oldest idle kernels, a few seconds
        # after the start (a busy one later). Polled from here: a page function that
        # returns a promise counts as true at once.
        deadline = time.monotonic() + 30
        while len(kernels := _kernels(page, url)) > BUDGET and time.monotonic() < deadline:
            time.sleep(0.2)  # polling the server's state, not a barrier
        server_mb, kernel_mb = _memory_mb(process)
        print(
            f"\nwalk {WALK[0][:2]}→{WALK[-1][:2]}: {time.monotonic() - started:.0f} s, most kernels at once {most}, "
            f"at the end {len(kernels)}; RSS server {server_mb:.0f} MB, kernels "
            + ", ".join(f"{mb:.0f}" for mb in kernel_mb)
            + f" MB; total {server_mb + sum(kernel_mb):.0f} MB"
        )
        assert len(kernels) <= BUDGET
        # The ones kept are the last steps opened, the one on screen among them.
        alive = _sessions(page, url)
        assert WALK[-1] in alive and alive[WALK[-1]] in {k["id"] for k in kernels}
        assert "01_touchpoints" not in alive
        page.screenshot(path=str(screenshots / f"walk-{WALK[-1]}.png"))

        # Back to step 01, whose kernel was stopped: within seconds its board says, in
        # Dutch, that Python was stopped (or does not answer: when the page cannot tell a
        # stopped kernel from a busy one) and what to do; the toolbar says "No Kernel".
        page.locator(".lm-TabBar-tab", has_text="01_touchpoints.ipynb").click()
        back = time.monotonic()
        banner = page.locator(f"{VISIBLE} .jkb-link")
        banner.wait_for(timeout=10_000)
        shown_after = time.monotonic() - back
        text = banner.inner_text()
        assert "gestopt" in text and "Run All Cells" in text, text
        page.locator(f"{VISIBLE} .jp-Toolbar-kernelName", has_text="No Kernel").wait_for(timeout=30_000)
        banner.scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots / "walk-back-01-stopped.png"))
        print(f"back in 01: the board said so after {shown_after:.1f} s")

    finally:
        context.close()
