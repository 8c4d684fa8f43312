"""What the browser tests do in JupyterLab as a participant would: write a
notebook, run its cells with Shift+Enter until the page shows what they make,
accept a dialog the lab raises, restart a kernel."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import nbformat
from playwright.sync_api import TimeoutError as PlaywrightTimeout

VISIBLE = ".jp-NotebookPanel:not(.lm-mod-hidden)"
# The open notebook's kernel is idle (each notebook tab has an indicator of its own).
IDLE = f"{VISIBLE} .jp-Notebook-ExecutionIndicator[data-status='idle']"

# The prompts ("[ ]:", "[*]:", "[3]:") of the first n code cells of the open notebook.
_PROMPTS = f"n => [...document.querySelectorAll('{VISIBLE} .jp-CodeCell .jp-InputPrompt')].slice(0, n)"
# At least ``need`` of them have been seen running, queued or with another number
# than before the keys, since ``window.jkSeen`` was emptied (after a kernel restart
# the numbers start again at 1: "[1]" becomes "[*]" and then "[1]" once more).
_STARTED = (
    f"([n, before, need]) => {{ const p = ({_PROMPTS})(n);"
    " p.forEach((e, i) => { if (e.textContent.includes('*') || e.textContent !== before[i]) window.jkSeen.add(i); });"
    " return p.length === n && window.jkSeen.size >= need; }"
)
# How long a pressed key may take to start its cell; longer means it was lost.
START_MS = 10_000
# How long a notebook may say "No Kernel" before it is taken to have none (a session
# that the server is still making, on a loaded machine).
NO_KERNEL_MS = 15_000
# "ready" once the test's condition holds; "reload" once a cell's widget shows "model
# not found" or the cells stalled (below), and "dropped" once some watched cells have
# not run or still wait in the queue ("[*]") while the kernel was idle -- or gone:
# "No Kernel" (seen in CI under load: a kernel that never finished starting) -- for
# 10 s. An idle kernel runs no queued cell: their requests were lost (seen in CI
# when the lab replaced the kernel it had just started for a notebook). The next
# attempt gives a notebook without a kernel one first.
_READY_OR_DROPPED = (
    "([arg, n]) => {{ const ready = ({ready}); if (ready(arg)) return 'ready';"
    f" const p = ({_PROMPTS})(n);"
    f' const idle = document.querySelector("{IDLE}") !== null'
    f" || [...document.querySelectorAll('{VISIBLE} .jp-Toolbar-kernelName')]"
    ".some(e => e.textContent.includes('No Kernel'));"
    # The widget of a cell that ran never reached the page: JupyterLab's widget manager
    # says "model not found" (seen in CI under load, after the lab had dropped a Run
    # All). Running the cells again in that page gave the same message each time; a
    # participant reloads the page, and so does ``run_cells``.
    f" const lost = idle && [...document.querySelectorAll('{VISIBLE} .jp-OutputArea-output')]"
    ".some(o => o.textContent.includes('model not found'));"
    # Some watched cells never ran and none runs or waits ("[ ]", no "[*]"), whatever the
    # kernel indicator says: seen in CI when the lab replaced a notebook's kernel 70 ms
    # after starting it and the page stayed on the stopped one. A reload joins the
    # notebook's current kernel; running the cells again in that page would not.
    " const stalled = p.length === n && !p.some(e => e.textContent.includes('*'))"
    " && p.some(e => /\\[\\s*\\]/.test(e.textContent));"
    " const dropped = lost || stalled || idle && p.length === n"
    " && p.some(e => /\\[\\s*\\*?\\s*\\]/.test(e.textContent));"
    " if (!dropped) {{ window.jkDropped = null; return false; }}"
    " window.jkDropped = window.jkDropped || Date.now();"
    " if (Date.now() - window.jkDropped <= 10000) return false;"
    " return lost || stalled ? 'reload' : 'dropped'; }}"
)


def write_notebook(root: Path, name: str, cells: list[str]) -> str:
    """A notebook of code cells, ``name`` in ``root``, on the python3 kernel."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in cells]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, root / name)
    return name


