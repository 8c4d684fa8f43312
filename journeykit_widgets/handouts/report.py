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

Print sizes: every map is drawn through ``render.print_pages`` at the size of
the map area of an A4 landscape page and printed at 100 %, as vector SVG with
real text: no text below 6 pt on A4. A map that does not fit there is split by
phase over several pages; a lane it still shortens ("+3 more") is listed in
full under the map (``handouts.lanes_in_full``).
"""

from __future__ import annotations

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
    "PRINT_SCALE",
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
    "open_comments",
    "pages",
    "reading",
    "show",
    "summary",
    "top_actions",
    "views",
]

DPI = 180  # the deck's pictures: crisp on a projector
# A map prints a hair larger than drawn: Chromium writes type sizes rounded down to
# 0.01 px, which took a 6 pt word printed at exactly 100 % to 5.99 pt. The map area
# (``render.style.PAPERS["report"]``) is drawn that much smaller, so it still fits.
PRINT_SCALE = 1.002
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


def svg_text(fig) -> str:
    """``fig`` as SVG with its texts as text (``svg.fonttype`` "none"): a browser
    draws them with the same list of fonts (``render.fonts``), a PDF printed from
    it keeps them searchable, and a reader can zoom without blur."""
    import matplotlib

    from journeykit_widgets.render._common import RENDER_LOCK

    buffer = io.StringIO()
    with RENDER_LOCK, matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "journeykit"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, facecolor="white")
    return _with_fallback_fonts(buffer.getvalue())


def _with_fallback_fonts(svg: str) -> str:
    """matplotlib names only the first family of a text's list in SVG; the browser
    gets the whole list (``render.fonts``), so a Chinese name or an emoji is drawn
    with the font matplotlib measured it with."""
    from journeykit_widgets.render.fonts import PRIMARY, families

    listed = ", ".join(f"'{name}'" for name in families() if "'" not in name)
    return svg.replace(f"font-family: '{PRIMARY}'", f"font-family: {listed}, sans-serif")


class Figure:
    """A map as vector SVG for the report, printed at its own size (100.2 %, see
    ``PRINT_SCALE``) on an A4 landscape page, so its smallest type is at least its
    size in the drawing on paper.

    The output metadata says which page (``journeykit.page``) and the size in
    millimetres, so the handout template does not have to guess.
    """

    def __init__(self, fig, caption: str, page: str, anchor: str = ""):
        from journeykit_widgets.handouts.inline_svg import unique_ids

        # The HTML report writes every map into one page: ids must not clash.
        self.svg = unique_ids(svg_text(fig), anchor or "jk-figure")
        self.anchor = anchor
        self.caption = caption
        self.page = page
        self.size_inches = tuple(float(x) for x in fig.get_size_inches())
        self.min_pt = min_text_size(fig)
        self.shortened = tuple(getattr(fig, "journeykit_shortened", ()))

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/svg+xml": self.svg, "text/plain": self.caption}
        width_mm, height_mm = (round(x * 25.4 * PRINT_SCALE, 2) for x in self.size_inches)
        meta = {
            "journeykit": {
                "page": self.page,
                "landscape": True,
                "width_mm": width_mm,
                "height_mm": height_mm,
                "id": self.anchor,
            }
        }
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
                Figure(
                    fig,
                    caption + " · " + t("report.page_of", page=i, pages=len(drawn)),
                    "a4-landscape",
                    f"jk-map-{view}-{i}",
                )
                for i, fig in enumerate(drawn, 1)
            ]
    return [Figure(drawn[0], caption, "a4-landscape", f"jk-map-{view}-1")]


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


def open_comments(path):
    """The appendix of the team's open comment threads (``comment_lists``); the
    report leaves the section out when there are none."""
    from journeykit_widgets.comment_lists import CommentsAppendix

    return CommentsAppendix(_journey(path))


def show(path, view: str) -> None:
    """Display the reading and then the figure of ``view`` (one notebook cell)."""
    from IPython.display import display

    journey = _journey(path)
    if not has_content(journey, view):
        with language(journey.language):
            display(Reading(_reading_text(journey, view), alone=True))
        return
    display(reading(journey, view))
    drawn = figures(journey, view)
    for page in drawn:
        display(page)
    shortened = {lane for page in drawn for lane in page.shortened}
    if shortened:
        from journeykit_widgets.handouts.lanes_in_full import LanesInFull

        with language(journey.language):
            display(LanesInFull(journey, shortened))
