"""``journeykit validate FILE``: check a journey file and say what is wrong, if anything."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import t


def register(sub) -> None:
    parser = add_command(sub, "validate", "cli.validate.help", run)
    parser.add_argument("files", type=Path, nargs="+", help=t("cli.validate.opt.files"))


def run(args) -> int:
    from journeykit_widgets.store import JourneyFileError, load

    status = 0
    for path in args.files:
        try:
            journey = load(path)
        except JourneyFileError as error:
            status = fail(str(error))
            continue
        print(
            t(
                "cli.validate.ok",
                path=path,
                touchpoints=t("voice.count.touchpoints", count=len(journey.touchpoints)),
                phases=t("voice.count.phases", count=len(journey.phases)),
            )
        )
    return status
