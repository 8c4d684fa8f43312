"""Journey files on disk: atomic saves, backups, clear errors, recovery.

A save never leaves a half-written file: the new text goes to a temporary file
in the same folder, is flushed to disk, and then replaces the old file in one
step (``os.replace``). Before that, the old file is copied into a backup folder
beside it, of which the newest ``keep`` copies are kept.

What a save keeps (one rule for ``save``, ``write_atomic``, ``recover``, the CLI
and the locked edit path, which all end in ``write_atomic``):

* the file's permission bits and group (a shared hand-in folder stays shared);
  a new file gets the mode the umask gives, like any program's new file;
* a symbolic link: the link is followed and its *target* is replaced, in the
  target's folder (where its backups live too), so the link keeps pointing at it;
* a read-only file is not replaced: the save is refused with a message;
* helper names (temporary file, backup folder, lock, damaged copy) fit the file
  system's 255-byte name limit whatever the journey's name: a long name is
  shortened and a digest of the full name keeps it unique.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import printable_name
from journeykit_widgets.model import SCHEMA_VERSION, Journey, JourneyValidationError, parse_journey
from journeykit_widgets.model.migrate import is_newer, schema_version_of
from journeykit_widgets.store.errors import JourneyFileError
from journeykit_widgets.store.reading import check_text_size, read_journey_bytes

DEFAULT_BACKUPS = 10

# Longest file name (in bytes) ext4, XFS, btrfs, APFS and NTFS accept.
NAME_MAX = 255
# Bytes a temporary file's name adds to the journey's: ".", ".<pid>.", 8 random, ".tmp".
_TEMP_EXTRA = 40
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


def fitted_name(name: str, prefix: str = "", suffix: str = "", extra: int = 0) -> str:
    """``prefix + name + suffix``, with ``name`` shortened when the whole would pass
    the file system's name limit (``extra``: bytes that will still be added, such as a
    temporary file's random part). The shortened name ends in a digest of the full
    name, so two long journey names never share a backup folder or a lock."""
    room = NAME_MAX - extra - len(os.fsencode(prefix + suffix))
    if len(os.fsencode(name)) <= room:
        return prefix + name + suffix
    digest = hashlib.sha1(os.fsencode(name)).hexdigest()[:16]
    keep = name
    while len(os.fsencode(keep)) > room - len(digest) - 1:
        keep = keep[:-1]
    return f"{prefix}{keep}~{digest}{suffix}"


def real_path(path: Path | str) -> Path:
    """The file a save really writes: symbolic links followed (also a dangling one)."""
    return Path(os.path.realpath(Path(path).expanduser()))


def ensure_regular_file(path: Path) -> None:
    """Refuse a FIFO, socket or device: reading one blocks forever or never ends."""
    try:
        info = path.stat()
    except OSError:
        return  # missing or unreadable: the caller's own message says which
    if not stat.S_ISREG(info.st_mode):
        raise JourneyFileError(path, t("store_files.not_regular"))


def _check_writable(path: Path) -> None:
    """A read-only file is the owner's way of saying "do not change": respect it, even
    as root (who may write anything), instead of replacing it without a word."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise JourneyFileError(path, t("store_files.read_only"))


def backup_dir(path: Path | str) -> Path:
    """The folder that holds the backups of one journey file (``.name.backups``),
    beside the real file when ``path`` is a symbolic link."""
    path = real_path(path)
    return path.with_name(fitted_name(path.name, ".", ".backups"))


