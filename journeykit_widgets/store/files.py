"""Journey files on disk: atomic saves, backups, clear errors, recovery.

A save never leaves a half-written file: the new text goes to a temporary file
in the same folder, is flushed to disk, and then replaces the old file in one
step (``os.replace``). Before that, the old file is copied into a backup folder
beside it, of which the newest ``keep`` copies are kept.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, JourneyValidationError, parse_journey

DEFAULT_BACKUPS = 10


class JourneyFileError(ValueError):
    """A journey file that cannot be read: names the file and the place."""

    def __init__(self, path: Path | str, message: str, line: int | None = None, column: int | None = None):
        self.path = Path(path)
        self.line = line
        self.column = column
        self.reason = message
        where = str(self.path)
        if line is not None:
            where += ", " + t("store.line_column", line=line, column=column or 1)
        super().__init__(f"{where}: {message}")


def backup_dir(path: Path | str) -> Path:
    """The folder that holds the backups of one journey file (``.name.backups``)."""
    path = Path(path)
    return path.with_name(f".{path.name}.backups")


def backups(path: Path | str) -> list[Path]:
    """The backups of a journey file, newest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.json"), reverse=True)


def to_json(journey: Journey) -> str:
    """The file text: stable key order (the model's field order), UTF-8, indented."""
    data = journey.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path | str, text: str | bytes) -> None:
    """Replace ``path`` with ``text`` (or bytes) so that a crash leaves the old or the new file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temp_files(path)
    # The process id in the name lets a later save recognise (and remove) the temporary
    # file of a save that was killed half-way; see _remove_stale_temp_files.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


_STALE_AFTER_SECONDS = 3600


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no safe liveness check (os.kill would end the process on Windows)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but belongs to someone else
    return True


def _remove_stale_temp_files(path: Path) -> None:
    """Delete temporary files left by saves of this file that were killed half-way:
    those of a process that no longer runs, or older than an hour. A save in flight
    in a live process (another kernel, an autosave thread) is never touched."""
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.(\d+)\.[A-Za-z0-9_]+\.tmp$")
    now = time.time()
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        match = pattern.match(entry.name)
        if not match:
            continue
        pid = int(match.group(1))
        try:
            old = now - entry.stat().st_mtime > _STALE_AFTER_SECONDS
        except OSError:
            continue
        if old or (pid != os.getpid() and not _pid_alive(pid)):
            Path(entry.path).unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _make_backup(path: Path, keep: int) -> None:
    if keep <= 0 or not path.exists():
        return
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    # Copy under a temporary name first: a save killed mid-copy must not leave a
    # truncated "backup" that takes the place of a good one when old ones are pruned.
    tmp = folder / f".{stamp}.{os.getpid()}.tmp"
    try:
        shutil.copy2(path, tmp)
        os.replace(tmp, folder / f"{stamp}.json")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    for old in backups(path)[keep:]:
        old.unlink(missing_ok=True)
    for stale in folder.glob(".*.tmp"):
        parts = stale.name.split(".")
        if (
            len(parts) == 4
            and parts[2].isdigit()
            and int(parts[2]) != os.getpid()
            and not _pid_alive(int(parts[2]))
        ):
            stale.unlink(missing_ok=True)


def save(journey: Journey, path: Path | str, keep: int = DEFAULT_BACKUPS) -> Path:
    """Check the whole journey, back up the file on disk, and write the new one atomically."""
    path = Path(path)
    checked = journey.revalidated()
    text = to_json(checked)
    if path.exists() and path.read_text("utf-8", errors="replace") == text:
        return path  # nothing changed: no backup churn
    _make_backup(path, keep)
    write_atomic(path, text)
    return path


def loads(text: str, source: str = "<text>") -> Journey:
    """Parse journey JSON text; errors name ``source`` and the line/field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise JourneyFileError(
            source, t("store.broken_json", detail=error.msg), error.lineno, error.colno
        ) from None
    if not isinstance(data, dict):
        raise JourneyFileError(source, t("store.not_a_journey"))
    try:
        return parse_journey(data)
    except JourneyValidationError as error:
        raise JourneyFileError(source, str(error)) from None


def load(path: Path | str) -> Journey:
    """Read a journey file. Raises ``JourneyFileError`` naming the file and the place."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise JourneyFileError(path, t("store.not_found")) from None
    except OSError as error:
        raise JourneyFileError(path, t("store.unreadable", detail=error.strerror or str(error))) from None
    if not raw.strip():
        raise JourneyFileError(path, t("store.empty"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        # Name the line and column of the bad byte too, so it can be found in an editor.
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise JourneyFileError(path, t("store.not_utf8", offset=error.start), line, column) from None
    return loads(text, source=str(path))


def recover(path: Path | str) -> Path:
    """Restore the newest backup that loads. The broken file is kept as ``.corrupt``.

    Returns the backup used; raises ``JourneyFileError`` when no good backup exists.
    """
    path = Path(path)
    for candidate in backups(path):
        try:
            load(candidate)
        except JourneyFileError:
            continue
        if path.exists():
            # Microseconds, so a second recovery in the same second keeps the first damaged copy.
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            path.replace(path.with_name(f"{path.name}.{stamp}.corrupt"))
        write_atomic(path, candidate.read_text("utf-8"))
        return candidate
    raise JourneyFileError(path, t("store.no_good_backup"))
