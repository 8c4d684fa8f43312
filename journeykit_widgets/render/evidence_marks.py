"""How a map shows what is assumed: a touchpoint card whose evidence is not
researched (an assumption, or no source recorded) is hatched and carries a small
"?" mark, explained in the legend. A dashed outline already means "indirect"
on the journey map, so hatching is the sign for "not researched"."""

from __future__ import annotations

from collections.abc import Iterable

from journeykit_widgets.i18n import t
from journeykit_widgets.render import style as _style

# The mark: a plain bold question mark in a text artist. Not a mathtext marker: mathtext
# is not safe to draw on a worker thread while the participant's own plot uses it.
MARK = "?"
# A text lane's list marks an assumed item with the same sign, in place of its bullet.
ASSUMED_BULLET = MARK + " "


def hatch_segments(x: float, y: float, w: float, h: float, spacing: float) -> list[list[tuple[float, float]]]:
    """Diagonal lines (45°) across the box (x, y, w, h), each clipped to the box."""
    segments = []
    c = -h + spacing / 2
    while c < w:
        # points on the line x' = c + y' (box coordinates), y' in [0, h], x' in [0, w]
        y_start, y_end = max(0.0, -c), min(h, w - c)
        if y_end > y_start:
            segments.append([(x + c + y_start, y + y_start), (x + c + y_end, y + y_end)])
        c += spacing
    return segments


def mark_not_researched(sheet, cards: Iterable[tuple[object, tuple[float, float, float, float]]]) -> int:
    """Hatch and mark every card (touchpoint, (x, y, w, h)) whose evidence is not
    researched; returns how many were marked (the legend entry is needed only then)."""
    s = sheet.scale
    marked = 0
    for tp, (x, y, w, h) in cards:
        if tp.evidence.researched:
            continue
        colour = _style.channel_colour(tp.channel)
        # From the colour bar on the left to the edge; light enough to read the name over it.
        for segment in hatch_segments(x + 3 * s, y, w - 3 * s, h, 5.0 * s):
            xs, ys = zip(*segment, strict=True)
            sheet.line(xs, ys, _style.tint(colour, 0.5), 0.45 * s, "-", 2.5)
        sheet.text(
            x + w - 10 * s,
            y + h - 11 * s,
            10 * s,
            11 * s,
            MARK,
            8 * s,
            6,
            "bold",
            _style.ACCENT,
            "center",
            "center",
            pad=0,
            zorder=7,
        )
        marked += 1
    return marked


def legend_entry(key: str = "evidence.legend.not_researched") -> tuple[str, dict, str]:
    """The legend entry for the mark (kind, style, label) as ``Sheet.legend`` takes it."""
    return (
        "patch",
        {"fc": _style.tint(_style.ACCENT, 0.75), "ec": _style.ACCENT, "lw": 0.8},
        t(key),
    )


def not_researched_cell(column, lane: str) -> bool:
    """Whether a canvas cell has text whose evidence is not researched."""
    return bool(getattr(column, lane).strip()) and not column.lane_evidence(lane).researched


def mark_cell(sheet, x: float, y: float, w: float) -> None:
    """The "?" mark in the top right corner of a canvas cell (x, y: its top left)."""
    s = sheet.scale
    sheet.text(
        x + w - 11 * s,
        y + 1 * s,
        10 * s,
        10 * s,
        MARK,
        7.5 * s,
        6,
        "bold",
        _style.ACCENT,
        "center",
        "center",
        pad=0,
        zorder=7,
    )
