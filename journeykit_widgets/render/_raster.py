"""PNG pictures of figures, with each line of text laid out once.

A journey map holds a few hundred lines of text, and Agg spends most of its
drawing time on them: matplotlib looks the font up again for every line, has
FreeType lay the line out to measure it, then lays it out a second time to draw
it, and FreeType reads every glyph through Python calls on the open font file.
This canvas looks fonts up once per set of font properties, gives FreeType the
font file from memory (glyphs load about three times faster), rasterises a
line at the moment it is first measured, and remembers the line's measurements
and bitmap (keyed by the text, the font properties, the resolution and the rc
settings that change glyphs), so drawing copies the bitmap and a redraw after
one change copies almost every line. The pixels are the ones Agg draws itself
(``tests/test_render_raster.py``); vector output (SVG, PDF) does not come here.

Every figure the render layer makes draws on this canvas (see
``_style.new_figure``), so notebooks, ``savefig`` and the editors' previews
all benefit.
"""

from __future__ import annotations

import io
import os
import threading
from functools import cache
from math import cos, radians, sin

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import fontManager
from matplotlib.ft2font import FT2Font

_LIMIT = 20_000  # entries remembered per table: some 60 full maps, a few kB of bitmap a line
_lines: dict[tuple, list] = {}  # key -> [width, height, descent, {antialiased: (image, x offset)}]
_font_files: dict[tuple, tuple] = {}  # font properties -> font files
_layouts: dict[tuple, tuple] = {}  # a text's layout (see _sheet_text)


def forget() -> None:
    """Drop every remembered line, layout and font lookup (benchmarks measure a
    cold start); the fonts read into memory stay, like a session's loaded fonts."""
    for table in (_lines, _font_files, _layouts):
        table.clear()


def _remember(table: dict, key, value):
    if len(table) >= _LIMIT:
        table.clear()  # simple and rare: the next draw fills it again
    table[key] = value
    return value


