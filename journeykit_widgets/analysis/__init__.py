"""Analyses that turn a journey map into decisions.

Pure functions over a ``Journey`` (and measurement tables); each returns a small
frozen result with ``.summary()`` (plain text in the active language) and
``.table()`` (a pandas DataFrame; ``.table(localized=True)`` for people), or a
DataFrame directly. pandas is imported only when a table is made.
"""

from journeykit_widgets.analysis._common import localize
from journeykit_widgets.analysis.actions import (
    ACTION_COLUMNS,
    PRIORITIES,
    action_summary,
    export_actions,
    ideal_vs_current,
    load_actions,
)
from journeykit_widgets.analysis.gap import (
    HIGH,
    QUADRANT_LINE,
    QUADRANTS,
    GapResult,
    coverage,
    gap_analysis,
    is_high,
    priorities,
    quadrant,
)
from journeykit_widgets.analysis.peak_end import Moment, PeakEndResult, peak_end, remembered_score

__all__ = [
    "ACTION_COLUMNS",
    "HIGH",
    "PRIORITIES",
    "QUADRANTS",
    "QUADRANT_LINE",
    "GapResult",
    "Moment",
    "PeakEndResult",
    "action_summary",
    "coverage",
    "export_actions",
    "gap_analysis",
    "ideal_vs_current",
    "is_high",
    "load_actions",
    "localize",
    "peak_end",
    "priorities",
    "quadrant",
    "remembered_score",
]
