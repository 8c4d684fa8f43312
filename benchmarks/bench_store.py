"""Medians of the store's file operations on a large journey (1,000 touchpoints).

Run: python benchmarks/bench_store.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.store import (
    export_csv,
    export_xlsx,
    import_touchpoints,
    load,
    save,
    to_mermaid,
)


def _journey(n: int) -> Journey:
    journey = Journey.new("Benchmark", phase_model="b2b_five", language="nl")
    phases = journey.phase_ids
    journey.touchpoints = [
        Touchpoint(
            name=f"Contactpunt {i} – café",
            phase=phases[i % len(phases)],
            channel="website",
            emotion=(i % 7) - 3,
            thoughts='Ik twijfel nog; "is dit de goede keuze?"\nMisschien morgen. ' * 3,
        )
        for i in range(n)
    ]
    return journey.revalidated()


def _median(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    journey = _journey(1000)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "j.json"
        flip = [journey, journey.model_copy(update={"title": "Other"})]
        counter = iter(range(10**6))
        rows = {
            "save (changed, with backup)": lambda: save(flip[next(counter) % 2], path),
            "load": lambda: load(path),
            "export CSV": lambda: export_csv(journey, folder / "t.csv"),
            "export XLSX": lambda: export_xlsx(journey, folder / "t.xlsx"),
            "import CSV": lambda: import_touchpoints(folder / "t.csv", journey),
            "import XLSX": lambda: import_touchpoints(folder / "t.xlsx", journey),
            "Mermaid text": lambda: to_mermaid(journey),
        }
        save(journey, path)
        export_csv(journey, folder / "t.csv")
        export_xlsx(journey, folder / "t.xlsx")
        print(f"{'1,000 touchpoints':<30} median ms")
        for label, fn in rows.items():
            print(f"{label:<30} {_median(fn):8.1f}")


if __name__ == "__main__":
    main()
