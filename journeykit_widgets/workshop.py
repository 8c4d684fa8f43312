"""What the workshop notebooks call, in one place: find the journey file, start
one, and show maps, tables, summaries and checks drawn from that file.

A facade: the work is done in ``paths`` (which file), ``outputs`` (what Jupyter
displays), ``summaries`` (tables and readings in words) and ``checks`` (feedback);
the figures are drawn here from ``render``. Every ``show_*`` function reads the
journey FILE (never a widget's state) and returns a static output, which is what
handouts keep, since they drop live widgets. Each output has a plain-text form too.
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.checks import check_goals, check_persona, check_touchpoints
from journeykit_widgets.outputs import Note, Picture, Table, md_escape, plain_note
from journeykit_widgets.paths import WORKSPACE_FILE, journey_path, kit_root, workspace_file
from journeykit_widgets.store import load as _load
from journeykit_widgets.summaries import (
    about,
    show_action_changes,
    show_action_list,
    show_actions,
    show_changes,
    show_gaps,
    show_goals,
    show_peak_end,
    show_phases,
    show_priority_table,
    show_role_divergence,
    show_touchpoints,
)

__all__ = [
    "WORKSPACE_FILE",
    "Note",
    "Picture",
    "Table",
    "about",
    "check_goals",
    "check_persona",
    "check_touchpoints",
    "journey_path",
    "kit_root",
    "md_escape",
    "save_action_list",
    "show_action_changes",
    "show_action_list",
    "show_actions",
    "show_assumptions_to_test",
    "show_blueprint",
    "show_buying_group",
    "show_canvas",
    "show_changes",
    "show_channels",
    "show_emotion_curve",
    "show_evidence",
    "show_evidence_coverage",
    "show_funnel",
    "show_gaps",
    "show_goals",
    "show_map",
    "show_peak_end",
    "show_persona",
    "show_phases",
    "show_priorities",
    "show_priority_table",
    "show_role_divergence",
    "show_roles",
    "show_template",
    "show_touchpoints",
    "show_view",
    "start_journey",
    "workspace_file",
]


def show_view(path, name: str, **options) -> Picture | Note:
    """Any registered view (``render.VIEWS``) of the journey file, as a picture;
    a short note instead when the data the view needs is not there yet."""
    from journeykit_widgets import render

    journey = _load(path)
    chosen = render.view(name)
    missing = chosen.missing(journey)
    if missing:
        return plain_note(missing)
    png = render.png(name, journey, dpi=render.SCREEN_DPI, **options)
    paper = chosen.resolved(options)["paper"]
    width = round(render.style.paper_size(paper)[0] * render.SCREEN_DPI)
    return Picture(png, chosen.caption(journey, **options), width)


# ------------------------------------------------------------------- figures
# Named for the notebooks; each is ``show_view`` with the view's name.
def show_map(path, role: str | None = None) -> Picture:
    """The journey map: phases as columns, lanes as rows."""
    return show_view(path, "journey", role=role)


def show_emotion_curve(path, role: str | None = None) -> Picture:
    """How the customer feels along the journey, touchpoint by touchpoint."""
    return show_view(path, "emotion", role=role)


def show_persona(path) -> Picture | Note:
    """The persona card of the main persona, or a note that there is none yet."""
    return show_view(path, "persona")


def show_buying_group(path) -> Picture | Note:
    """The roles of a B2B buying group, or a note that this journey has none."""
    return show_view(path, "buying_group")


def show_roles(path) -> Picture | Note:
    """One emotion line per buying-group role, where they disagree most shaded."""
    return show_view(path, "roles")


def show_priorities(path) -> Picture:
    """The priority / gap matrix: customer importance against company effort."""
    return show_view(path, "priority")


def show_channels(path, value: str = "count") -> Picture:
    """Channels × phases: how many touchpoints (or how they feel) where."""
    return show_view(path, "heatmap", value=value)


def show_canvas(path, state: str = "both", role: str = "") -> Picture:
    """The four-lane B2B canvas: ``state`` is "ideal", "current" or "both"."""
    return show_view(path, "canvas", state=state, role=role)


def show_template(path, template_id: str = "current_state") -> Picture:
    """A filled-in map template (current state, future state, day in the life, blueprint)."""
    return show_view(path, "template", template_id=template_id)


def show_blueprint(path) -> Picture:
    """The service blueprint: steps, five lanes, three lines, fail points and wait times."""
    return show_view(path, "blueprint")


def show_funnel(path) -> Picture:
    """The KPIs per phase as one connected chain (funnel)."""
    return show_view(path, "funnel")


# ------------------------------------------------------------------- evidence
def show_evidence(path) -> Picture | Note:
    """Evidence coverage per phase as a chart, with the assumptions to test first."""
    return show_view(path, "evidence")


def show_evidence_coverage(path) -> Table:
    """Per phase: how many items are researched, assumed or not recorded."""
    from journeykit_widgets.analysis.evidence import evidence_coverage, localized_evidence_table
    from journeykit_widgets.i18n import language, t

    journey = _load(path)
    with language(journey.language):
        frame = localized_evidence_table(evidence_coverage(journey))
        return Table(frame, t("evidence.coverage_caption"), t("evidence.chart.empty"))


def show_assumptions_to_test(path, limit: int = 10) -> Table:
    """The important touchpoints and pain points on weak evidence, most urgent first."""
    from journeykit_widgets.analysis.evidence import assumptions_to_test, localized_evidence_table
    from journeykit_widgets.i18n import language, t

    journey = _load(path)
    # What to test and how weak it is; the kind and the source are implied (a pain
    # point has its text, an unresearched item has no source worth a column), and
    # fewer columns keep the table inside a laptop's notebook width.
    shown = assumptions_to_test(journey, limit=limit).drop(columns=["kind", "evidence_source", "reference"])
    with language(journey.language):
        frame = localized_evidence_table(shown)
        return Table(frame, t("evidence.chart.test_first"), t("evidence.chart.nothing_to_test"))


# ------------------------------------------------------------- start widget
def start_journey(root: Path | str | None = None):
    """The start form of notebook 00: choose a language and begin your own journey
    file (blank, on a phase model) or a copy of a sample case."""
    from journeykit_widgets._start import StartForm

    return StartForm(workspace_file(root)).widget


def save_action_list(path, target: Path | str | None = None) -> Note:
    """Write the owned action list as an Excel file (beside the journey unless
    ``target`` is given), headers in the journey's language; says where it went."""
    from journeykit_widgets.analysis.owned_actions import export_action_list
    from journeykit_widgets.i18n import language, t

    path = Path(path)
    journey = _load(path)
    target = Path(target) if target is not None else path.with_name(f"{path.stem}_actions.xlsx")
    written = export_action_list(journey, target)
    with language(journey.language):
        text = t("owned_actions.saved_xlsx", count=len(journey.actions), file=written.name)
    return Note(md_escape(text), text)
