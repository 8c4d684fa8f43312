"""Each team's dot-vote result, for the facilitator's group report.

A hook kept apart from the report itself (collect/report.py is rebuilt elsewhere):
the report calls ``team_votes`` and shows the table where it fits. Teams without a
closed vote have no rows; the folder is only read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeykit_widgets.analysis.votes import VOTE_COLUMNS, vote_result

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.collect.folder import Collection

__all__ = ["TEAM_VOTE_COLUMNS", "team_votes"]

TEAM_VOTE_COLUMNS: tuple[str, ...] = ("team", *VOTE_COLUMNS)


def team_votes(collection: Collection, top: int | None = None) -> pd.DataFrame:
    """One row per team and voted item (each team's last closed vote), teams in
    folder order, most dots first within a team; ``top`` keeps each team's first rows."""
    import pandas as pd

    frames = []
    for team in collection.teams:
        result = vote_result(team.journey)
        if result.empty:
            continue
        if top is not None:
            result = result.head(top)
        frames.append(result.assign(team=team.label))
    if not frames:
        return pd.DataFrame(columns=list(TEAM_VOTE_COLUMNS))
    return pd.concat(frames, ignore_index=True)[list(TEAM_VOTE_COLUMNS)]
