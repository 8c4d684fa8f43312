"""The journey map's emotion lane: the curve across the touchpoint cards with
its scale, peaks, low points and the end labelled where there is room."""

from __future__ import annotations

from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import EMOTION_MAX, EMOTION_MIN
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._text import Fitted, text_width
from journeykit_widgets.render.sheet import Sheet

__all__ = ["emotion_lane", "signed"]


def signed(value: int) -> str:
    """``+2``, ``0``, ``−3`` (a real minus sign) for the emotion scale."""
    return formats.signed(value, 0)


def emotion_lane(sheet: Sheet, journey, tps, by_phase, grid_x, col_w, label_w, marks, ly, lh):
    s = sheet.scale
    pad = 14 * s

    def y_of(value: float) -> float:
        return ly + pad + (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN) * (lh - 2 * pad)

    # Scale marks in the label column.
    for value in (EMOTION_MAX, 0, EMOTION_MIN):
        label = signed(value)
        # Never below the smallest print size, however small the page.
        scale_size = max(6 * s, _style.MIN_PRINT_PT)
        w = text_width(label, scale_size) + 2
        yy = y_of(value)
        sheet.place(
            Fitted((label,), scale_size),
            grid_x - w - 4 * s,
            yy - 4 * s,
            w + 1,
            8 * s,
            _style.MUTED,
            va="center",
            pad=0,
        )
    sheet.line([grid_x, grid_x + col_w * len(journey.phases)], [y_of(0)] * 2, _style.FAINT, 0.6, (0, (2, 2)))
    if not tps:
        return
    xs, ys, colours, unrated = [], [], [], []
    where = {}
    for i, phase in enumerate(journey.phases):
        cards = by_phase[phase.id]
        for k, tp in enumerate(cards):
            x = grid_x + i * col_w + (k + 0.5) * col_w / len(cards)
            if tp.emotion is None:  # not rated yet: a hollow dot on the zero line, off the curve
                unrated.append(x)
                continue
            xs.append(x)
            ys.append(y_of(tp.emotion))
            colours.append(_style.emotion_colour(tp.emotion))
            where[tp.id] = (x, y_of(tp.emotion), tp)
    sheet.ax.plot(xs, ys, color=_style.MUTED, lw=1.1 * s, zorder=4, solid_joinstyle="round")
    dot = max(2.2, min(5.5, 300 / max(len(xs), 1))) * s
    sheet.markers(xs, ys, dot**2, "o", colours, "white", 0.4, zorder=5)
    sheet.markers(unrated, [y_of(0)] * len(unrated), dot**2, "o", "white", _style.MUTED, 0.6, 5, "jk-unrated")

    lane_box = (grid_x, ly, grid_x + col_w * len(journey.phases), ly + lh)
    big = (dot * (1.9 if len(marks.peaks) + len(marks.lows) <= 12 else 1.3)) ** 2
    # Every marker's square (the largest drawn there) is taken: a label never
    # sits on a dot, a flag or the end diamond, nor on another label.
    reach = max(big**0.5, dot * 2.6) / 2 + 1.0
    spots = zip(xs + unrated, ys + [y_of(0)] * len(unrated), strict=True)
    taken = [(x - reach, y - reach, x + reach, y + reach) for x, y in spots]

    def label(x, y, text, above, colour):
        size = max(6.5 * s, _style.MIN_PRINT_PT)
        w = text_width(text, size, "bold") + 2
        h = size * 1.3
        bx = min(max(x - w / 2, lane_box[0] + 1), lane_box[2] - w - 1)
        for side in (above, not above):
            by = y - reach - 1 - h if side else y + reach + 1
            by = min(max(by, lane_box[1] + 1), lane_box[3] - h - 1)
            box = (bx, by, bx + w, by + h)
            if not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in taken):
                taken.append(box)
                sheet.place(Fitted((text,), size), bx, by, w + 0.5, h, colour, "bold", pad=0, va="center")
                return
        # No free place next to the marker: the legend explains the symbol.

    peak_pts = [where[i] for i in where if i in marks.peaks]
    low_pts = [where[i] for i in where if i in marks.lows]
    if peak_pts:
        sheet.markers(
            [p[0] for p in peak_pts],
            [p[1] - dot * 0.2 for p in peak_pts],
            big,
            "^",
            _style.EMOTION_COLOURS[3],
            "white",
            0.6,
            gid="jk-peaks",
        )
    if low_pts:
        sheet.markers(
            [p[0] for p in low_pts],
            [p[1] + dot * 0.2 for p in low_pts],
            big,
            "v",
            _style.EMOTION_COLOURS[-3],
            "white",
            0.6,
            gid="jk-lows",
        )
    if marks.end in where:
        ex, ey, _ = where[marks.end]
        sheet.markers([ex], [ey], (dot * 2.6) ** 2, "D", "none", _style.INK, 1.0, zorder=7, gid="jk-end")
        label(ex, ey, t("render.legend.end"), ey > ly + lh / 2, _style.INK)
    for x, y, _tp in peak_pts[:3]:
        label(x, y, t("render.legend.peak"), True, _style.EMOTION_COLOURS[3])
    for x, y, _tp in low_pts[:3]:
        label(x, y, t("render.legend.low"), False, _style.EMOTION_COLOURS[-3])
