"""Team folders on a hub (deploy/prepare_handin.py ``prepare_team``) with real OS users.

Ann and Bob are in team A, Cas in team B. The facilitator forms the teams with the
kit (``form_teams``) and the hub hands each folder to its team's group. Ann and Bob
then edit the one team journey through the kit's locked edit path, each as their own
uid with an ordinary umask (022), turn by turn and at the same time; Cas cannot open
team A's folder. Needs root (users, groups, setpriv); skipped with that reason otherwise.
"""

from __future__ import annotations

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

from journeykit_widgets.teams import Team, form_teams

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))
import prepare_handin  # noqa: E402 - deploy/ is a folder of scripts, not a package

sys.path.remove(str(ROOT / "deploy"))

pytestmark = pytest.mark.slow  # every step starts Python as another user

EDIT = r"""
import sys
from journeykit_widgets import store
from journeykit_widgets.model import Touchpoint
path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(count):
    result = store.apply_edit(
        path,
        lambda j, i=i: j.touchpoints.append(Touchpoint(id=f"{name}-{i}", name=f"{name} {i}", phase="touch")),
        f"{name} adds a card",
        author=name,
    )
    assert result.saved and not result.problems, result.problems
print("ok")
"""

PROBE = r"""
import json, os, sys
out = {}
for kind, path in json.loads(sys.argv[1]):
    try:
        if kind == "list": os.listdir(path)
        elif kind == "read": open(path, "rb").read()
        elif kind == "create": open(path, "xb").close()
        out[kind + " " + os.path.basename(path)] = "ok"
    except OSError as error:
        out[kind + " " + os.path.basename(path)] = type(error).__name__
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def teams():
    if os.geteuid() != 0:
        pytest.skip("needs root: the test creates OS users and groups and runs commands as them (setpriv)")
    if shutil.which("setpriv") is None or shutil.which("useradd") is None:
        pytest.skip("needs setpriv and useradd (util-linux, passwd)")
    tag = f"jt{os.getpid() % 100000}"
    users = {"ann": f"{tag}ann", "bob": f"{tag}bob", "cas": f"{tag}cas"}
    groups = {"A": f"{tag}ta", "B": f"{tag}tb"}
    base = Path(tempfile.mkdtemp(prefix="journeykit-teams-"))
    base.chmod(0o711)
    made_users, made_groups = [], []
    try:
        for group in groups.values():
            subprocess.run(["groupadd", group], check=True)
            made_groups.append(group)
        for key, name in users.items():
            subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", name], check=True)
            made_users.append(name)
            subprocess.run(["usermod", "-a", "-G", groups["B" if key == "cas" else "A"], name], check=True)
        root = prepare_handin.prepare_team_root(base / "teams", 0)
        formed = [Team("Team A", [users["ann"], users["bob"]]), Team("Team B", [users["cas"]])]
        journeys = form_teams(root, formed, language="en")
        for team, group in zip(formed, groups.values(), strict=True):
            prepare_handin.prepare_team(root, team.folder, grp.getgrnam(group).gr_gid)
        yield {"root": root, "journeys": journeys, "users": users, "groups": groups}
    finally:
        for name in made_users:
            subprocess.run(["userdel", name], check=False)
        for group in made_groups:
            subprocess.run(["groupdel", group], check=False)
        shutil.rmtree(base, ignore_errors=True)


def _as(teams, key: str, code: str, *args: str, wait: bool = True):
    user = pwd.getpwnam(teams["users"][key])
    group = grp.getgrnam(teams["groups"]["B" if key == "cas" else "A"]).gr_gid
    command = ["setpriv", "--reuid", str(user.pw_uid), "--regid", str(user.pw_gid), "--groups", str(group)]
    env = {"PATH": "/usr/bin:/bin", "HOME": "/", "LANG": "C.UTF-8", "JOURNEYKIT_LANG": "en"}
    # An ordinary umask (022): the folder's mode, not the member's umask, must make sharing work.
    full = ["sh", "-c", 'umask 022; exec "$@"', "sh", *command, sys.executable, "-c", code, *args]
    if not wait:
        return subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    return subprocess.run(full, capture_output=True, text=True, env=env, timeout=300)


def test_each_team_has_one_journey_in_a_folder_of_its_group(teams):
    team_a = teams["journeys"][0].parent
    assert team_a.name == "team-a"
    info = team_a.stat()
    assert oct(info.st_mode & 0o7777) == oct(0o2770)
    assert grp.getgrgid(info.st_gid).gr_name == teams["groups"]["A"]
    listed = json.loads((teams["root"] / ".journeykit-teams.json").read_text("utf-8"))
    assert [t["members"] for t in listed["teams"]] == [
        [teams["users"]["ann"], teams["users"]["bob"]],
        [teams["users"]["cas"]],
    ]


def test_members_edit_the_team_journey_in_turns_and_at_once(teams):
    from journeykit_widgets import store

    path = str(teams["journeys"][0])
    for key in ("ann", "bob"):
        done = _as(teams, key, EDIT, path, key, "1")
        assert done.returncode == 0, done.stderr
    together = [_as(teams, key, EDIT, path, f"{key}-x", "15", wait=False) for key in ("ann", "bob")]
    for process in together:
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    journey = store.load(path)
    ids = {tp.id for tp in journey.touchpoints}
    # every acknowledged edit of both members is in the file: nothing lost to a lock or a rename
    assert {"ann-0", "bob-0"} | {f"{k}-x-{i}" for k in ("ann", "bob") for i in range(15)} <= ids
    assert {r.author for r in journey.revisions} >= {"ann", "bob", "ann-x", "bob-x"}


def test_a_member_of_another_team_cannot_open_the_team_folder(teams):
    journey = teams["journeys"][0]
    result = _as(
        teams,
        "cas",
        PROBE,
        json.dumps(
            [["list", str(journey.parent)], ["read", str(journey)], ["create", str(journey.parent / "x")]]
        ),
    )
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout).values()) == {"PermissionError"}
    own = _as(teams, "cas", PROBE, json.dumps([["read", str(teams["journeys"][1])]]))
    assert json.loads(own.stdout) == {"read journey.json": "ok"}


BOARD = r"""
import json, sys
import journeykit_widgets as jk
print(json.dumps(jk.journey_board(sys.argv[1]).view.get("error", "a map")))
"""


def test_the_board_tells_a_member_of_another_team_the_file_cannot_be_read(teams):
    # Before: a PermissionError traceback from inside the kit (it asked whether the file
    # exists, and the folder it may not enter answered with an error).
    result = _as(teams, "cas", BOARD, str(teams["journeys"][0]))
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout.splitlines()[-1])
    assert "journey.json" in said and "Permission denied" in said, said
