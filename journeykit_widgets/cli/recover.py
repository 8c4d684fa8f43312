"""``journeykit recover FILE [--force]``: put back the newest good backup of a damaged file.

A file that is not damaged is left alone unless ``--force``: recovering it would
replace the newest work with an older copy.
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import t


def register(sub) -> None:
    parser = add_command(sub, "recover", "cli.recover.help", run)
    parser.add_argument("file", type=Path, help=t("cli.recover.opt.file"))
    parser.add_argument("--force", action="store_true", help=t("cli_store.recover.opt.force"))


def run(args) -> int:
    from journeykit_widgets.store import JourneyFileError, recover

    try:
        used = recover(args.file, force=args.force)
    except JourneyFileError as error:
        return fail(str(error))
    print(t("cli.recover.done", path=args.file, backup=used.name))
    return 0
