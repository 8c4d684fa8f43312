"""Read a folder of journey files without touching it: who handed in what, and what
could not be used (with the reason a facilitator can pass on to the team)."""

from __future__ import annotations

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


def read_folder(folder: Path | str) -> Collection:
    """Read every ``*.json`` in ``folder`` (not its sub-folders). Never writes."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(t("collect.error.no_folder", folder=folder))
    teams: list[Team] = []
    skipped: list[Skipped] = []
    for path in _journey_files(folder):
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
        teams.append(Team(path, path.stem, journey))
    return Collection(folder, tuple(teams), tuple(skipped))
