"""How long a change in an editor takes until its preview is redrawn, at 60
touchpoints (target: median < 500 ms; the preview is debounced by 250 ms and
drawn on a worker thread, so typing never waits for it).

Run: ``python benchmarks/bench_preview.py [runs]``. Each run changes one field
through an editor (validate, save atomically with a backup, record the revision,
refresh the list: what the participant waits for, since in the kernel the
preview is drawn on a worker thread after a debounce) and then draws the
preview PNG through the one PNG path (``render.png``, view registry and cache:
an edited field the view draws is a real redraw by matplotlib's own Agg). Prints the medians of both parts
and of their sum, which is the time until the new picture can be on screen.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

TARGET_MS = 500.0
TOUCHPOINTS = 60


def _journey(path: Path) -> None:
    from journeykit_widgets import store
    from journeykit_widgets.model import Journey, Touchpoint

    journey = Journey.new("Benchmark journey", language="en")
    phases = journey.phase_ids
    channels = ["website", "search", "social_media", "email", "phone", "chat", "app"]
    for i in range(TOUCHPOINTS):
        journey.touchpoints.append(
            Touchpoint(
                id=f"tp-{i}",
                name=f"Touchpoint number {i} with a realistic name",
                phase=phases[i * len(phases) // TOUCHPOINTS],
                channel=channels[i % len(channels)],
                emotion=(i % 7) - 3,
                importance=1 + i % 5,
                effort=1 + (i * 3) % 5,
                thoughts="Is this the cheapest fare? I hope the luggage is included.",
            )
        )
    store.save(journey, path)


def _measure(editor, change, runs: int) -> tuple[list[float], list[float]]:
    apply_ms, draw_ms = [], []
    for i in range(runs):
        start = time.perf_counter()
        change(i)
        middle = time.perf_counter()
        assert editor.flush(), "the change did not ask for a redraw"
        end = time.perf_counter()
        if editor.last_error is not None:
            raise editor.last_error
        apply_ms.append((middle - start) * 1000)
        draw_ms.append((end - middle) * 1000)
    return apply_ms, draw_ms


def main(runs: int = 15) -> int:
    from journeykit_widgets.widgets import priority_editor, template_editor

    folder = Path(tempfile.mkdtemp(prefix="journeykit-bench-"))
    path = folder / "journey.json"
    _journey(path)
    failed = False

    # The forms that draw a preview (cards and the emotion line are edited on the
    # board, which draws in the browser: no PNG on the typing path).
    priority = priority_editor(path)
    priority.flush()  # first draw loads fonts and caches: not what a participant waits for
    priority.list.choose("tp-30")

    def rate(i):
        priority.form.inputs["importance"].value = 1 + (i + 1) % 5  # never the value before

    template = template_editor(path, "current_state")
    template.flush()

    def write_cell(i):
        next(iter(template.cells.values())).value = f"Searches online, round {i}"

    print(f"{TOUCHPOINTS} touchpoints, {runs} changes each; median milliseconds:")
    for label, ed, change in (
        ("priority editor / priority matrix", priority, rate),
        ("template editor / template", template, write_cell),
    ):
        apply_ms, draw_ms = _measure(ed, change, runs)
        total = statistics.median(a + d for a, d in zip(apply_ms, draw_ms, strict=True))
        verdict = "ok" if total < TARGET_MS else f"SLOWER than {TARGET_MS:.0f} ms"
        print(
            f"  {label:34s} save {statistics.median(apply_ms):6.1f}  "
            f"draw {statistics.median(draw_ms):6.1f}  total {total:6.1f}  {verdict}"
        )
        failed |= total >= TARGET_MS
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
