"""Palette, fonts and paper sizes shared by every figure.

Channel colours come from Paul Tol's colour-blind-safe "muted" and "light"
schemes and are assigned by the channel's position in the catalogue, so a
channel has the same colour on every map, chart and legend.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cache

from journeykit_widgets import frameworks

FONT = "DejaVu Sans"

# Paper presets, landscape, in inches (ISO 216).
PAPERS: dict[str, tuple[float, float]] = {
    "a4": (11.69, 8.27),
    "a3": (16.54, 11.69),
}
PAPER_NAMES: tuple[str, ...] = tuple(PAPERS)

# Tol "muted" + "light": 18 colour-blind-distinguishable hues (the greys are left out).
_CHANNEL_COLOURS = (
    "#332288",  # indigo
    "#88CCEE",  # cyan
    "#44AA99",  # teal
    "#117733",  # green
    "#999933",  # olive
    "#DDCC77",  # sand
    "#CC6677",  # rose
    "#882255",  # wine
    "#AA4499",  # purple
    "#77AADD",  # light blue
    "#EE8866",  # orange
    "#BBCC33",  # pear
    "#FFAABB",  # pink
    "#44BB99",  # mint
    "#EEDD88",  # light yellow
    "#99DDFF",  # light cyan
    "#AAAA00",  # olive 2
)
OTHER_COLOUR = "#BBBBBB"

INK = "#1F2328"  # body text
MUTED = "#5B6470"  # secondary text
FAINT = "#9AA1AA"  # guiding questions on blank sheets
RULE = "#C9CED6"  # cell borders
PANEL = "#F4F6F8"  # lane-label and header panels
HEADER = "#2E3A4B"  # phase header band
ACCENT = "#EE7733"  # highlights: differences, "+N more"
PAPER_BG = "#FFFFFF"

# Tol's colour-blind-safe diverging scheme (sunset, red = negative, blue = positive).
EMOTION_COLOURS = {
    -3: "#A50026",
    -2: "#DD3D2D",
    -1: "#F67E4B",
    0: "#C2C2C2",
    1: "#6EA6CD",
    2: "#4A7BB7",
    3: "#364B9A",
}
# Quadrant backgrounds of the priority matrix (Tol "pale").
QUADRANT_COLOURS = {
    "under_investing": "#FFCCCC",
    "over_investing": "#EEEEBB",
    "keep": "#CCEEFF",
    "ignore": "#EEEEEE",
}

# Device → matplotlib marker; ``any`` has no marker.
DEVICE_MARKERS = {
    "smartphone": "o",
    "tablet": "s",
    "computer": "D",
    "in_person": "^",
    "phone_call": "P",
    "print": "v",
}

RC = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "svg.fonttype": "path",
    "svg.hashsalt": "journeykit",
    "pdf.fonttype": 42,
    "axes.edgecolor": RULE,
    "axes.labelcolor": INK,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "text.color": INK,
    "text.parse_math": False,  # participants' text is shown as typed: "$49 or $99" is prices, not TeX
    "text.hinting": "no_hinting",  # vector-like glyphs; hinting costs time and is moot at print resolution
    "figure.facecolor": PAPER_BG,
}


@contextmanager
def style():
    """The kit's matplotlib settings for the duration of a drawing."""
    import matplotlib

    with matplotlib.rc_context(RC):
        yield


@cache
def channel_colours() -> dict[str, str]:
    colours = {}
    ids = [c for c in frameworks.channels() if c != "other"]
    for i, cid in enumerate(ids):
        colours[cid] = _CHANNEL_COLOURS[i % len(_CHANNEL_COLOURS)]
    colours["other"] = OTHER_COLOUR
    return colours


def channel_colour(channel: str) -> str:
    return channel_colours().get(channel, OTHER_COLOUR)


def tint(colour: str, amount: float = 0.75) -> tuple[float, float, float]:
    """``colour`` mixed with white (amount 1 = white): a card fill dark text reads on."""
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(colour)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def emotion_colour(value: float) -> str:
    return EMOTION_COLOURS[max(-3, min(3, round(value)))]


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, got {paper!r}") from None


def text_on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour``."""
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(colour)
    return INK if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "#FFFFFF"


def new_figure(**kwargs):
    """A ``Figure`` that always draws with the kit's settings.

    rcParams such as text hinting are read when a figure is drawn, not when it is
    built; a map shown later in Jupyter or saved by someone else's code must look
    (and measure) the same as one saved by ``save_figure``. Text widths are
    estimated for unhinted glyphs, so hinting stays off while our figures draw.
    Its canvas is the kit's Agg canvas, which lays each line of text out once
    (``_raster``): a notebook showing the figure or ``savefig`` to PNG uses it.
    """
    from journeykit_widgets.render._raster import Canvas

    figure = _kit_figure_class()(**kwargs)
    Canvas(figure)
    return figure


@cache
def _kit_figure_class():
    from matplotlib.figure import Figure

    class KitFigure(Figure):
        def draw(self, renderer):
            with style():
                return super().draw(renderer)

    KitFigure.__module__ = __name__
    KitFigure.__qualname__ = "KitFigure"
    globals()["KitFigure"] = KitFigure  # so that pickled figures find their class
    return KitFigure
