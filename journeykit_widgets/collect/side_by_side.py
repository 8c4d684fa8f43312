"""The teams side by side: where their maps differ, and every team's actions in one list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeykit_widgets.analysis import PRIORITIES, compare_journeys, ideal_vs_current
from journeykit_widgets.i18n import t

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.analysis import CompareResult
    from journeykit_widgets.collect.folder import Collection

__all__ = ["ACTION_LIST_COLUMNS", "combined_actions", "differences"]

ACTION_LIST_COLUMNS: tuple[str, ...] = ("phase_name", "lane_name", "change", "priority", "owner", "teams")


def differences(collection: Collection) -> dict[str, CompareResult]:
    """Phase model → ``analysis.compare`` of the teams on that model (two or more).

    Maps on different phase models have different columns; comparing them would
    list every phase as a difference, which tells a facilitator nothing.
    """
    out = {}
    for model, teams in collection.groups().items():
        if len(teams) >= 2:
            out[model] = compare_journeys(
                [team.journey for team in teams], labels=[team.label for team in teams]
            )
    return out


def combined_actions(collection: Collection, localized: bool = False) -> pd.DataFrame:
    """Every team's action list (canvas ideal vs current, per role, and the future-
    versus current-state templates) in one: an action several teams proposed is one
    row naming all of them. High priority first, then the most widely proposed."""
    import pandas as pd

    frames = []
    for team in collection.compared:
        journey = team.journey
        parts = [ideal_vs_current(journey, role=c.role) for c in journey.canvases]
        if {"future_state", "current_state"} <= set(journey.templates):
            parts.append(ideal_vs_current(journey, source="template"))
        for part in parts:
            if not part.empty:
                frames.append(part.assign(team=team.label))
    columns = list(ACTION_LIST_COLUMNS)
    if not frames:
        frame = pd.DataFrame(columns=columns)
    else:
        # Teams working from the same case propose the same action: one row, every team named.
        rows = pd.concat(frames, ignore_index=True)
        order = {p: i for i, p in enumerate(PRIORITIES)}
        grouped = []
        for (phase, lane, change), part in rows.groupby(["phase_name", "lane_name", "change"], sort=False):
            teams = list(dict.fromkeys(part["team"]))
            owners = [o for o in dict.fromkeys(part["owner"].fillna("").str.strip()) if o]
            grouped.append(
                {
                    "phase_name": phase,
                    "lane_name": lane,
                    "change": change,
                    "priority": min(part["priority"], key=order.__getitem__),
                    "owner": ", ".join(owners),
                    "teams": ", ".join(teams),
                    "_p": min(order[p] for p in part["priority"]),
                    "_n": -len(teams),
                }
            )
        frame = pd.DataFrame(grouped)
        frame = (
            frame.sort_values(["_p", "_n"], kind="stable").drop(columns=["_p", "_n"]).reset_index(drop=True)
        )
    if not localized:
        return frame
    out = frame.copy()
    out["priority"] = out["priority"].map(lambda p: t(f"collect.priority.{p}"))
    return out.rename(columns={c: t(f"collect.column.{c}") for c in out.columns})
