"""Dot voting: a facilitator opens a round on one kind of item, each person places
up to N dots, the round closes and its counts feed the priorities.

A round is journey data (it has a history and goes into exports), so it lives in
the journey file and every change to it goes through the locked edit path. The
functions below are changes for ``store.edit``: they act on the journey as it is on
disk at that moment, so two people placing dots at once are both counted.

An item is a touchpoint (by id): a round on pain points or opportunities votes on
the touchpoint's pain point or opportunity text, so only touchpoints that have one
take part. (The functions take a ``Journey``; it is not imported here, since the
journey imports this module.) A voter's dots on one item are one entry with a count; setting it again
replaces the count (never adds to it), so a click sent twice counts once.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from journeykit_widgets.frameworks.voting import MAX_DOTS, VOTE_SUBJECTS
from journeykit_widgets.i18n import t
from journeykit_widgets.model._base import Id, JKModel, Text, new_id
from journeykit_widgets.model.dates import TypedDateTime
from journeykit_widgets.model.errors import JourneyValidationError, Problem

__all__ = [
    "MAX_DOTS",
    "VOTE_SUBJECTS",
    "Dot",
    "VoteError",
    "VoteRound",
    "close_round",
    "covered_items",
    "last_closed",
    "open_round",
    "open_round_of",
    "set_dots",
    "vote_counts",
]

Subject = Literal["pain_points", "opportunities", "touchpoints"]  # VOTE_SUBJECTS (a test keeps them equal)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Dot(JKModel):
    """A voter's dots on one item (``count`` of them)."""

    voter: Text = Field(min_length=1, max_length=200)
    item: Id
    count: int = Field(ge=1, le=MAX_DOTS)


class VoteRound(JKModel):
    """One round of dot voting: what it is on, how many dots each person has, whether
    the counts stay hidden until it closes, who opened and closed it and when."""

    id: Id = Field(default_factory=lambda: new_id("vote"))
    subject: Subject = "pain_points"
    dots_per_person: int = Field(default=5, ge=1, le=MAX_DOTS)
    hidden: bool = False
    opened_by: Text = ""
    opened_at: TypedDateTime | None = None
    closed_by: Text = ""
    closed_at: TypedDateTime | None = None
    dots: list[Dot] = Field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @model_validator(mode="after")
    def _within_limits(self) -> VoteRound:
        # The rule that makes a vote fair, checked wherever a round comes in (a file,
        # an edit, a script): nobody has more than N dots, and one entry per item.
        used: Counter[str] = Counter()
        seen: set[tuple[str, str]] = set()
        for dot in self.dots:
            if (dot.voter, dot.item) in seen:
                raise PydanticCustomError(
                    "vote_duplicate_dot",
                    "{voter} has two entries for item '{item}'",
                    {"voter": dot.voter, "item": dot.item},
                )
            seen.add((dot.voter, dot.item))
            used[dot.voter] += dot.count
        for voter, count in used.items():
            if count > self.dots_per_person:
                raise PydanticCustomError(
                    "vote_too_many_dots",
                    "{voter} placed {count} dots; each person has {limit}",
                    {"voter": voter, "count": count, "limit": self.dots_per_person},
                )
        return self

    def mine(self, voter: str) -> dict[str, int]:
        """Item id → the dots ``voter`` placed on it."""
        return {d.item: d.count for d in self.dots if d.voter == voter}

    def left(self, voter: str) -> int:
        return self.dots_per_person - sum(self.mine(voter).values())

    def counts(self) -> dict[str, int]:
        """Item id → all dots on it, most first."""
        total: Counter[str] = Counter()
        for dot in self.dots:
            total[dot.item] += dot.count
        return dict(total.most_common())

    def voters(self) -> list[str]:
        return sorted({d.voter for d in self.dots})


