"""A real JupyterHub on this machine, with a room of participants run headless.

    python deploy/local_hub.py --participants 20 [--json results.json]

Starts ``jupyterhub`` (from PyPI) behind ``configurable-http-proxy`` (from npm;
installed into a cache folder when it is not on the PATH), with the dummy
authenticator and the simple local-process spawner, so every participant's server
runs as the current OS user in a folder of its own. Then it creates N accounts,
starts every server through the hub's REST API and, all at once as a room would,
runs the participant flow in a kernel on each server, through the hub's proxy:

1. open the start journey (notebook 00's sample case, saved to ``workspace/``),
2. add touchpoints through ``journeykit_widgets.edit`` (the one public edit path),
3. export a participant handout (HTML) of ``01_touchpoints``,
4. hand the journey in (``collect.hand_in``) to the participant's hand-in folder.

With ``--os-users`` (as root) every participant is an OS user of their own, as on a
real hub: JupyterHub's LocalProcessSpawner starts each server under its own account,
the hand-in folders are laid out by deploy/prepare_handin.py (the function the
container deployments use), each participant's kernel then tries to get at the next
participant's hand-in and workspace, and the facilitator reads every hand-in
(deploy/room_users.py). Without it, every server runs as the current user and the
hand-in folder is one shared folder (enough for the sizing figures).

With ``--os-users --teams 4 --team-size 5`` the room is teams instead (deploy/hub_teams.py):
an OS group and a team folder per team, each member's server finds the team journey
at ``~/team/journey.json``, every member adds a card to it as the hub user, tries the
next team's journey (refused), and the facilitator reads every team's. The teams'
benchmark is benchmarks/bench_hub_teams.py.

It prints the time until every server was up, the time of each flow, the memory of
each participant (RSS of the single-user server and everything it started: the
kernel and the kernel that runs the export), CPU seconds, and the totals. Every
process it starts is stopped at the end, also after an error or Ctrl-C.

Why not a mock: what a trainer's IT needs to know is what a real room costs, and
the only honest source is a real hub with real servers and kernels.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from hub_kernel import run_in_kernel
from hub_process import Hub, Sampler, find_proxy, servers_of, tree_rss_and_cpu
from room_users import RoomUsers, isolation_report

__all__ = ["Hub", "main", "run_room", "servers_of"]

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CHP_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "journeykit-chp"

# The participant flow, run in a kernel on the participant's own server. Its working
# folder is the participant's home: a copy of the kit's notebooks (as nbgitpuller
# would make) and their own workspace/.
FLOW = r"""
import os, shutil, time
from pathlib import Path
os.environ.setdefault("MPLBACKEND", "Agg")
import journeykit_widgets as jk
from journeykit_widgets.model import Touchpoint
from journeykit_widgets.samples import load_sample
from journeykit_widgets.store import save
from journeykit_widgets.handouts import export_notebook
from journeykit_widgets.collect import hand_in

started = time.perf_counter()
path = jk.workspace_file()
path.parent.mkdir(parents=True, exist_ok=True)
journey = load_sample("airline", "en")
journey.title = "{team}"
save(journey, path)

def add(name, phase, emotion):
    def change(j):
        j.touchpoints.append(Touchpoint(name=name, phase=phase, emotion=emotion, channel="website"))
    return change

for i, (phase, emotion) in enumerate([("touch", 1), ("tell", -1), ("sell", 2), ("care", -2), ("care", 1)]):
    problems = jk.edit(path, add(f"{team} idea {{i + 1}}", phase, emotion), f"touchpoint {{i + 1}}", author="{team}")
    assert not problems, problems
edited = time.perf_counter()
handout = export_notebook(Path("notebooks/01_touchpoints.ipynb"), path, Path("handouts/01_touchpoints.html"),
                          variant="participant", timeout=300)
exported = time.perf_counter()
hand_in(path, os.environ["JOURNEYKIT_HANDIN"], name="{team}.json")
print("FLOW", len(jk.load(path).touchpoints), handout.stat().st_size,
      round(edited - started, 3), round(exported - edited, 3))
