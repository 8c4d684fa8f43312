"""Pictures of a journey: pure functions that take a journey and return a plain
matplotlib ``Figure`` (never shown, never pyplot, no global settings changed),
drawn in the journey's language.

``VIEWS`` / ``view(name)`` is the registry every caller goes through (CLI,
notebooks, editors, handouts); ``png(name, journey, dpi=…)`` makes a picture's
PNG with a content cache; ``print_paper`` / ``print_pages`` say how a view prints.
"""

from journeykit_widgets.render import style
from journeykit_widgets.render._common import RENDER_LOCK
from journeykit_widgets.render._text import soft_hyphens
from journeykit_widgets.render.canvas import STATES, canvas
from journeykit_widgets.render.emotion_curve import emotion_curve
from journeykit_widgets.render.export import (
    FORMATS,
    PNG_DPI,
    PREVIEW_DPI,
    SCREEN_DPI,
    pdf_pages,
    save_figure,
    vector_output,
)
from journeykit_widgets.render.funnel import kpi_funnel
from journeykit_widgets.render.heatmap import channel_heatmap
from journeykit_widgets.render.journey_map import journey_map
from journeykit_widgets.render.persona import buying_group, persona_card
from journeykit_widgets.render.pictures import cache_info, clear_cache, figure_png, png, png_bytes
from journeykit_widgets.render.printing import print_pages, print_paper
from journeykit_widgets.render.priority import priority_matrix
from journeykit_widgets.render.roles import role_emotions
from journeykit_widgets.render.sheet import Sheet
from journeykit_widgets.render.style import PAPER_NAMES, channel_colour, channel_colours
from journeykit_widgets.render.templates import template_grid
from journeykit_widgets.render.views import VIEWS, View, view, view_names
from journeykit_widgets.render.worksheets import WORKSHEETS, worksheet, worksheets_pdf

__all__ = [
    "FORMATS",
    "PAPER_NAMES",
    "PNG_DPI",
    "PREVIEW_DPI",
    "RENDER_LOCK",
    "SCREEN_DPI",
    "STATES",
    "VIEWS",
    "WORKSHEETS",
    "Sheet",
    "View",
    "buying_group",
    "cache_info",
    "canvas",
    "channel_colour",
    "channel_colours",
    "channel_heatmap",
    "clear_cache",
    "emotion_curve",
    "figure_png",
    "journey_map",
    "kpi_funnel",
    "pdf_pages",
    "persona_card",
    "png",
    "png_bytes",
    "print_pages",
    "print_paper",
    "priority_matrix",
    "role_emotions",
    "save_figure",
    "soft_hyphens",
    "style",
    "template_grid",
    "vector_output",
    "view",
    "view_names",
    "worksheet",
    "worksheets_pdf",
]
