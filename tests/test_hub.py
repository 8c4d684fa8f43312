"""A real JupyterHub room on this machine: deploy/local_hub.py with three participants.

Each participant's server starts through the hub, runs the participant flow in a
kernel through the hub's proxy (open the start journey, add touchpoints with
``edit``, export a handout, hand in), and everything the script started is gone
afterwards. The twenty-participant run is the benchmark (benchmarks/RESULTS.md).

As root the room runs with ``--os-users``: every participant is an OS user of their
own, and each one's kernel tries to get at the next one's hand-in and workspace.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "deploy" / "local_hub.py"
PARTICIPANTS = 3
# Real, different users need root (useradd, and the hub starting servers as them).
OS_USERS = os.geteuid() == 0 and bool(shutil.which("useradd")) and bool(shutil.which("setpriv"))

pytestmark = pytest.mark.slow


def _missing() -> str:
    if importlib.util.find_spec("jupyterhub") is None:
        return "jupyterhub is not installed (pip install -e '.[test]')"
    if shutil.which("configurable-http-proxy") is None and shutil.which("npm") is None:
        return "neither configurable-http-proxy nor npm (to install it) is on the PATH"
    return ""


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the hub test: {reason}")
        pytest.skip(reason)
    # Other users must pass through the folder to their homes: pytest's own is closed.
    base = Path(tempfile.mkdtemp(prefix="journeykit-hub-")) if OS_USERS else tmp_path_factory.mktemp("hub")
    if OS_USERS:
        base.chmod(0o711)
    # The proxy from npm into a folder of the test's own (a few seconds); no global install.
    cache = Path(os.environ.get("JOURNEYKIT_CHP_CACHE") or base / "chp")
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--participants",
            str(PARTICIPANTS),
            "--proxy-cache",
            str(cache),
            "--keep",
            str(base / "room"),
            "--json",
            str(base / "room.json"),
            "--timeout",
            "240",
            *(["--os-users"] if OS_USERS else []),
        ],
        capture_output=True,
        text=True,
        timeout=420,
    )
    seconds = time.perf_counter() - started
    data = json.loads((base / "room.json").read_text("utf-8")) if (base / "room.json").exists() else {}
    yield result, data, base / "room", seconds
    if OS_USERS:
        shutil.rmtree(base, ignore_errors=True)


def test_every_participant_runs_the_flow_through_the_hub(room):
    result, data, _, _ = room
    assert result.returncode == 0, result.stdout + result.stderr
    people = data["participants"]
    assert [p["name"] for p in people] == ["team01", "team02", "team03"]
    for person in people:
        assert person["error"] == ""
        assert person["touchpoints"] == 16 + 5  # the airline sample plus five added through edit()
        assert person["handout_bytes"] > 10_000
        assert 50 < person["idle_rss_mb"] <= person["peak_rss_mb"] < 2000


def test_the_script_prints_the_figures_a_trainer_needs(room):
    out = room[0].stdout
    for words in ("all servers up after", "participant flow", "RSS per participant", "peak total RSS"):
        assert words in out


def test_handouts_and_hand_ins_hold_what_the_participant_added(room):
    _, _, base, _ = room
    handout = (base / "home" / "team02" / "handouts" / "01_touchpoints.html").read_text("utf-8")
    assert "team02 idea 5" in handout
    from journeykit_widgets import collect

    collection = collect.read_folder(base / "handin")
    assert sorted(team.label for team in collection.teams) == ["team01", "team02", "team03"]
    progress = collect.progress_table(collection).set_index("team")
    assert progress.loc["team01", "touchpoint_count"] == 21


def test_nothing_the_script_started_is_left_running(room):
    _, _, base, _ = room
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        from local_hub import servers_of
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert servers_of(base) == {}
    import psutil

    kernels = [
        p.pid
        for p in psutil.process_iter(["cmdline"])
        if str(base) in " ".join(p.info["cmdline"] or ()) and "ipykernel" in " ".join(p.info["cmdline"] or ())
    ]
    assert kernels == []
    pid = int((base / "state" / "hub.pid").read_text()) if (base / "state" / "hub.pid").exists() else None
    if pid is not None:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_the_room_of_three_stays_within_ci_time(room):
    # ~1 minute on a quiet 2-core machine; the limit leaves room for a loaded CI runner.
    assert room[3] < 300


def test_no_participant_gets_at_another_one_s_hand_in_or_workspace(room):
    if not OS_USERS:
        pytest.skip("needs root (useradd, setpriv) to run every participant as an OS user of their own")
    result, data, _, _ = room
    assert result.returncode == 0, result.stdout + result.stderr
    assert data["os_users"] is True
    for person in data["participants"]:
        # read, list, replace, overwrite, delete, plant links: the kernel of the participant
        # before tried all of it, as that participant's own OS user, through the hub
        assert len(person["probes"]) == 8, person["name"]
        assert person["probes"] == dict.fromkeys(person["probes"], "PermissionError"), person["name"]
    assert "all refused" in result.stdout


def test_the_facilitator_reads_every_participant_s_hand_in(room):
    _, data, base, _ = room
    assert data["facilitator_saw"] == ["team01", "team02", "team03"]
    if OS_USERS:  # the hub's layout: a folder per participant, the file inside it
        assert sorted(
            p.relative_to(base / "handin").as_posix() for p in (base / "handin").rglob("*.json")
        ) == [f"team0{i}/team0{i}.json" for i in (1, 2, 3)]
