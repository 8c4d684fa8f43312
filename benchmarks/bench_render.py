"""How long drawing a journey map takes, at 10, 60 and 500 touchpoints.

Prints the median of several runs for:
  build   journey_map(journey): layout, text fitting, artists (our code)
  draw    build + rendering the A4 page at 100 dpi on the figure's own canvas
          (what a notebook shows), with every remembered text line, layout and
          font lookup forgotten first: a cold start for the text (the font files
          stay loaded, as they are after the first picture in a session)
  redraw  the same after one touchpoint changed, the text lines of the previous
          draw remembered (what an editor's preview or a notebook re-run does)
  empty   matplotlib creating and rendering an empty figure of the same size
Targets (median, this machine): 60 touchpoints under 150 ms, 500 under 1 s.

    python benchmarks/bench_render.py [--repeat 7] [--paper a4]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--paper", default="a4", choices=("a4", "a3"))
    args = parser.parse_args()

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from journeykit_widgets.render import _raster, journey_map
    from journeykit_widgets.render.style import paper_size

    size = paper_size(args.paper)

    def empty():
        fig = Figure(figsize=size, dpi=100)
        FigureCanvasAgg(fig).draw()

    def drawn(journey):
        journey_map(journey, paper=args.paper).canvas.draw()

    def redrawn(journey):
        first = journey.touchpoints[0]
        first.emotion = -first.emotion
        first.name = first.name[::-1]  # one card and one point change
        journey_map(journey, paper=args.paper).canvas.draw()

    journey_map(journey_with(10))  # warm caches: fonts, glyph widths, imports
    empty()
    baseline = median_seconds(empty, args.repeat)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"paper {args.paper}, {args.repeat} runs each, load average {load:.1f} on {os.cpu_count()} cores")
    # The project machine is shared and its speed drifts by up to 2x from one
    # minute to the next without any load showing; this plain loop tells a
    # reader which kind of minute the figures below come from.
    print(f"machine speed: 3,000,000 additions in a Python loop took {_loop_ms():.0f} ms")
    print(
        f"{'touchpoints':>11}  {'build ms':>9}  {'draw ms':>8}  {'redraw ms':>9}  {'empty ms':>8}  {'draw/empty':>10}"
    )
    for n in (10, 60, 500):
        journey = journey_with(n)
        build = median_seconds(lambda journey=journey: journey_map(journey, paper=args.paper), args.repeat)
        draw = median_seconds(lambda journey=journey: drawn(journey), args.repeat, setup=_raster.forget)
        redrawn(journey)  # the first draw fills the text cache
        redraw = median_seconds(lambda journey=journey: redrawn(journey), args.repeat)
        print(
            f"{n:>11}  {build * 1000:>9.0f}  {draw * 1000:>8.0f}  {redraw * 1000:>9.0f}"
            f"  {baseline * 1000:>8.0f}  {draw / baseline:>10.1f}"
        )


if __name__ == "__main__":
    main()
