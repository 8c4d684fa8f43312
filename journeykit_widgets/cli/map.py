"""``journeykit map FILE -o OUT.png --view journey``: draw a view of a journey file
as PNG, SVG or PDF."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.cli._common import add_command, fail
from journeykit_widgets.i18n import t

VIEW_NAMES: tuple[str, ...] = (
    "journey",
    "canvas",
    "template",
    "persona",
    "buying_group",
    "priority",
    "heatmap",
    "funnel",
    "emotion",
)


def register(sub) -> None:
    parser = add_command(sub, "map", "render.cli.map.help", run)
    parser.add_argument("file", type=Path, help=t("render.cli.map.opt.file"))
    parser.add_argument("-o", "--output", type=Path, required=True, help=t("render.cli.map.opt.output"))
    parser.add_argument("--view", choices=VIEW_NAMES, default="journey", help=t("render.cli.map.opt.view"))
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


def draw(journey, args):
    """The figure ``args`` ask for (shared with tests and other commands)."""
    from journeykit_widgets import render

    paper = args.paper
    role = args.role
    view = args.view
    if view == "journey":
        return render.journey_map(journey, role=role, paper=paper)
    if view == "canvas":
        return render.canvas(journey, state=args.state, role=role or "", paper=paper)
    if view == "template":
        return render.template_grid(journey, args.template, paper=paper)
    if view == "persona":
        return render.persona_card(journey, paper=paper)
    if view == "buying_group":
        return render.buying_group(journey, paper=paper)
    if view == "priority":
        return render.priority_matrix(journey, role=role, paper=paper)
    if view == "heatmap":
        return render.channel_heatmap(journey, value=args.value, role=role, paper=paper)
    if view == "funnel":
        return render.kpi_funnel(journey, paper=paper)
    return render.emotion_curve(journey, role=role, paper=paper)


def run(args) -> int:
    from journeykit_widgets.render import FORMATS, save_figure
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
        figure = draw(journey, args)
        save_figure(figure, args.output, dpi=args.dpi)
    except OSError as error:
        return fail(str(error))
    print(t("render.cli.map.done", path=args.output, view=args.view))
    return 0
