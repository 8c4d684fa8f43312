"""``journeykit map FILE -o OUT.png --view journey``: draw a view of a journey file
as PNG, SVG or PDF."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import t
from journeykit_widgets.views import view_names

# Command-line option -> the view option it sets.
_OPTIONS = {"state": "state", "paper": "paper", "template": "template_id", "role": "role", "value": "value"}


def register(sub) -> None:
    parser = add_command(sub, "map", "render.cli.map.help", run)
    parser.add_argument("file", type=Path, help=t("render.cli.map.opt.file"))
    parser.add_argument("-o", "--output", type=Path, required=True, help=t("render.cli.map.opt.output"))
    # The registry itself: it is light, so ``--help`` loads no matplotlib.
    parser.add_argument("--view", choices=view_names(), default="journey", help=t("render.cli.map.opt.view"))
    parser.add_argument(
        "--state", choices=("ideal", "current", "both"), default="current", help=t("render.cli.map.opt.state")
    )
    parser.add_argument("--paper", choices=("a4", "a3"), default="a4", help=t("render.cli.map.opt.paper"))
    parser.add_argument(
        "--template",
        choices=frameworks.TEMPLATE_IDS,
        default="current_state",
        help=t("render.cli.map.opt.template"),
    )
    parser.add_argument("--role", default=None, help=t("render.cli.map.opt.role"))
    parser.add_argument(
        "--value", choices=("count", "emotion"), default="count", help=t("render.cli.map.opt.value")
    )
    parser.add_argument("--dpi", type=float, default=None, help=t("render.cli.map.opt.dpi"))


def options(args) -> dict:
    """The options of ``args.view`` that the command line sets (others are left out)."""
    from journeykit_widgets import render

    known = render.view(args.view).options
    chosen = {key: getattr(args, flag) for flag, key in _OPTIONS.items() if key in known}
    if "role" in chosen and chosen["role"] is None:
        del chosen["role"]
    return chosen


def draw(journey, args):
    """The figure ``args`` ask for, through the view registry (shared with tests)."""
    from journeykit_widgets import render

    return render.view(args.view).figure(journey, **options(args))


def _write(journey, args) -> int:
    """Write the picture; a PDF gets as many pages as the map needs to stay readable."""
    from journeykit_widgets import render

    if args.output.suffix.lower() != ".pdf":
        render.save_figure(draw(journey, args), args.output, dpi=args.dpi)
        return 1
    chosen = options(args)
    paper = chosen.pop("paper")
    pages = render.print_pages(journey, args.view, paper, **chosen)
    with render.pdf_pages(args.output) as pdf:
        for page in pages:
            pdf.savefig(page)
    return len(pages)


def run(args) -> int:
    from journeykit_widgets.render import FORMATS
    from journeykit_widgets.store import JourneyFileError, load

    suffix = args.output.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        return fail(t("render.error.format", value=args.output.name, choices=", ".join(FORMATS)))
    try:
        journey = load(args.file)
    except JourneyFileError as error:
        return fail(str(error))
    known_roles = [r.id for r in journey.buying_group]
    if args.role and args.role not in known_roles:
        return fail(t("render.cli.map.unknown_role", value=args.role, choices=", ".join(known_roles) or "—"))
    try:
        pages = _write(journey, args)
    except OSError as error:
        return fail(str(error))
    if pages > 1:
        print(t("render.cli.map.done_pages", path=args.output, view=args.view, pages=pages))
    else:
        print(t("render.cli.map.done", path=args.output, view=args.view))
    return 0
