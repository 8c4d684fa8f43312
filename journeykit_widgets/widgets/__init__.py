"""The editors a participant uses in JupyterLab, Notebook 7 or Voilà: typing,
choosing and clicking only. Each editor is a view over a journey file; every
accepted change is saved at once, so nothing is lost on a kernel restart.

    import journeykit_widgets as jk
    jk.journey_board("workspace/my_journey.json", sample="airline")

Every editor on one journey file in a kernel shares that file's ``JourneySession``
(one watcher that compares the file's content), so a change in one shows in the
others at once.
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.widgets._session import JourneySession, session_for

__all__ = [
    "JourneySession",
    "action_changes_panel",
    "actions_editor",
    "blueprint_editor",
    "buying_group_editor",
    "canvas_board",
    "goals_editor",
    "journey_board",
    "persona_editor",
    "priority_editor",
    "review_panel",
    "session_for",
    "template_editor",
    "vote_form",
    "wall",
]


def _open_session(path: Path | str, sample: str | None, language: str | None) -> JourneySession:
    # Not named `_session`: that would hide the submodule `widgets._session`.
    return session_for(path, sample=sample, language=language)


def vote_form(path: Path | str, by: str | None = None):
    """The facilitator's form to open and close a dot vote on a team's journey file."""
    from journeykit_widgets.widgets.dot_vote import VoteForm

    return VoteForm(path, by=by)


def journey_board(
    path: Path | str, sample: str | None = None, language: str | None = None, role: str | None = None
):
    """Steps 1 and 4 on the map itself: cards in phase columns, lanes, the emotion line.

    Every action is saved to the file at once (typing within half a second); the
    board refreshes when another notebook changes the file. ``role``: None shows
    everyone, ``""`` the main persona, a buying-group role id that role.
    """
    from journeykit_widgets.widgets.board import JourneyBoard

    return JourneyBoard(path, sample=sample, language=language, role=role)


def canvas_board(
    path: Path | str,
    sample: str | None = None,
    language: str | None = None,
    role: str = "",
    state: str = "ideal",
):
    """The four-lane B2B canvas as a board: ideal, current or both side by side, with the action list."""
    from journeykit_widgets.widgets.board import CanvasBoard

    return CanvasBoard(path, sample=sample, language=language, role=role, state=state)


def wall(path: Path | str):
    """A team's map for the projector: full screen, read-only, phase by phase, live."""
    from journeykit_widgets.widgets.board.wall import WallView

    return WallView(path)


def persona_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 2: the personas the map is for, with a live persona card."""
    from journeykit_widgets.widgets.persona import PersonaEditor

    return PersonaEditor(_open_session(path, sample, language))


def buying_group_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 2 (B2B): the roles of the buying group and their interests."""
    from journeykit_widgets.widgets.persona import BuyingGroupEditor

    return BuyingGroupEditor(_open_session(path, sample, language))


def goals_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 3: customer goals per phase (per buying-group role in B2B)."""
    from journeykit_widgets.widgets.goals import GoalsEditor

    return GoalsEditor(_open_session(path, sample, language))


def priority_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 5: importance vs effort per touchpoint, a live priority matrix and a ranked list."""
    from journeykit_widgets.widgets.priority import PriorityEditor

    return PriorityEditor(_open_session(path, sample, language))


def review_panel(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 6: what changed since the last review, and a 'mark reviewed' action."""
    from journeykit_widgets.widgets.review import ReviewPanel

    return ReviewPanel(_open_session(path, sample, language))


def actions_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """The owned action list: adopt suggestions, add your own, owner, status, phase, due date."""
    from journeykit_widgets.widgets.actions import ActionsEditor

    return ActionsEditor(_open_session(path, sample, language))


def action_changes_panel(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 6: how the action list changed since an earlier version of the journey."""
    from journeykit_widgets.widgets.review import ActionChangesPanel

    return ActionChangesPanel(_open_session(path, sample, language))


def template_editor(
    path: Path | str,
    template: str = "current_state",
    sample: str | None = None,
    language: str | None = None,
):
    """Fill one of the four map templates (current, future, day in the life, blueprint)."""
    from journeykit_widgets.widgets.templates import TemplateEditor

    return TemplateEditor(_open_session(path, sample, language), template)


def blueprint_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """The canonical service blueprint: steps with five lanes, a fail point and a wait time."""
    from journeykit_widgets.widgets.blueprint import BlueprintEditor

    return BlueprintEditor(_open_session(path, sample, language))
