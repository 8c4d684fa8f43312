"""The facilitator's view of a folder of journeys (a hand-in folder, or files
collected by e-mail): progress per team, the teams side by side, one combined report.

The folder is only ever read. Files that cannot be read, or that are too empty to
compare, are listed with a plain reason and left out; they never stop the rest.
Heavy libraries (pandas, matplotlib) load on first use.
"""

from __future__ import annotations

from importlib import import_module

__all__ = [
    "HANDIN_ENV",
    "STEPS",
    "Collection",
    "HandInError",
    "Skipped",
    "Team",
    "combined_actions",
    "default_folder",
    "differences",
    "emotion_lines",
    "export_report",
    "hand_in",
    "progress_board",
    "progress_table",
    "read_folder",
    "show_actions",
    "show_differences",
    "show_emotion_lines",
    "show_left_out",
    "show_progress",
    "show_touchpoints_per_phase",
    "show_votes",
    "steps_done",
    "team_votes",
    "touchpoints_per_phase",
    "write_report",
]

_WHERE = {
    "Collection": "journeykit_widgets.collect.folder",
    "Skipped": "journeykit_widgets.collect.folder",
    "Team": "journeykit_widgets.collect.folder",
    "read_folder": "journeykit_widgets.collect.folder",
    "STEPS": "journeykit_widgets.collect.progress",
    "steps_done": "journeykit_widgets.collect.progress",
    "progress_table": "journeykit_widgets.collect.progress",
    "differences": "journeykit_widgets.collect.side_by_side",
    "combined_actions": "journeykit_widgets.collect.side_by_side",
    "emotion_lines": "journeykit_widgets.collect.charts",
    "touchpoints_per_phase": "journeykit_widgets.collect.charts",
    "write_report": "journeykit_widgets.collect.report",
    "team_votes": "journeykit_widgets.collect.votes",
    "show_votes": "journeykit_widgets.collect.notebook",
    "HANDIN_ENV": "journeykit_widgets.collect.notebook",
    "hand_in": "journeykit_widgets.collect.handin",
    "HandInError": "journeykit_widgets.collect.handin",
    "progress_board": "journeykit_widgets.collect.notebook",
    "default_folder": "journeykit_widgets.collect.notebook",
    "export_report": "journeykit_widgets.collect.notebook",
    "show_actions": "journeykit_widgets.collect.notebook",
    "show_differences": "journeykit_widgets.collect.notebook",
    "show_emotion_lines": "journeykit_widgets.collect.notebook",
    "show_left_out": "journeykit_widgets.collect.notebook",
    "show_progress": "journeykit_widgets.collect.notebook",
    "show_touchpoints_per_phase": "journeykit_widgets.collect.notebook",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)
