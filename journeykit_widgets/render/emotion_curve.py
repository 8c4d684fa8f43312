"""The emotion curve alone: every touchpoint's emotion in map order, phases as
bands, peaks, low points and the end marked (peak–end). The journey map draws
the same curve in its emotion lane (``journey_lanes.emotion_lane``)."""

from __future__ import annotations

from journeykit_widgets.i18n import t
from journeykit_widgets.model import EMOTION_MAX, EMOTION_MIN, Journey, in_map_order
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import drawn_in_language, peak_end_marks
from journeykit_widgets.render.fonts import drawable, families
from journeykit_widgets.render.journey_lanes import signed as _signed

__all__ = ["emotion_curve"]


@drawn_in_language
def emotion_curve(journey: Journey, *, role: str | None = None, paper: str = "a4"):
    """The emotion curve alone, with touchpoint names, phases and peak–end marks."""
    tps = in_map_order(journey, role)
    width, height = _style.paper_size(paper)
    # At most half the paper's height: on a report page its reading fits below it.
    fig = _style.new_figure(figsize=(width, min(width * 0.4, height * 0.5)))
    fig.journeykit_cells = []
    ax = fig.add_axes((0.09, 0.3 if len(tps) <= 40 else 0.12, 0.88, 0.52))
    # Every text and colour set on the artists themselves: the figure looks the
    # same whatever style the participant's notebook has set globally.
    font = {"fontfamily": (family := list(families())), "parse_math": False}
    ax.tick_params(colors=_style.MUTED, labelcolor=_style.MUTED, labelfontfamily=family, labelsize=8)
    for spine in ax.spines.values():
        spine.set_color(_style.RULE)
    ax.set_ylim(EMOTION_MIN - 0.6, EMOTION_MAX + 0.6)
    ax.set_yticks(
        range(EMOTION_MIN, EMOTION_MAX + 1), [_signed(v) for v in range(EMOTION_MIN, EMOTION_MAX + 1)]
    )
    ax.set_ylabel(t("render.axis.emotion"), color=_style.INK, fontsize=9, **font)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.text(
        0.07,
        0.93,
        drawable(t("render.curve.title", title=journey.title), "bold"),
        fontsize=13,
        weight="bold",
        color=_style.INK,
        **font,
    )
    if not tps:
        ax.set_xlim(0, 1)
        ax.set_xticks([])
        ax.text(
            0.5,
            0.5,
            t("render.empty.touchpoints"),
            ha="center",
            va="center",
            color=_style.MUTED,
            transform=ax.transAxes,
            wrap=True,
            **font,
        )
        return fig
    xs = list(range(len(tps)))
    ax.set_xlim(-0.6, len(tps) - 0.4)
    # Phase bands.
    start = 0
    for i, phase in enumerate(journey.phases):
        n = sum(1 for tp in tps if tp.phase == phase.id)
        if not n:
            continue
        if i % 2 == 0:
            ax.axvspan(start - 0.5, start + n - 0.5, color=_style.PANEL, zorder=0, lw=0)
        ax.text(
            start + n / 2 - 0.5,
            EMOTION_MAX + 0.45,
            drawable(phase.label(), "bold"),
            ha="center",
            va="center",
            fontsize=8,
            weight="bold",
            color=_style.HEADER,
            clip_on=True,
            **font,
        )
        start += n
    ax.axhline(0, color=_style.FAINT, lw=0.6, ls=(0, (2, 2)))
    rated = [(x, tp.emotion) for x, tp in zip(xs, tps, strict=True) if tp.emotion is not None]
    rxs, ys = [x for x, _ in rated], [v for _, v in rated]
    ax.plot(rxs, ys, color=_style.MUTED, lw=1.2, zorder=3)
    ax.scatter(
        rxs,
        ys,
        c=[_style.emotion_colour(v) for v in ys],
        s=36 if len(tps) < 80 else 10,
        zorder=4,
        edgecolors="white",
        linewidths=0.5,
    )
    marks = peak_end_marks(journey, role)
    spots = {
        "peaks": [(x, tp.emotion) for x, tp in zip(xs, tps, strict=True) if tp.id in marks.peaks],
        "lows": [(x, tp.emotion) for x, tp in zip(xs, tps, strict=True) if tp.id in marks.lows],
        "end": [(x, tp.emotion) for x, tp in zip(xs, tps, strict=True) if tp.id == marks.end],
    }
    spots["unrated"] = [(x, 0) for x, tp in zip(xs, tps, strict=True) if tp.emotion is None]
    handles = []
    for kind, points in spots.items():
        if not points:
            continue
        handle = ax.scatter(
            [p[0] for p in points],
            [p[1] for p in points],
            gid=f"jk-{kind}",
            label=t(_style.CURVE_MARK_LABELS[kind]),
            **_style.CURVE_MARKS[kind],
        )
        handles.append(handle)
    if handles:
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.0, 1.15),
            ncol=len(handles),
            frameon=False,
            prop={"family": family, "size": 8},
            labelcolor=_style.INK,
            borderaxespad=0,
        )
    if len(tps) <= 40:
        from journeykit_widgets.render._text import fit

        names = [fit(tp.name, 120, 9, 7, 7, max_lines=1).text for tp in tps]
        ax.set_xticks(xs, names, rotation=40, ha="right", fontsize=7, **font)
    else:
        ax.set_xticks([])
        ax.set_xlabel(t("render.axis.touchpoints", n=len(tps)), color=_style.INK, fontsize=9, **font)
    return fig
