"""A drawing surface in points with a top-left origin, on one full-page axes.

Every view lays its page out in points (1/72 inch), like a designer would on
paper: boxes, cards and texts fitted into them. Texts placed with ``text`` are
recorded with the box they must stay inside (``fig.journeykit_cells``), which
the tests use to check that nothing overflows or overlaps.
"""

from __future__ import annotations

from functools import cache

from matplotlib.text import Text

from journeykit_widgets.render import fonts as _fonts
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._text import Fitted, fit, fit_items, half_point, text_width

PAD = 3.0


class Sheet:
    def __init__(self, paper: str = "a4", size: tuple[float, float] | None = None, dpi: float = 100):
        width_in, height_in = size or _style.paper_size(paper)
        self.fig = _style.new_figure(figsize=(width_in, height_in), dpi=dpi, facecolor=_style.PAPER_BG)
        self.W, self.H = width_in * 72.0, height_in * 72.0
        ax = self.fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, self.W)
        ax.set_ylim(self.H, 0)
        ax.set_axis_off()
        self.ax = ax
        self.cells: list = []
        self._shapes: dict[float, list] = {}
        self._lines: dict[float, list] = {}
        self.fig.journeykit_cells = self.cells
        # Texts cut short or items left out ("+3 more") because the page is too
        # small for them at the smallest print size: ``printing`` reads it to
        # choose a larger paper or to split the map over pages.
        self.fig.journeykit_crowded = 0
        self.scale = self.W / (11.69 * 72)  # 1 on A4, ~1.41 on A3: type grows with the page

    # ------------------------------------------------------------------ shapes
    # Shapes are collected and added as one collection per layer in ``finish``:
    # hundreds of separate patch and line artists cost more to build than to draw.
    def rect(self, x, y, w, h, fc="none", ec="none", lw=0.6, ls="-", radius=0.0, zorder=1, alpha=1.0) -> None:
        verts = _rounded(x, y, w, h, radius) if radius else ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
        self._shapes.setdefault(zorder, []).append((verts, fc, ec, lw, ls, alpha))

    def line(self, xs, ys, colour=_style.RULE, lw=0.6, ls="-", zorder=2) -> None:
        self._lines.setdefault(zorder, []).append((list(zip(xs, ys, strict=True)), colour, lw, ls))

    def markers(self, xs, ys, area, marker="o", fc=_style.INK, ec="none", lw=0.0, zorder=6, gid=None):
        """Markers at (xs, ys), ``area`` in square points as in ``scatter``; ``fc``
        one colour or one per marker.

        Built as one ``PathCollection`` directly: ``Axes.scatter`` spends a few
        milliseconds per call on masking, colour mapping and autoscaling, and a
        journey map places some twenty groups of markers."""
        if len(xs) == 0:  # nothing to mark (matplotlib 3.10.0 cannot draw empty offsets)
            return None
        from matplotlib.collections import PathCollection
        from matplotlib.colors import to_rgba_array
        from matplotlib.markers import MarkerStyle
        from matplotlib.transforms import IdentityTransform

        style = MarkerStyle(marker)
        collection = PathCollection(
            [style.get_path().transformed(style.get_transform())],
            sizes=[area],
            offsets=list(zip(xs, ys, strict=True)),
            offset_transform=self.ax.transData,
            facecolors=to_rgba_array(fc),
            edgecolors=to_rgba_array(ec),
            linewidths=[lw],
            zorder=zorder,
        )
        collection.set_transform(IdentityTransform())  # marker paths are in points, scaled by ``sizes``
        collection.set_gid(gid)
        self.ax.add_collection(collection, autolim=False)
        return collection

    # ------------------------------------------------------------------- texts
    def place(
        self,
        fitted: Fitted,
        x,
        y,
        w,
        h,
        colour=_style.INK,
        weight="normal",
        ha="left",
        va="top",
        style="normal",
        pad=PAD,
        zorder=5,
        record=True,
    ):
        """Draw an already fitted text inside the box (x, y, w, h); returns the artist."""
        if fitted.hidden:
            self.fig.journeykit_crowded += 1
        if not fitted.lines:
            return None
        # The one place the kit hands a text to matplotlib: only characters some
        # font of the list can draw (fitting already did this; a ``Fitted`` built
        # by hand has not).
        shown = _fonts.drawable(fitted.text, weight, style)
        tx = {"left": x + pad, "center": x + w / 2, "right": x + w - pad}[ha]
        ty = {"top": y + pad, "center": y + h / 2, "bottom": y + h - pad}[va]
        # A figure-level text placed in the page axes' coordinates: cheaper to
        # create than ``ax.text`` and always drawn above the shapes. Constructor
        # arguments and setters rather than keyword properties: a map creates a
        # few hundred texts, and ``Artist.update`` costs as much as the rest.
        artist = Text(
            tx,
            ty,
            shown,
            color=colour,
            verticalalignment=va,
            horizontalalignment=ha,
            multialignment=ha,
            fontproperties=_font(
                half_point(fitted.size), weight, style, _fonts.families_for(shown, weight, style)
            ),
            linespacing=1.2,
            parse_math=False,  # participants' text as typed: "$49 or $99" is prices, not TeX
        )
        artist.set_zorder(zorder)
        artist.set_clip_on(False)
        artist.set_transform(self.ax.transData)
        artist.set_figure(self.fig)
        self.fig.texts.append(artist)
        if record:
            self.cells.append((artist, self.ax, (x, y, x + w, y + h)))
        return artist

    def text(
        self,
        x,
        y,
        w,
        h,
        text,
        size=9.0,
        min_size=6.0,
        weight="normal",
        colour=_style.INK,
        ha="left",
        va="top",
        style="normal",
        pad=PAD,
        max_lines=None,
        zorder=5,
    ) -> Fitted:
        """Fit ``text`` into the box (wrap, shrink, then cut) and draw it; never
        smaller than ``style.MIN_PRINT_PT``."""
        size, min_size = _floor(size, min_size)
        fitted = fit(text, w - 2 * pad, h - 2 * pad, size, min_size, weight, max_lines)
        self.place(fitted, x, y, w, h, colour, weight, ha, va, style, pad, zorder)
        return fitted

    def items(
        self,
        x,
        y,
        w,
        h,
        items,
        more,
        size=8.0,
        min_size=5.5,
        colour=_style.INK,
        bullet="• ",
        pad=PAD,
        zorder=5,
    ) -> Fitted:
        """A bulleted list fitted into the box, ending in "+N more" when crowded."""
        size, min_size = _floor(size, min_size)
        fitted = fit_items(list(items), w - 2 * pad, h - 2 * pad, size, min_size, more, bullet)
        self.place(fitted, x, y, w, h, colour, pad=pad, zorder=zorder)
        return fitted

    def row_of_texts(
        self,
        boxes,
        size,
        min_size,
        pad=PAD,
        colour=_style.INK,
        items=False,
        more="+{n}",
        bullet="• ",
        **style,
    ) -> float:
        """Texts (or bulleted lists) for a row of cells, all at one size: the
        largest size at which every cell fits, so a row reads evenly.
        ``boxes`` are (x, y, w, h, content); ``style`` goes to ``text`` (weight,
        ha, va, max_lines). Returns the size used."""
        weight = style.get("weight", "normal")
        size, min_size = _floor(size, min_size)
        sizes = []
        for _x, _y, w, h, content in boxes:
            if items:
                fitted = fit_items(list(content), w - 2 * pad, h - 2 * pad, size, min_size, more, bullet)
            else:
                fitted = fit(
                    content, w - 2 * pad, h - 2 * pad, size, min_size, weight, style.get("max_lines")
                )
            if fitted.lines:
                sizes.append(fitted.size)
        common = min(sizes) if sizes else size
        for x, y, w, h, content in boxes:
            if items:
                self.items(x, y, w, h, content, more, common, common, colour, bullet, pad=pad)
            else:
                self.text(x, y, w, h, content, common, common, colour=colour, pad=pad, **style)
        return common

    def phase_band(
        self, x0, y, col_w, h, labels, size=9.5, min_size=6.0, max_lines=2, fc=_style.HEADER
    ) -> None:
        """The dark header band of phase (or step) names, all at one size."""
        s = self.scale
        boxes = []
        for i, label in enumerate(labels):
            x = x0 + i * col_w
            self.rect(x + 1, y, col_w - 2, h - 2, fc=fc, radius=3 * s)
            boxes.append((x + 1, y, col_w - 2, h - 2, label))
        self.row_of_texts(
            boxes,
            size * s,
            min_size * s,
            2 * s,
            "white",
            weight="bold",
            ha="center",
            va="center",
            max_lines=max_lines,
        )

    # ------------------------------------------------------------ page parts
    def header(self, title: str, subtitle: str = "", note: str = "", height: float | None = None) -> float:
        """Title block at the top; returns the y where the content starts."""
        s = self.scale
        margin = 24 * s
        height = height or 52 * s
        right_w = 0.32 * (self.W - 2 * margin)
        left_w = self.W - 2 * margin - right_w
        self.text(margin, margin, left_w, 24 * s, title, 16 * s, 10 * s, "bold", pad=0, max_lines=1)
        if subtitle:
            self.text(
                margin,
                margin + 22 * s,
                left_w,
                height - 22 * s,
                subtitle,
                8.5 * s,
                6.5 * s,
                colour=_style.MUTED,
                pad=0,
            )
        if note:
            self.text(
                margin + left_w + 8 * s,
                margin + 2 * s,
                right_w - 8 * s,
                height - 2 * s,
                note,
                8 * s,
                6 * s,
                colour=_style.MUTED,
                ha="right",
                pad=0,
            )
        self.line([margin, self.W - margin], [margin + height + 4 * s] * 2, _style.INK, 0.8)
        return margin + height + 12 * s

    @property
    def margin(self) -> float:
        return 24 * self.scale

    def legend(self, x, y, w, entries, size=7.0, title: str = "") -> float:
        """A flowing legend: ``entries`` are (kind, style, label) with kind
        ``patch`` (style: dict(fc, ec, ls)), ``marker`` (style: dict(marker, fc)) or
        ``line``. Returns the height used."""
        s = self.scale
        size = size * s
        row_h = size * 1.9
        sw = size * 1.5
        cx, cy = x, y
        if title:
            tw = text_width(title, size, "bold") + 2
            self.place(Fitted((title,), size), cx, cy, tw + 1, row_h, _style.INK, "bold", va="center", pad=0)
            cx += tw + 8 * s
        start = cx
        markers = []
        for kind, spec, label in entries:
            lw = text_width(label, size) + 2
            need = sw + 4 * s + lw + 12 * s
            if cx + need > x + w and cx > start:
                cx = start
                cy += row_h
            mid = cy + row_h / 2
            if kind == "patch":
                self.rect(
                    cx,
                    mid - sw * 0.35,
                    sw,
                    sw * 0.7,
                    fc=spec.get("fc", "none"),
                    ec=spec.get("ec", _style.INK),
                    lw=spec.get("lw", 0.6),
                    ls=spec.get("ls", "-"),
                    zorder=6,
                )
            elif kind == "marker":
                markers.append((cx + sw / 2, mid, spec))
            elif kind == "line":
                self.line(
                    [cx, cx + sw],
                    [mid, mid],
                    spec.get("colour", _style.INK),
                    spec.get("lw", 1.2),
                    spec.get("ls", "-"),
                    6,
                )
            self.place(
                Fitted((label,), size), cx + sw + 4 * s, cy, lw + 1, row_h, _style.INK, va="center", pad=0
            )
            cx += need
        for mx, my, spec in markers:
            self.markers(
                [mx],
                [my],
                (size * 0.9) ** 2,
                spec["marker"],
                spec.get("fc", _style.INK),
                spec.get("ec", "none"),
                0.6,
                zorder=7,
            )
        return cy + row_h - y

    def empty_state(self, x, y, w, h, title: str, body: str) -> None:
        """A friendly message where content will appear once something is entered."""
        s = self.scale
        # Above the grid's rules (zorder 2): no lines run through the message.
        self.rect(x, y, w, h, fc=_style.PANEL, ec=_style.RULE, ls="--", lw=0.8, radius=6 * s, zorder=3)
        bw = min(w - 40 * s, 460 * s)
        bx = x + (w - bw) / 2
        self.text(bx, y + h / 2 - 40 * s, bw, 28 * s, title, 15 * s, 10 * s, "bold", ha="center", va="bottom")
        self.text(bx, y + h / 2 - 8 * s, bw, 60 * s, body, 10 * s, 7 * s, colour=_style.MUTED, ha="center")

    def finish(self):
        from matplotlib.collections import LineCollection, PolyCollection
        from matplotlib.colors import to_rgba

        for zorder, shapes in sorted(self._shapes.items()):
            verts, fcs, ecs, lws, lss, alphas = zip(*shapes, strict=True)
            self.ax.add_collection(
                PolyCollection(
                    verts,
                    facecolors=[
                        to_rgba(fc, a if fc != "none" else 0) for fc, a in zip(fcs, alphas, strict=True)
                    ],
                    edgecolors=[
                        to_rgba(ec, a if ec != "none" else 0) for ec, a in zip(ecs, alphas, strict=True)
                    ],
                    linewidths=[lw if ec != "none" else 0 for lw, ec in zip(lws, ecs, strict=True)],
                    linestyles=list(lss),
                    zorder=zorder,
                ),
                autolim=False,
            )
        for zorder, lines in sorted(self._lines.items()):
            segments, colours, lws, lss = zip(*lines, strict=True)
            self.ax.add_collection(
                LineCollection(
                    segments,
                    colors=list(colours),
                    linewidths=list(lws),
                    linestyles=list(lss),
                    zorder=zorder,
                    capstyle="butt",
                ),
                autolim=False,
            )
        self._shapes, self._lines = {}, {}
        return self.fig


def _floor(size: float, min_size: float) -> tuple[float, float]:
    """(size, min_size) raised to the smallest type that still reads on paper."""
    floor = _style.MIN_PRINT_PT
    return max(size, floor), max(min(min_size, size), floor)


@cache
def _font(size: float, weight: str, style: str, families: tuple[str, ...]):
    """Font properties for a text (each text takes a copy); ``families`` from
    ``fonts.families_for``."""
    from matplotlib.font_manager import FontProperties

    return FontProperties(family=list(families), size=size, weight=weight, style=style)


def _rounded(x, y, w, h, r, steps: int = 4):
    """Vertices of a rectangle with rounded corners (radius ``r``)."""
    import math

    r = max(0.0, min(r, w / 2, h / 2))
    corners = (
        (x + w - r, y + r, -90),
        (x + w - r, y + h - r, 0),
        (x + r, y + h - r, 90),
        (x + r, y + r, 180),
    )
    verts = []
    for cx, cy, start in corners:
        for k in range(steps + 1):
            angle = math.radians(start + 90 * k / steps)
            verts.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return verts
