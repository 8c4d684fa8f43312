"""Hand a journey in: a copy in the hand-in folder the facilitator reads.

The copy is written next to its final name as a hidden temporary file and then
renamed over it in one step (``os.replace``), so the facilitator never reads half a
file. A rename replaces the *name* in the folder: it never writes through a link
someone planted there, unlike ``cp`` or ``shutil.copyfile``, which follow a link at
the target and would overwrite whatever it points at (another file of yours, such as
``~/.bashrc``). A link, a folder or any other non-file already at that name is
refused with a message, so nobody is surprised by what was there.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from journeykit_widgets.collect.notebook import HANDIN_ENV
from journeykit_widgets.i18n import t
from journeykit_widgets.store import load

__all__ = ["HAND_IN_MODE", "HandInError", "hand_in"]

# Owner reads and writes, the facilitators' group reads (deploy/prepare_handin.py gives
# each participant's folder that group); nobody else.
HAND_IN_MODE = 0o640


class HandInError(ValueError):
    """A hand-in that was refused, with the reason in the user's language."""

    def _render_traceback_(self) -> list[str]:
        # IPython shows this sentence in the notebook instead of a traceback.
        return [str(self)]


def _folder(folder: Path | str | None) -> Path:
    if folder is None:
        if not os.environ.get(HANDIN_ENV):
            raise HandInError(t("handin.error.no_folder", env=HANDIN_ENV))
        folder = os.environ[HANDIN_ENV]
    folder = Path(folder)
    if not folder.is_dir():
        raise HandInError(t("handin.error.not_a_folder", folder=folder))
    return folder


def _check_target(target: Path) -> None:
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        raise HandInError(t("handin.error.link", name=target.name, folder=target.parent))
    if not stat.S_ISREG(mode):
        raise HandInError(t("handin.error.not_a_file", name=target.name, folder=target.parent))


def hand_in(journey: Path | str, folder: Path | str | None = None, name: str | None = None) -> Path:
    """Copy the journey file ``journey`` into ``folder`` (default: the hub's hand-in
    folder, ``$JOURNEYKIT_HANDIN``) as ``name`` (default: the file's own name).

    The journey is read first, so a damaged file is refused with the store's message
    (file and place) instead of being handed in. Returns the path written.
    """
    source = Path(journey)
    load(source)  # a damaged or missing file stops here, with its message
    data = source.read_bytes()
    target_folder = _folder(folder)
    target_name = name or source.name
    if Path(target_name).name != target_name or target_name.startswith("."):
        raise HandInError(t("handin.error.name", name=target_name[:60]))
    target = target_folder / target_name
    _check_target(target)
    fd, temp = tempfile.mkstemp(dir=target_folder, prefix=".handin-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            if hasattr(os, "fchmod"):  # not on Windows before Python 3.13; a laptop has no group to hide from
                os.fchmod(out.fileno(), HAND_IN_MODE)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # Checked again just before the rename: a link planted meanwhile is refused too
        # (and even if one appeared after this check, the rename replaces the link itself).
        _check_target(target)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return target
