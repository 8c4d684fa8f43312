"""Channel × phase heatmap: how many touchpoints each channel has in each phase,
or how customers feel there on average."""

from __future__ import annotations

from journeykit_widgets import frameworks
from journeykit_widgets.frameworks import channel_label
from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import EMOTION_MAX, EMOTION_MIN, Journey, in_map_order
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import drawn_in_language, map_counts
from journeykit_widgets.render.sheet import Sheet

__all__ = ["VALUES", "channel_heatmap"]

VALUES: tuple[str, ...] = ("count", "emotion")
# Tol's colour-blind-safe sequential YlOrBr.
_SEQUENTIAL = ("#FFF7BC", "#FEE391", "#FEC44F", "#FB9A29", "#EC7014", "#CC4C02", "#993404", "#662506")


def _count_colour(value: int, top: int) -> str:
    if value <= 0:
        return "#FFFFFF"
    # Few touchpoints stay in the light half of the scale; the darkest shades
    # are kept for real concentrations.
    darkest = min(len(_SEQUENTIAL) - 1, 2 + top)
    k = 0 if top <= 1 else round((value - 1) / (top - 1) * darkest)
    return _SEQUENTIAL[k]


def _mean_emotion(tps) -> float | None:
    """Mean emotion of the rated cards; None when none has an emotion yet (not 0)."""
    rated = [tp.emotion for tp in tps if tp.emotion is not None]
    return sum(rated) / len(rated) if rated else None


def _emotion_fill(value: float):
    from matplotlib.colors import LinearSegmentedColormap

    cmap = LinearSegmentedColormap.from_list(
        "jk_emotion", [_style.EMOTION_COLOURS[v] for v in range(EMOTION_MIN, EMOTION_MAX + 1)]
    )
    return cmap((value - EMOTION_MIN) / (EMOTION_MAX - EMOTION_MIN))


def _fmt(value: float | None) -> str:
    return formats.signed(value, 1)  # an en dash where no card is rated


