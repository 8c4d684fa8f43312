"""Blank worksheets for paper workshops: the journey map, canvas, templates,
persona card, buying group and priority matrix as empty printable grids with
their guiding questions."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import language, t
from journeykit_widgets.model import Journey
from journeykit_widgets.render.blueprint import service_blueprint
from journeykit_widgets.render.canvas import canvas
from journeykit_widgets.render.export import pdf_pages
from journeykit_widgets.render.journey_map import journey_map
from journeykit_widgets.render.persona import buying_group, persona_card
from journeykit_widgets.render.priority import priority_matrix
from journeykit_widgets.render.templates import template_grid

__all__ = ["WORKSHEETS", "worksheet", "worksheets_pdf"]

# Sheet kind → the phase model its blank grid uses (None: no phases needed).
WORKSHEETS: dict[str, str | None] = {
    "journey": "touch_tell_sell_care",
    "persona": None,
    "canvas": "b2b_five",
    **{template_id: None for template_id in frameworks.TEMPLATE_IDS},
    "buying_group": "b2b_five",
    "priority": None,
    "blueprint": None,
}


def worksheet(kind: str, *, lang: str = "en", paper: str = "a4", phase_model: str | None = None):
    """One blank sheet as a Figure, in ``lang``."""
    if kind not in WORKSHEETS:
        raise ValueError(t("render.error.worksheet", value=kind, choices=", ".join(WORKSHEETS), lang=lang))
    model = phase_model or WORKSHEETS[kind] or "touch_tell_sell_care"
    with language(lang):
        blank = Journey.new(t("render.worksheet.journey.title"), model, lang)
    if kind == "journey":
        return journey_map(blank, paper=paper, blank=True)
    if kind == "canvas":
        return canvas(blank, paper=paper, blank=True)
    if kind == "persona":
        return persona_card(blank, paper=paper, blank=True)
    if kind == "buying_group":
        return buying_group(blank, paper=paper, blank=True)
    if kind == "blueprint":
        return service_blueprint(blank, paper=paper, blank=True)
    if kind == "priority":
        return priority_matrix(blank, paper=paper, blank=True)
    return template_grid(blank, kind, paper=paper, blank=True)


def worksheets_pdf(path, lang: str = "en", paper: str = "a4", kinds=None) -> Path:
    """Every blank worksheet (or ``kinds``), one per page, in one reproducible PDF."""
    path = Path(path)
    with pdf_pages(path) as pdf:
        for kind in kinds or WORKSHEETS:
            fig = worksheet(kind, lang=lang, paper=paper)
            pdf.savefig(fig)
    return path
