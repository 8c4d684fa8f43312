"""PNG pictures of figures for the screen, with text laid out once.

A journey map holds a few hundred lines of text, and Agg spends most of a
redraw on them: every line is laid out by FreeType twice (once to measure it,
once to draw it) and rasterised again, although a preview redrawn after one
change shows almost all the same lines as before. This canvas remembers each
line's measurements and bitmap (keyed by the text, the font properties and the
resolution) and copies the bitmap on the next draw. The pixels are the ones
Agg would have drawn; vector output (SVG, PDF) does not come through here.
"""

from __future__ import annotations

import io
from math import cos, radians, sin

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag

_LIMIT = 10_000  # lines remembered: some 30 full maps, a few kB of bitmap each
_metrics: dict[tuple, tuple[float, float, float]] = {}
_bitmaps: dict[tuple, tuple] = {}


def _remember(store: dict, key: tuple, value):
    if len(store) >= _LIMIT:
        store.clear()  # simple and rare: the next draw fills it again
    store[key] = value
    return value


def _layout_settings() -> tuple:
    # The rc settings that change how FreeType lays out and draws a line: figures
    # drawn under other styles must not share bitmaps.
    return get_hinting_flag(), mpl.rcParams["text.kerning_factor"]


class _TextCachingRenderer(RendererAgg):
    def get_text_width_height_descent(self, s, prop, ismath):
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)
        key = (s, hash(prop), self.dpi, *_layout_settings())
        found = _metrics.get(key)
        if found is None:
            found = _remember(_metrics, key, super().get_text_width_height_descent(s, prop, ismath))
        return found

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        key = (s, hash(prop), self.dpi, gc.get_antialiased(), *_layout_settings())
        found = _bitmaps.get(key)
        if found is None:
            # What RendererAgg.draw_text does in matplotlib 3.9-3.10 (pyproject pins
            # below 3.11), keeping the bitmap and its offsets for the next draw.
            font = self._prepare_font(prop)
            font.set_text(s, 0, flags=get_hinting_flag())
            font.draw_glyphs_to_bitmap(antialiased=gc.get_antialiased())
            xo, yo = font.get_bitmap_offset()
            found = _remember(
                _bitmaps, key, (font.get_image().copy(), font.get_descent() / 64.0, xo / 64.0, yo / 64.0)
            )
        image, descent, xo, yo = found
        x = round(x + xo + descent * sin(radians(angle)))
        y = round(y + yo + descent * cos(radians(angle)))
        self._renderer.draw_text_image(image, x, y + 1, angle, gc)


class _Canvas(FigureCanvasAgg):
    def get_renderer(self):
        w, h = self.figure.bbox.size
        key = w, h, self.figure.dpi
        if getattr(self, "_lastKey", None) != key:
            self.renderer = _TextCachingRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer


def png_bytes(figure, dpi: float, compress_level: int = 6) -> bytes:
    """The figure as PNG bytes at ``dpi`` on a white background."""
    buffer = io.BytesIO()
    _Canvas(figure).print_figure(
        buffer, format="png", dpi=dpi, facecolor="white", pil_kwargs={"compress_level": compress_level}
    )
    return buffer.getvalue()
