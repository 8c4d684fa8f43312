"""Who is editing: the name every edit in a journey's history carries.

On a JupyterHub the hub's user name (``JUPYTERHUB_USER``) wins: it is the name the
facilitator put in the room list and the team, and a participant cannot pass as
someone else by changing a setting. Elsewhere (a laptop, a team sharing one
machine) the person's own choice counts: ``JOURNEYKIT_AUTHOR`` or the name saved
with ``set_author`` in the settings file; else the operating system's account
(full name when the account has one, else the login name).
"""

from __future__ import annotations

import getpass
import json
import logging
import os
from pathlib import Path

__all__ = ["AUTHOR_ENV", "HUB_USER_ENV", "current_author", "set_author", "settings_file"]

HUB_USER_ENV = "JUPYTERHUB_USER"
AUTHOR_ENV = "JOURNEYKIT_AUTHOR"
SETTINGS_ENV = "JOURNEYKIT_SETTINGS"
# A name is shown on cards and in the history: longer than this is a pasted text, not a name.
MAX_NAME = 60

_log = logging.getLogger(__name__)


def settings_file() -> Path:
    """The person's settings: ``$JOURNEYKIT_SETTINGS``, else ``journeykit/settings.json``
    in the user's configuration folder (``$XDG_CONFIG_HOME`` or ``~/.config``)."""
    override = os.environ.get(SETTINGS_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME", "").strip() or Path.home() / ".config"
    return Path(base).expanduser() / "journeykit" / "settings.json"


def current_author() -> str:
    """The name of the person at this kernel (never empty when any source has one)."""
    for name in (os.environ.get(HUB_USER_ENV), os.environ.get(AUTHOR_ENV), _saved_name(), _os_name()):
        cleaned = _clean(name)
        if cleaned:
            return cleaned
    return ""


def set_author(name: str) -> Path:
    """Save ``name`` as this person's name (kept with other settings); the file written.
    An empty name removes the choice, so the account's name counts again."""
    path = settings_file()
    settings = _read_settings(path)
    cleaned = _clean(name)
    if cleaned:
        settings["author"] = cleaned
    else:
        settings.pop("author", None)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(settings, ensure_ascii=False, indent=2) + "\n", "utf-8")
    os.replace(temporary, path)  # a reader never sees half a file
    return path


def _clean(name: object) -> str:
    """One line of at most ``MAX_NAME`` characters, spaces collapsed."""
    if not isinstance(name, str):
        return ""
    return " ".join(name.split())[:MAX_NAME]


def _read_settings(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        # A damaged settings file must not stop anyone from editing: the account's name counts.
        _log.warning("ignoring the settings file %s: %s", path, str(error)[:120])
        return {}
    return data if isinstance(data, dict) else {}


def _saved_name() -> str:
    return _clean(_read_settings(settings_file()).get("author"))


def _os_name() -> str:
    """The account's full name (the GECOS field on Unix), else its login name."""
    try:
        import pwd  # not on Windows

        entry = pwd.getpwuid(os.getuid())
        full = entry.pw_gecos.split(",")[0].strip()
        return full or entry.pw_name
    except (ImportError, KeyError, AttributeError):
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
