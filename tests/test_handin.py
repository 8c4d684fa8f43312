"""Handing a journey in (collect.hand_in), and the facilitator reading the hub's layout
of one folder per participant (collect.read_folder)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from journeykit_widgets import collect
from journeykit_widgets.collect import HandInError, hand_in
from journeykit_widgets.i18n import language
from journeykit_widgets.samples import load_sample
from journeykit_widgets.store import save


@pytest.fixture
def journey(tmp_path) -> Path:
    sample = load_sample("airline", "en")
    sample.title = "Team Two's journey"
    return save(sample, tmp_path / "workspace" / "my_journey.json")


@pytest.fixture
def handin(tmp_path) -> Path:
    folder = tmp_path / "handin"
    folder.mkdir()
    return folder


def test_hand_in_copies_the_journey_for_the_facilitator_only(journey, handin):
    written = hand_in(journey, handin)
    assert written == handin / "my_journey.json"
    assert json.loads(written.read_text("utf-8"))["title"] == "Team Two's journey"
    # owner and the facilitators' group read it; nobody else does
    assert stat.S_IMODE(written.stat().st_mode) == 0o640
    assert [p.name for p in handin.iterdir()] == ["my_journey.json"]  # no temporary file left


def test_a_planted_link_is_refused_and_its_target_stays_untouched(journey, handin, tmp_path):
    # The attack of issue 22: a link named like B's hand-in, pointing at B's .bashrc.
    bashrc = tmp_path / ".bashrc"
    bashrc.write_text("echo hello\n", "utf-8")
    (handin / "my_journey.json").symlink_to(bashrc)
    with language("en"), pytest.raises(HandInError) as refused:
        hand_in(journey, handin)
    message = str(refused.value)
    assert "is a link" in message and "my_journey.json" in message
    assert bashrc.read_text("utf-8") == "echo hello\n"
    assert (handin / "my_journey.json").is_symlink()
    assert [p.name for p in handin.iterdir()] == ["my_journey.json"]  # no temporary file left


def test_the_refusal_speaks_dutch_too(journey, handin, tmp_path):
    (handin / "my_journey.json").symlink_to(tmp_path / "elsewhere")
    with language("nl"), pytest.raises(HandInError, match="is een koppeling"):
        hand_in(journey, handin)


def test_a_folder_at_the_name_is_refused(journey, handin):
    (handin / "my_journey.json").mkdir()
    with language("en"), pytest.raises(HandInError, match="is not a file"):
        hand_in(journey, handin)


def test_handing_in_again_replaces_the_earlier_copy_in_one_step(journey, handin):
    hand_in(journey, handin)
    first_inode = (handin / "my_journey.json").stat().st_ino
    data = json.loads(journey.read_text("utf-8"))
    data["title"] = "Second version"
    journey.write_text(json.dumps(data), "utf-8")
    written = hand_in(journey, handin)
    assert json.loads(written.read_text("utf-8"))["title"] == "Second version"
    assert written.stat().st_ino != first_inode  # a new file renamed in, not written through


def test_a_damaged_journey_is_not_handed_in(handin, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", "utf-8")
    with language("en"), pytest.raises(ValueError, match=r"broken\.json"):
        hand_in(broken, handin)
    assert list(handin.iterdir()) == []


def test_without_a_folder_the_hub_folder_is_used_or_the_message_says_what_is_missing(
    journey, handin, monkeypatch
):
    monkeypatch.delenv(collect.HANDIN_ENV, raising=False)
    with language("en"), pytest.raises(HandInError, match="JOURNEYKIT_HANDIN"):
        hand_in(journey)
    monkeypatch.setenv(collect.HANDIN_ENV, str(handin))
    assert hand_in(journey, name="team02.json") == handin / "team02.json"


def test_a_name_cannot_climb_out_of_the_folder(journey, handin):
    with language("en"), pytest.raises(HandInError, match="plain file name"):
        hand_in(journey, handin, name="../team03.json")


def test_the_facilitator_reads_one_folder_per_participant(journey, handin, tmp_path):
    # The hub's layout (deploy/prepare_handin.py): handin/<account>/<file>.json
    for account in ("team01", "team02"):
        (handin / account).mkdir()
        hand_in(journey, handin / account)
    (handin / "team03").mkdir()  # signed in, nothing handed in yet
    elsewhere = tmp_path / "private"
    elsewhere.mkdir()
    save(load_sample("airline", "en"), elsewhere / "secret.json")
    (handin / "planted").symlink_to(elsewhere, target_is_directory=True)
    collection = collect.read_folder(handin)
    assert [team.label for team in collection.teams] == ["team01", "team02"]
    assert all(team.path.parent.name == team.label for team in collection.teams)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder; the layout test covers this as root")
def test_a_participant_folder_the_facilitator_cannot_read_is_listed(journey, handin):
    closed = handin / "team04"
    closed.mkdir(mode=0o000)
    try:
        with language("en"):
            collection = collect.read_folder(handin)
        assert [(s.path.name, "cannot be read" in s.reason) for s in collection.skipped] == [("team04", True)]
    finally:
        closed.chmod(0o700)


def _cli(*args: str, env: dict | None = None):
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "journeykit_widgets", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_journeykit_handin_copies_into_the_hub_folder(journey, handin):
    result = _cli("handin", str(journey), "--lang", "nl", env={collect.HANDIN_ENV: str(handin)})
    assert result.returncode == 0, result.stderr
    assert "ingeleverd:" in result.stdout
    assert json.loads((handin / "my_journey.json").read_text("utf-8"))["title"] == "Team Two's journey"


def test_journeykit_handin_refuses_a_planted_link_without_a_traceback(journey, handin, tmp_path):
    bashrc = tmp_path / ".bashrc"
    bashrc.write_text("echo hello\n", "utf-8")
    (handin / "my_journey.json").symlink_to(bashrc)
    result = _cli("handin", str(journey), "--folder", str(handin), "--lang", "en")
    assert result.returncode == 1
    assert "is a link" in result.stderr and "Traceback" not in result.stderr
    assert bashrc.read_text("utf-8") == "echo hello\n"
