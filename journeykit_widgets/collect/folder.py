"""Read a folder of journey files without touching it: who handed in what, and what
could not be used (with the reason a facilitator can pass on to the team)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey
from journeykit_widgets.store import JourneyFileError, load

__all__ = ["Collection", "Skipped", "Team", "read_folder"]


@dataclass(frozen=True)
class Team:
    """One readable journey file; ``label`` (the file name without .json) names the team."""

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


def _journey_files(folder: Path) -> list[Path]:
    # Hidden files and the store's ``.name.backups`` folders are the kit's own, not hand-ins.
    return sorted(p for p in folder.glob("*.json") if p.is_file() and not p.name.startswith("."))


def _participant_folders(folder: Path) -> list[Path]:
    """The hub's hand-in volume has one folder per participant (deploy/prepare_handin.py).
    Real folders only: a link to a folder elsewhere is not a participant's."""
    return sorted(
        p for p in folder.iterdir() if not p.name.startswith(".") and not p.is_symlink() and p.is_dir()
    )


def _labelled_files(folder: Path, skipped: list[Skipped]) -> list[tuple[Path, str]]:
    """Every journey file with its team label: the file name in the folder itself; in a
    participant's folder, the folder's (account) name, plus the file name if there are several.
    A participant's folder the facilitator may not read is listed in ``skipped``."""
    found = [(path, path.stem) for path in _journey_files(folder)]
    for sub in _participant_folders(folder):
        try:
            with os.scandir(sub) as entries:  # glob() hides a folder it may not read: ask directly
                next(entries, None)
            files = _journey_files(sub)
        except OSError as error:
            skipped.append(Skipped(sub, t("collect.skip.unreadable", path=sub.name, error=error.strerror)))
            continue
        found += [(path, sub.name if len(files) == 1 else f"{sub.name}/{path.stem}") for path in files]
    return found


def read_folder(folder: Path | str) -> Collection:
    """Read every ``*.json`` in ``folder`` and in its participants' folders one level
    down (the hub's layout), never following a link to a folder. Never writes."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(t("collect.error.no_folder", folder=folder))
    teams: list[Team] = []
    skipped: list[Skipped] = []
    for path, label in _labelled_files(folder, skipped):
        try:
            journey = load(path)
        except (JourneyFileError, ValueError) as error:
            # The store names file and place; the table already shows the file name.
            reason = str(error).replace(str(path), path.name)
            if reason.startswith(path.name):
                reason = reason[len(path.name) :].lstrip(":, ")
            skipped.append(Skipped(path, reason))
            continue
        except OSError as error:  # unreadable (permissions, vanished meanwhile)
            skipped.append(Skipped(path, t("collect.skip.unreadable", path=path.name, error=error.strerror)))
            continue
        teams.append(Team(path, label, journey))
    return Collection(folder, tuple(teams), tuple(skipped))