class VoteError(JourneyValidationError):
    """A vote change that cannot be made (no round open, no dots left): one problem in
    the active language. A ``JourneyValidationError``, so ``edit`` answers it like any
    refused change (nothing saved, the sentence shown where the person clicked)."""

    def __init__(self, kind: str, **values: object):
        self.kind = kind
        what = t(f"votes.error.{kind}", **values)
        super().__init__([Problem(location=("votes",), where="", what=what)])


def open_round_of(journey) -> VoteRound | None:
    """The round open now (at most one is), or None."""
    return next((r for r in reversed(journey.votes) if r.is_open), None)


def last_closed(journey) -> VoteRound | None:
    """The most recently closed round: the one whose result counts."""
    closed = [r for r in journey.votes if not r.is_open]
    return max(closed, key=lambda r: r.closed_at) if closed else None


def covered_items(journey, subject: str) -> list[str]:
    """The ids of the touchpoints a round on ``subject`` votes on: all of them, or
    those with a pain point (opportunity) written."""
    if subject == "touchpoints":
        return [tp.id for tp in journey.touchpoints]
    return [tp.id for tp in journey.touchpoints if getattr(tp, subject).strip()]


def vote_counts(journey, round_id: str | None = None) -> dict[str, int]:
    """Item id → dots in a round (by default the last closed one), for items still in
    the journey; empty when no round has closed. A card deleted after the vote no
    longer counts anywhere."""
    chosen = _round(journey, round_id) if round_id else last_closed(journey)
    if chosen is None:
        return {}
    known = {tp.id for tp in journey.touchpoints}
    return {item: n for item, n in chosen.counts().items() if item in known}


def _round(journey, round_id: str) -> VoteRound:
    found = next((r for r in journey.votes if r.id == round_id), None)
    if found is None:
        raise VoteError("no_round", round=round_id)
    return found


# --------------------------------------------------------------- changes (for edit)
def open_round(
    journey,
    subject: str = "pain_points",
    dots_per_person: int = 5,
    hidden: bool = False,
    by: str = "",
    round_id: str | None = None,
) -> VoteRound:
    """Open a new round; a round still open is refused (close it first), so everyone
    always knows which vote their dots go to."""
    if open_round_of(journey) is not None:
        raise VoteError("already_open")
    fields = {"id": round_id} if round_id else {}
    new = VoteRound(
        subject=subject,
        dots_per_person=dots_per_person,
        hidden=hidden,
        opened_by=by,
        opened_at=_now(),
        **fields,
    )
    journey.votes.append(new)
    return new


def close_round(journey, by: str = "", round_id: str | None = None) -> VoteRound:
    """Close the open round (or the one named); closing a closed round changes nothing."""
    chosen = _round(journey, round_id) if round_id else open_round_of(journey)
    if chosen is None:
        raise VoteError("none_open")
    if chosen.is_open:
        chosen.closed_by = by
        chosen.closed_at = _now()
    return chosen


def set_dots(journey, round_id: str, voter: str, item: str, count: int) -> None:
    """``voter`` now has ``count`` dots on ``item`` in the round (0 takes them all back).

    The count replaces the voter's earlier count on that item; it is refused when the
    voter's dots together would exceed the round's N, or the round is closed."""
    if not voter:
        raise VoteError("no_voter")
    chosen = _round(journey, round_id)
    if not chosen.is_open:
        raise VoteError("closed")
    if count < 0 or count > chosen.dots_per_person:
        raise VoteError("too_many", limit=chosen.dots_per_person)
    if count and item not in covered_items(journey, chosen.subject):
        raise VoteError("not_covered", item=item)
    others = sum(n for key, n in chosen.mine(voter).items() if key != item)
    if others + count > chosen.dots_per_person:
        raise VoteError("too_many", limit=chosen.dots_per_person)
    kept = [d for d in chosen.dots if not (d.voter == voter and d.item == item)]
    if count:
        kept.append(Dot(voter=voter, item=item, count=count))
    chosen.dots = kept
