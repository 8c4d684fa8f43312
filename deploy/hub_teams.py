"""Teams on the local hub: ``local_hub.py --os-users --teams 4 --team-size 5`` (as root).

Every team gets an OS group of its own and a team folder laid out by
deploy/prepare_handin.py (``prepare_team_root`` and ``prepare_team``, the functions a
real deployment uses): ``ROOT`` is the facilitators' (``2775``), ``ROOT/team-1`` is
``root:<team group> 2770`` with the team journey made by ``form_teams`` inside. Each
member's OS account joins their team's group, and the facilitator's joins every team
group (the facilitator opens and closes votes, so reads and writes every team file).

How a member's server finds its team journey: ``~/team`` is the team's folder, as a
Kubernetes deployment would mount the team's ``subPath`` there (here a link, made by
root, since local processes have no mounts of their own). A notebook opens
``jk.journey_board("~/team/journey.json")``; the board resolves the link, so presence
files, lock and backups sit beside the real journey that every member shares. Who
edits is the hub user: the hub starts each server with ``JUPYTERHUB_USER``, which
``identity.current_author`` puts first.

Hub names are ``t<team>m<member>`` (``t1m1`` … ``t4m5``); OS accounts and groups get
the run's prefix (room_users.py), and every group made here is removed at the end.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import pwd
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import prepare_handin
from hub_process import Hub, free_port
from local_hub import prepare_homes, wait_until_up
from room_users import RoomUsers, _run

TEAM_LINK = "team"  # ~/team: the team's folder in every member's home
TEAMS_FOLDER = "teams"

# Run as the facilitator (with their groups): every team journey, read through the kit.
FACILITATOR = r"""
import json, sys
from journeykit_widgets import store
out = {}
for path in sys.argv[1:]:
    journey = store.load(path)
    out[path] = {"title": journey.title, "touchpoints": len(journey.touchpoints)}
print(json.dumps(out))
"""


def member_names(teams: int, size: int) -> list[list[str]]:
    """The hub names of each team's members: ``[["t1m1", "t1m2"], ["t2m1", "t2m2"]]``."""
    return [[f"t{k}m{j}" for j in range(1, size + 1)] for k in range(1, teams + 1)]


class RoomTeams:
    """The teams of one room: their OS groups, folders and journeys, and each member's ``~/team``."""

    def __init__(self, users: RoomUsers, teams: int, size: int, language: str = "en"):
        from journeykit_widgets.teams import Team

        self.users = users
        self.language = language
        self.members = member_names(teams, size)
        self.teams = [Team(f"Team {k}", names) for k, names in enumerate(self.members, start=1)]
        self.groups = [f"{users.prefix}t{k}" for k in range(1, teams + 1)]
        self.root = users.base / TEAMS_FOLDER
        self.made_groups: list[str] = []
        self.journeys: list[Path] = []

    @property
    def names(self) -> list[str]:
        return [name for team in self.members for name in team]

    def team_index(self, name: str) -> int:
        return next(i for i, team in enumerate(self.members) if name in team)

    def journey_of(self, name: str) -> Path:
        return self.journeys[self.team_index(name)]

    def create(self) -> None:
        """A group per team; members into their team's, the facilitator into all (after RoomUsers.create)."""
        for k, group in enumerate(self.groups):
            _run("groupadd", group)
            self.made_groups.append(group)
            for name in self.members[k]:
                _run("usermod", "-a", "-G", group, self.users.os_name(name))
            _run("usermod", "-a", "-G", group, self.users.facilitator)

    def prepare_journeys(self) -> None:
        """The teams' folder and a journey per team (``form_teams``, as the facilitator would)."""
        from journeykit_widgets.teams import form_teams

        if not self.journeys:
            prepare_handin.prepare_team_root(self.root, self.users.gid)
            self.journeys = form_teams(self.root, self.teams, language=self.language)

    def prepare(self) -> None:
        """The team folders and journeys, and the ``~/team`` link in every member's home
        (after RoomUsers.prepare, which gives each home to its member)."""
        self.prepare_journeys()
        for team, group in zip(self.teams, self.groups, strict=True):
            folder = prepare_handin.prepare_team(self.root, team.folder, grp.getgrnam(group).gr_gid)
            for name in team.members:
                link = self.users.home(name) / TEAM_LINK
                link.symlink_to(folder, target_is_directory=True)
                user = pwd.getpwnam(self.users.os_name(name))
                os.lchown(link, user.pw_uid, user.pw_gid)

    def remove(self) -> None:
        for group in self.made_groups:
            subprocess.run(["groupdel", group], check=False, capture_output=True)

    def config(self, ports: dict[str, int]) -> str:
        """Hub configuration added after RoomUsers.config: each server on its own given port."""
        return f"""
PORTS = {ports!r}
_handin_hook = c.Spawner.pre_spawn_hook


def team_member(spawner):
    _handin_hook(spawner)
    # Ports given by local_hub (within JOURNEYKIT_HUB_PORTS on a shared machine).
    spawner.port = PORTS.get(spawner.user.name, 0)
    spawner.environment = {{**spawner.environment, "JOURNEYKIT_LANG": {self.language!r}}}


c.Spawner.pre_spawn_hook = team_member
"""

    def facilitator_reads(self) -> dict[str, dict]:
        """What the facilitator's account (in every team's group) reads of each team journey."""
        user = pwd.getpwnam(self.users.facilitator)
        result = subprocess.run(
            ["setpriv", "--reuid", str(user.pw_uid), "--regid", str(user.pw_gid), "--init-groups",
             str(self.users.python), "-c", FACILITATOR, *map(str, self.journeys)],
            capture_output=True, text=True, timeout=120,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/", **self.users.python_env},
        )  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(f"the facilitator could not read the team journeys: {result.stderr[-400:]}")
        return json.loads(result.stdout)


