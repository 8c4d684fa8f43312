"""The facilitator's charts: every team's emotion line on one chart, and how many
touchpoints each team found per phase. One panel per phase model, because only maps
with the same phases share an x-axis.

Plain matplotlib on its public API (``Figure``, no pyplot), in the kit's look: the
same font, ink and rule colours as the maps, and colour-blind-safe team colours.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import formats, t
from journeykit_widgets.render.fonts import drawable, families

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from journeykit_widgets.collect.folder import Collection, Team

__all__ = ["TEAM_COLOURS", "emotion_lines", "model_title", "team_colour", "touchpoints_per_phase"]

INK, MUTED, RULE, BAND = "#1F2328", "#5B6470", "#C9CED6", "#F4F6F8"
# Paul Tol's "bright" and "muted" schemes: distinguishable for colour-blind readers.
TEAM_COLOURS: tuple[str, ...] = (
    "#4477AA",
    "#EE6677",
    "#228833",
    "#CCBB44",
    "#66CCEE",
    "#AA3377",
    "#332288",
    "#999933",
    "#CC6677",
    "#117733",
    "#882255",
    "#44AA99",
)
# After twelve teams the colours repeat with another line style.
_DASHES = ("-", "--", ":", "-.")
_WIDTH = 11.69  # A4 landscape, like the maps


def team_colour(index: int) -> str:
    return TEAM_COLOURS[index % len(TEAM_COLOURS)]


def _rc() -> dict:
    return {
        "font.family": list(families()),  # the maps' fallback list: any script, emoji
        "font.size": 9,
        "axes.edgecolor": RULE,
        "axes.labelcolor": MUTED,
        "xtick.color": MUTED,
        "ytick.color": MUTED,
        "text.color": INK,
    }


def model_title(model: str) -> str:
    if model.startswith(frameworks.CUSTOM_PHASE_MODEL):
        return t("collect.chart.custom_model")
    try:
        return frameworks.phase_model(model).label()
    except (KeyError, AttributeError):
        return model


def _phase_labels(team: Team) -> list[str]:
    # Long phase names ("Initial brand consideration") wrap instead of running into the next.
    width = max(10, int(90 / max(1, len(team.journey.phases))))
    return [
        textwrap.fill(drawable(phase.label()), width, break_long_words=False) for phase in team.journey.phases
    ]


def _positions(team: Team) -> tuple[list[float], list[int]]:
    """x (phase i spans i-0.5 … i+0.5, touchpoints spread inside it) and emotions."""
    xs, ys = [], []
    journey = team.journey
    for i, pid in enumerate(journey.phase_ids):
        # A card without an emotion yet is not a 0: it is left off the team's line.
        tps = [tp for tp in journey.touchpoints_in(pid) if tp.emotion is not None]
        for k, tp in enumerate(tps):
            xs.append(i - 0.5 + (k + 0.5) / len(tps))
            ys.append(tp.emotion)
    return xs, ys


def _empty_figure(message: str) -> Figure:
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    with rc_context(_rc()):
        fig = Figure(figsize=(_WIDTH, 1.6), facecolor="white")
        fig.text(0.5, 0.5, message, ha="center", va="center", color=MUTED, fontsize=11)
    return fig


def _chosen(collection: Collection, model: str | None) -> dict[str, tuple[Team, ...]]:
    groups = collection.groups()
    return groups if model is None else {model: groups[model]} if model in groups else {}


def emotion_lines(collection: Collection, model: str | None = None) -> Figure:
    """Each team's emotion curve on one chart per phase model (or only ``model``),
    teams in their own colour."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    groups = _chosen(collection, model)
    if not groups:
        return _empty_figure(t("collect.chart.nothing"))
    index = {team.label: i for i, team in enumerate(collection.compared)}
    with rc_context(_rc()):
        fig = Figure(figsize=(_WIDTH, 0.4 + 3.2 * len(groups)), facecolor="white", layout="constrained")
        axes = fig.subplots(len(groups), 1, squeeze=False)[:, 0]
        for ax, (key, teams) in zip(axes, groups.items(), strict=True):
            labels = _phase_labels(teams[0])
            for i in range(len(labels)):
                if i % 2 == 0:
                    ax.axvspan(i - 0.5, i + 0.5, color=BAND, zorder=0, linewidth=0)
            ax.axhline(0, color=RULE, linewidth=1, zorder=1)
            for k, team in enumerate(teams):
                n = index[team.label]
                xs, ys = _positions(team)
                # Teams with the same curve would hide each other: earlier lines are
                # wider, so a line drawn on top of another shows as a band with a core.
                width = 1.6 + 4.2 * (len(teams) - 1 - k) / max(1, len(teams) - 1)
                ax.plot(
                    xs,
                    ys,
                    color=team_colour(n),
                    linestyle=_DASHES[(n // len(TEAM_COLOURS)) % len(_DASHES)],
                    linewidth=width,
                    marker="o",
                    markersize=3 + 0.7 * width,
                    label=drawable(team.label),
                    zorder=3,
                )
            ax.set_xlim(-0.5, len(labels) - 0.5)
            ax.set_ylim(-3.4, 3.4)
            ax.set_yticks(range(-3, 4), [formats.signed(v, 0) for v in range(-3, 4)])
            ax.set_xticks(range(len(labels)), labels)
            ax.tick_params(axis="x", length=0, labelsize=10, labelcolor=INK)
            ax.set_ylabel(t("collect.chart.emotion_axis"))
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
            ax.set_title(
                drawable(t("collect.chart.emotion_title", model=model_title(key), count=len(teams)), "bold"),
                loc="left",
                fontsize=12,
                fontweight="bold",
                color=INK,
            )
            ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False, fontsize=9)
    return fig


def touchpoints_per_phase(collection: Collection, model: str | None = None) -> Figure:
    """A table-like chart: teams down, phases across, the number of touchpoints in
    each cell, shaded so empty phases stand out. One panel per phase model (or only ``model``)."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    groups = _chosen(collection, model)
    if not groups:
        return _empty_figure(t("collect.chart.nothing"))
    heights = [0.9 + 0.36 * len(teams) for teams in groups.values()]
    with rc_context(_rc()):
        fig = Figure(figsize=(_WIDTH, sum(heights) + 0.4), facecolor="white", layout="constrained")
        axes = fig.subplots(len(groups), 1, squeeze=False, height_ratios=heights)[:, 0]
        for ax, (key, teams) in zip(axes, groups.items(), strict=True):
            labels = _phase_labels(teams[0])
            pids = teams[0].journey.phase_ids
            counts = [[len(team.journey.touchpoints_in(pid)) for pid in pids] for team in teams]
            top = max(max(row) for row in counts) or 1
            # A light ramp: the fullest cell is mid-blue, so the numbers stay readable in ink.
            ax.imshow(counts, cmap="Blues", vmin=-top * 0.1, vmax=top * 1.9, aspect="auto")
            for r, row in enumerate(counts):
                for c, value in enumerate(row):
                    ax.text(
                        c,
                        r,
                        str(value) if value else "–",
                        ha="center",
                        va="center",
                        fontsize=10,
                        color=INK if value else "#A50026",
                        fontweight="bold" if value else "normal",
                    )
            ax.set_xticks(range(len(labels)), labels)
            ax.xaxis.tick_top()
            ax.set_yticks(range(len(teams)), [drawable(team.label) for team in teams])
            ax.tick_params(length=0, labelsize=9.5, labelcolor=INK)
            ax.set_xticks([x - 0.5 for x in range(1, len(labels))], minor=True)
            ax.set_yticks([y - 0.5 for y in range(1, len(teams))], minor=True)
            ax.grid(which="minor", color="white", linewidth=2)
            ax.tick_params(which="minor", length=0)
            for spine in ax.spines.values():
                spine.set_visible(False)
            ax.set_title(
                drawable(t("collect.chart.phases_title", model=model_title(key)), "bold"),
                loc="left",
                fontsize=12,
                fontweight="bold",
                color=INK,
            )
    return fig
