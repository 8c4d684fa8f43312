"""Gap analysis and priorities: the company's effort laid over what matters to
the customer.

Importance (to the customer) and effort (of the company) are both rated 1..5.
A rating is **high from 4 up** (``HIGH = 4``): the middle of the scale, 3, counts
as low, so a touchpoint must be clearly important or clearly invested in before it
lands in a "high" quadrant. Charts draw the dividing line at 3.5 (``QUADRANT_LINE``).

=================  ===============  =================
                   effort < 4       effort ≥ 4
=================  ===============  =================
importance ≥ 4     under_investing  keep
importance < 4     ignore           over_investing
=================  ===============  =================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from journeykit_widgets.analysis._common import join_names, localize
from journeykit_widgets.i18n import t
from journeykit_widgets.model import RATING_MAX, RATING_MIN, in_map_order

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey, Touchpoint

__all__ = [
    "HIGH",
    "QUADRANTS",
    "QUADRANT_LINE",
    "GapResult",
    "coverage",
    "gap_analysis",
    "is_high",
    "priorities",
    "quadrant",
]

Quadrant = Literal["over_investing", "under_investing", "keep", "ignore"]
QUADRANTS: tuple[str, ...] = ("under_investing", "keep", "over_investing", "ignore")
HIGH = 4
QUADRANT_LINE = HIGH - 0.5

# What a participant should do with a touchpoint in each quadrant.
ACTIONS: dict[str, str] = {
    "under_investing": "prioritise",
    "keep": "maintain",
    "over_investing": "reduce",
    "ignore": "leave",
}


def is_high(rating: float) -> bool:
    """Whether a 1..5 importance or effort rating counts as high (≥ 4)."""
    if not RATING_MIN <= rating <= RATING_MAX:
        raise ValueError(t("analysis.error.rating", value=rating, low=RATING_MIN, high=RATING_MAX))
    return rating >= HIGH


def quadrant(importance: float, effort: float) -> Quadrant:
    """The quadrant of the importance × effort matrix a touchpoint falls in."""
    important, invested = is_high(importance), is_high(effort)
    if important:
        return "keep" if invested else "under_investing"
    return "over_investing" if invested else "ignore"


def _row(journey: Journey, tp: Touchpoint, position: int) -> dict:
    q = quadrant(tp.importance, tp.effort)
    return {
        "position": position,
        "touchpoint_id": tp.id,
        "touchpoint": tp.name,
        "phase": tp.phase,
        "phase_name": journey.phase_label(tp.phase),
        "channel": tp.channel,
        "owner": tp.owner,
        "importance": int(tp.importance),
        "effort": int(tp.effort),
        "gap": int(tp.importance) - int(tp.effort),
        "emotion": None if tp.emotion is None else int(tp.emotion),  # None: not rated yet
        "quadrant": q,
        "action": ACTIONS[q],
    }


_COLUMNS = [
    "position",
    "touchpoint_id",
    "touchpoint",
    "phase",
    "phase_name",
    "channel",
    "owner",
    "importance",
    "effort",
    "gap",
    "emotion",
    "quadrant",
    "action",
]


def _frame(rows: list[dict], columns: list[str] = _COLUMNS) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def coverage(journey: Journey, role: str | None = None) -> pd.DataFrame:
    """Per phase, in phase order: how many touchpoints, how many direct, mean
    importance/effort/emotion, and a status: ``none`` (no touchpoints), ``weak``
    (touchpoints, but none gets high effort from the company) or ``covered``."""
    rows = []
    tps = in_map_order(journey, role)
    for pid in journey.phase_ids:
        here = [tp for tp in tps if tp.phase == pid]
        n = len(here)

        def mean(attr: str, here=here) -> float | None:
            # Cards without an emotion yet are left out of the mean, not counted as 0.
            values = [getattr(tp, attr) for tp in here if getattr(tp, attr) is not None]
            return round(sum(values) / len(values), 2) if values else None

        status = "none" if not n else "covered" if any(is_high(tp.effort) for tp in here) else "weak"
        rows.append(
            {
                "phase": pid,
                "phase_name": journey.phase_label(pid),
                "touchpoints": n,
                "direct": sum(1 for tp in here if tp.direct),
                "importance": mean("importance"),
                "effort": mean("effort"),
                "emotion": mean("emotion"),
                "status": status,
            }
        )
    import pandas as pd

    return pd.DataFrame(
        rows,
        columns=["phase", "phase_name", "touchpoints", "direct", "importance", "effort", "emotion", "status"],
    )


@dataclass(frozen=True)
class GapResult:
    """Over- and under-investment and the coverage of each phase.

    ``over_investment``: effort where it does not influence the journey (stop or
    reduce), biggest gap first. ``under_investment``: important to the customer,
    little effort (prioritise), biggest gap first. Both are DataFrames with the
    columns of ``table()``; ``coverage`` has one row per phase.
    """

    touchpoints: pd.DataFrame
    over_investment: pd.DataFrame
    under_investment: pd.DataFrame
    coverage: pd.DataFrame

    def table(self, localized: bool = False) -> pd.DataFrame:
        """Every touchpoint in journey order with its quadrant and suggested action."""
        return localize(self.touchpoints) if localized else self.touchpoints

    def summary(self) -> str:
        if self.touchpoints.empty:
            return t("analysis.gap.empty")
        lines = []
        under = self.under_investment
        over = self.over_investment
        if len(under):
            lines.append(t("analysis.gap.under", count=len(under), names=join_names(under["touchpoint"])))
        else:
            lines.append(t("analysis.gap.no_under"))
        if len(over):
            lines.append(t("analysis.gap.over", count=len(over), names=join_names(over["touchpoint"])))
        else:
            lines.append(t("analysis.gap.no_over"))
        cov = self.coverage
        empty = cov[cov["status"] == "none"]["phase_name"]
        weak = cov[cov["status"] == "weak"]["phase_name"]
        if len(empty):
            lines.append(t("analysis.gap.phases_empty", names=join_names(empty)))
        if len(weak):
            lines.append(t("analysis.gap.phases_weak", names=join_names(weak)))
        if not len(empty) and not len(weak):
            lines.append(t("analysis.gap.phases_ok"))
        return "\n".join(lines)


def gap_analysis(journey: Journey, role: str | None = None) -> GapResult:
    """Lay company effort over customer importance for every touchpoint."""
    rows = [_row(journey, tp, i + 1) for i, tp in enumerate(in_map_order(journey, role))]
    table = _frame(rows)
    under = table[table["quadrant"] == "under_investing"]
    over = table[table["quadrant"] == "over_investing"]
    # Biggest gap first; the stable sort keeps journey order between equal gaps.
    under = under.sort_values("gap", ascending=False, kind="stable").reset_index(drop=True)
    over = over.sort_values("gap", ascending=True, kind="stable").reset_index(drop=True)
    return GapResult(table, over, under, coverage(journey, role))


def priorities(journey: Journey, role: str | None = None) -> pd.DataFrame:
    """Touchpoints ranked for step 5, most urgent first.

    Order: the team's dots in the last closed dot vote (most first), then importance
    to the customer (high first), then the gap between importance and effort (we do
    least where it matters most first), then emotion (the worst felt first), then
    journey order. ``rank`` starts at 1; ``action`` says what to do; ``votes`` is the
    number of dots (0 without a vote).

    Why votes come first: a dot vote is the group's own decision on what matters
    most, taken in the workshop after looking at these same ratings; the ratings
    then order what the vote left level (every card without dots keeps today's order).
    """
    from journeykit_widgets.model.votes import vote_counts

    dots = vote_counts(journey)
    rows = [_row(journey, tp, i + 1) for i, tp in enumerate(in_map_order(journey, role))]
    df = _frame(rows)
    df["votes"] = [dots.get(tp_id, 0) for tp_id in df["touchpoint_id"]]
    df = df.sort_values(
        ["votes", "importance", "gap", "emotion", "position"],
        ascending=[False, False, False, True, True],
        kind="stable",
    ).reset_index(drop=True)
    df.insert(0, "rank", range(1, len(df) + 1))
    return df
