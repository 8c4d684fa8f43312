"""``journeykit timer FOLDER --minutes 10 --label "Pain points"``: the room's timer."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import t


def register(sub) -> None:
    parser = add_command(sub, "timer", "cli.timer.help", run)
    parser.add_argument("folder", type=Path, help=t("cli.timer.opt.folder"))
    parser.add_argument("--minutes", type=float, help=t("cli.timer.opt.minutes"))
    parser.add_argument("--label", default="", help=t("cli.timer.opt.label"))
    parser.add_argument("--stop", action="store_true", help=t("cli.timer.opt.stop"))


def run(args) -> int:
    from journeykit_widgets.room import start_timer, stop_timer

    try:
        if args.stop:
            stop_timer(args.folder)
            print(t("cli.timer.stopped"))
            return 0
        print(repr(start_timer(args.folder, args.minutes, args.label)))
    except ValueError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"{args.folder}: {error.strerror}")
    return 0
