"""Palette and paper sizes shared by every figure (fonts: ``render.fonts``).

Channel colours come from Paul Tol's colour-blind-safe "muted" and "light"
schemes and are assigned by the channel's position in the catalogue, so a
channel has the same colour on every map, chart and legend.
"""

from __future__ import annotations

from functools import cache

from journeykit_widgets import frameworks

# Paper presets, landscape, in inches (ISO 216).
PAPERS: dict[str, tuple[float, float]] = {
    "a4": (11.69, 8.27),
    "a3": (16.54, 11.69),
    # What an A4 landscape report page leaves for a map under its heading (270 x 166 mm),
    # less 0.2 %: the report prints a map at 100.2 % (``handouts.report.PRINT_SCALE``),
    # so Chromium, which writes type sizes in print rounded down to 0.01 px, never
    # takes a 6 pt word to 5.99 pt.
    "report": (10.60, 6.51),
    # The same, with room for the gap list under the priority matrix (about ten lines
    # at 8.5 pt in two columns: the B2B sample in Dutch).
    "report-low": (10.60, 5.24),
}
# The sheets of paper a map may print on, smallest first (``printing`` goes up this list).
PAPER_NAMES: tuple[str, ...] = ("a4", "a3")
# Every size a view may be drawn at: the papers and the report's map area.
DRAWING_PAPERS: tuple[str, ...] = tuple(PAPERS)

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

# Settings only the vector backends read while they write a file (text as
# outlines in SVG, TrueType in PDF, stable SVG ids). They are applied inside the
# render lock for the duration of one ``savefig`` (see ``export.save_figure``);
# everything a figure looks like is set on its artists instead, so drawing never
# changes matplotlib's global ``rcParams`` under a participant's own plots.
VECTOR_RC = {
    "svg.fonttype": "path",
    "svg.hashsalt": "journeykit",
    "pdf.fonttype": 42,
}

# The smallest type on a printed page (points, at the paper's real size).
MIN_PRINT_PT = 6.0


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
    """A plain ``matplotlib.figure.Figure`` on a white page (no pyplot, no global state)."""
    from matplotlib.figure import Figure

    kwargs.setdefault("facecolor", PAPER_BG)
    return Figure(**kwargs)


# One colour and one marker per buying-group role on the role chart (Tol "muted",
# strong hues only): lines stay apart in colour and, printed in grey, in shape.
ROLE_COLOURS = ("#332288", "#117733", "#CC6677", "#AA4499", "#999933", "#44AA99", "#882255", "#88CCEE")
ROLE_MARKERS = ("o", "s", "D", "^", "v", "P", "X", "h")


# The marks on the emotion curve (matplotlib ``scatter`` keywords) and their legend
# keys; "unrated" is a card without an emotion yet, drawn hollow on the zero line.
CURVE_MARKS = {
    "peaks": dict(marker="^", s=110, c=EMOTION_COLOURS[3], zorder=5),
    "lows": dict(marker="v", s=110, c=EMOTION_COLOURS[-3], zorder=5),
    "end": dict(marker="D", s=150, facecolors="none", edgecolors=INK, linewidths=1.2, zorder=6),
    "unrated": dict(marker="o", s=36, facecolors="white", edgecolors=MUTED, linestyle="--", zorder=4),
}
CURVE_MARK_LABELS = {
    "peaks": "render.legend.peak",
    "lows": "render.legend.low",
    "end": "render.legend.end",
    "unrated": "render.legend.unrated",
}
