"""Benchmark: one edit through the locked path (targets: ≤ 50 ms at 60
touchpoints, ≤ 200 ms at 1,000; median).

    python benchmarks/bench_edit.py [--sizes 60 1000] [--runs 30]

For each size, a journey with that many touchpoints (every text field filled,
as after a workshop) is written to a temporary folder, then timed (median of
``--runs``):

* edit: ``journeykit_widgets.edit`` changing one touchpoint's field — take the
  file lock, re-read, apply, validate the whole journey, record the revision,
  save atomically with a backup, release;
* baseline: a plain ``store.load``, the same one-field change, ``store.save``
  (atomic, with its backup), no lock, no re-validation, no history entry —
  what the locked path costs on top of reading and writing the file at all;
* CPU: the process time of each, which other work on a shared machine inflates
  far less than the wall time (the wall time includes two fsyncs per save).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journeykit_widgets import edit, store  # noqa: E402
from journeykit_widgets.model import Journey, Touchpoint  # noqa: E402

TARGETS = {60: 0.050, 1000: 0.200}


def journey_with(count: int) -> Journey:
    journey = Journey.new("Benchmark journey", language="en")
    phases = journey.phase_ids
    for i in range(count):
        journey.touchpoints.append(
            Touchpoint(
                id=f"tp-{i}",
                name=f"Touchpoint {i}",
                phase=phases[i % len(phases)],
                action="Reads the offer and compares it with two others " * 2,
                thoughts="Is this really cheaper than last year?",
                pain_points="The form asks for the same data twice.",
                opportunities="Remember what the customer already told us.",
                kpi="conversion",
                evidence="interviews, week 12",
            )
        )
    return journey


def time_runs(action, runs: int) -> tuple[float, float]:
    wall, cpu = [], []
    for i in range(runs):
        w, c = time.perf_counter(), time.process_time()
        action(i)
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[60, 1000])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"journey_{size}.json"
            store.save(journey_with(size), path)
            target_id = f"tp-{size // 2}"

            def one_edit(i: int, path=path, target_id=target_id) -> None:
                problems = edit(
                    path, lambda j: setattr(j.touchpoint(target_id), "kpi", f"kpi {i}"), f"run {i}"
                )
                assert not problems, problems

            def baseline(i: int, path=path, target_id=target_id) -> None:
                journey = store.load(path)
                journey.touchpoint(target_id).kpi = f"baseline {i}"
                store.save(journey, path)

            one_edit(-1)  # warm up: imports, first validation
            base_wall, base_cpu = time_runs(baseline, args.runs)
            edit_wall, edit_cpu = time_runs(one_edit, args.runs)
            target = TARGETS.get(size)
            verdict = "" if target is None else ("  ok" if edit_wall <= target else "  OVER TARGET")
            failed |= target is not None and edit_wall > target
            print(
                f"{size:>5} touchpoints ({path.stat().st_size / 1024:,.0f} KiB): "
                f"edit {edit_wall * 1000:6.1f} ms (CPU {edit_cpu * 1000:5.1f} ms), "
                f"baseline load+save {base_wall * 1000:6.1f} ms (CPU {base_cpu * 1000:5.1f} ms)"
                + (f", target ≤ {target * 1000:.0f} ms{verdict}" if target else "")
            )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
