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
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from room_users import RoomUsers, isolation_report

ROOT = Path(__file__).resolve().parents[1]
SERVICE = "room-runner"
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


# ------------------------------------------------------------------ processes
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_proxy(cache: Path) -> Path:
    """configurable-http-proxy: on the PATH, or installed with npm into ``cache``."""
    found = shutil.which("configurable-http-proxy")
    if found:
        return Path(found)
    binary = cache / "node_modules" / ".bin" / "configurable-http-proxy"
    if not binary.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("configurable-http-proxy is missing and npm is not installed to fetch it")
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--silent", "--prefix", str(cache), "configurable-http-proxy"], check=True
        )
    return binary


def _config(base: Path, port: int, token: str, proxy: Path, handin: Path, extra: str = "") -> str:
    bindir = Path(sys.executable).parent
    state = base / "state"
    env = {
        "JUPYTER_CONFIG_DIR": str(state / "jupyter-config"),
        "JUPYTER_DATA_DIR": str(state / "jupyter-data"),
        "IPYTHONDIR": str(state / "ipython"),
        "MPLCONFIGDIR": str(state / "matplotlib"),
        "MPLBACKEND": "Agg",
        "JOURNEYKIT_HANDIN": str(handin),
    }
    extra_args = ["--allow-root"] if os.geteuid() == 0 else []
    return (
        f"""
c = get_config()  # noqa
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_port = {free_port()}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.command = [{str(proxy)!r}]
c.JupyterHub.authenticator_class = "dummy"
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {str(base / "home" / "{username}")!r}
c.Spawner.cmd = [{str(bindir / "jupyterhub-singleuser")!r}]
c.Spawner.args = {extra_args!r}
c.Spawner.default_url = "/lab/tree/notebooks/00_start_here.ipynb"
c.Spawner.environment = {env!r}
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 300
c.JupyterHub.concurrent_spawn_limit = 0
c.JupyterHub.cleanup_servers = True
c.JupyterHub.db_url = {"sqlite:///" + str(state / "hub.sqlite")!r}
c.JupyterHub.cookie_secret_file = {str(state / "cookie_secret")!r}
c.JupyterHub.pid_file = {str(state / "hub.pid")!r}
c.JupyterHub.services = [{{"name": {SERVICE!r}, "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{"name": "room-runner", "services": [{SERVICE!r}],
    "scopes": ["admin:users", "admin:servers", "access:servers"]}}]
"""
        + extra
    )


class Hub:
    """A JupyterHub process and its proxy, stopped with everything they started."""

    def __init__(self, base: Path, proxy: Path, handin: Path, extra_config: str = ""):
        self.base = base
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.url = f"http://127.0.0.1:{self.port}"
        self.config = base / "jupyterhub_config.py"
        self.config.write_text(_config(base, self.port, self.token, proxy, handin, extra_config), "utf-8")
        (base / "state").mkdir(parents=True, exist_ok=True)
        self.log = open(base / "hub.log", "w")  # noqa: SIM115 - closed in stop()
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 120) -> None:
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "jupyterhub"), "-f", str(self.config)],
            cwd=self.base / "state",
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: one signal stops hub and proxy
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the hub stopped at start-up; see {self.base / 'hub.log'}")
            try:
                self.api("GET", "/hub/api/")
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.3)
        raise TimeoutError(f"the hub did not answer within {timeout:.0f} s")

    def api(self, method: str, path: str, body: object | None = None) -> object:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Authorization", f"token {self.token}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read()
        return json.loads(text) if text else None

    def stop(self) -> None:
        """Stop the hub (it stops the servers: cleanup_servers), then anything left."""
        import psutil

        if self.process is not None and self.process.poll() is None:
            group = os.getpgid(self.process.pid)
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(group, signal.SIGKILL)
                self.process.wait()
            # The proxy shares the hub's process group; end it if it outlived the hub.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGTERM)
        # Single-user servers run in sessions of their own; end those of this hub only,
        # and any kernel whose server went first (its connection file is under our folder).
        leftovers = list(servers_of(self.base).values())
        for proc in psutil.process_iter(["cmdline"]):
            with contextlib.suppress(psutil.Error):
                if "ipykernel_launcher" in " ".join(proc.info["cmdline"] or ()) and str(
                    self.base
                ) in " ".join(proc.info["cmdline"]):
                    leftovers.append(proc)
        for server in leftovers:
            for proc in [*server.children(recursive=True), server]:
                with contextlib.suppress(psutil.Error):
                    proc.kill()
        self.log.close()


