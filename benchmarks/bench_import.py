"""How long ``import journeykit_widgets`` takes in a fresh interpreter (target: < 0.3 s).

Run: ``python benchmarks/bench_import.py [runs]``. Each run is a new Python process,
so nothing is cached in memory; the interpreter's own start-up is measured
separately and subtracted.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

TARGET_S = 0.3


def _median_seconds(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int = 15) -> None:
    bare = _median_seconds("pass", runs)
    package = _median_seconds("import journeykit_widgets", runs)
    api = _median_seconds("import journeykit_widgets as jk; jk.Journey; jk.load", runs)
    print(f"python start-up                      {bare * 1000:7.1f} ms")
    print(
        f"import journeykit_widgets            {(package - bare) * 1000:7.1f} ms  (target < {TARGET_S * 1000:.0f} ms)"
    )
    print(f"... plus model and store (pydantic)  {(api - bare) * 1000:7.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
