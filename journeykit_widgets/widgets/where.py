"""Texts that depend on where the notebook runs, shown as Markdown: JupyterLab
(cells to run) or Voilà (a page, no cells). Detection: ``i18n.place``."""

from __future__ import annotations

from journeykit_widgets.i18n.place import again, in_voila, place

__all__ = ["PlaceText", "again", "how_to_use", "in_voila", "place", "redraw_note"]


class PlaceText:
    """A text that shows as Markdown in the notebook and as itself in plain text."""

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def how_to_use(language: str | None = None) -> PlaceText:
    """ "How this page works", in the words of the place it runs in (Markdown)."""
    from journeykit_widgets.i18n import set_language, t

    if language:
        set_language(language)
    return PlaceText(t(f"h9learner.how.{place()}"))


def redraw_note() -> PlaceText:
    """One line above a step's tables, pictures and checks: they show the journey as
    it was when they were drawn, and how to draw them again where this page runs."""
    from journeykit_widgets.i18n import t

    return PlaceText(t(f"hl.redraw.{place()}"))
