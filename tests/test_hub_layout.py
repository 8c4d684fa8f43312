"""The hub's hand-in layout (deploy/prepare_handin.py) with real, different OS users.

Participant A tries everything issue 22 found against participant B — read, replace,
delete, plant a link — in B's hand-in folder and B's workspace, each attempt run as A's
own uid (``setpriv``), on the folders the deployment's own function laid out. The
facilitator must read every hand-in and change none. Needs root (to create users and
switch to them); skipped with that reason otherwise.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))
import prepare_handin  # noqa: E402 - deploy/ is a folder of scripts, not a package

sys.path.remove(str(ROOT / "deploy"))

pytestmark = pytest.mark.slow  # about 15 s: every attempt starts Python as another user

# Run as another user: each attempt is reported as "ok" or the error's class name.
PROBE = r"""
import json, os, sys
attempts = json.loads(sys.argv[1])
def run(kind, path, other=None):
    if kind == "list": os.listdir(path)
    elif kind == "read":
        with open(path, "rb") as f: f.read()
    elif kind == "write":
        with open(path, "wb") as f: f.write(b"{}")
    elif kind == "create":
        with open(path, "xb") as f: f.write(b"{}")
    elif kind == "rename": os.replace(other, path)
    elif kind == "delete": os.unlink(path)
    elif kind == "link": os.symlink(other, path)
    elif kind == "mkdir": os.mkdir(path)
    elif kind == "chmod": os.chmod(path, 0o777)
out = {}
for name, (kind, path, other) in attempts.items():
    try:
        run(kind, path, other)
        out[name] = "ok"
    except OSError as error:
        out[name] = type(error).__name__
print(json.dumps(out))
"""


def _run_user(name: str, *groups: str) -> None:
    subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", name], check=True)
    for group in groups:
        subprocess.run(["usermod", "-a", "-G", group, name], check=True)


@pytest.fixture(scope="module")
def room():
    if os.geteuid() != 0:
        pytest.skip("needs root: the test creates OS users and runs commands as them (setpriv)")
    if shutil.which("setpriv") is None or shutil.which("useradd") is None:
        pytest.skip("needs setpriv and useradd (util-linux, passwd)")
    tag = f"jk{os.getpid() % 100000}"
    names = {"a": f"{tag}a", "b": f"{tag}b", "fac": f"{tag}f"}
    group = f"{tag}fac"
    base = Path(tempfile.mkdtemp(prefix="journeykit-layout-"))
    base.chmod(0o711)  # the users pass through to their folders; nobody lists the base
    created: list[str] = []
    try:
        subprocess.run(["groupadd", group], check=True)
        for key, name in names.items():
            _run_user(name, *([group] if key == "fac" else []))
            created.append(name)
        gid = grp.getgrnam(group).gr_gid
        users = {key: pwd.getpwnam(name) for key, name in names.items()}
        handin = prepare_handin.prepare_root(base / "handin", gid)
        homes = {}
        for key in ("a", "b"):
            user = users[key]
            prepare_handin.prepare_participant(handin, user.pw_name, user.pw_uid, gid)
            homes[key] = prepare_handin.prepare_home(base / "home" / user.pw_name, user.pw_uid, user.pw_gid)
        yield {"base": base, "handin": handin, "homes": homes, "users": users, "gid": gid}
    finally:
        for name in created:
            subprocess.run(["userdel", name], check=False)
        subprocess.run(["groupdel", group], check=False)
        shutil.rmtree(base, ignore_errors=True)


def as_user(room, key: str, code: str, *args: str) -> subprocess.CompletedProcess:
    user = room["users"][key]
    groups = ["--groups", str(room["gid"])] if key == "fac" else ["--clear-groups"]
    command = ["setpriv", "--reuid", str(user.pw_uid), "--regid", str(user.pw_gid), *groups]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(room["homes"].get(key, "/")), "LANG": "C.UTF-8"}
    return subprocess.run(
        [*command, sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120
    )


def probe(room, key: str, attempts: dict[str, tuple]) -> dict[str, str]:
    result = as_user(room, key, PROBE, json.dumps(attempts))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


HAND_IN = r"""
import sys
from pathlib import Path
from journeykit_widgets.collect import hand_in
from journeykit_widgets.samples import load_sample
from journeykit_widgets.store import save
journey = load_sample("airline", "en")
journey.title = sys.argv[1]
path = save(journey, Path.home() / "workspace" / "my_journey.json")
print(hand_in(path, sys.argv[2]))
"""


@pytest.fixture(scope="module")
def handed_in(room):
    """A and B each hand in their journey as themselves, with the kit's hand_in."""
    out = {}
    for key in ("a", "b"):
        name = room["users"][key].pw_name
        result = as_user(room, key, HAND_IN, f"journey of {key}", str(room["handin"] / name))
        assert result.returncode == 0, result.stderr
        out[key] = Path(result.stdout.strip())
    return out


