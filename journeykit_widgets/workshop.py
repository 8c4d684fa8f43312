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
from journeykit_widgets.i18n import LANGUAGES, language, t
from journeykit_widgets.outputs import Note, Picture, Table, md_escape, plain_note
from journeykit_widgets.outputs import picture as _picture
from journeykit_widgets.paths import WORKSPACE_FILE, journey_path, kit_root, workspace_file
from journeykit_widgets.store import load as _load
from journeykit_widgets.summaries import (
    about,
    show_actions,
    show_changes,
    show_gaps,
    show_goals,
    show_peak_end,
    show_phases,
    show_priority_table,
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
    "show_actions",
    "show_buying_group",
    "show_canvas",
    "show_changes",
    "show_channels",
    "show_emotion_curve",
    "show_funnel",
    "show_gaps",
    "show_goals",
    "show_map",
    "show_peak_end",
    "show_persona",
    "show_phases",
    "show_priorities",
    "show_priority_table",
    "show_template",
    "show_touchpoints",
    "start_journey",
    "workspace_file",
]

_plain_note = plain_note


# ------------------------------------------------------------------- figures
def show_map(path, role: str | None = None) -> Picture:
    """The journey map: phases as columns, lanes as rows."""
    from journeykit_widgets import render

    return _picture(path, render.journey_map, "workshop.caption.map", role=role)


def show_emotion_curve(path, role: str | None = None) -> Picture:
    """How the customer feels along the journey, touchpoint by touchpoint."""
    from journeykit_widgets import render

    return _picture(path, render.emotion_curve, "workshop.caption.emotion", role=role)


def show_persona(path) -> Picture | Note:
    """The persona card of the main persona."""
    from journeykit_widgets import render

    journey = _load(path)
    with language(journey.language):
        if not journey.personas:
            return _plain_note(t("workshop.no_persona"))
    return _picture(path, render.persona_card, "workshop.caption.persona")


def show_buying_group(path) -> Picture | Note:
    """The roles of a B2B buying group, or a note that this journey has none."""
    from journeykit_widgets import render

    journey = _load(path)
    with language(journey.language):
        if not journey.buying_group:
            return _plain_note(t("workshop.no_buying_group"))
    return _picture(path, render.buying_group, "workshop.caption.buying_group")


def show_priorities(path) -> Picture:
    """The priority / gap matrix: customer importance against company effort."""
    from journeykit_widgets import render

    return _picture(path, render.priority_matrix, "workshop.caption.priorities")


def show_channels(path, value: str = "count") -> Picture:
    """Channels × phases: how many touchpoints (or how they feel) where."""
    from journeykit_widgets import render

    return _picture(path, render.channel_heatmap, "workshop.caption.channels", value=value)


def show_canvas(path, state: str = "both", role: str = "") -> Picture:
    """The four-lane B2B canvas: ``state`` is "ideal", "current" or "both"."""
    from journeykit_widgets import render

    return _picture(path, render.canvas, f"workshop.caption.canvas_{state}", state=state, role=role)


def show_template(path, template_id: str = "current_state") -> Picture:
    """A filled-in map template (current state, future state, day in the life, blueprint)."""
    from journeykit_widgets import render

    journey = _load(path)
    with language(journey.language):
        figure = render.template_grid(journey, template_id)
        from journeykit_widgets import frameworks

        caption = t("workshop.caption.template", name=frameworks.template(template_id).label())
    return Picture(figure, caption)


def show_funnel(path) -> Picture:
    """The KPIs per phase as one connected chain (funnel)."""
    from journeykit_widgets import render

    return _picture(path, render.kpi_funnel, "workshop.caption.funnel")


# ------------------------------------------------------------- start widget
def start_journey(root: Path | str | None = None):
    """The start form of notebook 00: choose a language and begin your own journey
    file (blank, on a phase model) or a copy of a sample case."""
    from journeykit_widgets._start import StartForm

    return StartForm(workspace_file(root)).widget


def _languages() -> tuple[str, ...]:
    return LANGUAGES
