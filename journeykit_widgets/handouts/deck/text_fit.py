"""How much room a text takes on a slide: widths from the font's own metrics,
greedy word wrapping, and the height of a wrapped block.

The deck's theme font is Arial (``deck.theme``). Liberation Sans has the same
advance widths (it was made metric-compatible with Arial), ships with
LibreOffice and is what LibreOffice draws Arial with, so its metrics decide the
line breaks both programs make. Without it, matplotlib's DejaVu Sans is used:
it is wider, so boxes come out a little roomy, never too small.

A character the font lacks (Chinese, Thai, an emoji) is drawn by the viewer
from a fallback font; we count it as one em wide, the width of a CJK ideograph
or an emoji, which is the widest such a glyph gets. Joiners, variation
selectors and combining marks take no room of their own.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["LINE_SPACING", "block_height", "line_height", "text_width", "wrap"]

# Single line spacing is the font's ascent + descent + line gap: 1.149 em for Arial
# and Liberation Sans, in PowerPoint and LibreOffice alike; a little more keeps a
# measured box from coming out shorter than either draws it.
LINE_SPACING = 1.17
_ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}


@lru_cache(maxsize=2)
def _metrics(bold: bool) -> tuple[dict[int, float], float]:
    """Advance width (in em) of every character the measuring font has, and the
    width of a space."""
    from fontTools.ttLib import TTFont
    from matplotlib import font_manager

    weight = "bold" if bold else "normal"
    props = font_manager.FontProperties(family=["Liberation Sans", "Arial", "DejaVu Sans"], weight=weight)
    font = TTFont(font_manager.findfont(props), lazy=True)
    units = font["head"].unitsPerEm
    hmtx = font["hmtx"]
    widths = {code: hmtx[glyph][0] / units for code, glyph in font.getBestCmap().items()}
    font.close()
    return widths, widths.get(0x20, 0.28)


def _char_width(char: str, widths: dict[int, float]) -> float:
    code = ord(char)
    if code in widths:
        return widths[code]
    if code in _ZERO_WIDTH or 0xFE00 <= code <= 0xFE0F or unicodedata.combining(char):
        return 0.0
    return 1.0


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of one line of ``text`` in points at ``size`` pt."""
    widths, _ = _metrics(bold)
    return sum(_char_width(c, widths) for c in text) * size


def _break_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """A word wider than the line, cut into pieces that fit (as PowerPoint does)."""
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, size, bold) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points; line breaks in
    the text are kept."""
    lines: list[str] = []
    for paragraph in text.replace("\v", "\n").split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            pieces = _break_word(word, width, size, bold) if text_width(word, size, bold) > width else [word]
            lines.extend(pieces[:-1])
            current = pieces[-1] if pieces else ""
        lines.append(current)
    return lines


@lru_cache(maxsize=8192)
def _line_count(text: str, width: float, size: float, bold: bool) -> int:
    """Lines ``text`` takes (remembered: the map's pagination measures a cell often)."""
    return len(wrap(text, width, size, bold))


def line_height(size: float) -> float:
    """Height of one line in points."""
    return size * LINE_SPACING


def block_height(
    paragraphs: list[str], width: float, size: float, bold: bool = False, gap: float = 0.0
) -> float:
    """Height in points of ``paragraphs`` wrapped to ``width``, ``gap`` points
    between paragraphs."""
    if not paragraphs:
        return 0.0
    lines = sum(_line_count(p, width, size, bold) for p in paragraphs)
    return lines * line_height(size) + gap * (len(paragraphs) - 1)
