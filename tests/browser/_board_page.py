"""Helpers for the board's browser tests: run the boards, read the file."""

from __future__ import annotations

import json
import time
from pathlib import Path

from _lab_page import VISIBLE, restart_kernel, run_cells, write_notebook

__all__ = [
    "BOARD",
    "board_story",
    "load_stand_in",
    "restart_kernel",
    "run_all",
    "wait_for_file",
    "write_notebook",
]

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


def board_story(pages: dict, url: str) -> str:
    """What each person's board says beside the map (its status line, banners such as
    "Python was stopped", problems at the cards) and which kernels the server runs for
    which notebook: the story of a failed team test, told in its message."""
    lines = []
    for name, page in pages.items():
        said = page.evaluate(
            """s => [...document.querySelectorAll(s)].map(e => e.textContent.trim()).filter(Boolean)""",
            ", ".join(f"{VISIBLE} .jkb {part}" for part in (".jkb-status", "[role=alert]", ".jkb-problem")),
        )
        lines.append(f"{name}'s board says: {said}")
    page = next(iter(pages.values()), None)
    if page is not None:
        kernels = {k["id"]: k for k in page.request.get(f"{url}/api/kernels").json()}
        for session in page.request.get(f"{url}/api/sessions").json():
            kernel = kernels.pop(session["kernel"]["id"], session["kernel"])
            lines.append(
                f"{session['path']}: kernel {kernel['id'][:8]} {kernel.get('execution_state')},"
                f" {kernel.get('connections')} connection(s)"
            )
        lines += [
            f"kernel {k[:8]} without a notebook: {v.get('execution_state')}" for k, v in kernels.items()
        ]
    return "\n".join(lines)


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
