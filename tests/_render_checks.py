"""Checks the render tests share: text inside its cell, no overlaps, not blank."""

from __future__ import annotations

import numpy as np

TOLERANCE = 0.75  # pixels: anti-aliasing, not layout


def renderer(fig):
    """matplotlib's own Agg renderer for ``fig``, the one PNGs are drawn with: text
    extents are measured on it, a full draw is not needed."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    return FigureCanvasAgg(fig).get_renderer()


def text_extents(fig):
    """[(text artist, its extent in pixels, its cell in pixels)] for every fitted text."""
    from matplotlib.transforms import Bbox

    agg = renderer(fig)
    rows = []
    for artist, ax, (x0, y0, x1, y1) in fig.journeykit_cells:
        (ax0, ay0), (ax1, ay1) = ax.transData.transform([(x0, y0), (x1, y1)])
        cell = Bbox.from_extents(min(ax0, ax1), min(ay0, ay1), max(ax0, ax1), max(ay0, ay1))
        rows.append((artist, artist.get_window_extent(agg), cell))
    return rows


def page_extents(fig):
    """[(text, its extent, the page)] for every visible text of a figure drawn on
    axes (no recorded cells): each must stay on the page."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # legends and tick labels are placed while the figure draws
    agg = canvas.get_renderer()
    texts = fig.findobj(lambda a: isinstance(a, Text) and a.get_visible() and a.get_text())
    return [(text, text.get_window_extent(agg), fig.bbox) for text in texts]


def overflowing(rows):
    """Texts that stick out of their cells."""
    bad = []
    for artist, box, cell in rows:
        if (
            box.x0 < cell.x0 - TOLERANCE
            or box.x1 > cell.x1 + TOLERANCE
            or box.y0 < cell.y0 - TOLERANCE
            or box.y1 > cell.y1 + TOLERANCE
        ):
            bad.append((artist.get_text()[:60], tuple(np.round(box.extents)), tuple(np.round(cell.extents))))
    return bad


def overlapping(rows):
    """Pairs of texts whose extents intersect."""
    if len(rows) < 2:
        return []
    boxes = np.array([box.extents for _, box, _ in rows])
    x0, y0, x1, y1 = (boxes[:, i][:, None] for i in range(4))
    lo_x, hi_x = x0 + TOLERANCE, x1 - TOLERANCE
    lo_y, hi_y = y0 + TOLERANCE, y1 - TOLERANCE
    hit = (lo_x < hi_x.T) & (hi_x > lo_x.T) & (lo_y < hi_y.T) & (hi_y > lo_y.T)
    np.fill_diagonal(hit, False)
    pairs = np.argwhere(np.triu(hit))
    return [(rows[i][0].get_text()[:40], rows[j][0].get_text()[:40]) for i, j in pairs]


def all_text(fig) -> str:
    """Every string drawn on the figure, joined (for language checks)."""
    parts = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text") and callable(a.get_text))]
    return "\n".join(p for p in parts if isinstance(p, str))


def ink_fraction(png_path) -> float:
    """Share of pixels that are not (near) white."""
    from matplotlib.image import imread

    image = imread(png_path)[..., :3]
    return float((image.min(axis=2) < 0.9).mean())
