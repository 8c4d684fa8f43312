"""``journeykit export NOTEBOOK|FOLDER --journey FILE|FOLDER --to html|pdf|pptx``: run
notebooks headless against journey files and turn them into handouts.

With a folder of journey files (one per participant) it writes one report each,
named after the file, in parallel; a bad file is reported and skipped.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import set_language, t

VARIANT_CHOICES = ("report", "participant", "facilitator")


def register(sub) -> None:
    parser = add_command(sub, "export", "handouts.cli.export.help", run)
    parser.add_argument("notebook", type=Path, help=t("handouts.cli.export.opt.notebook"))
    parser.add_argument("--journey", type=Path, help=t("handouts.cli.export.opt.journey"))
    parser.add_argument(
        "--to", choices=("html", "pdf", "pptx"), default="html", help=t("handouts.cli.export.opt.to")
    )
    parser.add_argument(
        "--variant", choices=VARIANT_CHOICES, default="report", help=t("handouts.cli.export.opt.variant")
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=Path("output"), help=t("handouts.cli.export.opt.output")
    )
    parser.add_argument("-j", "--jobs", type=int, default=None, help=t("handouts.cli.export.opt.jobs"))
    parser.add_argument("--browser", help=t("handouts.cli.export.opt.browser"))
    parser.add_argument("--timeout", type=int, default=600, help=t("handouts.cli.export.opt.timeout"))
    parser.add_argument("--date", default="", metavar="YYYY-MM-DD", help=t("h24.cli.export.opt.date"))


def run(args) -> int:
    from journeykit_widgets.handouts.batch import (
        export_batch,
        find_journeys,
        find_notebooks,
        journey_language,
        plan_jobs,
        skip_unused_imports,
    )

    started = time.perf_counter()
    skip_unused_imports()
    try:
        journeys = find_journeys(args.journey)
    except FileNotFoundError as error:
        return fail(str(error))
    # Without --lang each journey is exported in the language it is written in
    # (its notebook from nl/ for Dutch), and the messages speak that language too.
    languages = {journey: args.lang or journey_language(journey) for journey in journeys}
    spoken = set(languages.values()) - {None}
    if not args.lang and len(spoken) == 1:
        set_language(next(iter(spoken)))
    groups: dict[str | None, list] = {}
    for journey in journeys:
        groups.setdefault(languages[journey], []).append(journey)
    try:
        notebooks = {lang: find_notebooks(args.notebook, lang) for lang in groups}
    except FileNotFoundError as error:
        return fail(str(error))
    failure = _set_report_date(args.date)
    if failure is not None:
        return failure
    if args.to == "pdf":
        # No browser: say so once, before running anything.
        from journeykit_widgets.handouts.exporters import BrowserNotFoundError, JourneykitPDFExporter

        try:
            JourneykitPDFExporter(browser_path=args.browser or "").browser()
        except BrowserNotFoundError as error:
            return fail(str(error))
    jobs = [
        job
        for lang, members in groups.items()
        for job in plan_jobs(
            notebooks[lang],
            members,
            args.output,
            to=args.to,
            variant=args.variant,
            many=len(journeys) > 1,
            lang=lang,
            timeout=args.timeout,
            browser=args.browser,
        )
    ]
    results = export_batch(jobs, workers=args.jobs)
    failed = [r for r in results if not r.ok]
    for result in results:
        if result.ok:
            print(t("handouts.cli.export.done", path=result.path))
    print(
        t(
            "handouts.cli.export.summary",
            ok=len(results) - len(failed),
            total=len(results),
            folder=args.output,
            seconds=time.perf_counter() - started,
        )
    )
    if failed:
        print(t("handouts.cli.export.failed_header", count=len(failed)), file=sys.stderr)
        for result in failed:
            print(
                t("handouts.cli.export.failed_line", name=result.job.name, reason=result.error),
                file=sys.stderr,
            )
        return 1
    return 0


def _set_report_date(given: str) -> int | None:
    """Check the report's date (``--date``, else the trainer's setting) before anything
    runs, and hand it to the notebooks' kernels and the exporters through the
    environment; a failure exit code with the message when it is no day."""
    import os

    from journeykit_widgets.handouts.branding import ENV_REPORT_DATE, ReportDateError, parse_report_date

    value = given or os.environ.get(ENV_REPORT_DATE, "")
    if not value.strip():
        return None
    try:
        day = parse_report_date(value, "--date" if given else ENV_REPORT_DATE)
    except ReportDateError as error:
        return fail(str(error))
    os.environ[ENV_REPORT_DATE] = day.isoformat()
    return None
