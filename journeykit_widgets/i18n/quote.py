"""Text from outside put into a message safely.

Two rules, used by every message that shows such text:

* ``printable_name`` — a file name (or a team label made from one) with its control
  characters shown escaped: a newline in a name cannot forge a line in a list, an
  escape sequence cannot reach the terminal, a right-to-left override cannot turn
  "gpj.json" into something else. Letters of any script and emoji stay as they are.
* ``excerpt`` — a value quoted in a message is cut to a short excerpt: a 1 MB value
  in a journey file gives a one-line message, not a 1 MB one. ``one_line`` is the same
  for a name set inside a sentence (its line breaks folded, no quotes added), and
  ``quoted`` the same in Python's quotes, as the board's answers show a value sent.
"""

from __future__ import annotations

import reprlib
import unicodedata

__all__ = ["EXCERPT_LIMIT", "excerpt", "one_line", "printable_name", "quoted"]

# Characters of a value a message shows; enough to recognise the value by.
EXCERPT_LIMIT = 60

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Unicode line and paragraph separators, control characters, lone surrogates (a byte
# of a file name that is not UTF-8), private-use characters that render as nothing.
_ESCAPED_CATEGORIES = {"Cc", "Zl", "Zp", "Cs", "Co"}
# Format characters that reorder or hide text (bidirectional overrides and marks).
# Other format characters stay: the zero-width joiner builds emoji and Indic letters.
_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # Python's stand-in for an undecodable byte of a name
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def printable_name(name: object) -> str:
    """``name`` with every control character shown as an escape (``\\n``, ``\\x1b``,
    ``\\u202e``). Text that needs none (any script, emoji, a backslash) comes back
    unchanged: a name typed on purpose as "a\\nb" may look like an escaped one, which
    fools nobody into anything, while doubling every backslash would garble names."""
    text = str(name)
    out = []
    for char in text:
        code = ord(char)
        if char in _NAMED:
            out.append(_NAMED[char])
        elif (
            code < 0x20
            or 0x7F <= code <= 0x9F
            or code in _BIDI
            or _noncharacter(code)
            or unicodedata.category(char) in _ESCAPED_CATEGORIES
        ):
            out.append(_escape(char))
        else:
            out.append(char)
    return "".join(out)


class _Shown:
    """A shortened value: the same text for ``{value}`` and ``{value!r}``, so a
    template's quoting of numbers and lists stays as it was."""

    def __init__(self, text: str) -> None:
        self._text = text

    def __str__(self) -> str:
        return self._text

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return format(self._text, spec)


def _short_repr(value: object, limit: int) -> str:
    # reprlib cuts strings, lists and dicts while it writes, so a 1 MB list is not
    # turned into 1 MB of text first. A new one per call: its limits are settings.
    shortener = reprlib.Repr()
    shortener.maxlevel = 2
    shortener.maxlist = shortener.maxtuple = shortener.maxset = shortener.maxfrozenset = 6
    shortener.maxdict = 4
    shortener.maxstring = shortener.maxother = shortener.maxlong = max(limit // 2, 8)
    try:
        return shortener.repr(value)
    except Exception:  # a value whose repr fails: name its type instead
        return f"<{type(value).__name__}>"


def excerpt(value: object, limit: int = EXCERPT_LIMIT) -> object:
    """``value`` as a message may quote it: at most ``limit`` characters.

    A string stays a string (cut, with "…" at the end), so ``{value!r}`` still shows
    it in quotes with its control characters escaped; a short number comes back
    unchanged; any other value becomes its shortened representation. The work done
    is bounded by ``limit``, not by the size of ``value``.
    """
    if isinstance(value, str):
        return value if len(value) <= limit else value[: max(limit - 1, 1)] + "…"
    if value is None or isinstance(value, bool | float):
        return value
    if isinstance(value, int) and abs(value) < 10**18:
        return value  # a huge one is cut below (turning it into digits is what costs)
    text = _short_repr(value, limit)
    return _Shown(text if len(text) <= limit else text[: max(limit - 1, 1)] + "…")


def one_line(value: object, limit: int = 40) -> str:
    """``value``'s text as a sentence names it: white space (line breaks too) folded to
    single spaces, cut to ``limit`` characters with "…"."""
    text = value[: limit * 4 + 16] if isinstance(value, str) else str(excerpt(value, limit * 2))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quoted(value: object, limit: int = 40) -> str:
    """``value`` as a message shows a value that was sent: a text in quotes (its
    control characters escaped, so on one line), anything else as Python writes it;
    at most about ``limit`` characters."""
    return repr(excerpt(value, limit))
