"""Pictures of a journey: pure functions that take a journey and return a
matplotlib ``Figure`` (never shown, never pyplot), drawn in the journey's language.

``VIEWS`` maps the view names of ``journeykit map --view`` to the functions.
"""

from journeykit_widgets.render._raster import png_bytes
from journeykit_widgets.render._style import PAPER_NAMES, channel_colour, channel_colours
from journeykit_widgets.render.canvas import STATES, canvas
from journeykit_widgets.render.export import FORMATS, save_figure
from journeykit_widgets.render.funnel import kpi_funnel
from journeykit_widgets.render.heatmap import channel_heatmap
from journeykit_widgets.render.journey_map import emotion_curve, journey_map
from journeykit_widgets.render.persona import buying_group, persona_card
from journeykit_widgets.render.priority import priority_matrix
from journeykit_widgets.render.templates import template_grid
from journeykit_widgets.render.worksheets import WORKSHEETS, worksheet, worksheets_pdf

__all__ = [
    "FORMATS",
    "PAPER_NAMES",
    "STATES",
    "VIEWS",
    "WORKSHEETS",
    "buying_group",
    "canvas",
    "channel_colour",
    "channel_colours",
    "channel_heatmap",
    "emotion_curve",
    "journey_map",
    "kpi_funnel",
    "persona_card",
    "png_bytes",
    "priority_matrix",
    "save_figure",
    "template_grid",
    "worksheet",
    "worksheets_pdf",
]

VIEWS = {
    "journey": journey_map,
    "canvas": canvas,
    "template": template_grid,
    "persona": persona_card,
    "buying_group": buying_group,
    "priority": priority_matrix,
    "heatmap": channel_heatmap,
    "funnel": kpi_funnel,
    "emotion": emotion_curve,
}
