"""Dot voting on a journey file, through the one locked edit path.

Opening, closing and placing dots are edits like any other (lock, re-read, apply,
validate, save), so two people clicking at the same moment are both counted and a
voter can never end up with more than the round's dots. The board, the
facilitator's form, the notebook and ``journeykit vote`` all call these.
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey
from journeykit_widgets.model.votes import close_round, open_round, open_round_of, set_dots
from journeykit_widgets.store.edit import EditResult, apply_edit

__all__ = ["close_vote", "open_vote", "place_dots"]


def _subject(subject: str) -> str:
    return t(f"votes.subject.{subject}")


def open_vote(
    path: Path | str,
    subject: str = "pain_points",
    dots_per_person: int = 5,
    *,
    hidden: bool = False,
    by: str = "",
    round_id: str | None = None,
) -> EditResult:
    """Open a round of dot voting on ``subject`` (refused while another is open)."""
    key = "votes.history.open_hidden" if hidden else "votes.history.open"
    line = t(key, subject=_subject(subject), dots=dots_per_person)

    def change(journey: Journey) -> None:
        open_round(journey, subject, dots_per_person, hidden, by, round_id)

    return apply_edit(path, change, t("votes.summary.open"), changes=[line], author=by)


def close_vote(path: Path | str, *, by: str = "", round_id: str | None = None) -> EditResult:
    """Close the open round (or the one named): its counts become the result."""

    def lines(journey: Journey) -> list[str]:
        chosen = next((r for r in journey.votes if r.id == round_id), None) if round_id else None
        chosen = chosen or open_round_of(journey)
        if chosen is None or not chosen.is_open:
            return []
        total = sum(d.count for d in chosen.dots)
        return [t("votes.history.close", subject=_subject(chosen.subject), count=total)]

    def change(journey: Journey) -> None:
        close_round(journey, by, round_id)

    return apply_edit(path, change, t("votes.summary.close"), changes=lines, author=by)


def place_dots(path: Path | str, round_id: str, voter: str, item: str, count: int) -> EditResult:
    """``voter`` has ``count`` dots on ``item`` from now on (0: none).

    The history says that dots were placed, not where: in a hidden round the history
    must not show what the board hides until the round closes."""

    def change(journey: Journey) -> None:
        set_dots(journey, round_id, voter, item, count)

    return apply_edit(path, change, t("votes.summary.dots"), author=voter)