def dismiss_dialogs(page) -> None:
    """Accept a dialog JupyterLab raised on a loaded machine (kernel choice, a slow
    server), so the notebook underneath can be used; its text goes to the log."""
    for dialog in page.locator(".jp-Dialog").all():
        print("JupyterLab dialog:", dialog.inner_text()[:300])
        accept = dialog.locator(".jp-Dialog-button.jp-mod-accept")
        if accept.count():
            accept.first.click()
        else:
            page.keyboard.press("Escape")
        # Gone before anything else is clicked: a closing dialog still takes the clicks.
        # One that stays is met again by the caller's next attempt.
        try:
            dialog.wait_for(state="detached", timeout=30_000)
        except PlaywrightTimeout:
            print("JupyterLab dialog still open after 30 s")


def run_cells(
    page, count: int | None, ready: str, arg=None, timeout: float = 240_000, keys: int | None = None
) -> None:
    """Run cells of the open notebook as a participant does, until the JavaScript
    condition ``ready`` (called with ``arg``) holds: Shift+Enter ``count`` times from
    the first code cell (``keys`` times when markdown cells sit between the ``count``
    code cells: the same key passes over them), or, with ``count=None``, the Run
    menu's "Run All Cells".

    The one way every browser test runs cells. A key or a Run All that arrives while
    the kernel still connects, or on a loaded machine, is lost, and a dialog the lab
    raises can cover the menu. The cells' prompts show within seconds whether the
    cells started, so a lost start is tried again then (dialogs accepted first), not
    after the whole wait."""
    for _run in range(3):
        cells = _start(page, count, keys or count)
        # Started: running the cells again would only queue them behind themselves, so
        # wait for what they make, however long a loaded machine takes within
        # ``timeout`` -- unless the lab dropped the queued cells or lost the page's
        # kernel or widgets (see _READY_OR_DROPPED), which a participant answers by
        # reloading the page or running the cells again.
        try:
            seen = page.wait_for_function(
                _READY_OR_DROPPED.format(ready=ready), arg=[arg, cells], timeout=timeout
            )
        except PlaywrightTimeout:
            raise AssertionError(
                f"the cells ran but the page never showed what they make:\n{outputs(page)}"
            ) from None
        verdict = seen.json_value()
        if verdict == "ready":
            return
        if verdict == "reload":
            print(f"The page lost the cells' widgets or its kernel; reloading it:\n{outputs(page)}")
            page.reload(timeout=90_000)
            page.wait_for_selector(f"{VISIBLE} .jp-CodeCell", timeout=90_000)
            continue
        print(f"JupyterLab dropped the queued cells; running them again:\n{outputs(page)}")
    raise AssertionError(
        f"the lab dropped the cells, or lost their widgets or kernel, three times:\n{outputs(page)}"
    )


def _start(page, count: int | None, keys: int | None) -> int:
    """Press the keys (or Run All) until the cells' prompts show they started; the
    number of code cells whose prompts were watched."""
    for attempt in range(4):
        dismiss_dialogs(page)
        _kernel_if_none(page)
        page.wait_for_selector(IDLE, timeout=90_000)  # again after a kernel chosen in a dialog
        cells = count or page.locator(f"{VISIBLE} .jp-CodeCell").count()
        before = page.evaluate(
            f"n => {{ window.jkSeen = new Set(); window.jkDropped = null; return ({_PROMPTS})(n).map(e => e.textContent); }}",
            cells,
        )
        try:
            if count is None:
                # Run All queues every cell at once: one prompt seen queued or run is enough.
                page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click(timeout=START_MS)
                page.locator("li.lm-Menu-item[data-command='runmenu:run-all']").click(timeout=START_MS)
                page.wait_for_function(_STARTED, arg=[cells, before, 1], timeout=START_MS)
            else:
                page.locator(f"{VISIBLE} .jp-CodeCell .jp-InputArea-editor").first.click(timeout=START_MS)
                for _ in range(keys):
                    page.keyboard.press("Shift+Enter")
                page.wait_for_function(_STARTED, arg=[cells, before, cells], timeout=START_MS)
            return cells
        except PlaywrightTimeout:
            if attempt == 3:
                raise
            page.keyboard.press("Escape")  # close a menu left open
    raise AssertionError("unreachable")


