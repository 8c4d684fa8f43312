"""What a save keeps (issue 18): the file's mode and group, symbolic links, long
names; and the same rule on every path that writes a journey (``store.save``, the
locked ``edit``, ``journeykit import``, ``recover``, ``convert --to json``).

The mode/group/symlink checks also run as an ordinary user: root may write any
file, so a test that only runs as root would not see a participant's view. The
child process drops to ``nobody`` (possible when the tests run as root, as in
CI); elsewhere it is skipped with a message, and CI (``CI`` set) requires it.
"""

from __future__ import annotations

import grp
import json
import os
import pwd
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from journeykit_widgets import edit
from journeykit_widgets.cli import main
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.store import (
    JourneyFileError,
    backup_dir,
    backups,
    export_csv,
    load,
    lock_path,
    recover,
    save,
)

LONG = "j" * 235 + ".json"  # 240 characters: the journey's name alone fits, its helpers did not


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _table(folder: Path, count: int) -> Path:
    """A touchpoints table that fits a journey on the default phase model."""
    journey = Journey.new("t")
    journey.touchpoints = [Touchpoint(id=f"tp-{i}", name=f"Step {i}", phase="touch") for i in range(count)]
    return export_csv(journey, folder / "t.csv").path


def _rename(journey: Journey) -> None:
    journey.title = journey.title + "!"


# ----------------------------------------------------------------------------- mode and group
@pytest.mark.parametrize("mode", [0o644, 0o664, 0o640, 0o600])
def test_a_save_keeps_the_files_mode(tmp_path, mode):
    path = save(Journey.new("t"), tmp_path / "j.json")
    path.chmod(mode)
    save(Journey.new("changed"), path)
    assert _mode(path) == mode
    assert edit(path, _rename, "rename") == []
    assert _mode(path) == mode and load(path).title == "changed!"


def test_a_new_file_gets_the_umasks_mode(tmp_path):
    old = os.umask(0o002)
    try:
        save(Journey.new("t"), tmp_path / "shared.json")
        assert main(["new", str(tmp_path / "cli.json")]) == 0
    finally:
        os.umask(old)
    assert _mode(tmp_path / "shared.json") == 0o664
    assert _mode(tmp_path / "cli.json") == 0o664


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's group to another needs root here")
def test_a_save_keeps_the_files_group(tmp_path):
    path = save(Journey.new("t"), tmp_path / "j.json")
    group = grp.getgrnam("users").gr_gid
    os.chown(path, -1, group)
    assert edit(path, _rename, "rename") == []
    assert path.stat().st_gid == group


# ----------------------------------------------------------------------------- symbolic links
def _linked(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "real").mkdir()
    target = save(Journey.new("t"), tmp_path / "real" / "journey.json")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    return link, target


def test_save_and_edit_replace_the_links_target_and_keep_the_link(tmp_path):
    link, target = _linked(tmp_path)
    save(Journey.new("saved via link"), link)
    assert link.is_symlink() and load(target).title == "saved via link"
    assert edit(link, _rename, "rename") == []
    assert link.is_symlink() and load(target).title == "saved via link!"
    # The backups live beside the real file, and there is one lock for link and target.
    assert backup_dir(link) == backup_dir(target) and backups(target)
    assert not (tmp_path / ".link.json.backups").exists()


def test_import_and_recover_through_a_link_keep_the_link(tmp_path):
    link, target = _linked(tmp_path)
    table = _table(tmp_path, 3)
    assert main(["import", str(table), "--journey", str(link), "-o", str(link)]) == 0
    assert link.is_symlink() and len(load(target).touchpoints) == 3
    target.write_text("{ damaged", "utf-8")
    assert main(["recover", str(link)]) == 0
    assert link.is_symlink() and load(link).title == "t"
    assert list(target.parent.glob("journey.json.*.corrupt"))


# ----------------------------------------------------------------------------- long names
def test_a_journey_with_a_240_character_name_saves_three_times(tmp_path):
    path = tmp_path / LONG
    for title in ("one", "two", "three"):
        save(Journey.new(title), path)
    assert load(path).title == "three" and len(backups(path)) == 2
    assert edit(path, _rename, "rename") == []
    assert load(path).title == "three!"
    names = [p.name for p in tmp_path.iterdir()] + [p.name for p in backup_dir(path).iterdir()]
    assert all(len(os.fsencode(n)) <= 255 for n in names)
    assert len(lock_path(path).name) <= 255 and lock_path(path) != lock_path(tmp_path / ("k" + LONG[1:]))


def test_long_names_through_the_cli(tmp_path):
    path = tmp_path / LONG
    assert main(["new", str(path)]) == 0
    table = _table(tmp_path, 2)
    for _ in range(2):
        assert main(["import", str(table), "--journey", str(path), "-o", str(path)]) == 0
    path.write_text("[", "utf-8")
    assert main(["recover", str(path)]) == 0
    assert load(path).touchpoints


