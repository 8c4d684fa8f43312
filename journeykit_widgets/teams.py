"""Teams: one journey file per team, edited together by its members.

The facilitator forms the teams (``journeykit teams FOLDER --team "Team A: ann, bob"``,
a file of such lines, or ``form_teams`` in the facilitator notebook). Each team gets a
folder of its own with one journey in it, and ``.journeykit-teams.json`` in FOLDER lists who is in
which team. On a hub, ``deploy/prepare_handin.py`` (``prepare_team``) gives each team
folder to the team's OS group, so members can edit it and nobody else can open it.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from journeykit_widgets.i18n import t
from journeykit_widgets.i18n.quote import one_line

__all__ = ["TEAMS_FILE", "TEAM_JOURNEY", "Team", "TeamError", "form_teams", "parse_team", "read_teams"]

TEAMS_FILE = ".journeykit-teams.json"  # hidden: collecting the folder skips it
TEAM_JOURNEY = "journey.json"
# Folder names a file system and a hub's group name both accept.
_UNSAFE = re.compile(r"[^a-z0-9]+")


class TeamError(ValueError):
    """A team line or teams file that cannot be used (the message names it, in the user's language)."""


@dataclass
class Team:
    name: str
    members: list[str] = field(default_factory=list)

    @property
    def folder(self) -> str:
        """The team's folder name: its name in plain lower-case letters and digits."""
        plain = unicodedata.normalize("NFKD", self.name).encode("ascii", "ignore").decode().lower()
        return _UNSAFE.sub("-", plain).strip("-")[:40] or "team"


def parse_team(line: str, where: str = "--team") -> Team:
    """``"Team A: ann, bob, cas"`` → a team; ``where`` names the place in a message."""
    name, colon, rest = line.partition(":")
    name = " ".join(name.split())
    members = [m.strip() for m in rest.replace(";", ",").split(",") if m.strip()]
    if not colon or not name:
        raise TeamError(t("teams.error.line", where=where, line=one_line(line, 60)))
    if not members:
        raise TeamError(t("teams.error.no_members", where=where, team=one_line(name, 40)))
    return Team(name, members)


def read_team_lines(path: Path) -> list[Team]:
    """A text file of team lines (blank lines and ``#`` comments are skipped)."""
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TeamError(t("teams.error.file", path=path, error=one_line(str(error), 120))) from None
    return [
        parse_team(line, f"{path}:{number}")
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _check(teams: list[Team]) -> None:
    if not teams:
        raise TeamError(t("teams.error.none"))
    folders: dict[str, str] = {}
    member_of: dict[str, str] = {}
    for team in teams:
        if team.folder in folders:
            raise TeamError(t("teams.error.same_folder", first=folders[team.folder], second=team.name))
        folders[team.folder] = team.name
        for member in team.members:
            if member in member_of:
                raise TeamError(
                    t("teams.error.twice", member=member, first=member_of[member], second=team.name)
                )
            member_of[member] = team.name


def form_teams(folder: Path | str, teams: list[Team], language: str | None = None) -> list[Path]:
    """Make each team's folder and journey in ``folder`` and list the teams in ``.journeykit-teams.json``;
    the team journeys, in order. A journey that is already there is kept as it is (forming
    the teams again after a change of members never empties a team's map)."""
    from journeykit_widgets.i18n import get_language
    from journeykit_widgets.model import Journey
    from journeykit_widgets.store import backup_dir, save

    _check(teams)
    root = Path(folder).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    journeys = []
    for team in teams:
        team_folder = root / team.folder
        team_folder.mkdir(exist_ok=True)
        journey = team_folder / TEAM_JOURNEY
        if not journey.exists():
            save(Journey.new(team.name, language=language or get_language()), journey)
        # Made now, so a hub can hand it to the team's group with the folder: a backup
        # folder the first member's server made would be theirs alone (their umask).
        backup_dir(journey).mkdir(exist_ok=True)
        journeys.append(journey)
    listing = {
        "teams": [{"name": x.name, "folder": x.folder, "members": x.members} for x in teams],
    }
    temporary = root / f".{TEAMS_FILE}.tmp"
    temporary.write_text(json.dumps(listing, ensure_ascii=False, indent=2) + "\n", "utf-8")
    os.replace(temporary, root / TEAMS_FILE)
    return journeys


def read_teams(folder: Path | str) -> list[Team]:
    """The teams formed in ``folder`` (empty when none were)."""
    path = Path(folder).expanduser() / TEAMS_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
        return [Team(str(x["name"]), [str(m) for m in x["members"]]) for x in data["teams"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise TeamError(t("teams.error.file", path=path, error=one_line(str(error), 120))) from None


def team_of(folder: Path | str, member: str) -> Team | None:
    """The team ``member`` is in (None: in none)."""
    return next((team for team in read_teams(folder) if member in team.members), None)
