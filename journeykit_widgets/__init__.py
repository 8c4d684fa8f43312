"""JourneyKit: a Jupyter workshop kit for customer journey mapping.

Only light modules load on import; everything else (pandas, matplotlib, the
widgets) loads on first use, so ``import journeykit_widgets`` stays quick.
"""

from __future__ import annotations

from importlib import import_module

from journeykit_widgets.views import VIEWS

__version__ = "0.1.0"

# Public name → module that defines it. Resolved lazily by ``__getattr__``.
_EXPORTS: dict[str, str] = {
    "t": "journeykit_widgets.i18n",
    "set_language": "journeykit_widgets.i18n",
    "get_language": "journeykit_widgets.i18n",
    "Journey": "journeykit_widgets.model",
    "Touchpoint": "journeykit_widgets.model",
    "Persona": "journeykit_widgets.model",
    "BuyingRole": "journeykit_widgets.model",
    "JourneyValidationError": "journeykit_widgets.model",
    "load": "journeykit_widgets.store",
    "save": "journeykit_widgets.store",
    "edit": "journeykit_widgets.store",
    "open_journey": "journeykit_widgets.samples",
    "JourneyFileError": "journeykit_widgets.store",
    "sample_path": "journeykit_widgets.samples",
    "sample_cases": "journeykit_widgets.samples",
    "journey_board": "journeykit_widgets.widgets",
    "canvas_board": "journeykit_widgets.widgets",
    "persona_editor": "journeykit_widgets.widgets",
    "buying_group_editor": "journeykit_widgets.widgets",
    "goals_editor": "journeykit_widgets.widgets",
    "priority_editor": "journeykit_widgets.widgets",
    "review_panel": "journeykit_widgets.widgets",
    "template_editor": "journeykit_widgets.widgets",
    "actions_editor": "journeykit_widgets.widgets",
    "action_changes_panel": "journeykit_widgets.widgets",
    "blueprint_editor": "journeykit_widgets.widgets",
    "vote_form": "journeykit_widgets.widgets",
    "wall": "journeykit_widgets.widgets",
    "start_timer": "journeykit_widgets.room",
    "stop_timer": "journeykit_widgets.room",
    "form_teams": "journeykit_widgets.teams",
    "Team": "journeykit_widgets.teams",
    "set_author": "journeykit_widgets.identity",
    "journey_path": "journeykit_widgets.workshop",
    "workspace_file": "journeykit_widgets.workshop",
    "kit_root": "journeykit_widgets.workshop",
    "about": "journeykit_widgets.workshop",
    "redraw_note": "journeykit_widgets.widgets.where",
    "start_journey": "journeykit_widgets.workshop",
    "check_touchpoints": "journeykit_widgets.workshop",
    "check_persona": "journeykit_widgets.workshop",
    "check_goals": "journeykit_widgets.workshop",
    "show_evidence_coverage": "journeykit_widgets.workshop",
    "show_assumptions_to_test": "journeykit_widgets.workshop",
    "show_phases": "journeykit_widgets.workshop",
    "show_touchpoints": "journeykit_widgets.workshop",
    "show_goals": "journeykit_widgets.workshop",
    "show_priority_table": "journeykit_widgets.workshop",
    "show_actions": "journeykit_widgets.workshop",
    "show_peak_end": "journeykit_widgets.workshop",
    "show_gaps": "journeykit_widgets.workshop",
    "show_role_divergence": "journeykit_widgets.workshop",
    "show_changes": "journeykit_widgets.workshop",
    "show_comments": "journeykit_widgets.comment_lists",
    "show_action_list": "journeykit_widgets.workshop",
    "show_action_changes": "journeykit_widgets.workshop",
    "save_action_list": "journeykit_widgets.workshop",
    # One ``show_*`` per view that has one (show_map, show_canvas …), from the view
    # registry, which is light: it names the functions, ``workshop`` makes them.
    **{v.show.name: "journeykit_widgets.workshop" for v in VIEWS.values() if v.show is not None},
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        if any(v.show is not None and v.show.name == name for v in VIEWS.values()):
            # a view registered after this import (a plug-in): not kept, it may go again
            return getattr(import_module("journeykit_widgets.workshop"), name)
        raise AttributeError(f"module 'journeykit_widgets' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
