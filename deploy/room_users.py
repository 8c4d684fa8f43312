"""Real, different OS users for deploy/local_hub.py (``--os-users``, as root).

Each participant's server then runs under an OS account of its own (JupyterHub's
LocalProcessSpawner), with a workspace only that account may enter and a hand-in folder
made by deploy/prepare_handin.py in a pre-spawn hook, as the container deployments
make theirs. After handing in, each participant's kernel tries to read, replace, delete
and plant a link in the next participant's hand-in and workspace; the facilitator (an
account in the facilitators' group) then reads every hand-in. Every account and group
made here is removed again at the end.

OS account names get a per-run prefix (``jk<pid>``), so a run never takes over an
account of the machine; the hub's names stay ``team01``…, mapped in the spawner.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import prepare_handin

DEPLOY = Path(__file__).resolve().parent

# Appended to the participant flow when every participant is a user of their own. Runs
# in A's kernel against B (the next participant); "ok" would mean A got through.
PROBE = r"""
import json, os
def _attempt(kind, path, other=None):
    try:
        if kind == "list": os.listdir(path)
        elif kind == "read": open(path, "rb").close()
        elif kind == "write": open(path, "r+b").close()
        elif kind == "rename": os.replace(other, path)
        elif kind == "delete": os.unlink(path)
        elif kind == "link": os.symlink(other, path)
        return "ok"
    except OSError as error:
        return type(error).__name__
_b_handin, _b_home = {b_handin!r}, {b_home!r}
_forged = os.path.join(os.path.expanduser("~"), "forged.json")
open(_forged, "w").close()
_probes = {{
    "list B's hand-in folder": _attempt("list", _b_handin),
    "read B's hand-in": _attempt("read", os.path.join(_b_handin, {b_file!r})),
    "replace B's hand-in": _attempt("rename", os.path.join(_b_handin, {b_file!r}), _forged),
    "overwrite B's hand-in": _attempt("write", os.path.join(_b_handin, {b_file!r})),
    "delete B's hand-in": _attempt("delete", os.path.join(_b_handin, {b_file!r})),
    "plant a link in B's folder": _attempt("link", os.path.join(_b_handin, {b_file!r} + ".x"), os.path.join(_b_home, ".bashrc")),
    "read B's workspace": _attempt("read", os.path.join(_b_home, "workspace", "my_journey.json")),
    "plant a link in B's home": _attempt("link", os.path.join(_b_home, ".bashrc"), _forged),
}}
os.unlink(_forged)
print("PROBES", json.dumps(_probes))
"""

# Run as the facilitator: which teams can the facilitator read?
FACILITATOR = r"""
import json, sys
from journeykit_widgets import collect
c = collect.read_folder(sys.argv[1])
print(json.dumps({"teams": [t.label for t in c.teams], "skipped": [s.path.name for s in c.skipped]}))
"""


def isolation_report(probes: list[dict[str, str]], facilitator_saw: list[str]) -> list[str]:
    """Two lines for the room's report: did anyone get at another's files; what the facilitator read."""
    got_through = sorted({what for tried in probes for what, how in tried.items() if how == "ok"})
    attempts = sum(len(tried) for tried in probes)
    verdict = (
        f"GOT THROUGH: {', '.join(got_through)}" if got_through else "all refused" if attempts else "none ran"
    )
    return [
        f"each participant an OS user of their own: {attempts} attempts on another's files, {verdict}",
        f"the facilitator read: {', '.join(facilitator_saw) or 'nothing'}",
    ]


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True)


def _open_to_all(path: Path) -> bool:
    """Can any user execute ``path`` (every folder on the way passable by others)?"""
    path = path.resolve()
    return all(p.stat().st_mode & 0o001 for p in (path, *path.parents))


def room_python(base: Path) -> tuple[Path, dict[str, str]]:
    """A Python every participant may run, with this environment's packages, and the
    environment variables it needs.

    Normally the current one. A Python installed in root's home (pyenv in /root, as on
    some build machines) cannot be started by other users; then its standard library
    and binary (about 100 MB) are copied into ``base`` and paired, as a venv, with this
    environment's (world-readable) site-packages."""
    current = Path(sys.executable)
    if _open_to_all(current):
        return current, {}
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    home = Path(sys.base_prefix)
    site = Path(sysconfig.get_paths()["purelib"])
    if not _open_to_all(site):
        raise SystemExit(f"--os-users: other users can neither start {current} nor read {site}")
    copy = base / "python-home"
    shutil.copytree(
        home / "lib" / f"python{version}",
        copy / "lib" / f"python{version}",
        ignore=shutil.ignore_patterns("site-packages", "test", "__pycache__"),
    )
    for library in (home / "lib").glob("libpython*.so*"):
        shutil.copy2(library, copy / "lib")
    (copy / "bin").mkdir()
    shutil.copy2(Path(sys.executable).resolve(), copy / "bin" / f"python{version}")
    venv = base / "python"
    (venv / "bin").mkdir(parents=True)
    (venv / "lib" / f"python{version}").mkdir(parents=True)
    (venv / "bin" / "python3").symlink_to(copy / "bin" / f"python{version}")
    (venv / "lib" / f"python{version}" / "site-packages").symlink_to(site)
    (venv / "share").symlink_to(Path(sys.prefix) / "share")  # Jupyter's templates and kernels
    # The server extensions' switches (jupyterlab, anywidget): without them the server
    # runs but /lab is "404 Not Found" in a participant's browser.
    (venv / "etc").symlink_to(Path(sys.prefix) / "etc")
    (venv / "pyvenv.cfg").write_text(f"home = {copy / 'bin'}\ninclude-system-site-packages = false\n")
    return venv / "bin" / "python3", {"LD_LIBRARY_PATH": str(copy / "lib")}


