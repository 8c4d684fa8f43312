"""``journeykit handin FILE``: hand a journey in to the hub's hand-in folder (or another)."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import t


def register(sub) -> None:
    parser = add_command(sub, "handin", "cli.handin.help", run)
    parser.add_argument("file", type=Path, help=t("cli.handin.opt.file"))
    parser.add_argument("--folder", type=Path, help=t("cli.handin.opt.folder"))
    parser.add_argument("--name", help=t("cli.handin.opt.name"))


def run(args) -> int:
    from journeykit_widgets.collect import hand_in

    try:
        written = hand_in(args.file, args.folder, args.name)
    except (ValueError, OSError) as error:  # HandInError and the store's messages are ValueErrors
        return fail(str(error) if isinstance(error, ValueError) else f"{args.file}: {error.strerror}")
    print(t("handin.done", path=written))
    return 0
