"""Read a folder of journey files without touching it: who handed in what, and what
could not be used (with the reason a facilitator can pass on to the team).

A hand-in folder is filled by others, so only what is really *in* it is read: a
regular file, opened without following a symbolic link (``O_NOFOLLOW``, relative to
the folder opened once), within the store's size limit. Symbolic links are never
followed, not even ones that point inside the folder: nobody hands in a link, a
link inside the folder only repeats a team, and a link checked to stay inside could
be turned to point elsewhere between the check and the read. Every ``*.json`` that
is not read is listed with the reason; names are shown with ``printable_name``.
On the hub every participant hands in to a folder of their own one level down
(deploy/prepare_handin.py); such a folder is opened inside the opened hand-in folder
without following a link, and its files are read by the same rules.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import excerpt, printable_name
from journeykit_widgets.model import Journey
from journeykit_widgets.store import JourneyFileError
from journeykit_widgets.store.files import parse_bytes
from journeykit_widgets.store.reading import read_journey_bytes

__all__ = ["Collection", "Skipped", "Team", "read_folder"]


@dataclass(frozen=True)
class Team:
    """One readable journey file; ``label`` (the file name without .json, control
    characters escaped) names the team."""

    path: Path
    label: str
    journey: Journey

    @property
    def comparable(self) -> bool:
        """A map with no touchpoints has nothing to put beside the others yet."""
        return bool(self.journey.touchpoints)


@dataclass(frozen=True)
class Skipped:
    """A file left out, and why, in words for people."""

    path: Path
    reason: str

    @property
    def name(self) -> str:
        """The file's name as it may be printed (control characters escaped)."""
        return printable_name(self.path.name)


@dataclass(frozen=True)
class Collection:
    """Everything read from one folder, at one moment (``read_at``)."""

    folder: Path
    teams: tuple[Team, ...]
    skipped: tuple[Skipped, ...]
    read_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    @property
    def compared(self) -> tuple[Team, ...]:
        """The teams whose maps go side by side (those with touchpoints)."""
        return tuple(team for team in self.teams if team.comparable)

    @property
    def left_out(self) -> tuple[Skipped, ...]:
        """Unreadable files, and readable ones that are still too empty to compare."""
        empty = tuple(
            Skipped(team.path, t("collect.skip.no_touchpoints")) for team in self.teams if not team.comparable
        )
        return self.skipped + empty

    def groups(self) -> dict[str, tuple[Team, ...]]:
        """Compared teams by phase model: only maps with the same columns share a chart."""
        out: dict[str, list[Team]] = {}
        for team in self.compared:
            journey = team.journey
            key = journey.phase_model
            if key == frameworks.CUSTOM_PHASE_MODEL:  # own phases: the same names make a group
                key += ":" + "|".join(phase.label() for phase in journey.phases)
            out.setdefault(key, []).append(team)
        return {model: tuple(teams) for model, teams in out.items()}


def _is_hand_in(name: str) -> bool:
    # Hidden files and the store's ``.name.backups`` folders are the kit's own, not hand-ins.
    return not name.startswith(".") and name.lower().endswith(".json")


@contextlib.contextmanager
def _opened(folder: Path, parent_fd: int | None = None) -> Iterator[int | None]:
    """The folder opened once, so every name is looked up in the same folder even if
    the path is changed meanwhile; a participant's folder is opened inside the opened
    hand-in folder, never through a link. None where the system cannot open files
    relative to a folder (Windows), and then names are joined to the path."""
    if os.open not in os.supports_dir_fd or os.scandir not in os.supports_fd:
        yield None
        return
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
    if parent_fd is None:
        fd = os.open(folder, flags)
    else:
        fd = os.open(folder.name, flags | getattr(os, "O_NOFOLLOW", 0), dir_fd=parent_fd)
    try:
        yield fd
    finally:
        os.close(fd)


def _entries(folder: Path, folder_fd: int | None) -> list[os.DirEntry]:
    """The folder's entries by name, hidden ones (the kit's own) left out."""
    with os.scandir(folder if folder_fd is None else folder_fd) as found:
        return sorted((entry for entry in found if not entry.name.startswith(".")), key=lambda e: e.name)


def _not_a_file(entry: os.DirEntry) -> str | None:
    """Why an entry is not read, judged from the entry itself (never its target)."""
    try:
        if entry.is_symlink():
            return t("collect.skip.symlink")
        if not entry.is_file(follow_symlinks=False):
            return t("collect.skip.not_regular")
    except FileNotFoundError:
        return t("collect.skip.vanished")
    except OSError as error:
        return t("store.unreadable", detail=error.strerror or str(error))
    return None