def backups(path: Path | str) -> list[Path]:
    """The backups of a journey file, newest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.json"), reverse=True)


def to_json(journey: Journey) -> str:
    """The file text: stable key order (the model's field order), UTF-8, indented."""
    # pydantic's own serializer writes the text json.dumps(model_dump(mode="json"),
    # ensure_ascii=False, indent=2) wrote (only a float below 1e-4 differs: 1e-7 for
    # 1e-07, the same number), about six times faster; every edit saves the whole file.
    # NaN and Infinity never reach it: the model refuses them (allow_inf_nan=False) and
    # save() re-validates the journey first.
    return journey.model_dump_json(indent=2) + "\n"


def write_atomic(path: Path | str, text: str | bytes) -> None:
    """Replace ``path`` with ``text`` (or bytes) so that a crash leaves the old or the new file.

    Keeps the file's mode and group, follows a symbolic link to replace its target,
    and refuses a read-only file or one that is not a regular file (see the module's
    docstring). Returns nothing; raises ``JourneyFileError`` for a refused file.
    """
    path = real_path(path)
    ensure_regular_file(path)
    _check_writable(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temp_files(path)
    # The process id in the name lets a later save recognise (and remove) the temporary
    # file of a save that was killed half-way; see _remove_stale_temp_files.
    prefix = f".{_temp_stem(path)}.{os.getpid()}."
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    try:
        _copy_permissions(fd, path)
    except BaseException:
        os.close(fd)
        Path(tmp_name).unlink(missing_ok=True)
        raise
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


def _temp_stem(path: Path) -> str:
    # One function for the name and the pattern that finds stale ones, so they agree.
    return fitted_name(path.name, extra=_TEMP_EXTRA)


def _umask() -> int:
    # Read without changing it where Linux shows it (os.umask() sets it, and another
    # thread creating a file meanwhile would get the wrong mode).
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _copy_permissions(fd: int, path: Path) -> None:
    """Give the new file (still the temporary one) the old file's mode and group, or
    the umask's mode for a new file: mkstemp makes it 0600, which would lock out the
    group of a shared folder after the first save."""
    if os.name != "posix":
        return
    try:
        old = path.stat()
    except FileNotFoundError:
        os.fchmod(fd, 0o666 & ~_umask())
        return
    # The group first: changing owner or group clears set-id bits. Not a member of that
    # group (OSError): the file gets ours, as any editor's save would.
    with contextlib.suppress(OSError):
        os.fchown(fd, old.st_uid if os.geteuid() == 0 else -1, old.st_gid)
    os.fchmod(fd, stat.S_IMODE(old.st_mode))


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
    stem = _temp_stem(path)
    pattern = re.compile(rf"^\.{re.escape(stem)}\.(\d+)\.[A-Za-z0-9_]+\.tmp$")
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
    stamp = _next_stamp(backups(path))
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


def _next_stamp(existing: list[Path]) -> str:
    """The name of a new backup: the time now, or just after the newest backup when
    the clock went back (a corrected clock, a VM restored), so that the newest
    backup always sorts first and pruning never deletes it as "the oldest"."""
    now = datetime.now(UTC)
    for newest in existing[:1]:
        try:
            last = datetime.strptime(newest.stem, _STAMP_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            break
        if now <= last:
            now = last + timedelta(microseconds=1)
    return now.strftime(_STAMP_FORMAT)


def save(journey: Journey, path: Path | str, keep: int = DEFAULT_BACKUPS) -> Path:
    """Check the whole journey, back up the file on disk, and write the new one atomically.

    ``path`` may be a symbolic link: its target is saved (see ``write_atomic``).
    Returns ``path`` as given.
    """
    given = Path(path)
    path = real_path(given)
    checked = journey.revalidated()
    text = to_json(checked)
    check_text_size(text, given)  # what is saved must load again
    ensure_regular_file(path)
    _check_writable(path)
    if _same_text(path, text):
        return given  # nothing changed: no backup churn
    _make_backup(path, keep)
    write_atomic(path, text)
    return given


def _same_text(path: Path, text: str) -> bool:
    """Whether the file already holds ``text`` (compared by size first, so a huge file
    is not read to find out)."""
    encoded = text.encode("utf-8")
    try:
        if path.stat().st_size != len(encoded):
            return False
        return path.read_bytes() == encoded
    except OSError:
        return False


def _damaged(path: Path | str, message: str, line: int | None = None, column: int | None = None):
    """The error for a file whose content is broken, with the way back when a backup exists."""
    hint = ""
    if backups(path):
        hint = t("store_files.recover_hint", path=printable_name(path))
    return JourneyFileError(path, message, line, column, hint=hint)


def loads(text: str, source: str = "<text>") -> Journey:
    """Parse journey JSON text; errors name ``source`` and the line/field. Text over
    the size limit is refused before it is parsed."""
    check_text_size(text, source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise _damaged(source, t("store.broken_json", detail=error.msg), error.lineno, error.colno) from None
    except RecursionError:
        raise _damaged(source, t("store.broken_json", detail=t("store_files.too_deep"))) from None
    except ValueError:
        # Python refuses integers of more than 4300 digits (a guard against slow parsing).
        raise _damaged(source, t("store.broken_json", detail=t("store_files.number_too_long"))) from None
    if not isinstance(data, dict):
        raise _damaged(source, t("store.not_a_journey"))
    if is_newer(data, SCHEMA_VERSION):
        # Not damaged, just newer: no "recover from a backup" hint (that would throw the
        # newer work away), but what to do instead.
        version = schema_version_of(data)
        raise JourneyFileError(source, t("error.newer_schema", version=version, current=SCHEMA_VERSION))
    try:
        return parse_journey(data)
    except JourneyValidationError as error:
        raise _damaged(source, str(error)) from None
    except RecursionError:
        raise _damaged(source, t("store.broken_json", detail=t("store_files.too_deep"))) from None


def load(path: Path | str) -> Journey:
    """Read a journey file. Raises ``JourneyFileError`` naming the file and the place;
    a file that is not regular or is over the size limit is refused before it is read."""
    path = Path(path)
    ensure_regular_file(path)
    return parse_bytes(read_journey_bytes(path), path)


def parse_bytes(raw: bytes, path: Path | str) -> Journey:
    """A journey from the bytes of the file ``path`` (read by ``read_journey_bytes``)."""
    if not raw.strip():
        raise _damaged(path, t("store.empty"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        # Name the line and column of the bad byte too, so it can be found in an editor.
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise _damaged(path, t("store.not_utf8", offset=error.start), line, column) from None
    return loads(text, source=str(path))


def recover(path: Path | str, *, force: bool = False) -> Path:
    """Restore the newest backup that loads. The damaged file is kept beside it as
    ``name.<time>.corrupt``.

    A file that still loads is left alone unless ``force`` (then it goes into the
    backups first, so nothing is lost): recovering it would throw away the newest
    work for an older copy. ``path`` may be a symbolic link: its target is restored.
    Returns the backup used; raises ``JourneyFileError`` when there is no good backup.
    """
    path = real_path(path)
    healthy = False
    if path.exists():
        try:
            load(path)
            healthy = True
        except JourneyFileError:
            pass
    if healthy and not force:
        raise JourneyFileError(path, t("store_files.recover_healthy"))
    for candidate in backups(path):
        try:
            load(candidate)
        except JourneyFileError:
            continue
        text = candidate.read_text("utf-8")
        if healthy:
            _make_backup(path, DEFAULT_BACKUPS)  # the current content stays retrievable
        elif path.exists():
            # A copy, not a rename: the file itself is then replaced in place and keeps
            # its mode and group. Microseconds, so a second recovery keeps the first copy.
            stamp = datetime.now(UTC).strftime(_STAMP_FORMAT)
            shutil.copy2(path, path.with_name(fitted_name(path.name, suffix=f".{stamp}.corrupt")))
        write_atomic(path, text)
        return candidate
    raise JourneyFileError(path, t("store.no_good_backup"))
