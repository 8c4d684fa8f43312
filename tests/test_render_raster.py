"""The kit's canvas lays each text line out once and copies remembered bitmaps and
layouts instead of laying text out again: its pictures must be the pixels
matplotlib's own Agg canvas and ``Text.draw`` produce, before and after a change."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops

from journeykit_widgets import render
from journeykit_widgets.samples import load_sample


def _pixels(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def _agg(figure, dpi: int = 80) -> bytes:
    """The figure drawn by matplotlib's own Agg canvas and ``Text.draw``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_figure(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def _same(a: bytes, b: bytes) -> bool:
    first, second = _pixels(a), _pixels(b)
    return first.size == second.size and ImageChops.difference(first, second).getbbox() is None


@pytest.mark.parametrize("view", sorted(render.VIEWS))
def test_cached_text_draws_the_same_pixels_as_agg(view):
    journey = load_sample("veranda", "nl")
    view_function = render.VIEWS[view]

    def draw(journey):
        return view_function(journey, "service_blueprint") if view == "template" else view_function(journey)

    render._raster.forget()
    first = render.png_bytes(draw(journey), 80)
    again = render.png_bytes(draw(journey), 80)  # now every line comes from the cache
    plain = _agg(draw(journey))
    assert _same(first, plain) and _same(again, plain)


def test_figures_save_and_show_through_the_kits_canvas():
    """``savefig`` and Jupyter's inline display go through the figure's canvas:
    the render layer's figures come with the kit's, drawing what Agg draws."""
    journey = load_sample("b2b_software", "en")
    figure = render.journey_map(journey)
    assert isinstance(figure.canvas, render._raster.Canvas)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=60, facecolor="white")
    assert _same(buffer.getvalue(), _agg(render.journey_map(journey), dpi=60))


@pytest.mark.parametrize("view", ["journey", "canvas", "persona", "priority", "funnel"])
def test_remembered_layouts_put_every_text_where_matplotlib_does(view):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    journey = load_sample("airline", "nl")
    ours, plain = render.VIEWS[view](journey), render.VIEWS[view](journey)
    ours.canvas.draw()
    FigureCanvasAgg(plain).draw()
    for a, b in zip(ours.texts, plain.texts, strict=True):
        assert a.get_text() == b.get_text()
        assert a.get_window_extent().bounds == pytest.approx(b.get_window_extent().bounds)


@pytest.mark.parametrize("ha", ["left", "center", "right"])
@pytest.mark.parametrize("va", ["top", "center", "bottom", "baseline", "center_baseline"])
def test_sheet_text_lays_out_like_matplotlib_for_every_alignment(ha, va):
    """Several lines of different widths, an empty line, descenders and a
    capital-only line: the lean layout must match ``Text._get_layout``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    from journeykit_widgets.render._sheet import Sheet

    texts = ["Één regel", "Twee\nregels met gjpqy", "EERSTE\n\nderde, na een lege regel\nkort"]
    pictures = []
    for canvas_class, text_class in ((render._raster.Canvas, None), (FigureCanvasAgg, Text)):
        sheet = Sheet("a4")
        artists = []
        for i, text in enumerate(texts):
            for size in (6.0, 9.5):
                fitted = render._text.Fitted(tuple(text.split("\n")), size)
                artist = sheet.place(fitted, 40 + 120 * i, 40 + 30 * size, 110, 120, ha=ha)
                artist.set_verticalalignment(va)
                artists.append(artist)
        sheet.finish()
        if text_class is not None:  # the same texts as plain matplotlib texts
            for artist in artists:
                artist.__class__ = text_class
        canvas_class(sheet.fig).draw()
        pictures.append([bound for artist in artists for bound in artist.get_window_extent().bounds])
    assert pictures[0] == pytest.approx(pictures[1])