def _kernel_if_none(page) -> None:
    """A notebook that shows "No Kernel" (its kernel stopped or never started) gets
    one as a participant would give it: the toolbar's kernel name, then the dialog's
    default (the notebook's own kernel).

    A notebook just opened also says "No Kernel" until the lab has asked the server
    for its session, on a loaded machine for seconds; choosing a kernel then started a
    second one and shut down the first (seen at every step of the kernel walk). So
    only a "No Kernel" that stays is answered."""
    name = page.locator(f"{VISIBLE} .jp-Toolbar-kernelName")
    if name.count() == 0:
        return
    try:
        page.wait_for_function(
            f"""() => !(document.querySelector('{VISIBLE} .jp-Toolbar-kernelName')?.textContent ?? '')
                      .includes('No Kernel')""",
            timeout=NO_KERNEL_MS,
        )
        return
    except PlaywrightTimeout:
        pass
    print(f"the notebook had no kernel; choosing one:\n{outputs(page)}")
    name.first.click()
    try:
        page.locator(".jp-Dialog").wait_for(timeout=10_000)
    except PlaywrightTimeout:
        return  # none asked for: the lab started one by itself
    dismiss_dialogs(page)


def outputs(page) -> str:
    """What the open notebook shows, cell by cell (prompt, then the start of each
    output's text): the story a failed wait tells."""
    cells = page.evaluate(
        f"""() => [...document.querySelectorAll('{VISIBLE} .jp-CodeCell')].map(cell => [
              cell.querySelector('.jp-InputPrompt')?.textContent ?? '',
              [...cell.querySelectorAll('.jp-OutputArea-output')].map(o => o.innerText.slice(0, 400))])"""
    )
    status = page.locator(".jp-Notebook-ExecutionIndicator").first
    shot = Path(tempfile.mkdtemp(prefix="journeykit-page-")) / "page.png"
    page.screenshot(path=str(shot), full_page=True)
    lines = [
        f"kernel: {status.get_attribute('data-status') if status.count() else 'no indicator'}",
        f"screenshot: {shot}",
    ]
    for prompt, shown in cells:
        lines.append(
            f"{prompt.strip()} " + (" | ".join(text.replace("\n", " ") for text in shown) or "(no output)")
        )
    return "\n".join(lines)


def shows(*selectors: str) -> str:
    """A ``ready`` condition: each of ``selectors`` is in the open notebook."""
    found = [
        f"document.querySelector({json.dumps(f'{VISIBLE} {selector}')}) !== null" for selector in selectors
    ]
    return "() => " + " && ".join(found)


def restart_kernel(page, url: str, notebook: str) -> None:
    """Restart the kernel of ``notebook`` through the server's REST API."""
    xsrf = next(c["value"] for c in page.context.cookies() if c["name"] == "_xsrf")
    sessions = page.request.get(f"{url}/api/sessions").json()
    kernel = next(s["kernel"]["id"] for s in sessions if s["path"].endswith(notebook))
    response = page.request.post(f"{url}/api/kernels/{kernel}/restart", headers={"X-XSRFToken": xsrf})
    assert response.ok, response.text()


def wait_idle_after_run(page, timeout: float = 300_000) -> None:
    """Until no cell of the open notebook is running or queued."""
    page.wait_for_function(
        f"""() => [...document.querySelectorAll('{VISIBLE} .jp-InputPrompt')]
                 .every(p => !p.textContent.includes('*'))""",
        timeout=timeout,
    )


def shoot(page, folder: Path, name: str, selector: str | None = None) -> Path:
    """A screenshot of the page for a person to look at, ``selector`` scrolled into view."""
    if selector:
        page.locator(selector).first.scroll_into_view_if_needed()
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    return path
