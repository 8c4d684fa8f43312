"""What the workshop notebooks call, in one place: find the journey file, start
one, and show maps, tables, summaries and checks drawn from that file.

A facade: the work is done in ``paths`` (which file), ``outputs`` (what Jupyter
displays), ``summaries`` (tables and readings in words) and ``checks`` (feedback);
the figures are drawn here from ``render``: ``show_view`` for any view, and one
named ``show_*`` per view made from the view registry (``journeykit_widgets.views``,
each entry's ``show``). Every ``show_*`` function reads the
journey FILE (never a widget's state) and returns a static output, which is what
handouts keep, since they drop live widgets. Each output has a plain-text form too.
"""

from __future__ import annotations

from inspect import Parameter, Signature
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
from journeykit_widgets.views import VIEWS

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
    "show_changes",
    "show_evidence_coverage",
    "show_gaps",
    "show_goals",
    "show_peak_end",
    "show_phases",
    "show_priority_table",
    "show_role_divergence",
    "show_touchpoints",
    "show_view",
    "start_journey",
    "workspace_file",
    *(v.show.name for v in VIEWS.values() if v.show is not None),
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
# The notebooks' named functions (``show_map``, ``show_canvas`` …), one per view
# whose registry entry has a ``Show``: made from the entry, so a new view needs no
# wrapper here. Each is ``show_view`` with the view's name and its parameters.
def _show_function(entry):
    show = entry.show
    parameters = [Parameter("path", Parameter.POSITIONAL_OR_KEYWORD)]
    parameters += [Parameter(k, Parameter.POSITIONAL_OR_KEYWORD, default=v) for k, v in show.params.items()]
    signature = Signature(parameters, return_annotation="Picture | Note")

    def show_function(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        options = dict(bound.arguments)
        return show_view(options.pop("path"), entry.name, **options)

    show_function.__name__ = show_function.__qualname__ = show.name
    show_function.__module__ = __name__
    show_function.__signature__ = signature
    show_function.__doc__ = f"{show.doc}\n\nThe view {entry.name!r} of the journey file: ``show_view(path, {entry.name!r}, ...)``."
    return show_function


def _show_functions() -> dict:
    return {v.show.name: _show_function(v) for v in VIEWS.values() if v.show is not None}


globals().update(_show_functions())


def __getattr__(name: str):
    """A ``show_*`` of a view registered after this module loaded (a plug-in)."""
    for entry in VIEWS.values():
        if entry.show is not None and entry.show.name == name:
            return _show_function(entry)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ------------------------------------------------------------------- evidence
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
