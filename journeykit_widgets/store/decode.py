"""The one way the kit turns the bytes of a CSV file into text.

Touchpoint tables, survey answers, event logs, event maps and action lists all come
from spreadsheets, and a spreadsheet saves CSV in one of a few encodings:

* a UTF-16 byte-order mark: Excel's "Unicode text";
* UTF-8, with or without a byte-order mark ("CSV UTF-8", LibreOffice, Sheets);
* Windows-1252: Excel's plain "CSV" on Windows (the ANSI code page).

A UTF-8 file with a few stray bytes (a cell pasted from an older file) stays UTF-8:
reading the whole file as Windows-1252 would turn every "é" elsewhere into "Ã©"
without a word. The stray bytes are kept as markers (U+DC80..U+DCFF, Python's
"surrogateescape") so that the reader can report each one with its row and column
once the CSV is split into cells, and then show it as "\ufffd".
"""

from __future__ import annotations

import re

__all__ = ["decode_table", "has_stray_bytes", "stray_bytes", "without_stray_bytes"]

# A byte that was not UTF-8, as "surrogateescape" keeps it.
_STRAY_BYTE = re.compile("[\udc80-\udcff]")
_UTF8_BOM = b"\xef\xbb\xbf"


def decode_table(raw: bytes) -> str:
    """The text of a CSV file (see the module's docstring for the encodings).

    The file is UTF-8 with stray bytes, rather than Windows-1252, when more of its
    bytes form valid multi-byte UTF-8 characters than are stray: Windows-1252 text
    almost never forms valid UTF-8 by accident (it takes a capital with an accent
    followed by a symbol, as in "Ã©"), so even one "é" in UTF-8 outweighs one bad
    byte, while a real Windows-1252 file has many bad bytes and no valid sequences.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    body = raw[len(_UTF8_BOM) :] if raw.startswith(_UTF8_BOM) else raw
    text = body.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY_BYTE.findall(text))
    ascii_bytes = len(text.encode("ascii", errors="ignore"))
    multibyte = len(body) - ascii_bytes - stray
    if multibyte > stray:
        return text
    return raw.decode("cp1252", errors="replace")


def has_stray_bytes(text: str) -> bool:
    return _STRAY_BYTE.search(text) is not None


def stray_bytes(text: str) -> list[str]:
    """The stray bytes in ``text`` as two hex digits each ("E9"), in order."""
    return [f"{ord(ch) - 0xDC00:02X}" for ch in _STRAY_BYTE.findall(text)]


def without_stray_bytes(text: str) -> str:
    """``text`` with each stray byte shown as the replacement character "\ufffd"."""
    return _STRAY_BYTE.sub("\ufffd", text)
