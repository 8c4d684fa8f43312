"""The result of a dot vote as a table: the items with dots, most first.

One row per item that got dots in the round (by default the last closed one): the
touchpoint, its phase, the text that was voted on (its pain point or opportunity,
or its name for a vote on touchpoints), the dots and how many people placed them.
Step 5's priorities and the suggested actions read the same counts
(``model.votes.vote_counts``); this table is what a person reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeykit_widgets.model.votes import last_closed, vote_counts

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = ["VOTE_COLUMNS", "vote_result"]

VOTE_COLUMNS: tuple[str, ...] = (
    "touchpoint_id",
    "touchpoint",
    "phase",
    "phase_name",
    "subject",
    "voted_text",
    "votes",
    "voters",
)


def vote_result(journey: Journey, round_id: str | None = None) -> pd.DataFrame:
    """Items with dots in a round (the last closed one by default), most dots first,
    journey order between equals; empty (with the columns) when no round has closed.

    A round that is still open is left out unless named: its counts are not final,
    and a hidden round's counts are nobody's business until it closes."""
    import pandas as pd

    chosen = next((r for r in journey.votes if r.id == round_id), None) if round_id else last_closed(journey)
    if chosen is None:
        return pd.DataFrame(columns=list(VOTE_COLUMNS))
    counts = vote_counts(journey, chosen.id)
    voters: dict[str, set[str]] = {}
    for dot in chosen.dots:
        voters.setdefault(dot.item, set()).add(dot.voter)
    rows = []
    for tp in journey.touchpoints:
        if tp.id not in counts:
            continue
        text = tp.name if chosen.subject == "touchpoints" else getattr(tp, chosen.subject)
        rows.append(
            {
                "touchpoint_id": tp.id,
                "touchpoint": tp.name,
                "phase": tp.phase,
                "phase_name": journey.phase_label(tp.phase),
                "subject": chosen.subject,
                "voted_text": " ".join(text.split()),
                "votes": counts[tp.id],
                "voters": len(voters.get(tp.id, ())),
            }
        )
    frame = pd.DataFrame(rows, columns=list(VOTE_COLUMNS))
    return frame.sort_values("votes", ascending=False, kind="stable").reset_index(drop=True)
