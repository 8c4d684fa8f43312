"""Where a workshop's files are: the kit folder, the participant's workspace file,
the team's journey on a hub, and the journey file a notebook opens (a shipped sample
is never edited in place)."""

from __future__ import annotations

import shutil
from pathlib import Path

from journeykit_widgets.i18n import get_language, set_language, t
from journeykit_widgets.samples import data_dir, sample_path

__all__ = [
    "DEFAULT_SAMPLE",
    "SAMPLE_PREFIX",
    "TEAM_JOURNEY",
    "WORKSPACE_FILE",
    "is_sample",
    "is_team_file",
    "journey_path",
    "kit_root",
    "shown_path",
    "team_file",
    "workspace_file",
]

WORKSPACE_FILE = Path("workspace") / "my_journey.json"
DEFAULT_SAMPLE = "airline"
SAMPLE_PREFIX = "sample_"
# Where a hub with team folders puts a member's team journey (deploy/README.md, "Team
# folders"): the step notebooks open it by themselves, so no member types a path.
TEAM_JOURNEY = Path("~") / "team" / "journey.json"


def kit_root(start: Path | str | None = None) -> Path:
    """The workshop folder: the nearest folder (from ``start`` or the current one,
    upwards) that holds ``notebooks/``; else the checkout this package runs from;
    else the current folder."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "notebooks").is_dir():
            return folder
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "notebooks").is_dir():
        return checkout
    return here


def workspace_file(root: Path | str | None = None) -> Path:
    """The participant's own journey: ``workspace/my_journey.json`` in the kit folder."""
    return kit_root(root) / WORKSPACE_FILE


def team_file() -> Path | None:
    """The journey of this participant's team (``TEAM_JOURNEY``), or None: no team, or
    a team folder this account may not read."""
    try:
        path = TEAM_JOURNEY.expanduser()
        return path if path.is_file() else None
    except (OSError, RuntimeError):  # a folder we may not enter, or no home folder at all
        return None


def is_team_file(path: Path | str) -> bool:
    """Whether ``path`` is this participant's team journey (``team_file``)."""
    team = team_file()
    return team is not None and Path(path).resolve() == team.resolve()


def journey_path(journey_file: Path | str | None = None, language: str | None = None) -> Path:
    """The journey file a notebook works on, and the language of its texts.

    ``journey_file`` wins when given; otherwise the team's journey (a team member on
    a hub); otherwise the participant's workspace file when it exists; otherwise the
    airline sample in the chosen language.
    ``language`` ("en"/"nl") sets the language of forms and summaries; ``None``
    keeps the language in force.
    """
    if language:
        set_language(language)
    if journey_file:
        path = Path(journey_file).expanduser()
        if not path.is_absolute() and not path.exists():
            path = kit_root() / path
        if not path.exists():
            raise FileNotFoundError(t("workshop.no_such_file", path=journey_file))
        return _working_copy(path)
    team = team_file()
    if team is not None:
        return team
    mine = workspace_file()
    if mine.exists():
        return mine
    return _working_copy(sample_path(DEFAULT_SAMPLE, language or get_language()))


def is_sample(path: Path) -> bool:
    """Whether ``path`` is one of the kit's own sample files."""
    return path.resolve().parent == data_dir().resolve()


def _working_copy(path: Path) -> Path:
    """A shipped sample is never edited in place: forms work on a copy in the
    workspace (``workspace/sample_airline.en.json``), made once and then kept, so a
    participant who skipped notebook 00 cannot damage the kit's own files."""
    if not is_sample(path):
        return path
    copy = workspace_file().parent / f"{SAMPLE_PREFIX}{path.name}"
    if copy.exists():
        return copy
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    except OSError:
        return path  # a read-only kit: show the sample itself
    return copy


def shown_path(path: Path) -> str:
    """A path as a participant recognises it: relative to the kit folder when inside
    it, else from the home folder ("~/team/journey.json")."""
    path = Path(path).resolve()
    for base in (kit_root(), Path(__file__).resolve().parents[1]):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    try:
        return "~/" + path.relative_to(Path.home().resolve()).as_posix()
    except (ValueError, RuntimeError):  # outside the home folder, or no home to name
        return path.name
