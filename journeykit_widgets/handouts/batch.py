"""Run notebooks headless against journey files and convert them, one at a time
or as a batch across the machine's cores.

A batch never stops at a bad file: every job ends in an ``ExportResult`` that
says what was written or, in one line, why not.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from journeykit_widgets.i18n import LANGUAGES, language, t

__all__ = [
    "FORMATS",
    "ExportJob",
    "ExportResult",
    "export_batch",
    "export_notebook",
    "find_journeys",
    "find_notebooks",
    "journey_language",
    "plan_jobs",
    "skip_unused_imports",
]

FORMATS: dict[str, str] = {"html": ".html", "pdf": ".pdf", "pptx": ".pptx"}


@dataclass(frozen=True)
class ExportJob:
    """One notebook, run against one journey file, written to one file."""

    notebook: Path
    output: Path
    journey: Path | None = None
    to: str = "html"
    variant: str = "report"
    lang: str | None = None
    timeout: int = 600
    browser: str | None = None
    execute: bool = True

    @property
    def name(self) -> str:
        journey = f"{self.journey.name} → " if self.journey else ""
        return f"{journey}{self.notebook.name}"


@dataclass
class ExportResult:
    job: ExportJob
    ok: bool
    seconds: float
    error: str = ""
    pages: int | None = None
    details: dict = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.job.output


def skip_unused_imports() -> None:
    """Spare an export process seconds of imports it never uses. nbformat loads
    jsonschema, and jsonschema builds about forty grammars at import for its "iri"
    format check when the optional rfc3987-syntax package is installed (it comes
    with JupyterLab); nbformat never checks that format. Marking the package as
    absent (``None`` in ``sys.modules``) makes jsonschema skip that check, as it does
    where the package is not installed. Only for the kit's own export processes
    (the CLI and its workers), and only before jsonschema is loaded."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)


