"""Plain stand-in figures for the previews, used only while a view is missing
from ``journeykit_widgets.render``. Same signatures as the real functions."""

from __future__ import annotations

import textwrap

from journeykit_widgets import i18n


def _figure(width: float = 9.0, height: float = 4.0):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _phase_columns(journey, items_for_phase, title: str):
    phases = journey.phases
    fig = _figure(9.0, 4.5)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_xlim(0, len(phases))
    ax.set_ylim(0, 1)
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    with i18n.language(journey.language):
        for i, phase in enumerate(phases):
            ax.add_patch(_rect(i + 0.03, 0.9, 0.94, 0.1, "#1f4e79"))
            _text(ax, i + 0.5, 0.95, phase.label(), ha="center", va="center", color="white", fontsize=9)
            for j, (text, colour) in enumerate(items_for_phase(phase.id)[:8]):
                y = 0.82 - j * 0.105
                ax.add_patch(_rect(i + 0.05, y - 0.045, 0.9, 0.09, colour))
                short = textwrap.shorten(text, 26, placeholder="…")
                _text(ax, i + 0.5, y, short, ha="center", va="center", fontsize=7.5)
    return fig


def _text(ax, *args, **kwargs):
    # User text is text: never mathtext ("$5 or $10" must not become maths).
    return ax.text(*args, parse_math=False, **kwargs)


def _rect(x, y, w, h, colour):
    from matplotlib.patches import FancyBboxPatch

    return FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0,rounding_size=0.02", fc=colour, ec="none")


def _emotion_colour(value: int) -> str:
    return {
        -3: "#f4a6a6",
        -2: "#f8c3c3",
        -1: "#fbe0e0",
        0: "#eeeeee",
        1: "#dcefd9",
        2: "#c2e5bb",
        3: "#a6d99b",
    }[value]


def journey_map(journey, *, role=None, paper="a4"):
    def items(phase_id):
        return [(tp.name, _emotion_colour(tp.emotion)) for tp in journey.touchpoints_in(phase_id, role)]

    return _phase_columns(journey, items, journey.title)


def emotion_curve(journey, *, role=None):
    fig = _figure(9.0, 3.2)
    ax = fig.add_subplot()
    points = [tp for tp in journey.touchpoints if role is None or tp.role == role]
    ax.plot(range(len(points)), [tp.emotion for tp in points], marker="o", color="#1f4e79")
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylim(-3.5, 3.5)
    ax.set_xticks(
        range(len(points)),
        [textwrap.shorten(tp.name, 14, placeholder="…") for tp in points],
        parse_math=False,
    )
    ax.tick_params(axis="x", labelrotation=30, labelsize=7)
    ax.set_title(journey.title, loc="left", fontsize=11)
    return fig


def priority_matrix(journey):
    fig = _figure(6.0, 5.0)
    ax = fig.add_subplot()
    ax.scatter([tp.effort for tp in journey.touchpoints], [tp.importance for tp in journey.touchpoints])
    for tp in journey.touchpoints:
        _text(ax, tp.effort, tp.importance, textwrap.shorten(tp.name, 18, placeholder="…"), fontsize=7)
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.axhline(3, color="#999999", linewidth=0.8)
    ax.axvline(3, color="#999999", linewidth=0.8)
    return fig


def canvas(journey, *, state="current", role="", paper="a4"):
    from journeykit_widgets import frameworks

    chosen = next((c for c in journey.canvases if c.role == role), None)
    lanes = list(frameworks.lanes())

    def items(phase_id):
        if chosen is None:
            return []
        column = chosen.column(state if state != "both" else "current", phase_id)
        return [(getattr(column, lane) or "·", "#eef3f8") for lane in lanes]

    return _phase_columns(journey, items, f"{journey.title} — {state}")


def template_grid(journey, template_id, *, paper="a4"):
    from journeykit_widgets import frameworks

    spec = frameworks.template(template_id)
    grid = journey.templates.get(template_id)
    fig = _figure(9.0, 4.5)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_xlim(0, len(spec.columns) + 1)
    ax.set_ylim(0, len(spec.rows) + 1)
    with i18n.language(journey.language):
        for i, column in enumerate(spec.columns, 1):
            _text(
                ax,
                i + 0.5,
                len(spec.rows) + 0.5,
                textwrap.shorten(column.label(), 20),
                ha="center",
                fontsize=8,
            )
        for j, row in enumerate(spec.rows):
            y = len(spec.rows) - j - 0.5
            _text(ax, 0.05, y, textwrap.fill(row.label(), 22), va="center", fontsize=6.5)
            for i, column in enumerate(spec.columns, 1):
                text = grid.cell(row.id, column.id) if grid else ""
                ax.add_patch(_rect(i + 0.03, y - 0.45, 0.94, 0.9, "#eef3f8"))
                _text(ax, i + 0.5, y, textwrap.shorten(text, 24, placeholder="…"), ha="center", fontsize=7)
    return fig


def persona_card(journey, persona_id=None):
    persona = next((p for p in journey.personas if p.id == persona_id), journey.persona)
    fig = _figure(6.0, 3.5)
    ax = fig.add_subplot()
    ax.set_axis_off()
    if persona is not None:
        lines = [persona.name, persona.role, persona.demographics, persona.needs, persona.frustrations]
        _text(ax, 0, 1, "\n\n".join(textwrap.fill(x, 70) for x in lines if x), va="top", fontsize=8)
    return fig


def buying_group(journey):
    fig = _figure(7.0, 3.0)
    ax = fig.add_subplot()
    ax.set_axis_off()
    for i, role in enumerate(journey.buying_group):
        _text(ax, 0, 1 - i * 0.15, f"{role.name} — {textwrap.shorten(role.interests, 60)}", fontsize=8)
    return fig
