"""Choose the journey a notebook works on with a control, not by editing code:
your own journey, or a worked example (a sample case).

The choice is kept in the workspace (``workspace/journey_choice.json``, one entry
per notebook), so it holds when the cells run again, after a kernel restart and
on a reloaded Voilà page. A ``journey_file`` injected into the parameters cell
(headless exports) always wins: then no control is shown.
"""

from __future__ import annotations

import json
from pathlib import Path

import ipywidgets as widgets

from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.paths import is_team_file, journey_path, workspace_file
from journeykit_widgets.samples import sample_path
from journeykit_widgets.widgets.where import place

__all__ = ["CHOICE_FILE", "JourneyChoice", "journey_choice"]

CHOICE_FILE = "journey_choice.json"
OWN, EXAMPLE = "own", "example"


def _choice_file() -> Path:
    return workspace_file().parent / CHOICE_FILE


def stored_choice(notebook: str) -> str:
    """The choice kept for ``notebook``; "own" when none was made (or the file is unreadable)."""
    try:
        value = json.loads(_choice_file().read_text("utf-8")).get(notebook, OWN)
    except (OSError, ValueError, AttributeError):
        return OWN
    return value if value in (OWN, EXAMPLE) else OWN


def _store_choice(notebook: str, value: str) -> None:
    path = _choice_file()
    try:
        data = json.loads(path.read_text("utf-8"))
        data = data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        data = {}
    data[notebook] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), "utf-8")
    tmp.replace(path)  # atomic: a reader never sees half a file


class JourneyChoice:
    """The control and the journey file it stands for (``path``)."""

    def __init__(self, notebook: str, example: str, own: Path):
        self.notebook = notebook
        self.example = example
        self.own = own
        self.buttons = widgets.ToggleButtons(
            options=[
                # A team member's "own" journey is the team's (paths.journey_path): named so.
                (t("h9learner.choice.team" if is_team_file(own) else "h9learner.choice.own"), OWN),
                (t(f"h9learner.choice.example.{example}"), EXAMPLE),
            ],
            value=stored_choice(notebook),
            style={"button_width": "auto"},
        )
        self.buttons.add_class("jk-journey-choice")
        self.note = widgets.HTML()
        self.note.add_class("jk-journey-choice-note")
        self.buttons.observe(self._changed, names="value")
        self.widget = widgets.VBox(
            [widgets.HTML(f"<b>{t('h9learner.choice.label')}</b>"), self.buttons, self.note]
        )

    @property
    def path(self) -> Path:
        if self.buttons.value == EXAMPLE:
            return journey_path(sample_path(self.example, get_language()))
        return self.own

    def _changed(self, change) -> None:
        _store_choice(self.notebook, change["new"])
        # Cells run later read ``path`` from the notebook's namespace: point it at the
        # new choice, so running the cells below again is all that is needed.
        from IPython import get_ipython

        shell = get_ipython()
        if shell is not None:
            shell.user_ns["path"] = self.path
        self.note.value = f"<i>{t(f'h9learner.choice.changed.{place()}')}</i>"

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def journey_choice(journey_file, path: Path, notebook: str, example: str) -> Path:
    """Show the choice (own journey or the ``example`` sample) and return the file to use.

    ``journey_file`` from the parameters cell wins (a headless export injects it);
    ``path`` is the notebook's own journey as ``journey_path`` found it."""
    if journey_file:
        return Path(path)
    from IPython.display import display

    choice = JourneyChoice(notebook, example, Path(path))
    display(choice)
    return choice.path