class RoomUsers:
    """The OS accounts of one room: participants, one facilitator, the facilitators' group."""

    def __init__(self, base: Path, names: list[str]):
        if os.geteuid() != 0:
            raise SystemExit("--os-users needs root: it creates OS accounts and starts servers as them")
        self.base = base
        self.names = names
        self.prefix = f"jk{os.getpid() % 100000}"
        self.group = f"{self.prefix}fac"
        self.facilitator = f"{self.prefix}trainer"
        self.created: list[str] = []
        self.gid = -1
        self.python = Path(sys.executable)
        self.python_env: dict[str, str] = {}

    def os_name(self, name: str) -> str:
        return self.prefix + name

    def home(self, name: str) -> Path:
        return self.base / "home" / name

    def create(self) -> None:
        # Participants reach their own folders through base; only root lists it.
        self.base.chmod(0o711)
        for folder in self.base.parents:
            if folder.stat().st_mode & 0o001 == 0:
                raise SystemExit(
                    f"{folder} is closed to other users; choose a --keep folder they can pass through"
                )
        self.python, self.python_env = room_python(self.base)
        _run("groupadd", self.group)
        self.gid = int(subprocess.check_output(["getent", "group", self.group], text=True).split(":")[2])
        for name in self.names:
            _run(
                "useradd",
                "--no-create-home",
                "--home-dir",
                str(self.home(name)),
                "--shell",
                "/bin/sh",
                self.os_name(name),
            )
            self.created.append(self.os_name(name))
        _run("useradd", "--no-create-home", "--home-dir", "/nonexistent", "-G", self.group, self.facilitator)
        self.created.append(self.facilitator)

    def prepare(self, handin: Path) -> None:
        """Give each home to its participant (0700) and lay out the hand-in volume."""
        prepare_handin.prepare_root(handin, self.gid)
        for name in self.names:
            user = pwd.getpwnam(self.os_name(name))
            home = self.home(name)
            for folder, dirs, files in os.walk(home):
                for entry in [folder, *(os.path.join(folder, n) for n in dirs + files)]:
                    os.lchown(entry, user.pw_uid, user.pw_gid)
            prepare_handin.prepare_home(home, user.pw_uid, user.pw_gid)

    def remove(self) -> None:
        for account in self.created:
            subprocess.run(["userdel", account], check=False, capture_output=True)
        subprocess.run(["groupdel", self.group], check=False, capture_output=True)

    def config(self, handin: Path) -> str:
        """Hub configuration: the local-process spawner under each participant's account,
        with the hand-in folder prepared before each start (deploy/prepare_handin.py)."""
        accounts = {name: self.os_name(name) for name in self.names}
        return f"""
import pwd, sys
sys.path.insert(0, {str(DEPLOY)!r})
import prepare_handin
from jupyterhub.spawner import LocalProcessSpawner, set_user_setuid

ACCOUNTS = {accounts!r}


class RoomSpawner(LocalProcessSpawner):
    # The hub's names (team01) run as this run's OS accounts (jk<pid>team01).
    def make_preexec_fn(self, name):
        return set_user_setuid(ACCOUNTS[name])

    def user_env(self, env):
        user = pwd.getpwnam(ACCOUNTS[self.user.name])
        env.update(USER=user.pw_name, HOME=user.pw_dir, SHELL=user.pw_shell)
        return env


def handin_folder(spawner):
    user = pwd.getpwnam(ACCOUNTS[spawner.user.name])
    own = prepare_handin.prepare_participant({str(handin)!r}, spawner.user.name, user.pw_uid, {self.gid})
    home = user.pw_dir
    spawner.environment = {{
        **spawner.environment,
        "JOURNEYKIT_HANDIN": str(own),
        "JUPYTER_CONFIG_DIR": home + "/.jupyter",
        "JUPYTER_DATA_DIR": home + "/.local/share/jupyter",
        "IPYTHONDIR": home + "/.ipython",
        "MPLCONFIGDIR": home + "/.matplotlib",
        **{self.python_env!r},
    }}


c.JupyterHub.spawner_class = RoomSpawner
c.Spawner.pre_spawn_hook = handin_folder
c.Spawner.cmd = [{str(self.python)!r}, "-m", "jupyterhub.singleuser"]  # kernels use it too
"""

    def probe_code(self, name: str, handin: Path) -> str:
        """The attempts of ``name``'s kernel against the next participant."""
        other = self.names[(self.names.index(name) + 1) % len(self.names)]
        return PROBE.format(
            b_handin=str(handin / other), b_home=str(self.home(other)), b_file=f"{other}.json"
        )

    def facilitator_reads(self, handin: Path) -> dict:
        user = pwd.getpwnam(self.facilitator)
        result = subprocess.run(
            ["setpriv", "--reuid", str(user.pw_uid), "--regid", str(user.pw_gid), "--init-groups",
             str(self.python), "-c", FACILITATOR, str(handin)],
            capture_output=True, text=True, timeout=120,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/", "MPLBACKEND": "Agg", **self.python_env},
        )  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(f"the facilitator could not read the hand-ins: {result.stderr[-400:]}")
        return json.loads(result.stdout)
