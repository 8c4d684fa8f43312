"""What typed text may hold: the one cleaning rule at the model's boundary.

Text reaches a journey from the board, the forms, a pasted table, a hand-edited
file. Some characters in it cannot be drawn, printed or stored by the programs the
kit hands its text to: XML (slides, XLSX, SVG) forbids most control characters and
the non-characters U+FFFE/U+FFFF, JSON written as UTF-8 cannot hold a lone
surrogate, and a font has no glyph for NUL or ESC. They are invisible to the person
who typed them, so the model cleans them where text comes in, and everything that
validates can also be drawn and exported:

- line breaks of other systems become ``\\n``: CR LF, a lone CR (old Mac, Excel
  cells), the vertical tab PowerPoint and Word put for a line break inside a
  paragraph, form feed, NEL, and the Unicode line and paragraph separators;
- other control characters (C0 except tab and newline, DEL, C1), non-characters and
  lone surrogates are removed.

Tabs and newlines stay: notes are multi-line.
"""

from __future__ import annotations

import re

__all__ = ["clean_text"]

_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_UNWANTED = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)
# One test for "anything to do?": most text has none of these, and the model
# validates every string of a journey on every load.
_ANY = re.compile(f"{_LINE_BREAKS.pattern}|{_UNWANTED.pattern}")


def clean_text(value: object) -> object:
    """``value`` with foreign line breaks made ``\\n`` and invisible control
    characters, non-characters and lone surrogates removed. Anything that is not a
    string is returned as it is (the field's own type check answers for it)."""
    if not isinstance(value, str) or _ANY.search(value) is None:
        return value
    return _UNWANTED.sub("", _LINE_BREAKS.sub("\n", value))