@drawn_in_language
def channel_heatmap(journey: Journey, *, value: str = "count", role: str | None = None, paper: str = "a4"):
    """Channels (rows) × phases (columns), coloured by touchpoint count or mean emotion."""
    if value not in VALUES:
        raise ValueError(t("render.error.value", value=value, choices=", ".join(VALUES)))
    from matplotlib.colors import to_hex

    sheet = Sheet(paper)
    s = sheet.scale
    m = sheet.margin
    tps = in_map_order(journey, role)
    top = sheet.header(
        t(f"render.heatmap.title.{value}"),
        journey.title,
        map_counts(len(tps), len({tp.channel for tp in tps})),
    )
    catalogue = list(frameworks.channels())
    channels = sorted({tp.channel for tp in tps}, key=lambda c: catalogue.index(c) if c in catalogue else 99)
    if not channels:
        sheet.empty_state(
            m,
            top + 20 * s,
            sheet.W - 2 * m,
            sheet.H - top - m - 40 * s,
            t("render.empty.title"),
            t("render.empty.touchpoints"),
        )
        return sheet.finish()
    label_w = 150 * s
    total_w = 56 * s
    head_h = 26 * s
    legend_h = 30 * s
    grid_x = m + label_w
    grid_w = sheet.W - m - grid_x - total_w
    col_w = grid_w / len(journey.phases)
    rows_top = top + head_h
    row_h = min(34 * s, (sheet.H - m - legend_h - rows_top - 22 * s) / len(channels))

    sheet.phase_band(grid_x, top, col_w, head_h, [p.label() for p in journey.phases], 9, 5.5)
    total_label = t("render.heatmap.total" if value == "count" else "render.heatmap.mean")
    sheet.text(
        grid_x + grid_w + 2 * s,
        top,
        total_w - 2 * s,
        head_h - 2,
        total_label,
        8.5 * s,
        5.5 * s,
        "bold",
        _style.MUTED,
        "center",
        "center",
        max_lines=2,
    )

    size = min(10 * s, row_h * 0.42)
    for i, channel in enumerate(channels):
        y = rows_top + i * row_h
        colour = _style.channel_colour(channel)
        sheet.rect(m, y + row_h * 0.3, 10 * s, row_h * 0.4, fc=colour, radius=1.5 * s, zorder=3)
        sheet.text(
            m + 14 * s,
            y,
            label_w - 16 * s,
            row_h,
            channel_label(channel),
            9 * s,
            6 * s,
            va="center",
            max_lines=2,
            pad=2 * s,
        )
        mine = [tp for tp in tps if tp.channel == channel]
        for j, phase in enumerate(journey.phases):
            x = grid_x + j * col_w
            here = [tp for tp in mine if tp.phase == phase.id]
            if value == "count":
                number = len(here)
                top_count = max(
                    sum(1 for tp in tps if tp.channel == c and tp.phase == p)
                    for c in channels
                    for p in journey.phase_ids
                )
                fill = _count_colour(number, top_count)
                label = str(number) if number else "–"
            else:
                mean = _mean_emotion(here)
                if mean is not None:
                    fill = to_hex(_emotion_fill(mean))
                    label = _fmt(mean)
                else:
                    fill, label = "#F2F2F2", "–"
            sheet.rect(x + 1, y + 1, col_w - 2, row_h - 2, fc=fill, ec="white", lw=0.5, zorder=1)
            ink = _style.text_on(fill) if label != "–" else _style.FAINT
            sheet.text(
                x + 1,
                y + 1,
                col_w - 2,
                row_h - 2,
                label,
                size,
                5.5 * s,
                "bold",
                ink,
                "center",
                "center",
                max_lines=1,
                pad=1,
            )
        summary = str(len(mine)) if value == "count" else _fmt(_mean_emotion(mine))
        sheet.text(
            grid_x + grid_w + 2 * s,
            y,
            total_w - 2 * s,
            row_h,
            summary,
            size * 0.9,
            5.5 * s,
            "bold",
            _style.MUTED,
            "center",
            "center",
            max_lines=1,
            pad=1,
        )
    # Column totals.
    y = rows_top + len(channels) * row_h + 2 * s
    sheet.line([grid_x, grid_x + grid_w + total_w], [y, y], _style.INK, 0.6)
    for j, phase in enumerate(journey.phases):
        here = [tp for tp in tps if tp.phase == phase.id]
        label = str(len(here)) if value == "count" else _fmt(_mean_emotion(here))
        sheet.text(
            grid_x + j * col_w,
            y,
            col_w,
            20 * s,
            label,
            9 * s,
            5.5 * s,
            "bold",
            _style.MUTED,
            "center",
            "center",
            max_lines=1,
            pad=1,
        )
    sheet.text(
        m,
        y,
        label_w,
        20 * s,
        total_label,
        9 * s,
        6 * s,
        "bold",
        _style.MUTED,
        va="center",
        max_lines=1,
        pad=2 * s,
    )

    # Colour key, under the totals.
    ly = y + 30 * s
    if value == "count":
        top_count = max(
            sum(1 for tp in tps if tp.channel == c and tp.phase == p)
            for c in channels
            for p in journey.phase_ids
        )
        steps = sorted({1, *(round(1 + (top_count - 1) * f) for f in (0.25, 0.5, 0.75)), top_count})
        entries = [("patch", {"fc": _count_colour(v, top_count), "ec": _style.RULE}, str(v)) for v in steps]
        title = t("render.heatmap.key.count")
    else:
        entries = [
            (
                "patch",
                {"fc": _style.EMOTION_COLOURS[v], "ec": _style.EMOTION_COLOURS[v]},
                formats.signed(v, 0),
            )
            for v in range(EMOTION_MIN, EMOTION_MAX + 1)
        ]
        entries.append(("patch", {"fc": "#F2F2F2", "ec": _style.RULE}, t("render.heatmap.none")))
        title = t("render.heatmap.key.emotion")
    sheet.legend(m, ly, sheet.W - 2 * m, entries, 7.5, title)
    return sheet.finish()
