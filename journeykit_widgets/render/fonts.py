"""The one list of fonts every figure draws with, and what to draw where none has a glyph.

Participants type names in any script and with emoji ("Fietsen 🚲 kopen",
"中文客户", "العميل"). matplotlib (3.6 and later) takes a list of families and
falls back along it glyph by glyph, so every text the kit draws gets the same
list: DejaVu Sans first, because the kit's measured layout is tuned to its
metrics (see ``_text``), then the fonts on this machine that cover other
scripts, then a monochrome emoji font. Only installed fonts are listed: a laptop
without them still draws, and matplotlib does not warn about missing families.

Colour emoji fonts cannot be used: Noto Color Emoji holds bitmaps only
(CBDT), which FreeType will not scale to matplotlib's sizes (matplotlib leaves
it out of its font list). Symbola (Debian ``fonts-symbola``) draws emoji in
outline; on Windows, Segoe UI Emoji has outlines too.

``drawable`` turns any text into one matplotlib can draw without a warning:
characters no listed font has become U+FFFD, the replacement character, so the
reader sees that something was there. matplotlib 3.10 lays glyphs out one by one
(no shaping), so emoji sequences are drawn as their parts: a skin-tone modifier,
a variation selector or a zero-width joiner between emoji is left out (👍🏽 is
drawn as 👍, 👩‍💻 as 👩💻).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import cache

PRIMARY = "DejaVu Sans"

# In order of preference, in groups: the first installed font of each group is
# used (the CJK collection alone covers Chinese, Japanese and Korean; a laptop
# has its own). Kept short on purpose: matplotlib looks up every family of the
# list for each new font size, and each lookup walks its whole font list.
CANDIDATES: tuple[tuple[str, ...], ...] = (
    (PRIMARY,),
    ("Noto Sans",),  # Latin, Greek and Cyrillic beyond DejaVu (Vietnamese, …)
    ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"),
    ("Noto Sans Arabic",),
    ("Noto Sans Hebrew",),
    ("Noto Sans Devanagari", "Nirmala UI"),
    ("Noto Sans Thai", "Leelawadee UI"),
    # Emoji and symbols in outline (colour emoji fonts are bitmaps: see above).
    ("Symbola", "Noto Emoji", "Segoe UI Emoji"),
)

REPLACEMENT = "\ufffd"  # in DejaVu Sans: always drawable

# Left out everywhere: parts of emoji sequences that matplotlib cannot combine
# (variation selectors, skin-tone modifiers, tag characters of subdivision flags).
_EMOJI_PARTS = re.compile("[\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\U000e0100-\U000e01ef]")
_ZWJ = "\u200d"
# Control characters that end a line (CR, vertical tab from PowerPoint, form
# feed, the Unicode line and paragraph separators): a line break.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_PLAIN = re.compile("[\x20-\x7e\n]*")


class _QuietFallback(logging.Filter):
    """matplotlib logs "Failed to find font weight bold for Symbola, now using 400"
    for every new size of bold text, because most fallback fonts come in one
    weight. Using the regular face there is what we want: drop that message for
    the listed fallback fonts only."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "Failed to find font weight" not in str(record.msg):
            return True
        args = record.args if isinstance(record.args, tuple) else ()
        return not (len(args) >= 2 and args[1] in families() and args[1] != PRIMARY)


@cache
def families() -> tuple[str, ...]:
    """The installed fonts of ``CANDIDATES``, DejaVu Sans first (matplotlib ships it)."""
    from matplotlib.font_manager import FontProperties, findfont

    found: list[str] = []
    for group in CANDIDATES:
        for name in group:
            try:
                findfont(FontProperties(family=name), fallback_to_default=False)
            except ValueError:
                continue
            found.append(name)
            break
    logging.getLogger("matplotlib.font_manager").addFilter(_QuietFallback())
    return tuple(found)


