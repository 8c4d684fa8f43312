"""The printed map carries the last closed dot vote's counts on the cards."""

from __future__ import annotations

import matplotlib.text

from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.votes import close_round, open_round, set_dots
from journeykit_widgets.render.journey_map import journey_map


def _texts(figure) -> list[str]:
    return [a.get_text() for a in figure.findobj(matplotlib.text.Text) if a.get_visible()]


def _journey() -> Journey:
    journey = Journey.new("Printed", language="nl")
    journey.touchpoints += [
        Touchpoint(id="tp-a", name="Offerte", phase="touch", pain_points="Te laat"),
        Touchpoint(id="tp-b", name="Factuur", phase="care", pain_points="Onduidelijk"),
    ]
    return journey


def test_a_closed_vote_prints_its_counts_an_open_one_nothing():
    journey = _journey()
    vote = open_round(journey, "pain_points", 5, hidden=True)
    set_dots(journey, vote.id, "anna", "tp-b", 4)
    set_dots(journey, vote.id, "bob", "tp-b", 3)
    assert not [text for text in _texts(journey_map(journey)) if "●" in text]  # hidden while open
    close_round(journey)
    assert [text for text in _texts(journey_map(journey)) if "●" in text] == ["● 7"]
