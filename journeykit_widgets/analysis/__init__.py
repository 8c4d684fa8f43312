"""Analyses that turn a journey map into decisions.

Pure functions over a ``Journey`` (and measurement tables); each returns a small
frozen result with ``.summary()`` (plain text in the active language) and
``.table()`` (a pandas DataFrame; ``.table(localized=True)`` for people), or a
DataFrame directly. pandas is imported only when a table is made.
"""

from journeykit_widgets.analysis._common import localize
from journeykit_widgets.analysis._tables import LoadReport, MeasurementFileError
from journeykit_widgets.analysis.action_versions import ActionComparison, compare_actions
from journeykit_widgets.analysis.actions import (
    ACTION_COLUMNS,
    PRIORITIES,
    action_summary,
    export_actions,
    ideal_vs_current,
    load_actions,
)
from journeykit_widgets.analysis.buying_group import BuyingGroupResult, buying_group
from journeykit_widgets.analysis.compare import TOUCHPOINT_COMPARED, CompareResult, compare_journeys
from journeykit_widgets.analysis.events import (
    CrossDevice,
    EventLog,
    EventsResult,
    analyse_events,
    event_map,
    event_map_path,
    events_analysis,
    funnel,
    load_events,
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
from journeykit_widgets.analysis.owned_actions import (
    SOURCES as ACTION_SOURCES,
)
from journeykit_widgets.analysis.owned_actions import (
    Suggestion,
    action_list,
    add_action,
    adopt_suggestion,
    export_action_list,
    suggestions,
)
from journeykit_widgets.analysis.peak_end import Moment, PeakEndResult, peak_end, remembered_score
from journeykit_widgets.analysis.survey import (
    SurveyLog,
    SurveyResult,
    ces_score,
    csat_score,
    load_survey,
    nps_score,
    survey_scores,
)
from journeykit_widgets.analysis.votes import VOTE_COLUMNS, vote_result

__all__ = [
    "ACTION_COLUMNS",
    "ACTION_SOURCES",
    "HIGH",
    "PRIORITIES",
    "QUADRANTS",
    "QUADRANT_LINE",
    "TOUCHPOINT_COMPARED",
    "VOTE_COLUMNS",
    "ActionComparison",
    "BuyingGroupResult",
    "CompareResult",
    "CrossDevice",
    "EventLog",
    "EventsResult",
    "GapResult",
    "LoadReport",
    "MeasurementFileError",
    "Moment",
    "PeakEndResult",
    "Suggestion",
    "SurveyLog",
    "SurveyResult",
    "action_list",
    "action_summary",
    "add_action",
    "adopt_suggestion",
    "analyse_events",
    "buying_group",
    "ces_score",
    "compare_actions",
    "compare_journeys",
    "coverage",
    "csat_score",
    "event_map",
    "event_map_path",
    "events_analysis",
    "export_action_list",
    "export_actions",
    "funnel",
    "gap_analysis",
    "ideal_vs_current",
    "is_high",
    "load_actions",
    "load_events",
    "load_survey",
    "localize",
    "nps_score",
    "peak_end",
    "priorities",
    "quadrant",
    "remembered_score",
    "suggestions",
    "survey_scores",
    "vote_result",
]
