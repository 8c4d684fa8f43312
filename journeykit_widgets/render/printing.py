"""How a view prints: on which paper, and over how many pages.

No text on a printed map is smaller than ``style.MIN_PRINT_PT``. A journey
that does not fit on A4 at that size (texts cut short, cards left out as
"+N more") goes to A3; one that does not fit on A3 either is split over pages,
a few phases per page, instead of shrinking the type further.

How far to split is a trade: every page break parts phases a reader wants to
see side by side, and a long free-text lane is cut short on any paper. So a map
takes another page only where that saves more than ``PAGE_WORTH`` texts from
being cut short; one or two long notes do not turn a four-phase map into four
pages, while a seven-phase journey with two dozen cut texts gets two.
"""

from __future__ import annotations

from journeykit_widgets.model import Journey
from journeykit_widgets.render.style import PAPER_NAMES
from journeykit_widgets.render.views import view

__all__ = ["PAGE_WORTH", "print_pages", "print_paper"]

# Texts a page break must save from being cut short to be worth its page.
PAGE_WORTH = 6


def _crowded(figure) -> int:
    return getattr(figure, "journeykit_crowded", 0)


def _fits(figure) -> bool:
    return _crowded(figure) == 0


def print_paper(journey: Journey, name: str = "journey", paper: str = "a4", **options) -> str:
    """The smallest paper, from ``paper`` up, on which the view fits at readable
    size; the largest paper when none does (then ``print_pages`` splits it)."""
    chosen = view(name)
    papers = PAPER_NAMES[PAPER_NAMES.index(paper) :]
    for candidate in papers:
        if _fits(chosen.figure(journey, **{**options, "paper": candidate})):
            return candidate
    return papers[-1]


def print_pages(journey: Journey, name: str = "journey", paper: str = "a4", **options) -> list:
    """The figures to print the view on: one page when it fits on ``paper`` or a
    larger paper, else (for views with a column per phase) the phases split over
    pages of the largest paper, as many as save enough texts from being cut short
    (see ``PAGE_WORTH``). No text is ever drawn below the smallest print size."""
    chosen = view(name)
    # A size that is no paper (the report's map area) is kept: the map splits instead.
    papers = PAPER_NAMES[PAPER_NAMES.index(paper) :] if paper in PAPER_NAMES else (paper,)
    figure = None
    for candidate in papers:
        figure = chosen.figure(journey, **{**options, "paper": candidate})
        if _fits(figure):
            return [figure]
    phases = journey.phase_ids
    # Only a view that draws a chosen run of phases can be cut into pages by phase.
    if not chosen.splittable or len(phases) < 2:
        return [figure]
    largest = papers[-1]
    best, best_cost = [figure], _crowded(figure)
    for count in range(2, len(phases) + 1):
        if PAGE_WORTH * (count - 1) >= best_cost:
            break  # more pages cannot pay for themselves any more
        per_page = -(-len(phases) // count)
        groups = [phases[i : i + per_page] for i in range(0, len(phases), per_page)]
        if len(groups) < count:
            continue  # the same split as a smaller count
        pages = [chosen.figure(journey, **{**options, "paper": largest, "phases": tuple(g)}) for g in groups]
        cost = sum(_crowded(page) for page in pages) + PAGE_WORTH * (len(pages) - 1)
        if cost < best_cost:
            best, best_cost = pages, cost
    return best
