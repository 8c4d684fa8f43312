"""A hand-in folder is filled by others: what a facilitator's ``collect`` reads from it,
and what it shows. Only ordinary files in the folder itself are read; every other
``*.json`` is listed with the reason; names cannot forge lines or reach the terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeykit_widgets import collect
from journeykit_widgets.i18n import language
from journeykit_widgets.i18n.quote import printable_name
from journeykit_widgets.samples import load_sample
from journeykit_widgets.store import save

pytestmark = [
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="symbolic links and FIFOs as on Linux and macOS"),
]

SECRET = "Bob's private journey"
HOSTILE = "evil\nforged.json: read fine\x1b[31m\x1b]0;pwned\x07"


@pytest.fixture
def handin(tmp_path) -> Path:
    """One real team, and everything a participant could plant beside it."""
    private = tmp_path / "private"
    private.mkdir()
    bob = load_sample("airline", "en")
    bob.title = SECRET
    save(bob, private / "bob.json")
    os.mkfifo(private / "pipe")
    system_file = tmp_path / "passwd"
    system_file.write_text("root:x:0:0:root:/root:/bin/bash\n", "utf-8")

    folder = tmp_path / "handin"
    folder.mkdir()
    save(load_sample("airline", "en"), folder / "team1.json")
    (folder / "link_out.json").symlink_to(private / "bob.json")
    (folder / "passwd.json").symlink_to(system_file)
    (folder / "folder_link.json").symlink_to(private)
    (folder / "pipe_link.json").symlink_to(private / "pipe")
    (folder / "link_in.json").symlink_to(folder / "team1.json")
    os.mkfifo(folder / "fifo.json")
    (folder / "sub.json").mkdir()
    save(load_sample("veranda", "en"), folder / f"{HOSTILE}.json")
    return folder


LEFT_OUT = {
    "link_out.json": "symbolic link",
    "passwd.json": "symbolic link",
    "folder_link.json": "symbolic link",
    "pipe_link.json": "symbolic link",
    "link_in.json": "symbolic link",
    "fifo.json": "not an ordinary file",
    "sub.json": "not an ordinary file",
}


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "MPLBACKEND": "Agg"}
    # The timeout is a guard, not a barrier: a FIFO that is opened blocks for ever.
    return subprocess.run(
        [sys.executable, "-m", "journeykit_widgets", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_only_ordinary_files_in_the_folder_are_read_and_every_other_one_is_listed(handin):
    collection = collect.read_folder(handin)
    assert sorted(team.path.name for team in collection.teams) == sorted(["team1.json", f"{HOSTILE}.json"])
    assert SECRET not in [team.journey.title for team in collection.teams]
    reasons = {skipped.path.name: skipped.reason for skipped in collection.left_out}
    assert set(reasons) == set(LEFT_OUT)
    for name, words in LEFT_OUT.items():
        assert words in reasons[name], (name, reasons[name])


def test_reasons_are_in_the_users_language(handin):
    with language("nl"):
        collection = collect.read_folder(handin)
    reasons = {skipped.path.name: skipped.reason for skipped in collection.left_out}
    assert "symbolische koppeling" in reasons["link_out.json"]
    assert "geen gewoon bestand" in reasons["fifo.json"]


def test_cli_finishes_beside_fifos_and_shows_no_other_persons_journey(handin, tmp_path):
    (handin / f"{HOSTILE}broken.json").write_text("{", "utf-8")
    result = _cli("collect", str(handin), "-o", str(tmp_path / "group.html"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "2 journeys read" in out and f"{len(LEFT_OUT) + 1} left out" in out
    assert SECRET not in out and "root:x" not in out
    page = (tmp_path / "group.html").read_text("utf-8")
    assert SECRET not in page and "\x1b" not in page
    for name in [*LEFT_OUT, f"{printable_name(HOSTILE)}broken.json"]:
        assert name in page


def test_names_are_printed_escaped_so_they_forge_no_line_and_send_no_escape(handin, tmp_path):
    (handin / f"{HOSTILE}broken.json").write_text("{", "utf-8")
    result = _cli("collect", str(handin), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "\x1b" not in out and "\x07" not in out
    shown = printable_name(HOSTILE)
    assert "\\n" in shown and "\\x1b" in shown
    assert shown in out  # the team read from the hostile file, by its escaped name
    listed = out.split("Left out:\n")[1].strip().splitlines()
    assert len(listed) == len(LEFT_OUT) + 1  # one line per file: nothing forged
    assert not any(line.startswith("forged.json") for line in out.splitlines())
    assert any(line.strip().startswith(f"{shown}broken.json: line 1") for line in listed)


def test_the_facilitator_notebooks_views_show_the_same_escaped_names(handin):
    (handin / f"{HOSTILE}broken.json").write_text("{", "utf-8")
    left_out = collect.show_left_out(handin)._repr_html_()
    progress = collect.show_progress(handin)._repr_html_()
    board = collect.progress_board(handin).children[1].value
    shown = printable_name(HOSTILE)
    for page in (left_out, progress, board):
        assert "\x1b" not in page and HOSTILE not in page
    assert f"{shown}broken.json" in left_out and shown in progress
    assert "fifo.json" in left_out and "symbolic link" in left_out


def test_printable_name_escapes_controls_and_keeps_every_script():
    assert printable_name("a\nb\rc\td") == "a\\nb\\rc\\td"
    assert printable_name("x\x1b[31m\x7f\x9b") == "x\\x1b[31m\\x7f\\x9b"
    assert printable_name("invoice\u202egpj.json") == "invoice\\u202egpj.json"
    assert printable_name("line\u2028sep\ufffe") == "line\\u2028sep\\ufffe"
    assert printable_name(os.fsdecode(b"caf\xe9.json")) == "caf\\xe9.json"  # not UTF-8 on disk
    kept = "Fietsen 🚲 kopen 👍🏽 👨‍👩‍👧 中文 عربي हिन्दी ไทย café"
    assert printable_name(kept) == kept


def test_a_link_dressed_as_a_participants_folder_is_listed_not_read(tmp_path):
    """On the hub each participant has a folder one level down; a link named like one
    (to a folder with someone else's journey) is listed as a link and never followed,
    while a real participant's folder is read."""
    folder = tmp_path / "handin"
    (folder / "team01").mkdir(parents=True)
    save(load_sample("airline", "en"), folder / "team01" / "journey.json")
    private = tmp_path / "private"
    private.mkdir()
    secret = load_sample("airline", "en")
    secret.title = SECRET
    save(secret, private / "journey.json")
    (folder / "team02").symlink_to(private, target_is_directory=True)
    collection = collect.read_folder(folder)
    assert [team.label for team in collection.teams] == ["team01"]
    assert all(team.journey.title != SECRET for team in collection.teams)
    assert [skipped.path.name for skipped in collection.skipped] == ["team02"]
