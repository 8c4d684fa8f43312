"""Emoji in the deck get a run of their own with fonts named for them, so that
they draw in PowerPoint and in LibreOffice alike.

Why. The theme's Arial has no emoji; each viewer then falls back per glyph.
LibreOffice (7.4, Debian 12's) falls back to a colour bitmap font (Noto Color
Emoji), which it shows on screen but cannot put into a PDF: the emoji come out
blank. It chooses the font for an emoji from the run's ``latin`` attribute, or
from ``ea`` / ``cs`` when the emoji follows Chinese or Arabic text, so an emoji
run names a font with outlines in all three: Symbola (Debian's
``fonts-symbola``), which every LibreOffice draws and exports. (Naming Segoe UI
Emoji there instead made LibreOffice, which resolves it to the colour font, drop
the Chinese, Hindi, Arabic and Thai of other runs as well.) The ``sym``
attribute names Segoe UI Emoji, PowerPoint's emoji font on Windows. PowerPoint
has no Symbola and, on a Mac, no Segoe UI Emoji: it falls back per glyph to the
system's emoji font (Segoe UI Emoji on Windows, Apple Color Emoji on a Mac), as
it does for the theme's Arial today. (Not tried in PowerPoint: this machine has
none.)

Only the emoji change: the letters around them keep the theme's font, and the
run's size, colour and weight are copied to the emoji's run. Applied once to
the finished deck (``apply``), so no slide builder has to know about it.
"""

from __future__ import annotations

import copy

__all__ = ["LIBREOFFICE_EMOJI_FONT", "OFFICE_EMOJI_FONT", "apply", "emoji_spans", "has_emoji", "is_emoji"]

LIBREOFFICE_EMOJI_FONT = "Symbola"
OFFICE_EMOJI_FONT = "Segoe UI Emoji"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
# Characters that a viewer draws as a colour emoji: the pictographs from U+1F000
# (faces, objects, flags, skin tones) and the older symbols that are emoji by
# default (Unicode's Emoji_Presentation). Other symbols (★, ✓, ☀) are text by
# default: LibreOffice draws them with an outline font already, unless a
# variation selector 16 (U+FE0F) after them asks for the emoji.
_PICTOGRAPHS = (0x1F000, 0x1FAFF)
_EMOJI_BY_DEFAULT = set(
    "⌚⌛⏩⏪⏫⏬⏰⏳◽◾☔☕♈♉♊♋♌♍♎♏♐♑♒♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽✅✊✋✨❌❎❓❔❕❗➕➖➗➰➿⬛⬜⭐⭕"
)
_SYMBOLS = ((0x2190, 0x21FF), (0x2300, 0x23FF), (0x25A0, 0x27BF), (0x2900, 0x2BFF), (0x3030, 0x303D))
_SELECTOR = "\ufe0f"
# Marks that belong to the emoji before them: joiner, variation selectors,
# the keycap, tags (subdivision flags).
_JOINING = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}
# The run properties' children after the fonts, in the schema's order.
_AFTER_FONTS = {f"{{{_A}}}{tag}" for tag in ("hlinkClick", "hlinkMouseOver", "rtl", "extLst")}
_FONT_TAGS = ("latin", "ea", "cs", "sym")


def is_emoji(char: str, following: str = "") -> bool:
    """Whether ``char`` (with the character ``following`` it) is drawn as an emoji."""
    code = ord(char)
    if _PICTOGRAPHS[0] <= code <= _PICTOGRAPHS[1] or char in _EMOJI_BY_DEFAULT:
        return True
    return following == _SELECTOR and any(low <= code <= high for low, high in _SYMBOLS)


def has_emoji(text: str) -> bool:
    return any(emoji for _, emoji in emoji_spans(text))


def _joins(char: str) -> bool:
    code = ord(char)
    return code in _JOINING or 0xE0020 <= code <= 0xE007F


def emoji_spans(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_emoji) in order; an emoji keeps its joiners,
    modifiers and selectors, and a space between two emoji stays with them."""
    spans: list[tuple[str, bool]] = []
    for i, char in enumerate(text):
        following = text[i + 1] if i + 1 < len(text) else ""
        emoji = is_emoji(char, following) or (bool(spans) and spans[-1][1] and _joins(char))
        if spans and spans[-1][1] == emoji:
            spans[-1] = (spans[-1][0] + char, emoji)
        else:
            spans.append((char, emoji))
    # "✈️ 😀": one emoji run, the space between two emoji with them
    merged: list[tuple[str, bool]] = []
    for i, (piece, emoji) in enumerate(spans):
        after_emoji = bool(merged) and merged[-1][1]
        bridge = not emoji and not piece.strip() and i + 1 < len(spans) and spans[i + 1][1]
        if after_emoji and (emoji or bridge):
            merged[-1] = (merged[-1][0] + piece, True)
        else:
            merged.append((piece, emoji))
    return merged


def _set_fonts(props) -> None:
    from lxml import etree

    for tag in _FONT_TAGS:
        for old in props.findall(f"{{{_A}}}{tag}"):
            props.remove(old)
    after = next((child for child in props if child.tag in _AFTER_FONTS), None)
    for tag in _FONT_TAGS:
        font = OFFICE_EMOJI_FONT if tag == "sym" else LIBREOFFICE_EMOJI_FONT
        element = etree.Element(f"{{{_A}}}{tag}", typeface=font)
        if after is None:
            props.append(element)
        else:
            after.addprevious(element)


def _split_run(run) -> None:
    """Replace ``run`` (an ``a:r``) by one run per piece of its text."""
    text_element = run.find(f"{{{_A}}}t")
    if text_element is None or not text_element.text:
        return
    spans = emoji_spans(text_element.text)
    if not any(emoji for _, emoji in spans):
        return
    for piece, emoji in spans:
        new = copy.deepcopy(run)
        new.find(f"{{{_A}}}t").text = piece
        if emoji:
            props = new.find(f"{{{_A}}}rPr")
            if props is None:
                from lxml import etree

                props = etree.Element(f"{{{_A}}}rPr")
                new.insert(0, props)
            _set_fonts(props)
        run.addprevious(new)
    run.getparent().remove(run)


def apply(prs) -> int:
    """Give every emoji on every slide its own run with the emoji fonts; returns
    how many runs were split."""
    split = 0
    for slide in prs.slides:
        for run in list(slide.element.iter(f"{{{_A}}}r")):
            if has_emoji(run.findtext(f"{{{_A}}}t") or ""):
                _split_run(run)
                split += 1
    return split
