"""How the printed map shows a dot vote: each card that got dots in the last closed
round carries a small badge with its count ("● 3") in its lower left corner, so the
wall map says what the team chose. An open round prints nothing: its counts are
not final, and a hidden one must stay hidden on paper too."""

from __future__ import annotations

from collections.abc import Iterable

from journeykit_widgets.i18n import t
from journeykit_widgets.model.votes import vote_counts
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._text import text_width

__all__ = ["mark_votes"]


def mark_votes(sheet, journey, cards: Iterable[tuple[object, tuple[float, float, float, float]]]) -> int:
    """Badge every card (touchpoint, (x, y, w, h)) with its dots in the last closed
    round; returns how many cards got one."""
    counts = vote_counts(journey)
    if not counts:
        return 0
    s = sheet.scale
    size = max(6.5 * s, _style.MIN_PRINT_PT)
    marked = 0
    for tp, (x, y, w, h) in cards:
        n = counts.get(tp.id)
        if not n:
            continue
        label = t("render.votes.dots", n=n)
        bw = min(text_width(label, size, "bold") + 5 * s, w - 4 * s)
        bh = size * 1.45
        bx, by = x + 4 * s, y + h - bh - 1.5 * s
        sheet.rect(bx, by, bw, bh, fc="white", ec=_style.ACCENT, lw=0.7, radius=bh / 2, zorder=6)
        sheet.text(bx, by, bw, bh, label, size, 6, "bold", _style.ACCENT, "center", "center", pad=0, zorder=7)
        marked += 1
    return marked
