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


def run(args) -> int:
    from journeykit_widgets.render import worksheets_pdf

    lang = args.lang or get_language()
    target = args.output
    if target.suffix.lower() != ".pdf":
        target = target / f"worksheets.{lang}.{args.paper}.pdf"
    try:
        worksheets_pdf(target, lang=lang, paper=args.paper)
    except OSError as error:
        return fail(str(error))
    print(t("render.cli.worksheets.done", path=target))
    return 0
