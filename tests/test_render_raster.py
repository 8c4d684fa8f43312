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


def test_remembered_layouts_put_every_text_where_matplotlib_does():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    journey = load_sample("airline", "nl")
    ours, plain = render.canvas(journey, state="both"), render.canvas(journey, state="both")
    ours.canvas.draw()
    FigureCanvasAgg(plain).draw()
    for a, b in zip(ours.texts, plain.texts, strict=True):
        assert a.get_text() == b.get_text()
        assert a.get_window_extent().bounds == pytest.approx(b.get_window_extent().bounds)


def test_a_changed_journey_is_drawn_changed():
    journey = load_sample("airline", "en")
    render.png_bytes(render.journey_map(journey), 80)
    journey.touchpoints[0].name = "A completely new name for the first touchpoint"
    journey.touchpoints[1].emotion = -3
    cached = render.png_bytes(render.journey_map(journey), 80)
    assert _same(cached, _agg(render.journey_map(journey)))
    assert not _same(cached, render.png_bytes(render.journey_map(load_sample("airline", "en")), 80))


def test_figures_in_other_styles_do_not_share_bitmaps():
    """The same words drawn with another hinting setting (a plain matplotlib
    figure in a notebook, say) must not reuse the kit's bitmaps, or the reverse."""
    import matplotlib as mpl
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 1))
    figure.text(0.05, 0.4, "Emotion curve: Sanne books a city trip", fontsize=9)
    pictures = {}
    for hinting in ("no_hinting", "force_autohint"):
        with mpl.rc_context({"text.hinting": hinting}):
            pictures[hinting] = render.png_bytes(figure, 80)
            assert _same(pictures[hinting], _agg(figure))
    assert not _same(pictures["no_hinting"], pictures["force_autohint"])  # the setting shows