"""


@dataclass
class Participant:
    name: str
    up_seconds: float = 0.0
    flow_seconds: float = 0.0
    edit_seconds: float = 0.0
    export_seconds: float = 0.0
    touchpoints: int = 0
    handout_bytes: int = 0
    peak_rss_mb: float = 0.0
    idle_rss_mb: float = 0.0
    cpu_seconds: float = 0.0
    error: str = ""
    # --os-users: what this participant's kernel got when it tried the next one's files
    probes: dict[str, str] = field(default_factory=dict)


@dataclass
class RoomResult:
    participants: list[Participant]
    all_up_seconds: float
    flows_seconds: float
    hub_rss_mb: float
    peak_total_rss_mb: float
    cpu_count: int
    loadavg_before: float
    handed_in: int
    errors: list[str] = field(default_factory=list)
    os_users: bool = False
    facilitator_saw: list[str] = field(default_factory=list)  # team labels the facilitator read

    def ok(self) -> bool:
        return not self.errors and all(not p.error for p in self.participants)


async def participant_flow(hub: Hub, person: Participant, timeout: float, probe: str = "") -> None:
    started = time.perf_counter()
    try:
        code = FLOW.format(team=person.name) + probe
        out = await run_in_kernel(hub, person.name, code, timeout)
        for line in out.splitlines():
            if line.startswith("PROBES "):
                person.probes = json.loads(line.removeprefix("PROBES "))
        line = next(x for x in out.splitlines() if x.startswith("FLOW "))
        _, tps, size, edit_s, export_s = line.split()
        person.touchpoints, person.handout_bytes = int(tps), int(size)
        person.edit_seconds, person.export_seconds = float(edit_s), float(export_s)
    except Exception as error:  # one participant's failure is reported, the room goes on
        person.error = str(error) or type(error).__name__
    person.flow_seconds = time.perf_counter() - started


# ------------------------------------------------------------------------ room
def prepare_homes(base: Path, names: list[str]) -> None:
    """Each participant gets the kit's notebooks (what nbgitpuller would pull) and an empty workspace."""
    for name in names:
        home = base / "home" / name
        shutil.copytree(
            ROOT / "notebooks", home / "notebooks", ignore=shutil.ignore_patterns("_source", "*.py")
        )
        (home / "workspace").mkdir(parents=True)


def wait_until_up(hub: Hub, names: list[str], started: float, timeout: float) -> dict[str, float]:
    up: dict[str, float] = {}
    deadline = time.monotonic() + timeout
    while len(up) < len(names):
        if time.monotonic() > deadline:
            missing = sorted(set(names) - set(up))
            raise TimeoutError(f"servers not up after {timeout:.0f} s: {', '.join(missing)}")
        for name in names:
            if name in up:
                continue
            info = hub.api("GET", f"/hub/api/users/{name}")
            server = (info.get("servers") or {}).get("")
            if server and server.get("ready"):
                up[name] = time.perf_counter() - started
        time.sleep(0.3)
    return up


def run_room(
    participants: int, base: Path, proxy: Path, timeout: float = 600, os_users: bool = False
) -> RoomResult:
    handin = base / "handin"
    handin.mkdir(parents=True)
    names = [f"team{i:02d}" for i in range(1, participants + 1)]
    prepare_homes(base, names)
    load_before = os.getloadavg()[0]
    users = RoomUsers(base, names) if os_users else None
    sampler = Sampler(base)
    people = [Participant(name) for name in names]
    hub = None
    try:
        if users is not None:
            users.create()
            users.prepare(handin)
        hub = Hub(base, proxy, handin, users.config(handin) if users else "")
        hub.start()
        hub.api("POST", "/hub/api/users", {"usernames": names})
        started = time.perf_counter()
        for name in names:
            hub.api("POST", f"/hub/api/users/{name}/server")
        up = wait_until_up(hub, names, started, timeout)
        all_up = max(up.values())
        for person in people:
            person.up_seconds = up[person.name]
        sampler.start()
        flows_started = time.perf_counter()

        async def everyone() -> None:
            await asyncio.gather(
                *(
                    participant_flow(hub, p, timeout, users.probe_code(p.name, handin) if users else "")
                    for p in people
                )
            )

        asyncio.run(everyone())
        flows = time.perf_counter() - flows_started
        sampler.halt.set()
        sampler.join()
        servers = servers_of(base)
        for person in people:
            proc = servers.get(person.name)
            if proc is not None:
                person.idle_rss_mb, person.cpu_seconds = tree_rss_and_cpu(proc)
            person.peak_rss_mb = max(sampler.peaks.get(person.name, 0.0), person.idle_rss_mb)
        hub_rss = _hub_rss(hub)
        if users is not None:
            seen = users.facilitator_reads(handin)
        else:
            from journeykit_widgets.collect import read_folder

            seen = {"teams": [team.label for team in read_folder(handin).teams]}
        return RoomResult(
            participants=people,
            all_up_seconds=all_up,
            flows_seconds=flows,
            hub_rss_mb=hub_rss,
            peak_total_rss_mb=sampler.peak_total + hub_rss,
            cpu_count=os.cpu_count() or 1,
            loadavg_before=load_before,
            handed_in=len(seen["teams"]),
            os_users=users is not None,
            facilitator_saw=seen["teams"],
        )
    finally:
        sampler.halt.set()
        if hub is not None:
            hub.stop()
        if users is not None:
            users.remove()


