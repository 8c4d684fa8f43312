"""What the board shows of dot voting, for one voter: added to the journey view.

The board draws the dots on the cards (votes.js). While a round is open each card
it covers carries the voter's own dots, and everyone's total unless the round is
hidden; once no round is open, the last closed round's totals stay on the cards.
Other people's dots in a hidden round never leave Python: the page cannot show
what it does not have.
"""

from __future__ import annotations

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey
from journeykit_widgets.model.votes import covered_items, last_closed, open_round_of

__all__ = ["add_votes", "voter_name"]


def voter_name(author: str) -> str:
    """Whose dots these are: the board's author (``identity.current_author``), or "?"
    when no source names anyone (every dot still needs a voter)."""
    return author or "?"


def add_votes(view: dict, journey: Journey, voter: str) -> dict:
    """``view`` (a journey view) with ``vote`` and, per card, ``voted`` (the round
    covers it), ``my_dots`` and ``dots`` (everyone's, or None while hidden)."""
    lang = journey.language
    current = open_round_of(journey)
    shown = current or last_closed(journey)
    cards = view.get("cards", [])
    if shown is None:
        view["vote"] = None
        for card in cards:
            card.update(voted=False, my_dots=0, dots=None)
        return view
    covered = set(covered_items(journey, shown.subject))
    counts = shown.counts()
    mine = shown.mine(voter) if current is not None else {}
    visible = current is None or not current.hidden
    on_cards = {card["id"] for card in cards}
    view["vote"] = {
        "id": shown.id,
        "open": current is not None,
        "subject": shown.subject,
        "subject_label": t(f"votes.subject.{shown.subject}", lang),
        "total": shown.dots_per_person,
        "hidden": shown.hidden and current is not None,
        # The voter's dots on cards this view leaves out (another role is shown): they count too.
        "elsewhere": sum(n for item, n in mine.items() if item not in on_cards),
        "voters": len(shown.voters()) if visible else None,
        "dots": sum(counts.values()) if visible else None,
    }
    for card in cards:
        in_round = card["id"] in covered
        card.update(
            voted=in_round,
            my_dots=mine.get(card["id"], 0),
            dots=counts.get(card["id"], 0) if visible and in_round else None,
        )
    return view
