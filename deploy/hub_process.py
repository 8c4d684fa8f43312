"""The processes of a local JupyterHub room: the hub behind configurable-http-proxy,
its REST API, and what every participant's server costs (memory, CPU) while it runs.
Used by ``local_hub.py``; every process started here is stopped by ``Hub.stop``."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

# The hub service that creates the accounts and starts the servers (its token, its role).
SERVICE = "room-runner"


# On a machine shared with others, ``JOURNEYKIT_HUB_PORTS=8700-8799`` keeps every port
# this room opens (hub, proxy, single-user servers) inside a range of its own.
PORTS_ENV = "JOURNEYKIT_HUB_PORTS"
_given: set[int] = set()


def free_port() -> int:
    """A port nobody listens on: from ``$JOURNEYKIT_HUB_PORTS`` when set, else any."""
    wanted = os.environ.get(PORTS_ENV, "").strip()
    if not wanted:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]
    first, _, last = wanted.partition("-")
    for port in range(int(first), int(last or first) + 1):
        if port in _given:
            continue
        with socket.socket() as s, contextlib.suppress(OSError):
            s.bind(("127.0.0.1", port))
            _given.add(port)
            return port
    raise SystemExit(f"no free port left in {PORTS_ENV}={wanted}")


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
