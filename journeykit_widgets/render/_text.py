"""Wrapping and fitting text into boxes, measured from the font's own metrics.

Asking matplotlib for every text's extent needs a renderer round-trip per
call; the maps place hundreds of texts, so widths are summed from cached
per-character advance widths instead (kerning ignored, a small safety margin
added). Each character is measured in the font that draws it: DejaVu Sans, or
the first font of the kit's fallback list (``fonts``) that has it; one no font
has is measured as what is drawn in its place. Line height follows matplotlib's
layout: 1.24 × size per line at the default line spacing of 1.2.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from journeykit_widgets.render import fonts as _fonts

LINE_HEIGHT = 1.24  # × font size, per line (matplotlib, linespacing 1.2)
# Widths are estimated a little wide on purpose. matplotlib's Agg hints glyphs
# (its default); at half-point sizes from 6 to 16 pt a hinted DejaVu Sans line
# is never wider than this estimate at 100, 110 and 200 dpi, and at most 1%
# wider in an 80 dpi preview (measured; see ``half_point``).
_SAFETY = 1.08


def _safety(size: float) -> float:
    del size  # one factor for every size: the error does not fall smoothly with it
    return _SAFETY


ELLIPSIS = "…"


def _font(weight: str):
    """The kit's primary font (DejaVu Sans) in ``weight``. Not cached here:
    matplotlib keeps one FreeType font object per thread, and sharing one between
    threads (a widget preview drawn on a worker while the notebook draws a map)
    corrupts glyph loading."""
    return _fonts.fonts(weight)[0]


@cache
def _advances(weight: str) -> dict[str, float]:
    return {}


def _advance(char: str, weight: str) -> float:
    table = _advances(weight)
    width = table.get(char)
    if width is None:
        shown = _fonts.stand_in(char, weight)
        if shown != char or char == "\n":  # drawn as a replacement, a line break or nothing
            width = sum(_advance(c, weight) for c in shown if c != "\n")
        else:
            from matplotlib.ft2font import LoadFlags

            font = _fonts.fonts(weight)[_fonts.source(char, weight)]
            font.set_size(100, 72)
            glyph = font.load_glyph(font.get_char_index(ord(char)), flags=LoadFlags.NO_HINTING)
            width = glyph.linearHoriAdvance / 65536 / 100
        table[char] = width
    return width


@cache
def _strings(weight: str) -> dict[str, float]:
    return {}


def _unit_width(text: str, weight: str) -> float:
    """Width of ``text`` at 1 pt, cached per string (words repeat a lot)."""
    known = _strings(weight)
    width = known.get(text)
    if width is None:
        table = _advances(weight)
        width = 0.0
        for char in text:
            advance = table.get(char)
            width += advance if advance is not None else _advance(char, weight)
        if len(known) < 200_000:
            known[text] = width
    return width


def text_width(text: str, size: float, weight: str = "normal") -> float:
    """Width in points of one line of ``text`` at ``size`` points."""
    return _unit_width(text, weight) * size * _safety(size)


def text_height(lines: int, size: float) -> float:
    return max(1, lines) * size * LINE_HEIGHT


def _syllables(word: str, lang: str, strong_only: bool = False) -> tuple[str, ...]:
    """``word`` cut where the language allows a hyphen (``hyphens``: compound seams
    first, dictionary syllables inside a part); with ``strong_only`` at the seams only."""
    from journeykit_widgets.render.hyphens import pieces

    return pieces(word, lang, strong_only)


# Words at least this long get soft hyphens in printed HTML (``soft_hyphens``).
SOFT_HYPHEN_FROM = 11


def soft_hyphens(text: str, lang: str) -> str:
    """``text`` with soft hyphens (U+00AD) where the language's dictionary allows a
    break, in words of ``SOFT_HYPHEN_FROM`` letters or more. For HTML that prints
    into narrow columns: Chromium's PDF printing has no hyphenation dictionaries
    here and broke "Aankoopbeslissi|ng"; at a soft hyphen it breaks
    "Aankoopbeslis-|sing". Only for output: typed text must never get them."""
    return re.sub(
        rf"\w{{{SOFT_HYPHEN_FROM},}}", lambda word: "\u00ad".join(_syllables(word.group(0), lang)), text
    )


def _language() -> str:
    from journeykit_widgets.i18n import get_language

    return get_language()


def hyphenate(word: str, width: float, size: float, weight: str = "normal", lang: str | None = None):
    """Break a word longer than the line into pieces that fit: at its own hyphens
    first ("SEO-|gidspagina's"), else where the dictionary of ``lang`` (default:
    the active language) allows, with a hyphen added. None when no such break
    makes every piece fit: the caller shrinks the text instead of cutting the
    word in a wrong place ("negotiati-on")."""
    lang = lang or _language()
    # A compound breaks at the seam of its parts when that makes every piece fit
    # ("Showroom-|bezoek"); a syllable inside a part only when it does not.
    for strong_only in (True, False):
        pieces = _break_at(word, width, size, weight, lang, strong_only)
        if pieces is not None:
            return pieces
    return None


def _break_at(word: str, width: float, size: float, weight: str, lang: str, strong_only: bool):
    from journeykit_widgets.render.hyphens import marked

    # (piece, ends in a soft break, that break is a seam or the word's own hyphen):
    # a soft hyphen is shown only at a line end.
    parts: list[tuple[str, bool, bool]] = []
    for segment in re.findall(r"[^-]+-*|-+", word):
        core = segment.rstrip("-")
        syllables = marked(core, lang, strong_only) if core else (("", False),)
        parts.extend((syllable, True, strong) for syllable, strong in syllables[:-1])
        parts.append((syllables[-1][0] + segment[len(core) :], False, True))
    pieces: list[str] = []
    current: list[tuple[str, bool, bool]] = []

    def line(members) -> str:
        return "".join(p for p, _, _ in members) + ("-" if members and members[-1][1] else "")

    for part in parts:
        while current and text_width(line([*current, part]), size, weight) > width:
            # Break at the last seam on the line rather than at a syllable after it
            # ("beveili-|gings-|vragenlijst", not "beveili-|gingsvra-|genlijst").
            cut = len(current)
            if not current[-1][2]:
                seams = [i + 1 for i, member in enumerate(current[:-1]) if member[2]]
                cut = seams[-1] if seams else cut
            pieces.append(line(current[:cut]))
            current = current[cut:]
        current.append(part)
    pieces.append(line(current))
    if any(text_width(p, size, weight) > width for p in pieces):
        return None
    return pieces


def wrap(text: str, width: float, size: float, weight: str = "normal", break_words: bool = True) -> list[str]:
    """Greedy word wrap of ``text`` (paragraphs kept) to ``width`` points.

    A word longer than the line is split when ``break_words``, else left whole
    (the caller sees a line wider than ``width``)."""
    lines: list[str] = []
    scale = size * _safety(size)
    space = _unit_width(" ", weight) * scale
    for paragraph in text.split("\n"):
        # Only ordinary spaces break a line: no-break and narrow no-break spaces
        # (thousands separators, "€ 49") keep their neighbours together.
        words = [w for w in re.split(r"[ \t]+", paragraph) if w]
        if not words:
            lines.append("")
            continue
        current, current_w = "", 0.0
        for word in words:
            word_w = _unit_width(word, weight) * scale
            pieces = hyphenate(word, width, size, weight) if word_w > width and break_words else None
            if pieces:
                if current:
                    lines.append(current)
                lines.extend(pieces[:-1])
                current = pieces[-1]
                current_w = text_width(current, size, weight)
                continue
            if not current:
                current, current_w = word, word_w
            elif current_w + space + word_w <= width:
                current += " " + word
                current_w += space + word_w
            else:
                lines.append(current)
                current, current_w = word, word_w
        lines.append(current)
    return lines


def _shorten(line: str, width: float, size: float, weight: str) -> str:
    """``line`` cut so that it ends in an ellipsis and fits ``width``."""
    while line and text_width(line + ELLIPSIS, size, weight) > width:
        line = line[:-1]
    return line.rstrip(" ,.;:") + ELLIPSIS


@dataclass(frozen=True)
class Fitted:
    """Text made to fit a box: the lines to draw, the size, and what was left out."""

    lines: tuple[str, ...]
    size: float
    hidden: int = 0  # items left out (lists) or 1 when text was cut short

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def height(self) -> float:
        return text_height(len(self.lines), self.size) if self.lines else 0.0


def half_point(size: float) -> float:
    """``size`` rounded down to a half point. Hinted text at sizes between half
    points can run wider than the estimate allows (a line laid out for the next
    whole pixel size); on half points it stays within it."""
    return math.floor(size * 2 + 1e-6) / 2


def _sizes(size: float, min_size: float) -> list[float]:
    """Candidate sizes from ``size`` down to ``min_size``, in half points."""
    sizes, current, floor = [], half_point(size), half_point(min_size)
    while current > floor + 1e-9:
        sizes.append(current)
        current -= 0.5
    sizes.append(floor)
    return sizes


def _largest(sizes: list[float], attempt):
    """(size, result) for the largest size whose ``attempt`` succeeds, by bisection
    (fitting is monotone in the size), or None."""
    first = attempt(sizes[0])
    if first is not None:
        return sizes[0], first
    lo, hi = 1, len(sizes) - 1  # sizes[lo - 1] fails; look for the first success
    best = None
    while lo <= hi:
        mid = (lo + hi) // 2
        result = attempt(sizes[mid])
        if result is not None:
            best = (sizes[mid], result)
            hi = mid - 1
        else:
            lo = mid + 1
    return best


def fit(
    text: str,
    width: float,
    height: float,
    size: float,
    min_size: float,
    weight: str = "normal",
    max_lines: int | None = None,
) -> Fitted:
    """Wrap, then shrink down to ``min_size``, then cut with an ellipsis.

    ``text`` is first made drawable (``fonts.drawable``): a CR or vertical tab
    breaks the line, a character no font has is fitted as its replacement."""
    text = _fonts.drawable(text or "", weight).strip()
    if not text or width <= 0 or height <= 0:
        return Fitted((), size)
    # First keep words whole while shrinking a little; then allow a long word
    # (a Dutch compound such as "vergunningsinformatie") to be hyphenated
    # rather than shrinking the whole text to the floor for it.
    comfortable = max(min_size, size * 0.9)
    longest = max(_unit_width(word, weight) for word in re.split(r"[ \t\n]+", text) if word)

    def attempt(current: float):
        whole = longest * current * _safety(current) <= width  # no word wider than the line
        for break_words in (False, True) if current <= comfortable else (False,):
            if not whole and not break_words:
                continue
            lines = wrap(text, width, current, weight, break_words=break_words)
            # A word the dictionary cannot break to fit stays whole: too wide here.
            fits_across = whole or all(text_width(line, current, weight) <= width for line in lines)
            if (
                fits_across
                and (max_lines is None or len(lines) <= max_lines)
                and text_height(len(lines), current) <= height
            ):
                return lines
        return None

    found = _largest(_sizes(size, min_size), attempt)
    if found:
        return Fitted(tuple(found[1]), found[0])
    room = max(1, int(height // (min_size * LINE_HEIGHT)))
    if max_lines is not None:
        room = min(room, max_lines)
    if text_height(1, min_size) > height:
        return Fitted((), min_size, 1)
    # Words stay whole; a word too long for the line ends in an ellipsis.
    lines = wrap(text, width, min_size, weight, break_words=False)
    cut = len(lines) > room
    lines = lines[:room]
    for i, line in enumerate(lines):
        if text_width(line, min_size, weight) > width:
            lines[i] = _shorten(line, width, min_size, weight)
    if cut and not lines[-1].endswith(ELLIPSIS):
        lines[-1] = _shorten(lines[-1], width, min_size, weight)
    return Fitted(tuple(lines), min_size, 1)


def fit_items(
    items: list[str | tuple[str, str]],
    width: float,
    height: float,
    size: float,
    min_size: float,
    more: str = "+{n}",
    bullet: str = "• ",
    weight: str = "normal",
) -> Fitted:
    """A bulleted list in a box: shrink to ``min_size``, then show the first items
    and a last line ``more`` (e.g. "+3 more") for the rest, never overflowing.
    An item may be a pair (its own bullet, text): a "?" for an assumed pain point."""
    items = [
        (own, text)
        for own, text in (
            (own, _fonts.drawable(text or "", weight).strip())
            for own, text in ((i if isinstance(i, tuple) else (bullet, i)) for i in items)
        )
        if text
    ]
    if not items or width <= 0:
        return Fitted((), size)
    indent = "\u2007\u2007"  # figure spaces keep wrapped lines under the bullet text

    def attempt(current: float):
        lines = _bullets(items, width, current, indent, weight)
        return lines if text_height(len(lines), current) <= height else None

    # Each item needs a line at least: a list that cannot fit at the floor skips the search.
    if text_height(len(items), min_size) <= height:
        found = _largest(_sizes(size, min_size), attempt)
        if found:
            return Fitted(tuple(found[1]), found[0])
    room = int(height // (min_size * LINE_HEIGHT))
    if room <= 0:
        return Fitted((), min_size, len(items))
    lines: list[str] = []
    shown = 0
    for k, item in enumerate(items):
        left = len(items) - k - 1
        block = _bullets([item], width, min_size, indent, weight)
        reserve = 1 if left else 0
        if len(lines) + len(block) + reserve <= room:
            lines.extend(block)
            shown += 1
            continue
        # Not the whole item: show what fits of it, cut short, if that leaves room.
        space = room - len(lines) - 1
        if space >= 1 and shown == 0:
            part = block[:space]
            part[-1] = _shorten(part[-1], width, min_size, weight)
            lines.extend(part)
            shown += 1
        break
    hidden = len(items) - shown
    if hidden:
        label = more.format(n=hidden)
        if len(lines) >= room:
            lines = lines[: room - 1]
        if text_width(label, min_size, weight) > width:
            label = f"+{hidden}"
        lines.append(label)
    return Fitted(tuple(lines), min_size, hidden)


def _bullets(items, width, size, indent, weight) -> list[str]:
    """The lines of (bullet, text) items; wrapped lines start under the text."""
    lines = []
    widest = max((text_width(own, size, weight) for own, _ in items), default=0.0)
    inner = width - max(widest, text_width(indent, size, weight))
    for bullet, item in items:
        wrapped = wrap(item, inner, size, weight) if bullet else wrap(item, width, size, weight)
        wrapped = wrapped or [""]
        if bullet:
            lines.append(bullet + wrapped[0])
            lines.extend(indent + line for line in wrapped[1:])
        else:
            lines.extend(wrapped)
    return lines
