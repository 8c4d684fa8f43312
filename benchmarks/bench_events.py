"""Benchmark: the events analysis on 1,000,000 events (target: under 5 s).

    python benchmarks/bench_events.py [--events 1000000] [--runs 5]

Generates the airline case's events with data/generate_measurements.py (fixed
seed) until there are at least the requested number, writes them to a temporary
CSV, then times (median of several runs):

* load: read the CSV, check every row, map events to phases (``load_events``);
* analyse: funnel, micro-conversions and cross-device switches (``analyse_events``);
* total: both, what a notebook cell does with ``events_analysis(path)``;
* total CPU: the process time of both, which other work on a shared machine does not inflate.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location(
        "generate_measurements", ROOT / "data" / "generate_measurements.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=float, default=5.0, help="seconds allowed for the total")
    args = parser.parse_args(argv)

    from journeykit_widgets.analysis import analyse_events, load_events
    from journeykit_widgets.samples import load_sample

    gen = _generator()
    customers = int(args.events / 5.4) + 1
    frame = gen.events_frame(customers)
    while len(frame) < args.events:
        customers = int(customers * 1.05) + 1
        frame = gen.events_frame(customers)
    frame = frame.iloc[: args.events]
    journey = load_sample("airline", "en")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.csv"
        frame.to_csv(path, index=False)
        size = path.stat().st_size / 1e6
        print(f"{len(frame):,} events of {frame['customer_id'].nunique():,} customers, {size:.0f} MB CSV")
        loads, analyses, totals, cpu = [], [], [], []
        for _ in range(args.runs):
            c0 = time.process_time()
            t0 = time.perf_counter()
            log = load_events(path, case="airline", journey=journey)
            t1 = time.perf_counter()
            result = analyse_events(log)
            t2 = time.perf_counter()
            cpu.append(time.process_time() - c0)
            loads.append(t1 - t0)
            analyses.append(t2 - t1)
            totals.append(t2 - t0)
    assert log.report.rows_used == len(frame), log.report.summary()
    assert result.customers == frame["customer_id"].nunique()
    for name, times in (("load", loads), ("analyse", analyses), ("total", totals), ("total CPU", cpu)):
        print(
            f"{name:9s} median {statistics.median(times):.2f} s  (min {min(times):.2f}, max {max(times):.2f})"
        )
    # Wall time depends on what else runs on the machine: report the load with it.
    print(f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    ok = statistics.median(totals) < args.limit
    print(
        f"{'OK' if ok else 'TOO SLOW'}: median total {statistics.median(totals):.2f} s, limit {args.limit:.1f} s"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
