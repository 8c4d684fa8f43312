"""How long does the facilitator wait? ``journeykit collect`` over a folder of 20
journeys (the three sample cases in English and Dutch, with variants), as a trainer
runs it: the overview alone, the HTML report and the PDF report, each in a fresh
process. Beside it, the baselines of the two big steps on the same folder: reading
the files with plain ``json`` + the model (what any reader must do) and drawing the
20 maps alone at print size (``render.print_pages``, what the participant's report
draws for one map), so the report's own cost is what is left over.

    python benchmarks/bench_collect.py [--journeys 20] [--skip-pdf]

Prints the seconds of each, the time to the first progress line, and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CASES = ("airline", "veranda", "b2b_software")


def build_folder(folder: Path, count: int) -> Path:
    """``count`` journeys: the samples in both languages, every next one a variant
    (emotions shifted, a touchpoint less), so no two files are the same."""
    from journeykit_widgets.samples import load_sample
    from journeykit_widgets.store import save

    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        case, lang = CASES[n % len(CASES)], ("en", "nl")[(n // len(CASES)) % 2]
        journey = load_sample(case, lang)
        journey.title = f"{journey.title} ({n + 1})"
        for k, tp in enumerate(journey.touchpoints):
            if tp.emotion is not None and (k + n) % 3 == 0:
                tp.emotion = max(-3, min(3, tp.emotion + (1 if n % 2 else -1)))
        if n >= len(CASES) * 2:
            journey.touchpoints = journey.touchpoints[: len(journey.touchpoints) - 1]
        save(journey, folder / f"team_{n + 1:02d}.json")
    return folder


def _cli(args: list[str], env: dict) -> tuple[float, float | None]:
    """Wall time of the command and the time its first progress line appeared."""
    start = time.perf_counter()
    first = None
    with subprocess.Popen(
        [sys.executable, "-m", "journeykit_widgets", "collect", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        for _line in process.stderr:
            if first is None:
                first = time.perf_counter() - start
        if process.wait() != 0:
            raise SystemExit(f"journeykit collect {' '.join(args)} failed")
    return time.perf_counter() - start, first


def _baselines(folder: Path) -> tuple[float, float]:
    from journeykit_widgets import render
    from journeykit_widgets.model import Journey

    start = time.perf_counter()
    journeys = [
        Journey.model_validate(json.loads(p.read_text("utf-8"))) for p in sorted(folder.glob("*.json"))
    ]
    reading = time.perf_counter() - start
    start = time.perf_counter()
    for journey in journeys:
        render.print_pages(journey, "journey", paper="report")
    return reading, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journeys", type=int, default=20)
    parser.add_argument("--skip-pdf", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="journeykit-bench-collect-"))
    env = dict(os.environ, MPLBACKEND="Agg", MPLCONFIGDIR=str(work / "mpl"))
    folder = build_folder(work / "handin", args.journeys)
    print(f"{args.journeys} journeys in {folder}; load average at start {os.getloadavg()}")

    from journeykit_widgets.collect import read_folder

    start = time.perf_counter()
    read_folder(folder)
    kit_reading = time.perf_counter() - start
    plain_reading, plain_maps = _baselines(folder)
    print(f"reading: read_folder {kit_reading:.2f} s | plain json + model {plain_reading:.2f} s")
    print(f"the {args.journeys} maps alone at print size (render.print_pages): {plain_maps:.1f} s")

    runs = [("overview", [str(folder)]), ("html", [str(folder), "-o", str(work / "group.html")])]
    if not args.skip_pdf:
        runs.append(("pdf", [str(folder), "-o", str(work / "group.pdf")]))
    for name, cli_args in runs:
        total, first = _cli(cli_args, env)
        shown = "—" if first is None else f"{first:.1f} s"
        print(f"journeykit collect ({name}): {total:.1f} s, first progress line after {shown}")
    print(f"load average at end {os.getloadavg()}")


if __name__ == "__main__":
    main()