def find_notebooks(path: Path, lang: str | None = None) -> list[Path]:
    """A notebook, or the notebooks in a folder; for Dutch, the notebooks of the
    ``nl/`` subfolder next to them when there are any."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(t("handouts.error.not_found", path=path))
    if path.is_file():
        # notebooks/04_flow.ipynb with --lang nl: the Dutch notebooks/nl/04_flow.ipynb when it exists
        translated = path.parent / lang / path.name if lang and lang != "en" else None
        return [translated if translated is not None and translated.is_file() else path]
    if lang and lang != "en" and (path / lang).is_dir() and any((path / lang).glob("*.ipynb")):
        path = path / lang
    found = sorted(p for p in path.glob("*.ipynb") if not p.name.startswith("."))
    if not found:
        raise FileNotFoundError(t("handouts.error.no_notebooks", path=path))
    return found


def find_journeys(path: Path | None) -> list[Path | None]:
    """A journey file, or the journey files (``*.json``) in a folder; ``[None]`` for none."""
    if path is None:
        return [None]
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(t("handouts.error.not_found", path=path))
    if path.is_file():
        return [path]
    found = sorted(p for p in path.glob("*.json") if not p.name.startswith("."))
    if not found:
        raise FileNotFoundError(t("handouts.error.no_journeys", path=path))
    return found


def plan_jobs(
    notebooks: Sequence[Path],
    journeys: Sequence[Path | None],
    output_dir: Path,
    *,
    to: str = "html",
    variant: str = "report",
    many: bool | None = None,
    **options,
) -> list[ExportJob]:
    """Every notebook × journey pair, with file names a trainer can sort by.

    One journey: ``<notebook>.html``. Several journeys (a trainer's batch, or
    ``many``: this call plans part of one): ``<journey>.html`` for one notebook,
    ``<journey>/<notebook>.html`` for several. Participant and facilitator copies
    get their variant in the name.
    """
    suffix = "" if variant == "report" else f"-{variant}"
    ext = FORMATS[to]
    jobs = []
    for journey in journeys:
        for notebook in notebooks:
            if (len(journeys) > 1 if many is None else many) and journey is not None:
                if len(notebooks) == 1:
                    out = output_dir / f"{journey.stem}{suffix}{ext}"
                else:
                    out = output_dir / journey.stem / f"{notebook.stem}{suffix}{ext}"
            else:
                out = output_dir / f"{notebook.stem}{suffix}{ext}"
            jobs.append(
                ExportJob(notebook=notebook, output=out, journey=journey, to=to, variant=variant, **options)
            )
    return jobs


def journey_language(path: Path | None) -> str | None:
    """The language a journey file is written in, or None (no file, or one that
    cannot be read: the export itself then says what is wrong with it)."""
    if path is None:
        return None
    from journeykit_widgets.store import load

    try:
        found = load(path).language
    except Exception:  # reported with the export's own clear message
        return None
    return found if found in LANGUAGES else None


def _reason(error: BaseException) -> str:
    """One line a trainer can act on."""
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    if isinstance(error, CellTimeoutError):
        return str(error).splitlines()[0]
    if isinstance(error, CellExecutionError):
        ename = getattr(error, "ename", "") or "Error"
        evalue = getattr(error, "evalue", "") or ""
        return f"{ename}: {evalue}".strip().rstrip(":")
    text = str(error).strip().splitlines()
    first = text[0] if text else ""
    return first if type(error).__name__ in first else f"{type(error).__name__}: {first}".rstrip(": ")


def export_notebook(
    notebook: Path | str,
    journey: Path | str | None = None,
    output: Path | str | None = None,
    *,
    to: str = "html",
    variant: str = "report",
    lang: str | None = None,
    timeout: int = 600,
    browser: str | None = None,
    execute: bool = True,
    progress: Callable[..., None] | None = None,
) -> Path:
    """Run ``notebook`` against ``journey`` and write the handout; returns its path.

    ``progress(step, **values)`` hears each step as it starts: ``check``, ``run``
    (again with ``done`` and ``total`` after each cell), ``layout``, ``print``
    (PDF), ``slides`` (PPTX), ``save``. Raises the underlying error (a failing
    cell, a bad journey file, no browser).
    """
    import nbformat
    from traitlets.config import Config

    from journeykit_widgets.handouts.exporters import exporter_for

    notebook = Path(notebook).resolve()
    if to not in FORMATS:
        raise ValueError(f"unknown format {to!r}; choose one of: {', '.join(FORMATS)}")
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    output = Path(output) if output else notebook.with_suffix(FORMATS[to])
    tell = progress or (lambda step, **values: None)
    tell("check")
    if journey is not None:
        from journeykit_widgets.store import load

        load(journey)  # a damaged or invalid file fails here, with the store's clear message

    if to == "pptx":
        tell("slides")
        return _export_slides(notebook, journey, output, lang)

    config = Config()
    config.ExecutePreprocessor.enabled = execute
    config.ExecutePreprocessor.timeout = timeout
    # The kernel's own start-up notices (ipykernel warns about unencrypted local
    # TCP) mean nothing to a trainer; errors still come through.
    config.ExecutePreprocessor.extra_arguments = ["--IPKernelApp.log_level=ERROR"]
    # Validate the notebook once after all steps, not after each of the dozen
    # (each pass reads every output of a report of several megabytes).
    config.Exporter.optimistic_validation = True
    nb = nbformat.read(notebook, as_version=4)
    if progress is not None:
        _hear_cells(config, nb, tell, execute)
    exporter = exporter_for(
        to,
        variant,
        config=config,
        journey_file=str(Path(journey).resolve()) if journey else "",
        language=lang or "",
    )
    if to == "pdf":
        if browser:
            exporter.browser_path = str(browser)
        exporter.browser()  # no browser: say so before spending a minute executing
    if progress is not None and hasattr(exporter, "print_pdf"):
        print_pdf = exporter.print_pdf

        def printing(*args, **kwargs):
            tell("print")
            return print_pdf(*args, **kwargs)

        exporter.print_pdf = printing  # this instance only: the step after the layout
    resources = {"metadata": {"path": str(notebook.parent), "name": notebook.stem}}
    with language(lang):
        body, _ = exporter.from_notebook_node(nb, resources)
    tell("save")
    output.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, bytes):
        output.write_bytes(body)
    else:
        output.write_text(body, encoding="utf-8")
    return output


def _hear_cells(config, nb, tell: Callable[..., None], execute: bool) -> None:
    """Have the run tell each cell it finished and when the layout starts
    (nbclient's execution hooks, in this export's own configuration)."""
    from journeykit_widgets.handouts.preprocessors import TAG_WIDGET, cell_tags

    # The cells that will run: code cells not skipped, and the injected parameters.
    total = (
        sum(
            1
            for c in nb.cells
            if c.cell_type == "code" and c.source.strip() and TAG_WIDGET not in cell_tags(c)
        )
        + 1
    )
    done = 0

    def cell_done(**_hook) -> None:
        nonlocal done
        done = min(done + 1, total)
        tell("run", done=done, total=total)
        if done == total:  # nbconvert runs cell by cell, without nbclient's notebook-complete hook
            tell("layout")

    if not execute:
        tell("layout")
        return
    config.ExecutePreprocessor.on_notebook_start = lambda **_hook: tell("run", done=0, total=total)
    config.ExecutePreprocessor.on_cell_executed = cell_done


def _export_slides(notebook: Path, journey, output: Path, lang: str | None) -> Path:
    """The report's slides: drawn from the journey file directly (a deck needs
    pictures at slide size, not the notebook's printed pages). Without
    ``journey``, the file the notebook would run against."""
    import nbformat

    from journeykit_widgets.handouts.cover import journey_file_of
    from journeykit_widgets.handouts.slides import export_pptx

    if journey is None:
        nb = nbformat.read(notebook, as_version=4)
        if lang:
            nb.metadata.setdefault("journeykit", {})["language"] = lang
        journey = journey_file_of(nb, notebook.parent)
        if journey is None:
            raise FileNotFoundError(t("handouts.error.not_found", path=notebook))
    return export_pptx(journey, output)


def _run(job: ExportJob) -> ExportResult:
    start = time.perf_counter()
    try:
        export_notebook(
            job.notebook,
            job.journey,
            job.output,
            to=job.to,
            variant=job.variant,
            lang=job.lang,
            timeout=job.timeout,
            browser=job.browser,
            execute=job.execute,
        )
    except Exception as error:
        return ExportResult(job, False, time.perf_counter() - start, error=_reason(error))
    return ExportResult(job, True, time.perf_counter() - start)


def _worker_init(lang: str | None) -> None:
    # Spawned workers start fresh: same language, quiet matplotlib, light imports.
    os.environ.setdefault("MPLBACKEND", "Agg")
    skip_unused_imports()
    if lang:
        from journeykit_widgets.i18n import set_language

        set_language(lang)


def export_batch(
    jobs: Iterable[ExportJob],
    workers: int | None = None,
    progress: bool | None = None,
    on_result: Callable[[ExportResult], None] | None = None,
) -> list[ExportResult]:
    """Run every job, in parallel across ``workers`` processes (default: the CPU
    count); results come back in the jobs' order. One failure never stops the rest."""
    from tqdm import tqdm

    jobs = list(jobs)
    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs) or 1))
    results: dict[int, ExportResult] = {}
    bar = tqdm(
        total=len(jobs),
        desc=t("handouts.cli.export.progress"),
        unit="nb",
        file=sys.stderr,
        disable=(not sys.stderr.isatty()) if progress is None else not progress,
    )
    with bar:
        if workers == 1 or len(jobs) <= 1:
            for i, job in enumerate(jobs):
                results[i] = _run(job)
                bar.update()
                if on_result:
                    on_result(results[i])
        else:
            import multiprocessing

            from journeykit_widgets.i18n import get_language

            # "spawn": each worker starts clean (no copied kernels, threads or browser state).
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_worker_init, initargs=(get_language(),)
            ) as pool:
                futures = {pool.submit(_run, job): i for i, job in enumerate(jobs)}
                for future in as_completed(futures):
                    i = futures[future]
                    try:
                        results[i] = future.result()
                    except Exception as error:  # a worker died (out of memory, killed)
                        results[i] = ExportResult(jobs[i], False, 0.0, error=_reason(error))
                    bar.update()
                    if on_result:
                        on_result(results[i])
    return [results[i] for i in range(len(jobs))]
