"""``journeykit collect DIR [-o report.html|pdf]``: the facilitator's overview of a
folder of journey files: progress per team, what was left out and why, and one
combined report. The folder is only read."""

from __future__ import annotations

import sys
from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import printable_name


def register(sub) -> None:
    parser = add_command(sub, "collect", "collect.cli.help", run)
    parser.add_argument("folder", type=Path, help=t("collect.cli.opt.folder"))
    parser.add_argument("-o", "--output", type=Path, help=t("collect.cli.opt.output"))
    parser.add_argument("--browser", help=t("collect.cli.opt.browser"))


def _progress(n: int, total: int, step: str, team: str) -> None:
    """Each step on a line of its own on stderr, so a trainer sees a long run move
    and the overview on stdout stays clean for a file or a pipe."""
    from journeykit_widgets.collect.report_parts import progress_text

    print(progress_text(n, total, step, printable_name(team)), file=sys.stderr, flush=True)


def run(args) -> int:
    from journeykit_widgets.collect import progress_table, read_folder, write_report

    try:
        collection = read_folder(args.folder, progress=_progress)
    except OSError as error:  # no such folder, or one we may not read
        return fail(error.strerror or str(error))
    print(
        t(
            "collect.cli.read",
            teams=len(collection.teams),
            folder=printable_name(args.folder),
            skipped=len(collection.left_out),
        )
    )
    if collection.teams:
        print()
        print(t("collect.cli.progress"))
        print(progress_table(collection, localized=True).to_string(index=False))
    if collection.left_out:
        print()
        print(t("collect.cli.left_out"))
        for skipped in collection.left_out:
            print(t("collect.cli.left_out_item", file=skipped.name, reason=skipped.reason))
    if args.output:
        try:
            path = write_report(
                collection, args.output, lang=args.lang, browser=args.browser, progress=_progress
            )
        except Exception as error:  # no browser, a folder that cannot be written: say so plainly
            return fail(str(error))
        print()
        print(t("collect.cli.written", path=path))
    return 0
