"""How long a journey map PNG takes, at 10, 60 and 500 touchpoints, beside
plain matplotlib figures of the same size, in one run.

Prints the median of several runs for:
  build    the map's Figure (layout, text fitting, artists: our code)
  cold     ``render.png("journey", …)`` at 100 dpi with the picture cache empty:
           build + matplotlib's own Agg drawing + PNG encoding
  hit      the same request again: a cache hit
  skipped  the request after an edit to a field the map does not draw (a goal):
           the content key is unchanged, so no redraw
  edited   the request after one touchpoint changed: a real redraw
  plain    baseline: a plain matplotlib Figure of the same size with as many
           texts and one collection of as many boxes, saved as PNG at 100 dpi
  empty    baseline: an empty Figure of the same size saved as PNG
Targets (median, this machine, newest matplotlib): 60 touchpoints cold ≤ 0.5 s,
500 ≤ 1.5 s, cache hit ≤ 5 ms.

    python benchmarks/bench_render.py [--repeat 5] [--paper a4]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import time

from journeykit_widgets import frameworks
from journeykit_widgets.model import KPI, Journey, Persona, Touchpoint

WORDS = str.split(
    "zoekt vergelijkt boekt leest reviews op de website en in de app voordat zij belt met de "
    "klantenservice over bagage stoelen vertraging punten factuur offerte demo contract"
)


def journey_with(n: int, seed: int = 1) -> Journey:
    rnd = random.Random(seed)

    def text(low, high):
        return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(low, high)))

    journey = Journey.new("Benchmark journey", "b2b_five", "nl", objective=text(10, 20))
    journey.personas.append(Persona(name="Sanne", role=text(2, 5)))
    channels, devices = list(frameworks.channels()), list(frameworks.devices())
    for _ in range(n):
        journey.touchpoints.append(
            Touchpoint(
                name=text(1, 4),
                phase=rnd.choice(journey.phase_ids),
                channel=rnd.choice(channels),
                device=rnd.choice(devices),
                action=text(3, 12),
                thoughts=text(0, 10),
                emotion=rnd.randint(-3, 3),
                pain_points=text(0, 8),
                opportunities=text(0, 8),
            )
        )
    for phase in journey.phase_ids:
        journey.kpis.append(KPI(phase=phase, name=text(2, 4), target=1000, actual=rnd.randint(100, 1500)))
    return journey


def median_seconds(func, repeat: int, setup=lambda: None) -> float:
    times = []
    for _ in range(repeat):
        setup()  # not timed
        gc.collect()  # the previous run's figure is garbage: collect it before, not during, this one
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _loop_ms() -> float:
    start = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i
    return (time.perf_counter() - start) * 1000


def _plain(size, texts: int, boxes: int) -> None:
    """The baseline: plain matplotlib, the same page, the same amount of text."""
    import io

    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure

    rnd = random.Random(texts)
    fig = Figure(figsize=size, dpi=100)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.add_collection(
        PolyCollection(
            [
                [(x, y), (x + 0.02, y), (x + 0.02, y + 0.02), (x, y + 0.02)]
                for x, y in ((rnd.random(), rnd.random()) for _ in range(boxes))
            ]
        )
    )
    for _ in range(texts):
        ax.text(rnd.random(), rnd.random(), " ".join(rnd.choice(WORDS) for _ in range(4)), fontsize=7)
    fig.savefig(io.BytesIO(), format="png", dpi=100)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--paper", default="a4", choices=("a4", "a3"))
    args = parser.parse_args()

    import io

    import matplotlib
    from matplotlib.figure import Figure

    from journeykit_widgets import render
    from journeykit_widgets.model import Goal

    size = render.style.paper_size(args.paper)

    def empty():
        Figure(figsize=size, dpi=100).savefig(io.BytesIO(), format="png", dpi=100)

    def png(journey):
        return render.png("journey", journey, dpi=100, paper=args.paper)

    def cold(journey):
        render.clear_cache()
        png(journey)

    render.png("journey", journey_with(10), dpi=50)  # warm: fonts, glyph widths, imports
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"matplotlib {matplotlib.__version__}, paper {args.paper}, {args.repeat} runs each, "
        f"load average {load:.1f} on {os.cpu_count()} cores"
    )
    # The machine is shared and its speed drifts; this plain loop tells a reader
    # which kind of minute the figures below come from.
    print(f"machine speed: 3,000,000 additions in a Python loop took {_loop_ms():.0f} ms")
    heads = (
        "touchpoints",
        "build ms",
        "cold ms",
        "hit ms",
        "skipped ms",
        "edited ms",
        "plain ms",
        "empty ms",
    )
    print("  ".join(f"{h:>11}" for h in heads))
    for n in (10, 60, 500):
        journey = journey_with(n)
        figure = render.journey_map(journey, paper=args.paper)
        texts, boxes = len(figure.texts), sum(len(c.get_paths()) for c in figure.axes[0].collections)
        build = median_seconds(
            lambda journey=journey: render.journey_map(journey, paper=args.paper), args.repeat
        )
        first = median_seconds(lambda journey=journey: cold(journey), args.repeat)
        png(journey)
        hit = median_seconds(lambda journey=journey: png(journey), args.repeat)
        goals = iter(range(10_000))

        def skipped(journey=journey, goals=goals):
            journey.goals.append(Goal(phase=journey.phase_ids[0], text=f"Goal {next(goals)}"))
            png(journey)

        def edited(journey=journey):
            journey.touchpoints[0].name = journey.touchpoints[0].name[::-1] + "!"
            png(journey)

        draws = render.cache_info().draws
        skip = median_seconds(skipped, args.repeat)
        assert render.cache_info().draws == draws, "an edit to a goal redrew the map"
        edit = median_seconds(edited, args.repeat)
        plain = median_seconds(lambda t=texts, b=boxes: _plain(size, t, b), args.repeat)
        blank = median_seconds(empty, args.repeat)
        row = (build, first, hit, skip, edit, plain, blank)
        print(f"{n:>11}  " + "  ".join(f"{v * 1000:>11.1f}" for v in row) + f"   ({texts} texts)")


if __name__ == "__main__":
    main()
