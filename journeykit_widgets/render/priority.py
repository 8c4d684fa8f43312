"""The priority / gap matrix: importance to the customer against company effort,
with four labelled quadrants and every touchpoint listed in its cell."""

from __future__ import annotations

from journeykit_widgets.analysis import QUADRANT_LINE, quadrant
from journeykit_widgets.i18n import t
from journeykit_widgets.model import RATING_MAX, RATING_MIN, Journey, in_map_order
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import channel_legend, drawn_in_language, more_label
from journeykit_widgets.render._text import LINE_HEIGHT, fit
from journeykit_widgets.render.fonts import families
from journeykit_widgets.render.sheet import Sheet

__all__ = ["priority_matrix"]

_ACTION = {"under_investing": "prioritise", "keep": "maintain", "over_investing": "reduce", "ignore": "leave"}


@drawn_in_language
def priority_matrix(journey: Journey, *, role: str | None = None, paper: str = "a4", blank: bool = False):
    """Touchpoints placed by importance (up) and effort (right) in four quadrants:
    under-investing (prioritise), keep, over-investing (reduce), ignore."""
    sheet = Sheet(paper)
    s = sheet.scale
    m = sheet.margin
    tps = [] if blank else in_map_order(journey, role)
    if blank:
        top = sheet.header(
            t("render.priority.title"),
            t("render.worksheet.priority.subtitle"),
            t("render.worksheet.name_line"),
        )
    else:
        top = sheet.header(t("render.priority.title"), journey.title, t("render.priority.note", n=len(tps)))
    legend_h = 0 if blank or not tps else 26 * s
    axis_w, axis_h = 40 * s, 34 * s
    band = 20 * s
    px = m + axis_w
    pw = sheet.W - m - px
    py = top + band
    ph = sheet.H - m - legend_h - axis_h - band - py
    n = RATING_MAX - RATING_MIN + 1
    cw, ch = pw / n, ph / n
    split = QUADRANT_LINE - RATING_MIN + 0.5  # cells left of / below the line

    def cell_x(effort):
        return px + (effort - RATING_MIN) * cw

    def cell_y(importance):
        return py + (RATING_MAX - importance) * ch

    # Quadrant backgrounds and title bands.
    for importance in range(RATING_MIN, RATING_MAX + 1):
        for effort in range(RATING_MIN, RATING_MAX + 1):
            q = quadrant(importance, effort)
            sheet.rect(
                cell_x(effort),
                cell_y(importance),
                cw,
                ch,
                fc=_style.tint(_style.QUADRANT_COLOURS[q], 0.35),
                ec="white",
                lw=1.5,
                zorder=0,
            )
    line_x = px + split * cw
    line_y = py + (n - split) * ch
    sheet.line([line_x, line_x], [py - band, py + ph], _style.INK, 1.0)
    sheet.line([px, px + pw], [line_y, line_y], _style.INK, 1.0)
    for q, (x0, x1), (y0, h) in (
        ("under_investing", (px, line_x), (py - band, band)),
        ("keep", (line_x, px + pw), (py - band, band)),
        ("ignore", (px, line_x), (py + ph, band)),
        ("over_investing", (line_x, px + pw), (py + ph, band)),
    ):
        sheet.rect(x0, y0, x1 - x0, h, fc=_style.QUADRANT_COLOURS[q], ec="white", lw=1.5, zorder=1)
        label = f"{t(f'render.quadrant.{q}')} – {t(f'render.quadrant.action.{_ACTION[q]}')}"
        sheet.text(x0, y0, x1 - x0, h, label, 8.5 * s, 6 * s, "bold", ha="center", va="center", max_lines=1)

    # Axes: ticks and titles.
    for v in range(RATING_MIN, RATING_MAX + 1):
        sheet.text(
            cell_x(v),
            py + ph + band,
            cw,
            14 * s,
            str(v),
            8 * s,
            6 * s,
            colour=_style.MUTED,
            ha="center",
            pad=2 * s,
            max_lines=1,
        )
        sheet.text(
            px - 16 * s,
            cell_y(v),
            16 * s,
            ch,
            str(v),
            8 * s,
            6 * s,
            colour=_style.MUTED,
            ha="center",
            va="center",
            pad=2 * s,
            max_lines=1,
        )
    sheet.text(
        px,
        py + ph + band + 13 * s,
        pw,
        16 * s,
        t("render.axis.effort"),
        9 * s,
        6 * s,
        "bold",
        ha="center",
        pad=2 * s,
        max_lines=1,
    )
    title = sheet.ax.text(
        m + 8 * s,
        py + ph / 2,
        t("render.axis.importance"),
        rotation=90,
        ha="center",
        va="center",
        fontsize=9 * s,
        weight="bold",
        color=_style.INK,
        fontfamily=list(families()),
        parse_math=False,
    )
    del title

    if blank:
        return sheet.finish()
    if not tps:
        sheet.empty_state(
            px + pw * 0.15,
            py + ph * 0.3,
            pw * 0.7,
            ph * 0.4,
            t("render.empty.title"),
            t("render.empty.priority"),
        )
        return sheet.finish()

    cells: dict[tuple[int, int], list] = {}
    for tp in tps:
        cells.setdefault((tp.importance, tp.effort), []).append(tp)
    pad = 4 * s
    # One size for every cell: the largest at which the fullest cell still shows
    # every name on one line, but never below the floor.
    size, floor = max(7.5 * s, _style.MIN_PRINT_PT), max(5.5 * s, _style.MIN_PRINT_PT)
    most = max(len(v) for v in cells.values())
    while size > floor and most * size * LINE_HEIGHT > ch - 2 * pad:
        size -= 0.25
    size = max(size, floor)
    line_h = size * LINE_HEIGHT
    room = max(1, int((ch - 2 * pad) // line_h))
    dot = size * 0.75
    more = more_label()
    xs, ys, colours = [], [], []
    for (importance, effort), group in cells.items():
        x0, y0 = cell_x(effort), cell_y(importance)
        shown = group if len(group) <= room else group[: room - 1]
        for k, tp in enumerate(shown):
            ly = y0 + pad + k * line_h
            xs.append(x0 + pad + dot / 2)
            ys.append(ly + line_h / 2)
            colours.append(_style.channel_colour(tp.channel))
            label = fit(tp.name, cw - 2 * pad - dot - 3 * s, line_h, size, size, max_lines=1)
            sheet.place(label, x0 + pad + dot + 3 * s, ly, cw - 2 * pad - dot - 3 * s, line_h, pad=0)
        if len(group) > len(shown):
            ly = y0 + pad + len(shown) * line_h
            label = fit(more.format(n=len(group) - len(shown)), cw - 2 * pad, line_h, size, size, "bold", 1)
            sheet.place(label, x0 + pad, ly, cw - 2 * pad, line_h, _style.ACCENT, "bold", pad=0)
    sheet.markers(xs, ys, dot**2 * 1.6, "o", colours, _style.INK, 0.3)
    entries = channel_legend([tp.channel for tp in tps])
    sheet.legend(m, sheet.H - m - legend_h + 6 * s, sheet.W - 2 * m, entries, 7, t("render.legend.channels"))

    return sheet.finish()
