"""The texts of a sheet, drawn on the kit's canvas without matplotlib's per-draw detours.

For every draw of every text, matplotlib's ``Text.draw`` sets the text again in
a context manager (for wrapping), lays it out afresh (metrics of each line and of
"lp", alignment, rotation), checks for mathtext and path effects, and only then
asks the renderer to draw each line. A journey map has a few hundred texts, and
on a redraw most of that time goes to these steps rather than to pixels.

A sheet's texts are plain (no wrapping by matplotlib, no mathtext, no usetex,
no path effects, no bounding-box patch), so on the kit's Agg canvas
(``_raster.TextCachingRenderer``) ``SheetText`` lays a horizontal text out with
the renderer's remembered line metrics (the same arithmetic as matplotlib's
``Text._get_layout``), remembers each layout keyed by everything it depends on,
and draws its lines directly. On any other renderer (SVG, PDF, a plain Agg
canvas) it is an ordinary ``Text``, so vector files keep real text laid out by
matplotlib itself; ``tests/test_render_raster.py`` checks that both put every
text in the same place.
"""

from __future__ import annotations

import math

from matplotlib import artist
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from journeykit_widgets.render._raster import TextCachingRenderer


class SheetText(Text):
    def _plain(self) -> bool:
        return not (
            self.get_wrap()
            or self._bbox_patch
            or self.get_path_effects()
            or self.get_usetex()
            or self._parse_math
        )

    def _layout_key(self, renderer, font_key: int) -> tuple:
        return (
            self._text,
            font_key,
            self.get_rotation(),
            self.get_rotation_mode(),
            self._linespacing,
            self._horizontalalignment,
            self._verticalalignment,
            self._get_multialignment(),
            renderer.dpi,
            self.get_figure(root=True).dpi,
            renderer.settings(),
        )

    def _get_layout(self, renderer, font_key: int | None = None):
        if not isinstance(renderer, TextCachingRenderer) or not self._plain():
            return super()._get_layout(renderer)
        if font_key is None:
            font_key = hash(self._fontproperties)
        # The Bbox in a layout is shared by texts with the same layout; matplotlib
        # only ever reads it (``translated`` makes a copy).
        return renderer.layout(
            self._layout_key(renderer, font_key), lambda: self._horizontal_layout(renderer, font_key)
        )

    def _horizontal_layout(self, renderer, font_key: int):
        """``Text._get_layout`` for unrotated plain text: lines stacked from the
        top, each at least the height of "lp" apart, aligned as a block."""
        if self.get_rotation() != 0 or self.get_rotation_mode() != "default":
            return super()._get_layout(renderer)
        prop, spacing = self._fontproperties, self._linespacing
        _, lp_h, lp_d = renderer.line_metrics("lp", prop, font_key)
        min_dy = (lp_h - lp_d) * spacing
        lines = self._text.split("\n")
        widths, heights, baselines = [], [], []
        y = 0.0
        for i, line in enumerate(lines):
            w, h, d = renderer.line_metrics(line, prop, font_key) if line else (0, 0, 0)
            h, d = max(h, lp_h), max(d, lp_d)
            widths.append(w)
            heights.append(h)
            last_baseline = (h - d) - y  # of the last line, for "center_baseline"
            y = -(h - d) if i == 0 else y - max(min_dy, (h - d) * spacing)
            baselines.append(y)
            y -= d
        descent = d
        width = max(widths)
        bottom = baselines[-1] - descent
        height = -bottom
        lefts = {
            "left": [0.0] * len(lines),
            "center": [width / 2 - w / 2 for w in widths],
            "right": [width - w for w in widths],
        }[self._get_multialignment()]
        dx = {"left": 0.0, "center": width / 2, "right": width}[self._horizontalalignment]
        dy = {
            "top": 0.0,
            "center": bottom / 2,
            "bottom": bottom,
            "baseline": bottom + descent,
            "center_baseline": bottom + height - last_baseline / 2,
        }[self._verticalalignment]
        placed = [
            (line, (w, h), x - dx, b - dy)
            for line, w, h, x, b in zip(lines, widths, heights, lefts, baselines, strict=True)
        ]
        return Bbox.from_bounds(-dx, bottom - dy, width, height), placed, descent

    @artist.allow_rasterization
    def draw(self, renderer):
        if not isinstance(renderer, TextCachingRenderer) or not self._plain():
            return super().draw(renderer)
        self._renderer = renderer
        if not self.get_visible() or self._text == "":
            return
        font_key = hash(self._fontproperties)  # once per draw, not once per line
        _bbox, lines, _descent = self._get_layout(renderer, font_key)
        x, y = self.get_transform().transform((float(self._x), float(self._y)))
        if not (math.isfinite(x) and math.isfinite(y)):
            return
        gc = renderer.new_gc()
        gc.set_foreground(self.get_color())
        gc.set_alpha(self.get_alpha())
        gc.set_url(self._url)
        gc.set_antialiased(self._antialiased)
        self._set_gc_clip(gc)
        angle = self.get_rotation()
        height = renderer.height
        for line, _size, dx, dy in lines:
            renderer.draw_line(gc, x + dx, height - (y + dy), line, self._fontproperties, angle, font_key)
        gc.restore()
        self.stale = False
