"""Reading a journey file's bytes, with the checks that come before any parsing.

One path for every reader (``load``, and through it ``validate``, ``collect``, the
board, ``recover``): only a regular file is read (a FIFO is opened without waiting
for a writer and then refused, so nothing blocks), and a file over
``MAX_FILE_BYTES`` is refused by its size before a byte of it is read. A journey
file is small: the kit's samples are 30–60 KB and a journey of 1,000 touchpoints
with sample-length texts about 1 MB, so the limit leaves room for ten such maps
while a 200 MB file no longer takes a facilitator's machine down (parsing costs
about ten times the file's size in memory).
"""

from __future__ import annotations

import errno
import math
import os
import stat
from pathlib import Path

from journeykit_widgets.i18n import t
from journeykit_widgets.store.errors import JourneyFileError

__all__ = ["MAX_FILE_BYTES", "check_size", "check_text_size", "read_journey_bytes"]

MAX_FILE_BYTES = 10_000_000  # 10 MB; see the module's docstring and the README

_CHUNK = 1 << 20


def _megabytes(size: int) -> str:
    # Rounded up to a tenth, so a file just over the limit never reads as "10.0 MB".
    tenths = math.ceil(size / 100_000)
    return t("store_limits.megabytes", whole=tenths // 10, tenth=tenths % 10)


def check_size(path: Path | str, size: int) -> None:
    """Refuse a journey of ``size`` bytes when it is over the limit, naming the file,
    its size and the limit."""
    if size > MAX_FILE_BYTES:
        limit = t("store_limits.whole_megabytes", whole=MAX_FILE_BYTES // 1_000_000)
        raise JourneyFileError(path, t("store_limits.too_large", size=_megabytes(size), limit=limit))


def check_text_size(text: str, source: Path | str) -> None:
    """``check_size`` for journey text already in memory (its UTF-8 length)."""
    if len(text) > MAX_FILE_BYTES:  # UTF-8 has at least one byte per character
        check_size(source, len(text))
    elif not text.isascii():
        check_size(source, len(text.encode("utf-8", "surrogatepass")))


def read_journey_bytes(path: Path, *, folder_fd: int | None = None, follow_links: bool = True) -> bytes:
    """The bytes of the journey file ``path``, read only when it is a regular file
    within the size limit (else ``JourneyFileError``, before anything is read).

    ``folder_fd``: an open folder that ``path.name`` is looked up in (the file is then
    opened relative to it, so a folder swapped meanwhile changes nothing);
    ``follow_links=False`` refuses a symbolic link instead of reading its target.
    """
    flags = (
        os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    )
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags) if folder_fd is None else os.open(path.name, flags, dir_fd=folder_fd)
    except FileNotFoundError:
        raise JourneyFileError(path, t("store.not_found")) from None
    except OSError as error:
        if error.errno == errno.ELOOP and not follow_links:
            raise JourneyFileError(path, t("store_limits.symlink")) from None
        if error.errno == errno.EISDIR:
            raise JourneyFileError(path, t("store_files.not_regular")) from None
        raise JourneyFileError(path, t("store.unreadable", detail=error.strerror or str(error))) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise JourneyFileError(path, t("store_files.not_regular"))
        check_size(path, info.st_size)
        # Never more than one byte past the limit, even when the file grows meanwhile.
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(_CHUNK, MAX_FILE_BYTES + 1 - total) or 1):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                check_size(path, max(total, os.fstat(fd).st_size))
        return b"".join(chunks)
    except OSError as error:
        raise JourneyFileError(path, t("store.unreadable", detail=error.strerror or str(error))) from None
    finally:
        os.close(fd)