def test_each_participant_hands_in_into_their_own_folder(room, handed_in):
    for key, path in handed_in.items():
        assert path.parent == room["handin"] / room["users"][key].pw_name
        assert path.stat().st_uid == room["users"][key].pw_uid
        assert path.stat().st_gid == room["gid"]  # the facilitators' group, from the folder


def test_participant_a_can_neither_read_nor_change_b_s_hand_in(room, handed_in):
    b_file = handed_in["b"]
    b_folder = b_file.parent
    own_copy = room["homes"]["a"] / "forged.json"
    attempts = {
        "list B's folder": ("list", str(b_folder), None),
        "read B's hand-in": ("read", str(b_file), None),
        "overwrite B's hand-in": ("write", str(b_file), None),
        "rename a forged file over B's": ("rename", str(b_file), str(own_copy)),
        "delete B's hand-in": ("delete", str(b_file), None),
        "plant a link in B's folder": ("link", str(b_folder / "team.json"), "/etc/passwd"),
        "add a file to B's folder": ("create", str(b_folder / "extra.json"), None),
        "open B's folder to all": ("chmod", str(b_folder), None),
        "take B's folder away": ("rename", str(room["handin"] / "moved"), str(b_folder)),
        "claim an unused account's folder": ("mkdir", str(room["handin"] / "team19"), None),
        "list who handed in": ("list", str(room["handin"]), None),
    }
    # A's own file exists so that the rename fails for the right reason (B's folder).
    assert probe(room, "a", {"make own": ("create", str(own_copy), None)}) == {"make own": "ok"}
    before = b_file.read_bytes()
    assert probe(room, "a", attempts) == dict.fromkeys(attempts, "PermissionError")
    assert b_file.read_bytes() == before
    assert sorted(p.name for p in b_folder.iterdir()) == [b_file.name]


def test_participant_a_can_neither_read_nor_change_b_s_workspace(room, handed_in):
    b_home = room["homes"]["b"]
    b_journey = b_home / "workspace" / "my_journey.json"
    attempts = {
        "list B's workspace": ("list", str(b_home / "workspace"), None),
        "read B's journey": ("read", str(b_journey), None),
        "overwrite B's journey": ("write", str(b_journey), None),
        "plant a .bashrc link": ("link", str(b_home / ".bashrc"), "/tmp/x"),
    }
    assert probe(room, "a", attempts) == dict.fromkeys(attempts, "PermissionError")


def test_the_facilitator_reads_every_hand_in_and_changes_none(room, handed_in):
    code = r"""
import json, sys
from journeykit_widgets import collect
c = collect.read_folder(sys.argv[1])
print(json.dumps({"teams": {t.label: t.journey.title for t in c.teams}, "skipped": [s.path.name for s in c.skipped]}))
"""
    result = as_user(room, "fac", code, str(room["handin"]))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    users = room["users"]
    assert seen == {
        "teams": {users["a"].pw_name: "journey of a", users["b"].pw_name: "journey of b"},
        "skipped": [],
    }
    b_file = handed_in["b"]
    attempts = {
        "overwrite a hand-in": ("write", str(b_file), None),
        "delete a hand-in": ("delete", str(b_file), None),
        "add a file": ("create", str(b_file.parent / "extra.json"), None),
    }
    assert probe(room, "fac", attempts) == dict.fromkeys(attempts, "PermissionError")


def test_a_folder_swapped_for_a_link_is_refused_not_followed(room, tmp_path):
    # Should the volume's top folder ever be writable by someone, a participant's folder
    # replaced by a link is not chowned "back" to them through the link.
    target = tmp_path / "somewhere"
    target.mkdir()
    (room["handin"] / "team20").symlink_to(target, target_is_directory=True)
    try:
        with pytest.raises(prepare_handin.LayoutError, match="not a plain folder"):
            prepare_handin.prepare_participant(
                room["handin"], "team20", room["users"]["a"].pw_uid, room["gid"]
            )
        assert target.stat().st_uid == 0
    finally:
        with contextlib.suppress(FileNotFoundError):
            (room["handin"] / "team20").unlink()


@pytest.mark.parametrize("name", ["../etc", "Team01", "", ".hidden", "a/b"])
def test_an_account_name_that_is_no_safe_folder_name_is_refused(name, tmp_path):
    with pytest.raises(prepare_handin.LayoutError, match="cannot name a hand-in folder"):
        prepare_handin.prepare_participant(tmp_path, name, os.getuid(), os.getgid())
