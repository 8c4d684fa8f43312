"""Helpers for the board's browser tests: write a notebook, run it, read the file."""

from __future__ import annotations

import json
import time
from pathlib import Path

import nbformat

BOARD = ".jp-NotebookPanel:visible .jkb"


def write_notebook(root: Path, name: str, cells: list[str]) -> str:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in cells]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, root / name)
    return name


def run_all(page, count: int) -> None:
    """Run every cell as a participant does (Shift+Enter), until ``count`` boards show.
    Keys pressed while the kernel still connects can be lost, so try again."""
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    for attempt in range(4):
        page.locator(".jp-NotebookPanel:visible .jp-Cell .jp-InputArea-editor").first.click()
        for _ in range(count):
            page.keyboard.press("Shift+Enter")
        try:
            page.wait_for_function(
                "n => document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jkb[data-kind]').length >= n"
                " && [...document.querySelectorAll('.jkb[data-kind]')].every(b => b.dataset.kind)",
                arg=count,
                timeout=45_000,
            )
            return
        except Exception:
            if attempt == 3:
                raise


def restart_kernel(page, url: str, notebook: str) -> None:
    xsrf = next(c["value"] for c in page.context.cookies() if c["name"] == "_xsrf")
    sessions = page.request.get(f"{url}/api/sessions").json()
    kernel = next(s["kernel"]["id"] for s in sessions if s["path"].endswith(notebook))
    response = page.request.post(f"{url}/api/kernels/{kernel}/restart", headers={"X-XSRFToken": xsrf})
    assert response.ok, response.text()


def wait_for_file(path: Path, check, timeout: float = 45.0):
    """The journey file's JSON once ``check(data)`` holds (the save is asynchronous)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = json.loads(path.read_text("utf-8"))
            if check(last):
                return last
        except (OSError, ValueError):
            pass
        time.sleep(0.05)
    raise AssertionError(f"the file never showed the change; last content: {json.dumps(last)[:2000]}")
