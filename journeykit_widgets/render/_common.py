"""Small pieces several views share: language scope, labels, legends, cards."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps

from journeykit_widgets import frameworks
from journeykit_widgets.frameworks import channel_label, device_label
from journeykit_widgets.i18n import language, t
from journeykit_widgets.render import style as _style

# One figure is built or drawn at a time: an editor's preview worker and the
# notebook's own thread share the kit's text-measure caches and, while a vector
# file is written, the few vector-backend settings in ``_style.VECTOR_RC``.
# Re-entrant, because a view may be drawn from inside another drawing step.
RENDER_LOCK = threading.RLock()


def drawn_in_language(func: Callable) -> Callable:
    """Build a journey's figure in the journey's own language, under the render lock."""

    @wraps(func)
    def wrapper(journey, *args, **kwargs):
        with RENDER_LOCK, language(getattr(journey, "language", None)):
            return func(journey, *args, **kwargs)

    return wrapper


@contextmanager
def drawing(lang: str | None):
    """The render lock and ``lang`` for drawing that is not one view function."""
    with RENDER_LOCK, language(lang):
        yield


@dataclass(frozen=True)
class Marks:
    """Which touchpoints (by id) carry a peak, low-point or end flag on a map."""

    peaks: frozenset[str]
    lows: frozenset[str]
    end: str | None


def peak_end_marks(journey, role: str | None = None) -> Marks:
    """Peaks, low points and the end from ``analysis.peak_end``. The analysis names
    the highest and lowest moments even when the lowest is still pleasant; on the
    map a "low point" flag only goes on a bad moment (below 0) and a "peak" only on
    a good one, as on the paper worksheet."""
    from journeykit_widgets.analysis import peak_end

    result = peak_end(journey, role=role)
    return Marks(
        frozenset(m.touchpoint_id for m in result.peaks if m.emotion > 0),
        frozenset(m.touchpoint_id for m in result.lows if m.emotion < 0),
        result.end.touchpoint_id if result.end is not None else None,
    )


def role_label(kind: str) -> str:
    entry = frameworks.roles().get(kind)
    return entry.label() if entry else kind


def phase_model_label(model_id: str) -> str:
    model = frameworks.phase_models().get(model_id)
    return model.label() if model else t("render.custom_phases")


def more_label() -> str:
    """'+{n} more' in the active language (the ``{n}`` stays for ``str.format``)."""
    return t("render.more", n="{n}")


def channel_legend(channels: list[str]) -> list:
    entries = []
    for channel in sorted(set(channels), key=list(frameworks.channels()).index):
        colour = _style.channel_colour(channel)
        entries.append(
            ("patch", {"fc": _style.tint(colour, 0.55), "ec": colour, "lw": 1.0}, channel_label(channel))
        )
    return entries


def device_legend(devices: list[str]) -> list:
    entries = []
    for device in sorted(set(devices), key=list(frameworks.devices()).index):
        marker = _style.DEVICE_MARKERS.get(device)
        if marker:
            entries.append(("marker", {"marker": marker, "fc": _style.INK}, device_label(device)))
    return entries


def card_grid(n: int, w: float, h: float, min_w: float, min_h: float, gap: float, aspect: float = 2.6):
    """How to lay ``n`` cards into a w × h box: (rows, cols, card_w, card_h, shown).

    Picks the arrangement with the largest readable cards; when even the
    smallest cards cannot hold all ``n``, ``shown`` < n and the last slot is
    for a "+N more" card.
    """
    if n <= 0:
        return 0, 0, 0.0, 0.0, 0
    best = None
    for rows in range(1, n + 1):
        cols = math.ceil(n / rows)
        cw = (w - (cols + 1) * gap) / cols
        ch = (h - (rows + 1) * gap) / rows
        if ch < min_h:
            break
        if cw < min_w:
            continue
        score = min(cw / aspect, ch)
        if best is None or score > best[0]:
            best = (score, rows, cols, cw, ch)
    if best:
        _, rows, cols, cw, ch = best
        return rows, cols, cw, ch, n
    cols = max(1, int((w - gap) // (min_w + gap)))
    rows = max(1, int((h - gap) // (min_h + gap)))
    cw = (w - (cols + 1) * gap) / cols
    ch = (h - (rows + 1) * gap) / rows
    return rows, cols, cw, ch, max(0, rows * cols - 1)


def map_counts(touchpoints: int, channels: int) -> str:
    """ "12 touchpoints · 1 channel": each count with its own plural form."""
    return t(
        "render.map.counts",
        touchpoints=t("voice.count.touchpoints", count=touchpoints),
        channels=t("voice.count.channels", count=channels),
    )
