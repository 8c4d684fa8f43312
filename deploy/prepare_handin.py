"""The hand-in volume of a JourneyKit hub: one folder per participant.

    python deploy/prepare_handin.py ROOT NAME... --uid 1000 [--group GID]

``ROOT/<name>`` belongs to that participant; only they may write in it, and only the
facilitator (the group) may read it. Both deployments use this one function:

* containers (jupyterhub_config.py with DockerSpawner, and the same layout made by an
  init container in values.yaml): a participant's container mounts *only* its own
  folder as ``~/handin``, the facilitator's container mounts ROOT read-only. Every
  container runs as uid 1000, so the isolation is the mount, not the uid.
* one machine without containers (local processes, as ``deploy/local_hub.py`` runs them
  as root): every participant is an OS user of their own, and the modes below keep
  them apart: ``ROOT`` is ``root:<facilitators> 0751`` (anyone may pass through, only
  the facilitators may list it) and ``ROOT/<name>`` is ``<participant>:<facilitators>
  2750`` (the participant writes, the facilitators read, nobody else even looks in).

Nothing here follows a symbolic link: a folder that is a link, or a name that could
climb out of ROOT, is refused instead of being fixed up.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import stat
from pathlib import Path

# Account names the hub hands us become folder names: keep to what is safe in a path.
_SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
ROOT_MODE = 0o751
FOLDER_MODE = 0o2750  # setgid: files made inside keep the facilitators' group
HOME_MODE = 0o700
# Team folders: the team's group reads and writes (setgid keeps new files in that group),
# nobody else opens them. Their parent is passable and readable by all (the room file).
TEAM_ROOT_MODE = 0o2775
TEAM_MODE = 0o2770


class LayoutError(RuntimeError):
    """The hand-in volume cannot be laid out safely (for the IT colleague, in English)."""


def folder_name(username: str) -> str:
    """The participant's folder name: their account name, if it is safe in a path."""
    if not _SAFE_NAME.fullmatch(username) or username in {".", ".."}:
        raise LayoutError(
            f"account name {username[:40]!r} cannot name a hand-in folder "
            "(use lower-case letters, digits, '-', '_' or '.')"
        )
    return username


def _own_folder(path: Path, uid: int, gid: int, mode: int) -> None:
    """Make ``path`` a real folder (never through a link) with this owner and mode."""
    with contextlib.suppress(FileExistsError):
        path.mkdir(mode=0o700)
    # O_NOFOLLOW: if someone swapped the folder for a link, open fails instead of
    # giving the link's target to the participant.
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as error:
        raise LayoutError(
            f"{path} is not a plain folder ({error.strerror}); remove it and try again"
        ) from None
    try:
        os.fchown(fd, uid, gid)
        os.fchmod(fd, mode)
    finally:
        os.close(fd)
    if not stat.S_ISDIR(os.lstat(path).st_mode):
        raise LayoutError(f"{path} changed while it was prepared")


def prepare_root(root: Path | str, facilitator_gid: int) -> Path:
    """The volume's top folder: root's, listable by the facilitators only."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    _own_folder(root, 0, facilitator_gid, ROOT_MODE)
    return root


def prepare_participant(root: Path | str, username: str, uid: int, facilitator_gid: int) -> Path:
    """``root/<username>``: written by ``uid`` only, read by the facilitators' group.

    Called before every start of the participant's server (a pre-spawn hook), so a
    folder someone tampered with is put right or refused before it is mounted.
    """
    folder = Path(root) / folder_name(username)
    _own_folder(folder, uid, facilitator_gid, FOLDER_MODE)
    return folder


def prepare_home(home: Path | str, uid: int, gid: int) -> Path:
    """A participant's workspace on a machine without containers: theirs alone."""
    home = Path(home)
    home.parent.mkdir(parents=True, exist_ok=True)
    _own_folder(home, uid, gid, HOME_MODE)
    return home


def prepare_team_root(root: Path | str, facilitator_gid: int) -> Path:
    """The teams' volume: the facilitators write the room file and ``.journeykit-teams.json`` here;
    every participant passes through to their team's folder and reads the room file."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    _own_folder(root, 0, facilitator_gid, TEAM_ROOT_MODE)
    return root


def prepare_team(root: Path | str, folder: str, team_gid: int) -> Path:
    """``root/<folder>``: read and written by the team's OS group only (``2770``), so each
    member's server edits the team journey and its lock, and other teams cannot open it."""
    path = Path(root) / folder_name(folder)
    _own_folder(path, 0, team_gid, TEAM_MODE)
    # What the facilitator made inside (the journey, its backup folder) joins the team's
    # group, writable by it: a member's server saves backups there too. Links are left
    # alone (never followed): the kit refuses to edit through them anyway.
    for entry in os.scandir(path):
        if entry.is_symlink():
            continue
        mode = TEAM_MODE if entry.is_dir(follow_symlinks=False) else 0o660
        os.chown(entry.path, -1, team_gid, follow_symlinks=False)
        os.chmod(entry.path, mode, follow_symlinks=False)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="the hand-in volume on the host")
    parser.add_argument("names", nargs="+", help="participant account names")
    parser.add_argument("--uid", type=int, default=1000, help="owner of the folders (1000 in the image)")
    parser.add_argument("--group", type=int, default=100, help="the facilitators' group id")
    args = parser.parse_args(argv)
    prepare_root(args.root, args.group)
    for name in args.names:
        print(prepare_participant(args.root, name, args.uid, args.group))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
