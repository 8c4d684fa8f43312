"""The board's page in Chromium wired to a real ``JourneyBoard`` in this process: the
page's messages reach the board's handler, and what the board sends (views, acks)
comes back as the answer. Each page has its own board, as two kernels would; the
page's heartbeat (every second) also lets its board look at the file, as the
kernel's watcher does, so a change saved by the other page shows up by itself."""

from __future__ import annotations

import json
from pathlib import Path

from _board_page import load_stand_in

from journeykit_widgets.widgets.board import JourneyBoard

ORIGIN = "http://board.test"

PAGE = """<!doctype html><html><body><div id="host" style="width:1200px"></div>
<script type="module">
import board from "./board.js";
const listeners = {};
const values = { view: JSON.parse(document.getElementById("view").textContent) };
const fire = (name, ...args) => (listeners[name] || []).forEach((f) => f(...args));
function deliver(out) {
  for (const m of out || []) {
    if (m.view) { values.view = m.view; fire("change:view"); }
    else fire("msg:custom", m.msg);
  }
}
const model = {
  get: (name) => values[name],
  set: (name, value) => { values[name] = value; },
  on: (name, f) => { (listeners[name] = listeners[name] || []).push(f); },
  off: (name, f) => { listeners[name] = (listeners[name] || []).filter((g) => g !== f); },
  send: (content) => { window.pySend(content).then(deliver); },
  save_changes: () => {},
};
board.render({ model, el: document.getElementById("host") });
window.ready = true;
</script>
<script type="application/json" id="view">__VIEW__</script>
</body></html>"""


def open_board(browser, path: Path, viewport=(1280, 900)):
    """A page showing a ``JourneyBoard`` of ``path``; returns (page, board)."""
    board = JourneyBoard(path)
    outbox: list[dict] = []
    board.send = lambda msg: outbox.append({"msg": msg})
    board.observe(lambda change: outbox.append({"view": change["new"]}), names="view")

    def from_page(content):
        if isinstance(content, dict) and content.get("type") == "ping":
            board.refresh()  # the kernel's watcher, once a second
        board._on_message(board, content, [])
        out = list(outbox)
        outbox.clear()
        return out

    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    page.expose_function("pySend", from_page)
    html = PAGE.replace("__VIEW__", json.dumps(board.view).replace("</", "<\\/"))
    load_stand_in(page, html, ORIGIN)
    return page, board
