"""The editors a participant uses in JupyterLab, Notebook 7 or Voilà: typing,
choosing and clicking only. Each editor is a view over a journey file; every
accepted change is saved at once, so nothing is lost on a kernel restart.

    import journeykit_widgets as jk
    jk.touchpoint_editor("workspace/my_journey.json", sample="airline")
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.widgets._session import JourneySession, session_for
from journeykit_widgets.widgets.language import language_switch

__all__ = [
    "JourneySession",
    "action_changes_panel",
    "actions_editor",
    "blueprint_editor",
    "buying_group_editor",
    "canvas_board",
    "canvas_editor",
    "flow_editor",
    "goals_editor",
    "journey_board",
    "language_switch",
    "persona_editor",
    "priority_editor",
    "review_panel",
    "session_for",
    "template_editor",
    "touchpoint_editor",
]


def _session(path: Path | str, sample: str | None, language: str | None) -> JourneySession:
    return session_for(path, sample=sample, language=language)


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


def touchpoint_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 1: list, add, edit, reorder and delete touchpoints, with a live journey map.

    The file is created from ``sample`` (``"airline"``, ``"veranda"``,
    ``"b2b_software"``) or as a blank journey when it does not exist yet.
    """
    from journeykit_widgets.widgets.touchpoint import TouchpointEditor

    return TouchpointEditor(_session(path, sample, language))


def persona_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 2: the personas the map is for, with a live persona card."""
    from journeykit_widgets.widgets.persona import PersonaEditor

    return PersonaEditor(_session(path, sample, language))


def buying_group_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 2 (B2B): the roles of the buying group and their interests."""
    from journeykit_widgets.widgets.persona import BuyingGroupEditor

    return BuyingGroupEditor(_session(path, sample, language))


def goals_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 3: customer goals per phase (per buying-group role in B2B)."""
    from journeykit_widgets.widgets.goals import GoalsEditor

    return GoalsEditor(_session(path, sample, language))


def flow_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 4: order the touchpoints; action, thoughts and emotion per step; emotion curve."""
    from journeykit_widgets.widgets.flow import FlowEditor

    return FlowEditor(_session(path, sample, language))


def priority_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 5: importance vs effort per touchpoint, a live priority matrix and a ranked list."""
    from journeykit_widgets.widgets.priority import PriorityEditor

    return PriorityEditor(_session(path, sample, language))


def review_panel(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 6: what changed since the last review, and a 'mark reviewed' action."""
    from journeykit_widgets.widgets.review import ReviewPanel

    return ReviewPanel(_session(path, sample, language))


def actions_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """The owned action list: adopt suggestions, add your own, owner, status, phase, due date."""
    from journeykit_widgets.widgets.actions import ActionsEditor

    return ActionsEditor(_session(path, sample, language))


def action_changes_panel(path: Path | str, sample: str | None = None, language: str | None = None):
    """Step 6: how the action list changed since an earlier version of the journey."""
    from journeykit_widgets.widgets.review import ActionChangesPanel

    return ActionChangesPanel(_session(path, sample, language))


def canvas_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """The four-lane B2B canvas (phase × lane) with a score per phase, ideal or current."""
    from journeykit_widgets.widgets.canvas import CanvasEditor

    return CanvasEditor(_session(path, sample, language))


def template_editor(
    path: Path | str,
    template: str = "current_state",
    sample: str | None = None,
    language: str | None = None,
):
    """Fill one of the four map templates (current, future, day in the life, blueprint)."""
    from journeykit_widgets.widgets.canvas import TemplateEditor

    return TemplateEditor(_session(path, sample, language), template)


def blueprint_editor(path: Path | str, sample: str | None = None, language: str | None = None):
    """The canonical service blueprint: steps with five lanes, a fail point and a wait time."""
    from journeykit_widgets.widgets.blueprint import BlueprintEditor

    return BlueprintEditor(_session(path, sample, language))