def start_servers(hub, names: list[str]) -> None:
    """Create the hub accounts and ask for their servers (local_hub.wait_until_up waits)."""
    hub.api("POST", "/hub/api/users", {"usernames": names})
    for name in names:
        hub.api("POST", f"/hub/api/users/{name}/server")


@contextlib.contextmanager
def team_room(
    base: Path,
    proxy: Path,
    teams: int,
    size: int,
    start: list[str] | None = None,
    language: str = "en",
    seed: Callable[[RoomTeams], None] | None = None,
    timeout: float = 600,
) -> Iterator[tuple[Hub, RoomTeams]]:
    """A hub whose servers run as the members' OS accounts, the team folders laid out and
    the servers of ``start`` (default: every member) up; everything made is gone afterwards.
    ``seed(room)`` runs (as root) on the new team journeys before their folders are
    handed to the teams' groups: what the facilitator prepared (cards, an open vote)."""
    everyone = [name for team in member_names(teams, size) for name in team]
    room_users = RoomUsers(base, everyone)
    room = RoomTeams(room_users, teams, size, language)
    start = list(start or everyone)
    handin = base / "handin"
    handin.mkdir(parents=True)
    prepare_homes(base, everyone)
    hub = None
    try:
        room_users.create()
        room.create()
        room_users.prepare(handin)
        if seed is not None:
            room.prepare_journeys()
            seed(room)
        room.prepare()
        ports = {name: free_port() for name in start}
        hub = Hub(base, proxy, handin, room_users.config(handin) + room.config(ports))
        hub.start()
        start_servers(hub, start)
        wait_until_up(hub, start, time.perf_counter(), timeout)
        yield hub, room
    finally:
        if hub is not None:
            hub.stop()
        room.remove()
        room_users.remove()


# Run in every member's kernel by ``local_hub.py --teams``: a card on the team journey
# through the kit's edit path, then the same on the next team's journey (refused).
MEMBER_FLOW = r"""
import json, os
import journeykit_widgets as jk
from journeykit_widgets import store
from journeykit_widgets.identity import current_author
from journeykit_widgets.model import Touchpoint
mine = os.path.expanduser({team_file!r})
problems = jk.edit(mine, lambda j: j.touchpoints.append(Touchpoint(name=current_author() + " was here", phase=j.phases[0].id)), "a card")
try:
    store.load({other!r})
    other = "opened"
except store.JourneyFileError as error:
    other = str(error)
print("TEAM " + json.dumps({{"author": current_author(), "file": os.path.realpath(mine), "problems": [str(p) for p in problems], "other": other}}))
"""


def run_teams(base: Path, proxy: Path, teams: int, size: int, timeout: float) -> tuple[list[str], bool]:
    """``local_hub.py --os-users --teams N --team-size M``: the report's lines and whether all was well."""
    import asyncio

    from hub_kernel import run_in_kernel

    lines, ok = [], True
    with team_room(base, proxy, teams, size, timeout=timeout) as (hub, room):

        async def everyone() -> list[str]:
            jobs = []
            for name in room.names:
                other = room.journeys[(room.team_index(name) + 1) % len(room.journeys)]
                code = MEMBER_FLOW.format(team_file=f"~/{TEAM_LINK}/journey.json", other=str(other))
                jobs.append(run_in_kernel(hub, name, code, timeout))
            return await asyncio.gather(*jobs, return_exceptions=True)

        for name, out in zip(room.names, asyncio.run(everyone()), strict=True):
            if isinstance(out, BaseException):
                ok = False
                lines.append(f"  {name}: FAILED {out}")
                continue
            seen = json.loads(next(x for x in out.splitlines() if x.startswith("TEAM "))[5:])
            right = (
                seen["author"] == name and seen["file"] == str(room.journey_of(name)) and not seen["problems"]
            )
            refused = seen["other"] != "opened"
            ok &= right and refused
            lines.append(
                f"  {name}: edits {Path(seen['file']).parent.name}/journey.json as {seen['author']}; "
                f"the next team's file: {seen['other'].split(': ', 1)[-1][:90]}"
            )
        read = room.facilitator_reads()
        ok &= all(entry["touchpoints"] == size for entry in read.values())
        lines.insert(0, f"{teams} teams of {size}, a server per member as their own OS user; the facilitator read: "
                     + ", ".join(f"{e['title']} ({e['touchpoints']} cards)" for e in read.values()))  # fmt: skip
    return lines, ok