def _hub_rss(hub: Hub) -> float:
    """RSS (MB) of the hub and the proxy (its child), not counting single-user servers."""
    import psutil

    participants = set()
    for server in servers_of(hub.base).values():
        try:
            participants |= {p.pid for p in (server, *server.children(recursive=True))}
        except psutil.Error:
            continue
    try:
        proc = psutil.Process(hub.process.pid)
        members = [m for m in (proc, *proc.children(recursive=True)) if m.pid not in participants]
        return sum(m.memory_info().rss for m in members) / 2**20
    except psutil.Error:
        return 0.0


def report(result: RoomResult) -> str:
    people = result.participants
    ok = [p for p in people if not p.error]

    def stats(values: list[float]) -> str:
        if not values:
            return "—"
        return f"median {statistics.median(values):.1f}, max {max(values):.1f}"

    lines = [
        f"participants: {len(people)} ({len(ok)} ok) on {result.cpu_count} cores, "
        f"load average before {result.loadavg_before:.1f}",
        f"all servers up after: {result.all_up_seconds:.1f} s",
        f"participant flow (all at once): {stats([p.flow_seconds for p in ok])} s; "
        f"room done after {result.flows_seconds:.1f} s",
        f"  of which edits: {stats([p.edit_seconds for p in ok])} s; "
        f"handout export: {stats([p.export_seconds for p in ok])} s",
        f"RSS per participant, server + kernels, peak: {stats([p.peak_rss_mb for p in ok])} MB",
        f"RSS per participant, server + kernel after the flow: {stats([p.idle_rss_mb for p in ok])} MB",
        f"CPU per participant flow: {stats([p.cpu_seconds for p in ok])} s",
        f"hub + proxy RSS: {result.hub_rss_mb:.0f} MB; peak total RSS: {result.peak_total_rss_mb:.0f} MB",
        f"journeys handed in: {result.handed_in}",
    ]
    if result.os_users:
        lines += isolation_report([p.probes for p in people], result.facilitator_saw)
    for person in people:
        if person.error:
            lines.append(f"  {person.name}: FAILED {person.error}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=20)
    parser.add_argument(
        "--proxy-cache", type=Path, default=DEFAULT_CHP_CACHE, help="where npm installs the proxy"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (logs, hand-in folder)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--timeout", type=float, default=900, help="seconds for servers and for each flow")
    parser.add_argument(
        "--os-users",
        action="store_true",
        help="as root: every participant an OS user of their own (see above)",
    )
    parser.add_argument(
        "--teams", type=int, default=0, help="with --os-users: this many teams (hub_teams.py)"
    )
    parser.add_argument("--team-size", type=int, default=5, help="members per team")
    args = parser.parse_args(argv)
    proxy = find_proxy(args.proxy_cache)
    if args.teams:
        return _teams(args, proxy)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=False)
        result = run_room(args.participants, args.keep.resolve(), proxy, args.timeout, args.os_users)
    else:
        with tempfile.TemporaryDirectory(prefix="journeykit-hub-") as folder:
            result = run_room(args.participants, Path(folder), proxy, args.timeout, args.os_users)
    print(report(result))
    if args.json:
        data = asdict(result)
        args.json.write_text(json.dumps(data, indent=2), "utf-8")
    return 0 if result.ok() else 1


def _teams(args: argparse.Namespace, proxy: Path) -> int:
    """Teams on the hub: an OS group and folder per team, every member editing its journey."""
    from hub_teams import run_teams

    if not args.os_users:
        raise SystemExit("--teams needs --os-users: a team folder is shared through the team's OS group")
    base = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="journeykit-hub-"))
    base.mkdir(parents=True, exist_ok=bool(not args.keep))
    try:
        lines, ok = run_teams(base, proxy, args.teams, args.team_size, args.timeout)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
