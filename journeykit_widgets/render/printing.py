"""How a view prints: on which paper, and over how many pages.

No text on a printed map is smaller than ``style.MIN_PRINT_PT``. A journey
that does not fit on A4 at that size (texts cut short, cards left out as
"+N more") goes to A3; one that does not fit on A3 either is split over pages,
a few phases per page, instead of shrinking the type further.
"""

from __future__ import annotations

from journeykit_widgets.model import Journey
from journeykit_widgets.render.style import PAPER_NAMES
from journeykit_widgets.render.views import view

__all__ = ["SPLITTABLE", "print_pages", "print_paper"]

# Views that draw a chosen run of phases (option ``phases``): these can be cut
# into pages by phase. The others go up to the largest paper.
SPLITTABLE: tuple[str, ...] = ("journey",)


def _fits(figure) -> bool:
    return getattr(figure, "journeykit_crowded", 0) == 0


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
    as few pages of the largest paper as keep every text readable."""
    chosen = view(name)
    papers = PAPER_NAMES[PAPER_NAMES.index(paper) :]
    figure = None
    for candidate in papers:
        figure = chosen.figure(journey, **{**options, "paper": candidate})
        if _fits(figure):
            return [figure]
    phases = journey.phase_ids
    if name not in SPLITTABLE or len(phases) < 2:
        return [figure]
    largest = papers[-1]
    for count in range(2, len(phases) + 1):
        per_page = -(-len(phases) // count)
        groups = [phases[i : i + per_page] for i in range(0, len(phases), per_page)]
        pages = [chosen.figure(journey, **{**options, "paper": largest, "phases": tuple(g)}) for g in groups]
        if all(_fits(page) for page in pages) or per_page == 1:
            return pages
    return [figure]
