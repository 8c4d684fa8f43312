"""Helpers for the board's browser tests: run the boards, read the file."""

from __future__ import annotations

import json
import time
from pathlib import Path

from _lab_page import VISIBLE, restart_kernel, run_cells, write_notebook

__all__ = ["BOARD", "load_stand_in", "restart_kernel", "run_all", "wait_for_file", "write_notebook"]

BOARD = ".jp-NotebookPanel:visible .jkb"


def run_all(page, count: int) -> None:
    """Run the first ``count`` cells as a participant does, until ``count`` boards show."""
    run_cells(
        page,
        count,
        f"n => document.querySelectorAll('{VISIBLE} .jkb[data-kind]').length >= n"
        " && [...document.querySelectorAll('.jkb[data-kind]')].every(b => b.dataset.kind)",
        arg=count,
        timeout=240_000,
    )


def wait_for_file(path: Path, check, timeout: float = 45.0):
    """The journey file's JSON once ``check(data)`` holds (the save is asynchronous)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = json.loads(path.read_text("utf-8"))
            if check(last):
                return last
        except FileNotFoundError:
            pass  # not saved yet; a save replaces the file whole (os.replace), so any read is complete
        time.sleep(0.05)
    raise AssertionError(f"the file never showed the change; last content: {json.dumps(last)[:2000]}")


def load_stand_in(page, html: str, origin: str) -> None:
    """Open the board's page code, as anywidget gets it (the modules joined into one,
    ``BoardWidget._esm``), in a page of our making (``html``, with a stand-in for the
    widget model) at ``origin`` under ``./board.js``; wait until the journey board is drawn."""
    from journeykit_widgets.widgets.board.widget import BoardWidget

    module = BoardWidget._esm

    def serve(route):
        if route.request.url.endswith("/board.js"):
            route.fulfill(body=module, content_type="text/javascript")
        else:
            route.fulfill(body=html, content_type="text/html")

    page.route(f"{origin}/**", serve)
    page.goto(f"{origin}/")
    page.wait_for_function("() => window.ready && document.querySelector('.jkb[data-kind=journey]')")