@cache
def paths(weight: str = "normal", style: str = "normal") -> tuple:
    """The font file of each family in ``families`` for this weight and style, as
    matplotlib picks it (the regular face where a family has no bold)."""
    from matplotlib.font_manager import FontProperties, findfont

    return tuple(
        findfont(FontProperties(family=name, weight=weight, style=style), fallback_to_default=False)
        for name in families()
    )


def fonts(weight: str = "normal", style: str = "normal") -> list:
    """FreeType objects for ``paths``. Not cached here: matplotlib keeps one per
    thread, and sharing one between threads corrupts glyph loading."""
    from matplotlib.font_manager import get_font

    return [get_font(path) for path in paths(weight, style)]


@cache
def _sources(weight: str, style: str) -> dict[str, int | None]:
    return {}


def source(char: str, weight: str = "normal", style: str = "normal") -> int | None:
    """Index in ``families()`` of the first font with a glyph for ``char``, or None."""
    known = _sources(weight, style)
    if char in known:
        return known[char]
    found = None
    code = ord(char)
    # Private-use characters mean something only in their author's own font; a
    # fallback font's glyph there would be an unrelated picture. Lone surrogates
    # (from a broken file) are not characters at all.
    if not (0xE000 <= code <= 0xF8FF or code >= 0xF0000 or 0xD800 <= code <= 0xDFFF):
        for index, font in enumerate(fonts(weight, style)):
            if font.get_char_index(code):
                found = index
                break
    known[char] = found
    return found


def stand_in(char: str, weight: str = "normal", style: str = "normal") -> str:
    """What is drawn for one character: itself, a line break, nothing, or U+FFFD."""
    if char == "\n":
        return char
    if _LINE_BREAKS.fullmatch(char):
        return "\n"
    if char == "\t":
        return " "
    if _EMOJI_PARTS.fullmatch(char):
        return ""
    category = unicodedata.category(char)
    if category == "Cc":  # NUL, ESC, DEL, …: nothing to see
        return ""
    if source(char, weight, style) is not None:
        return char
    if category == "Cf":  # an invisible format character no font lists: leave it out
        return ""
    return REPLACEMENT


def _emoji(char: str) -> bool:
    return ord(char) >= 0x1F000 or unicodedata.category(char) == "So"


@cache
def _memo(weight: str, style: str) -> dict[str, str]:
    return {}


def drawable(text: str, weight: str = "normal", style: str = "normal") -> str:
    """``text`` as matplotlib can draw it with ``families()``: line-ending control
    characters become line breaks, other control characters and emoji-sequence
    parts are left out, a character no font has becomes U+FFFD. Never raises."""
    if not text:
        return ""
    if _PLAIN.fullmatch(text):  # printable ASCII: every font list has it
        return text
    memo = _memo(weight, style)
    done = memo.get(text)
    if done is not None:
        return done
    out: list[str] = []
    last = ""  # the last character kept
    cleaned = _LINE_BREAKS.sub("\n", text)
    for i, char in enumerate(cleaned):
        if char == _ZWJ:
            # Between emoji (👩‍💻) a joiner is left out: its parts are drawn side by
            # side. Inside words (Devanagari, Arabic) it is kept where a font has it.
            after = cleaned[i + 1 : i + 2]
            if (last and _emoji(last)) or (after and _emoji(after)):
                continue
        shown = stand_in(char, weight, style)
        out.append(shown)
        last = shown[-1:] or last
    done = "".join(out)
    if len(memo) < 50_000:
        memo[text] = done
    return done


def families_for(text: str, weight: str = "normal", style: str = "normal") -> tuple[str, ...]:
    """The font list for a ``drawable`` text: DejaVu Sans alone when it has every
    character (most texts), else ``families()``. matplotlib draws the same glyphs
    either way; the short list spares it setting up every fallback font for each
    text it lays out (a map draws hundreds)."""
    if _PLAIN.fullmatch(text):
        return (PRIMARY,)
    if all(char == "\n" or source(char, weight, style) == 0 for char in text):
        return (PRIMARY,)
    return families()
