"""How fast the journey board is in the browser, at 60 and 500 touchpoints.

Measured in headless Chromium on the board's own ES module (``board.js``) with a
stand-in for the widget model, so it times the front-end alone:
  paint      first paint after the model arrives: render() until the frame after it
  keystroke  script time of one keystroke on a card (the input handler), median and max
  redraw     a changed view-model from Python (another notebook saved) redrawn, keeping
             focus and caret; a save of the text being typed is not redrawn at all
and, in Python, the save path that follows typing and dragging:
  save       one ``set`` (typing) or ``move`` (drag) action through store.apply_edit
             plus the new view-model; type → saved = the 0.3 s debounce + this.
Targets: paint ≤ 300 ms, keystroke ≤ 16 ms, type → saved and drag → saved ≤ 0.5 s.
End to end in JupyterLab, type → saved and drag → saved are also read from the
board by tests/browser/test_board_lab.py (printed with its screenshots).

    python benchmarks/bench_board.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_render import journey_with  # noqa: E402

from journeykit_widgets import store  # noqa: E402
from journeykit_widgets._browser import LAUNCH_ARGS, find_browser  # noqa: E402
from journeykit_widgets.widgets.board import JourneyBoard  # noqa: E402
from journeykit_widgets.widgets.board.viewmodel import journey_view  # noqa: E402

BOARD_JS = HERE.parent / "journeykit_widgets" / "widgets" / "board" / "board.js"
BOARD_CSS = HERE.parent / "journeykit_widgets" / "widgets" / "board" / "board.css"

# A stand-in for the anywidget model: get/set/on/off/send, acks at once.
PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>%CSS%</style></head>
<body style="margin:0;width:1280px"><div id="host"></div>
<script type="module">
const listeners = {};
window.model = {
  data: {view: {}},
  get(k) { return this.data[k]; },
  set(k, v) { this.data[k] = v; (listeners["change:" + k] || []).forEach(f => f()); },
  on(e, f) { (listeners[e] = listeners[e] || []).push(f); },
  off(e, f) { listeners[e] = (listeners[e] || []).filter(g => g !== f); },
  send(msg) { if (msg.type === "action") setTimeout(() => (listeners["msg:custom"] || []).forEach(f => f({type: "ack", seq: msg.seq, ok: true, problems: []}))); },
};
window.mount = async (src) => {
  const mod = await import(URL.createObjectURL(new Blob([src], {type: "text/javascript"})));
  window.board = mod.default;
};
</script></body></html>"""


def _view(n: int) -> dict:
    journey = journey_with(n)
    view = journey_view(journey)
    view["can_undo"] = view["can_redo"] = False
    return view


def browser_figures(repeat: int) -> dict[int, dict[str, float]]:
    from playwright.sync_api import sync_playwright

    executable = find_browser()
    if executable is None:
        raise SystemExit("no Chromium found")
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(executable), args=list(LAUNCH_ARGS))
        for n in (60, 500):
            view = json.dumps(_view(n))
            paints, redraws, keys = [], [], []
            for _ in range(repeat):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.set_content(PAGE.replace("%CSS%", BOARD_CSS.read_text("utf-8")))
                page.wait_for_function("() => window.mount")
                page.evaluate("src => window.mount(src)", BOARD_JS.read_text("utf-8"))
                page.wait_for_function("() => window.board")
                paint = page.evaluate(
                    """view => new Promise(done => {
                        const t0 = performance.now();
                        model.data.view = JSON.parse(view);
                        board.render({model, el: document.getElementById('host')});
                        requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
                    })""",
                    view,
                )
                paints.append(paint)
                name = page.locator(".jkb-card-name").first
                name.click()
                for char in "Loyalty app":
                    page.keyboard.type(char)
                    keys.append(float(page.locator(".jkb").get_attribute("data-last-key-script-ms")))
                redraws.append(
                    page.evaluate(
                        """view => { const v = JSON.parse(view);
                            v.cards[v.cards.length - 1].emotion = -3;  // another notebook changed a card
                            const t0 = performance.now();
                            model.set('view', v);
                            return performance.now() - t0; }""",
                        view,
                    )
                )
                # The caret's card is still focused after the redraw (typing goes on).
                assert page.evaluate("() => document.activeElement.classList.contains('jkb-card-name')")
                page.close()
            results[n] = {
                "paint": statistics.median(paints),
                "redraw": statistics.median(redraws),
                "keystroke": statistics.median(keys),
                "keystroke_max": max(keys),
            }
        browser.close()
    return results


def save_figures(repeat: int) -> dict[int, dict[str, float]]:
    results = {}
    for n in (60, 500):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "journey.json"
            store.save(journey_with(n), path)
            board = JourneyBoard(path)
            board.send = lambda _msg: None
            ids = [c["id"] for c in board.view["cards"]]
            sets, moves = [], []
            for i in range(repeat):
                t0 = time.perf_counter()
                board.perform({"op": "set", "id": ids[0], "field": "name", "value": f"Typed {i}"})
                sets.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                phase = board.view["phases"][i % len(board.view["phases"])]["id"]
                board.perform({"op": "move", "id": ids[1], "phase": phase, "before": None})
                moves.append(time.perf_counter() - t0)
            results[n] = {"set": statistics.median(sets) * 1000, "move": statistics.median(moves) * 1000}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    saves = save_figures(args.repeat)
    front = browser_figures(args.repeat)
    print("touchpoints  paint  redraw  keystroke(median/max)  save: type / drag  (ms)")
    for n in (60, 500):
        f, s = front[n], saves[n]
        print(
            f"{n:>11}  {f['paint']:5.0f}  {f['redraw']:6.0f}  {f['keystroke']:8.2f} / {f['keystroke_max']:5.2f}"
            f"       {s['set']:5.0f} / {s['move']:5.0f}"
        )


if __name__ == "__main__":
    main()