@cache
def _font_file(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


_threads = threading.local()


def _memory_font(files: tuple, hinting_factor: int, kerning_factor: int, size: float, dpi: float) -> FT2Font:
    """The font for ``files`` (the first, then fallbacks), read from memory, at ``size``.

    matplotlib's ``get_font`` hands FreeType an open file, and each glyph load
    then seeks and reads it through Python. Like matplotlib, keep one font object
    per thread: FreeType faces must not be shared between threads. Only this
    module uses these objects, so their size is set only when it changes."""
    fonts = _threads.__dict__.setdefault("fonts", {})
    key = files, hinting_factor, kerning_factor
    entry = fonts.get(key)
    if entry is None:
        first, *rest = (io.BytesIO(_font_file(path)) for path in files)
        fallbacks = [FT2Font(data, hinting_factor, _kerning_factor=kerning_factor) for data in rest]
        font = FT2Font(first, hinting_factor, _fallback_list=fallbacks, _kerning_factor=kerning_factor)
        entry = fonts[key] = [font, None]
    font = entry[0]
    if entry[1] != (size, dpi):
        font.set_size(size, dpi)
        entry[1] = size, dpi
    return font


if hasattr(os, "register_at_fork"):  # FreeType faces do not survive a fork either
    os.register_at_fork(after_in_child=lambda: _threads.__dict__.pop("fonts", None))

_styles: dict[tuple, int] = {}


def _settings() -> tuple:
    """(token, hinting flag, kerning factor, hinting factor) for the rc settings
    that decide which font a property set resolves to and how FreeType lays out
    and draws a line: figures drawn under other styles must not share lines. The
    token, a small number standing for all of them, goes into the cache keys."""
    rc = mpl.rcParams
    families = tuple(
        tuple(rc[f"font.{name}"])
        for name in ("family", "serif", "sans-serif", "cursive", "fantasy", "monospace")
    )
    settings = get_hinting_flag(), rc["text.kerning_factor"], rc["text.hinting_factor"]
    return _styles.setdefault((*settings, families), len(_styles)), *settings


class TextCachingRenderer(RendererAgg):
    _rc: tuple | None = None

    def clear(self):
        super().clear()
        self._rc = None  # read again on the next draw, under whatever style it runs

    def settings(self) -> tuple:
        if self._rc is None:
            self._rc = _settings()
        return self._rc

    def _prepare_font(self, font_prop, font_key: int | None = None):
        # What RendererAgg._prepare_font does, minus the font search for every
        # line, with the font read from memory (set_text clears it).
        token, _hinting, kerning_factor, hinting_factor = self.settings()
        key = hash(font_prop) if font_key is None else font_key, token
        files = _font_files.get(key)
        if files is None:
            files = _remember(_font_files, key, tuple(fontManager._find_fonts_by_props(font_prop)))
        return _memory_font(files, hinting_factor, kerning_factor, font_prop.get_size_in_points(), self.dpi)

    def _line(self, s: str, prop, antialiased: bool, font_key: int | None = None) -> list:
        """Measure ``s`` and rasterise it in one FreeType layout, and remember both.

        ``font_key`` is ``hash(prop)`` when the caller has it already: hashing
        font properties is a noticeable part of a draw with hundreds of lines."""
        if font_key is None:
            font_key = hash(prop)
        key = s, font_key, self.dpi, self.settings()[0]
        line = _lines.get(key)
        if line is not None and antialiased in line[3]:
            return line
        # What RendererAgg does in get_text_width_height_descent and draw_text
        # (matplotlib 3.9-3.10; pyproject pins below 3.11), from one set_text.
        font = self._prepare_font(prop, font_key)
        font.set_text(s, 0, flags=self.settings()[1])
        width, height = font.get_width_height()
        font.draw_glyphs_to_bitmap(antialiased=antialiased)
        image = font.get_image().copy(), font.get_bitmap_offset()[0] / 64.0
        if line is None:
            line = _remember(_lines, key, [width / 64.0, height / 64.0, font.get_descent() / 64.0, {}])
        line[3][antialiased] = image
        return line

    def layout(self, key: tuple, compute):
        """A text's layout remembered under ``key``, from ``compute()`` the first time."""
        found = _layouts.get(key)
        if found is None:
            found = _remember(_layouts, key, compute())
        return found

    def line_metrics(self, s: str, prop, font_key: int | None = None) -> tuple[float, float, float]:
        width, height, descent, _ = self._line(s, prop, mpl.rcParams["text.antialiased"], font_key)
        return width, height, descent

    def draw_line(self, gc, x, y, s: str, prop, angle: float, font_key: int | None = None) -> None:
        antialiased = gc.get_antialiased()
        _, _, descent, images = self._line(s, prop, antialiased, font_key)
        image, xo = images[antialiased]
        if angle:
            x, y = x + descent * sin(radians(angle)), y + descent * cos(radians(angle))
        else:
            y = y + descent
        self._renderer.draw_text_image(image, round(x + xo), round(y) + 1, angle, gc)

    def get_text_width_height_descent(self, s, prop, ismath):
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)
        return self.line_metrics(s, prop)

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        self.draw_line(gc, x, y, s, prop, angle)


class Canvas(FigureCanvasAgg):
    """An Agg canvas whose renderer remembers text lines."""

    def get_renderer(self):
        w, h = self.figure.bbox.size
        key = w, h, self.figure.dpi
        if getattr(self, "_lastKey", None) != key:
            self.renderer = TextCachingRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer


def png_bytes(figure, dpi: float, compress_level: int = 6) -> bytes:
    """The figure as PNG bytes at ``dpi`` on a white background."""
    buffer = io.BytesIO()
    Canvas(figure).print_figure(
        buffer, format="png", dpi=dpi, facecolor="white", pil_kwargs={"compress_level": compress_level}
    )
    return buffer.getvalue()
