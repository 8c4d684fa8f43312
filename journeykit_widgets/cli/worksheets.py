"""``journeykit worksheets --lang nl -o DIR``: every blank worksheet in one PDF,
for workshops on paper."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import get_language, t


def register(sub) -> None:
    parser = add_command(sub, "worksheets", "render.cli.worksheets.help", run)
    parser.add_argument(
        "-o", "--output", type=Path, default=Path("worksheets"), help=t("render.cli.worksheets.opt.output")
    )
    parser.add_argument("--paper", choices=("a4", "a3"), default="a4", help=t("render.cli.map.opt.paper"))
    # Added by the handouts helper: by default a pack with a cover and an
    # instruction page before each sheet; --sheets-only gives the bare sheets.
    parser.add_argument(
        "--sheets-only", action="store_true", help=t("handouts.cli.worksheets.opt.sheets_only")
    )


def run(args) -> int:
    from journeykit_widgets.render import worksheets_pdf

    lang = args.lang or get_language()
    target = args.output
    if target.suffix.lower() != ".pdf":
        target = target / f"worksheets.{lang}.{args.paper}.pdf"
    try:
        if getattr(args, "sheets_only", False):
            worksheets_pdf(target, lang=lang, paper=args.paper)
        else:
            from journeykit_widgets.handouts.pack import worksheet_pack

            _, pages = worksheet_pack(target, lang=lang, paper=args.paper)
            print(t("handouts.cli.worksheets.pack_done", path=target, pages=pages))
            return 0
    except OSError as error:
        return fail(str(error))
    print(t("render.cli.worksheets.done", path=target))
    return 0
