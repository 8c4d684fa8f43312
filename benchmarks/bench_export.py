"""How long does a handout take? ``journeykit export --to html`` against plain
``jupyter nbconvert --execute --to html`` on the same notebook and journey
(target: at most 1.0× as long), seconds per PDF page, and the slides.

    python benchmarks/bench_export.py [--notebook notebooks/08_report.ipynb] [--repeat 3]

Both commands run as a trainer would run them: a fresh process, a fresh kernel.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


# CPU seconds of every finished child process (and theirs: kernels, Chromium), per command.
CPU: dict[str, list[float]] = {}


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], env: dict, label: str = "") -> float:
    """Wall-clock seconds of ``command``; its CPU seconds go to ``CPU[label]``. On a
    machine shared with others the wall clock grows with the load, the CPU time
    much less, so both are reported side by side."""
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    took = time.perf_counter() - start
    CPU.setdefault(label or command[0], []).append(_children_cpu() - cpu)
    return took


def _load() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebook", type=Path, default=ROOT / "notebooks" / "08_report.ipynb")
    parser.add_argument("--case", default="airline")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="journeykit-bench-"))
    env = dict(os.environ, MPLBACKEND="Agg")
    for var in (
        "JUPYTER_CONFIG_DIR",
        "JUPYTER_DATA_DIR",
        "JUPYTER_RUNTIME_DIR",
        "IPYTHONDIR",
        "MPLCONFIGDIR",
    ):
        env[var] = str(work / var.lower())
    try:
        journey = work / f"{args.case}.en.json"
        shutil.copyfile(ROOT / "data" / f"{args.case}.en.json", journey)
        # The plain run uses the notebook's default journey (the airline sample), the same content.
        plain = [
            str(BIN / "jupyter"),
            "nbconvert",
            "--execute",
            "--to",
            "html",
            str(args.notebook),
            "--output-dir",
            str(work / "plain"),
        ]
        ours = [
            str(BIN / "journeykit"),
            "export",
            str(args.notebook),
            "--journey",
            str(journey),
            "--to",
            "html",
            "-o",
            str(work / "ours"),
        ]
        pdf = [*ours[:-3], "pdf", "-o", str(work / "pdf")]
        print(f"load average (1/5/15 min) at the start: {_load()}")
        _timed(plain, env, "warm-up")  # warm the disk cache and font cache once
        plain_s, ours_s = [], []
        for _ in range(args.repeat):  # interleaved, so a busy moment hurts both
            plain_s.append(_timed(plain, env, "plain"))
            ours_s.append(_timed(ours, env, "html"))
        print(f"notebook: {args.notebook.relative_to(ROOT)}  (median of {args.repeat})")
        print(f"  jupyter nbconvert --execute --to html : {statistics.median(plain_s):6.2f} s")
        print(f"  journeykit export --to html           : {statistics.median(ours_s):6.2f} s")
        ratio = statistics.median(ours_s) / statistics.median(plain_s)
        print(f"  ratio                                  : {ratio:6.2f}×  (target ≤ 1.00)")
        cpu_ratio = statistics.median(CPU["html"]) / statistics.median(CPU["plain"])
        print(
            f"  CPU seconds, nbconvert / ours          : {statistics.median(CPU['plain']):6.2f} / "
            f"{statistics.median(CPU['html']):6.2f} s: {cpu_ratio:.2f}×"
        )

        from pypdf import PdfReader

        pdf_s = [_timed(pdf, env, "pdf") for _ in range(max(1, args.repeat // 2))]
        pages = len(PdfReader(work / "pdf" / args.notebook.with_suffix(".pdf").name).pages)
        total = statistics.median(pdf_s)
        printing = max(total - statistics.median(ours_s), 0.0)
        print(f"  journeykit export --to pdf            : {total:6.2f} s for {pages} pages")
        print(f"  seconds per PDF page (whole export)   : {total / pages:6.2f} s")
        print(f"  seconds per PDF page (printing only)  : {printing / pages:6.2f} s")
        pdf_cpu = statistics.median(CPU["pdf"])
        print(f"  CPU seconds per PDF page (whole export): {pdf_cpu / pages:6.2f} s")
        slides = [*ours[:-3], "pptx", "-o", str(work / "pptx")]
        pptx_s = _timed(slides, env, "pptx")
        print(f"  journeykit export --to pptx           : {pptx_s:6.2f} s")
        print(f"load average (1/5/15 min) at the end: {_load()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
