"""What the report notebook (08) shows and the slides reuse: an executive
summary, the maps drawn at print size, and a one-line reading of each map.

Everything is computed from the journey FILE, in the journey's language, so the
HTML/PDF report and the PowerPoint deck say the same thing. Texts from the
journey are escaped before they reach HTML or Markdown.

Which maps, in which order, with which heading, options and paper: the view
registry (``journeykit_widgets.views``, each entry's ``report``); what a map
says in words and whether it has anything to show: the same entry. This module
only prints them. The summary and the action list live in ``handouts.summary``
and ``handouts.action_list`` and are named here too, for the notebook.

Print sizes: every map is printed through ``render.print_pages`` on landscape
pages of its own: on A3 when it fits there with no text below 6 pt, else split
by phase over several A3 pages (a seven-phase journey with long Dutch texts),
never shrunk below readable size.
"""

from __future__ import annotations

import base64
import html
import io

from journeykit_widgets.handouts._journey import journey_of as _journey
from journeykit_widgets.handouts.action_list import ActionTable, action_columns, action_rows, action_table
from journeykit_widgets.handouts.summary import Summary, summary, top_actions
from journeykit_widgets.i18n import language, t
from journeykit_widgets.views import View, report_views
from journeykit_widgets.views import view as _entry

__all__ = [
    "ACTIONS",
    "DPI",
    "ActionTable",
    "Figure",
    "Reading",
    "Summary",
    "action_columns",
    "action_rows",
    "action_table",
    "figures",
    "has_content",
    "min_text_size",
    "pages",
    "reading",
    "show",
    "summary",
    "top_actions",
    "views",
]

DPI = 180  # crisp at A3 on paper and on a projector, and a report of a few megabytes
_SCREEN_WIDTH = 1000  # how wide the notebook shows a figure, in CSS pixels
ACTIONS = "actions"  # the action list's section: a reading, but no map (``reading(path, ACTIONS)``)


def views() -> dict[str, View]:
    """The report's maps in the order they appear, by name (the registry's views
    that have a place in the report)."""
    return {v.name: v for v in report_views()}


# ------------------------------------------------------------------ figures
def pages(journey, view: str) -> list:
    """The matplotlib figures ``view`` prints on, in the journey's language: one
    page, or (a map too large for one A3 page at 6 pt) its phases over several."""
    from journeykit_widgets import render

    placed = views()[view].report
    with language(journey.language):
        return render.print_pages(journey, view, paper=placed.paper, **placed.options)


def min_text_size(fig) -> float:
    """The smallest font size (pt, at the figure's own size) of any visible text."""
    from matplotlib.text import Text

    sizes = [
        text.get_fontsize()
        for text in fig.findobj(Text)
        if text.get_visible() and text.get_text().strip() and text.get_alpha() != 0
    ]
    return min(sizes) if sizes else 0.0


class Figure:
    """A map as a PNG for the report: printed on a landscape page of its own.

    The output metadata says which page (``journeykit.page``) so the handout
    template does not have to guess from the picture's shape.
    """

    def __init__(self, fig, caption: str, page: str):
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None}, facecolor="white")
        self.png = buffer.getvalue()
        self.caption = caption
        self.page = page
        self.size_inches = tuple(float(x) for x in fig.get_size_inches())
        self.min_pt = min_text_size(fig)

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.caption}
        width = min(round(self.size_inches[0] * 96), _SCREEN_WIDTH)
        meta = {"image/png": {"width": width}, "journeykit": {"page": self.page, "landscape": True}}
        return data, meta

    def __repr__(self) -> str:
        return self.caption


def figures(path, view: str) -> list[Figure]:
    """The pages of ``view`` for the report, each with its caption as alt text
    ("… · page 2 of 3" when the map is split)."""
    journey = _journey(path)
    drawn = pages(journey, view)
    with language(journey.language):
        caption = t(views()[view].report.title_key) + " · " + journey.title
        if len(drawn) > 1:
            return [
                Figure(fig, caption + " · " + t("report.page_of", page=i, pages=len(drawn)), "a3-landscape")
                for i, fig in enumerate(drawn, 1)
            ]
    return [Figure(drawn[0], caption, "a3-landscape")]


# ------------------------------------------------------------------ readings
def has_content(journey, view: str) -> bool:
    """Whether ``view`` has anything to draw for this journey (an empty canvas
    would only print the editor's "fill this in" note, which is no report)."""
    return _entry(view).has_content(journey)


def _reading_text(journey, view: str) -> str:
    if view == ACTIONS:
        from journeykit_widgets import analysis

        if journey.actions:
            from journeykit_widgets.analysis.owned_actions import action_list_summary

            return action_list_summary(journey)
        return analysis.action_summary(analysis.ideal_vs_current(journey))
    return _entry(view).reading_text(journey)


class Reading:
    """One line that says what a map shows; printed in italics under its heading.
    ``alone``: the map has nothing to draw, so the report leaves its section out."""

    def __init__(self, text: str, alone: bool = False):
        self.text = text
        self.alone = alone

    def _repr_html_(self) -> str:
        classes = "jk-reading jk-reading-alone" if self.alone else "jk-reading"
        return f'<p class="{classes}">{html.escape(self.text)}</p>'

    def __repr__(self) -> str:
        return self.text


def reading(path, view: str) -> Reading:
    """The one-line reading of ``view`` for the journey in ``path``."""
    journey = _journey(path)
    with language(journey.language):
        return Reading(_reading_text(journey, view))


def show(path, view: str) -> None:
    """Display the reading and then the figure of ``view`` (one notebook cell)."""
    from IPython.display import display

    journey = _journey(path)
    if not has_content(journey, view):
        with language(journey.language):
            display(Reading(_reading_text(journey, view), alone=True))
        return
    display(reading(journey, view))
    for page in figures(journey, view):
        display(page)