def servers_of(base: Path) -> dict[str, object]:
    """user name → the psutil process of that user's single-user server of this hub."""
    import psutil

    home = str(base / "home")
    found = {}
    for proc in psutil.process_iter(["cmdline"]):
        try:
            # the script, or ``python -m jupyterhub.singleuser`` (--os-users)
            if not any(
                "jupyterhub-singleuser" in part or part == "jupyterhub.singleuser"
                for part in proc.info["cmdline"] or ()
            ):
                continue
            env = proc.environ()
        except psutil.Error:
            continue
        if env.get("HOME", "").startswith(home) and env.get("JUPYTERHUB_USER"):
            found[env["JUPYTERHUB_USER"]] = proc
    return found


def tree_rss_and_cpu(proc) -> tuple[float, float]:
    """RSS (MB) and CPU seconds of a process and everything below it."""
    import psutil

    rss = cpu = 0.0
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0.0, 0.0
    for member in members:
        try:
            rss += member.memory_info().rss
            times = member.cpu_times()
            cpu += times.user + times.system + times.children_user + times.children_system
        except psutil.Error:
            continue
    return rss / 2**20, cpu


class Sampler(threading.Thread):
    """Samples every participant's RSS twice a second; keeps the peaks."""

    def __init__(self, base: Path):
        super().__init__(daemon=True)
        self.base = base
        self.peaks: dict[str, float] = {}
        self.peak_total = 0.0
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            total = 0.0
            for name, proc in servers_of(self.base).items():
                rss, _ = tree_rss_and_cpu(proc)
                total += rss
                self.peaks[name] = max(self.peaks.get(name, 0.0), rss)
            self.peak_total = max(self.peak_total, total)
            self.halt.wait(0.5)


# --------------------------------------------------------------------- kernels
async def run_in_kernel(hub: Hub, user: str, code: str, timeout: float) -> str:
    """Start a kernel on ``user``'s server through the proxy, run ``code``, return stdout."""
    from tornado.httpclient import HTTPClientError, HTTPRequest
    from tornado.websocket import websocket_connect

    base = f"/user/{user}/api/kernels"
    kernel = await asyncio.to_thread(hub.api, "POST", base, {"name": "python3"})
    headers = {"Authorization": f"token {hub.token}"}
    ws_url = hub.url.replace("http", "ws", 1) + f"{base}/{kernel['id']}/channels"
    try:
        conn = await websocket_connect(
            HTTPRequest(ws_url, headers=headers, connect_timeout=timeout, request_timeout=timeout)
        )
    except HTTPClientError as error:
        raise RuntimeError(f"{user}: no kernel connection ({error})") from None
    msg_id = uuid.uuid4().hex
    conn.write_message(
        json.dumps(
            {
                "header": {
                    "msg_id": msg_id,
                    "msg_type": "execute_request",
                    "username": user,
                    "session": uuid.uuid4().hex,
                    "version": "5.3",
                },
                "parent_header": {},
                "metadata": {},
                "channel": "shell",
                "content": {
                    "code": code,
                    "silent": False,
                    "store_history": False,
                    "user_expressions": {},
                    "allow_stdin": False,
                    "stop_on_error": True,
                },
            }
        )
    )
    out, error = [], ""
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"{user}: the flow took longer than {timeout:.0f} s")
            raw = await asyncio.wait_for(conn.read_message(), remaining)
            if raw is None:
                raise RuntimeError(f"{user}: the kernel connection closed")
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if kind == "stream":
                out.append(msg["content"]["text"])
            elif kind == "error":
                error = f"{msg['content']['ename']}: {msg['content']['evalue']}"
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                break
    finally:
        conn.close()
    if error:
        raise RuntimeError(f"{user}: {error}")
    return "".join(out)


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
    args = parser.parse_args(argv)
    proxy = find_proxy(args.proxy_cache)
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


if __name__ == "__main__":
    raise SystemExit(main())