# ----------------------------------------------------------------------------- as an ordinary user
def _as_nobody(folder: Path) -> dict:
    """The saves a participant makes, run in a forked child that has become 'nobody'
    (a member of the team group only). Fork rather than exec: the interpreter may live
    where nobody cannot read it (a pyenv under /root), the code under test need not."""
    import traceback

    nobody = pwd.getpwnam("nobody")
    team = grp.getgrnam("users").gr_gid
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(read)
            os.setgroups([team])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            shared = folder / "shared.json"
            edit(shared, lambda j: setattr(j, "title", "by nobody"), "rename")
            save(load(shared), shared)
            os.umask(0o002)
            save(Journey.new("new"), folder / "new.json")
            save(Journey.new("through the link"), folder / "link.json")
            (folder / "damaged.json").write_text("{", "utf-8")
            recover(folder / "damaged.json")
            try:
                save(Journey.new("x"), folder / "readonly.json")
                refused = False
            except JourneyFileError:
                refused = True

            def info(path: Path) -> list:
                return [stat.S_IMODE(path.stat().st_mode), path.stat().st_gid]

            result = {
                "uid": os.geteuid(),
                "shared": [*info(shared), load(shared).title],
                "new": info(folder / "new.json"),
                "link": [(folder / "link.json").is_symlink(), load(folder / "real.json").title],
                "damaged": info(folder / "damaged.json"),
                "readonly_refused": refused,
            }
            code = 0
        except BaseException:
            result = {"error": traceback.format_exc()}
        finally:
            with os.fdopen(write, "w") as out:
                out.write(json.dumps(result))
            os._exit(code)
    os.close(write)
    with os.fdopen(read) as pipe:
        text = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(text)


@pytest.mark.skipif(
    not (hasattr(os, "geteuid") and os.geteuid() == 0) and not os.environ.get("CI"),
    reason="needs root to become 'nobody' in a child process (CI runs as root and requires this test)",
)
def test_as_an_ordinary_user_saves_keep_mode_group_and_links():
    nobody = pwd.getpwnam("nobody")
    team = grp.getgrnam("users").gr_gid  # the hand-in folder's group, not nobody's own
    folder = Path(tempfile.mkdtemp(prefix="jk-nobody-"))
    try:
        shared = save(Journey.new("t"), folder / "shared.json")
        save(Journey.new("t2"), folder / "shared.json")  # a backup folder exists too
        (folder / "real.json").write_text(shared.read_text())
        (folder / "link.json").symlink_to("real.json")
        save(Journey.new("ok"), folder / "damaged.json")
        save(Journey.new("ok2"), folder / "damaged.json")
        save(Journey.new("ok"), folder / "readonly.json")
        for path in [folder, *folder.rglob("*")]:
            os.lchown(path, nobody.pw_uid, team)
        folder.chmod(0o2775)  # setgid: new files get the team's group, as in a shared folder
        shared.chmod(0o664)
        (folder / "damaged.json").chmod(0o660)
        (folder / "readonly.json").chmod(0o444)
        seen = _as_nobody(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert "error" not in seen, seen.get("error")
    assert seen["uid"] == nobody.pw_uid
    assert seen["shared"] == [0o664, team, "by nobody"]  # teammates keep access
    assert seen["new"] == [0o664, team]  # umask 002 in a setgid team folder
    assert seen["link"] == [True, "through the link"]
    assert seen["damaged"] == [0o660, team]
    assert seen["readonly_refused"] is True


# ----------------------------------------------------------------------------- read-only, FIFOs
def test_a_read_only_journey_is_not_overwritten(tmp_path):
    path = save(Journey.new("keep me"), tmp_path / "j.json")
    path.chmod(0o444)
    with pytest.raises(JourneyFileError, match="read-only"):
        save(Journey.new("other"), path)
    with pytest.raises(JourneyFileError, match="read-only"):
        edit(path, _rename, "rename")
    table = _table(tmp_path, 1)
    assert main(["import", str(table), "--journey", str(path), "-o", str(path), "--lang", "nl"]) == 1
    assert load(path).title == "keep me" and _mode(path) == 0o444


def test_read_only_message_in_both_languages(tmp_path, capsys):
    path = save(Journey.new("keep me"), tmp_path / "j.json")
    path.chmod(0o444)
    assert main(["convert", str(path), "--to", "json", "-o", str(path.with_name("x.json"))]) == 0
    other = path.with_name("x.json")
    other.chmod(0o444)
    assert main(["convert", str(path), "--to", "json", "-o", str(other), "--force", "--lang", "nl"]) == 1
    assert "alleen-lezen" in capsys.readouterr().err


def test_a_fifo_is_refused_instead_of_hanging(tmp_path, capsys):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(JourneyFileError, match="not a regular file"):
        load(fifo)
    with pytest.raises(JourneyFileError, match="not a regular file"):
        save(Journey.new("t"), fifo)
    assert main(["validate", str(fifo)]) == 1
    table = tmp_path / "pipe.csv"
    os.mkfifo(table)
    assert main(["import", str(table), "-o", str(tmp_path / "out.json")]) == 1
    err = capsys.readouterr().err
    assert "not a regular file" in err and "Traceback" not in err
    with pytest.raises(JourneyFileError, match="not a regular file"):
        load("/dev/zero")


# ----------------------------------------------------------------------------- backups and the clock
def test_backups_keep_the_newest_when_the_clock_goes_back(tmp_path):
    path = save(Journey.new("v0"), tmp_path / "j.json")
    folder = backup_dir(path)
    folder.mkdir()
    # Backups from "the future": a clock that was an hour fast and was then corrected.
    for i in range(3):
        (folder / f"20990101T00000{i}000000Z.json").write_text(path.read_text())
    save(Journey.new("v1"), path, keep=3)  # backs up v0
    save(Journey.new("v2"), path, keep=3)  # backs up v1
    newest = [load(b).title for b in backups(path)]
    assert newest[:2] == ["v1", "v0"] and len(newest) == 3


def test_recover_after_the_clock_went_back_puts_back_the_last_save(tmp_path):
    path = save(Journey.new("v0"), tmp_path / "j.json")
    folder = backup_dir(path)
    folder.mkdir()
    (folder / "20990101T000000000000Z.json").write_text(path.read_text().replace("v0", "old"))
    save(Journey.new("v1"), path)
    path.write_text("{", "utf-8")
    recover(path)
    assert load(path).title == "v0"