def _is_participant_folder(entry: os.DirEntry) -> bool:
    """The hub's hand-in volume has one folder per participant (deploy/prepare_handin.py)."""
    try:
        return not _is_hand_in(entry.name) and entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _reason(error: JourneyFileError) -> str:
    # The table shows the file's name already: the reason is the place and the fault.
    if error.line is not None:
        return t("store.line_column", line=error.line, column=error.column or 1) + ": " + error.reason
    return error.reason


def _unreadable(path: Path, error: OSError) -> Skipped:
    return Skipped(path, t("store.unreadable", detail=error.strerror or str(error)))


class _Reader:
    """Collects teams and left-out files while the folders are read."""

    def __init__(self, progress: Callable[[int, int, str, str], None] | None = None) -> None:
        self.teams: list[Team] = []
        self.skipped: list[Skipped] = []
        self.progress = progress
        self.done = 0
        self.total = 0  # files to read, known once the folder is listed

    def read(self, folder: Path, folder_fd: int | None, entry: os.DirEntry, label: str) -> None:
        path = folder / entry.name
        self.done += 1
        if self.progress:
            self.progress(self.done, max(self.total, self.done), "reading", label)
        why = _not_a_file(entry)
        if why is not None:
            self.skipped.append(Skipped(path, why))
            return
        try:
            raw = read_journey_bytes(path, folder_fd=folder_fd, follow_links=False)
            journey = parse_bytes(raw, path)
        except JourneyFileError as error:
            self.skipped.append(Skipped(path, _reason(error)))
        except ValueError as error:  # the store names its faults; anything else, briefly
            self.skipped.append(Skipped(path, str(excerpt(str(error), 300))))
        except OSError as error:  # vanished or unreadable meanwhile
            self.skipped.append(_unreadable(path, error))
        else:
            self.teams.append(Team(path, label, journey))

    def read_files(
        self, folder: Path, folder_fd: int | None, entries: list[os.DirEntry], label: Callable[[str], str]
    ) -> None:
        for entry in entries:
            self.read(folder, folder_fd, entry, label(entry.name))


def read_folder(
    folder: Path | str, progress: Callable[[int, int, str, str], None] | None = None
) -> Collection:
    """Read every ``*.json`` in ``folder`` and in its participants' folders one level
    down (the hub's layout). Never writes, never follows a symbolic link (to a file or
    to a folder), never opens anything but a regular file. ``progress(n, total,
    "reading", team)`` hears each file as it is read (a participant's folder counts
    as one file until it is opened)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(t("collect.error.no_folder", folder=printable_name(folder)))
    reader = _Reader(progress)
    with contextlib.ExitStack() as stack:
        try:
            folder_fd = stack.enter_context(_opened(folder))
            entries = _entries(folder, folder_fd)
        except OSError as error:  # a folder we may not list: say so, in words
            detail = t("store.unreadable", detail=error.strerror or str(error))
            raise OSError(error.errno, f"{printable_name(folder)}: {detail}") from None
        hand_ins = [e for e in entries if _is_hand_in(e.name)]
        reader.total = len(hand_ins) + sum(1 for e in entries if _is_participant_folder(e))
        reader.read_files(folder, folder_fd, hand_ins, lambda name: printable_name(Path(name).stem))
        for entry in entries:
            if entry not in hand_ins and entry.is_symlink():  # a link to a folder elsewhere: said, not read
                reader.skipped.append(Skipped(folder / entry.name, t("collect.skip.symlink")))
        for entry in filter(_is_participant_folder, entries):
            _read_participant(reader, folder / entry.name, folder_fd)
    return Collection(folder, tuple(reader.teams), tuple(reader.skipped))


def _read_participant(reader: _Reader, sub: Path, parent_fd: int | None) -> None:
    """One participant's folder: its journey files, labelled with the folder's (account)
    name, plus the file's name when there are several."""
    account = printable_name(sub.name)
    try:
        with _opened(sub, parent_fd) as sub_fd:
            files = [e for e in _entries(sub, sub_fd) if _is_hand_in(e.name)]
            reader.read_files(
                sub,
                sub_fd,
                files,
                lambda name: account if len(files) == 1 else f"{account}/{printable_name(Path(name).stem)}",
            )
    except OSError as error:  # a participant's folder the facilitator may not read
        reader.skipped.append(_unreadable(sub, error))
