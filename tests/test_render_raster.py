"""The preview canvas copies remembered text bitmaps instead of laying text out
again: its pictures must be the pixels Agg draws itself, before and after a change."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops

from journeykit_widgets import render
from journeykit_widgets.samples import load_sample


def _pixels(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def _agg(figure, dpi: int = 80) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def _same(a: bytes, b: bytes) -> bool:
    first, second = _pixels(a), _pixels(b)
    return first.size == second.size and ImageChops.difference(first, second).getbbox() is None


@pytest.mark.parametrize("view", ["journey", "canvas", "priority", "emotion"])
def test_cached_text_draws_the_same_pixels_as_agg(view):
    journey = load_sample("veranda", "nl")
    draw = render.VIEWS[view]
    first = render.png_bytes(draw(journey), 80)
    again = render.png_bytes(draw(journey), 80)  # now every line comes from the cache
    plain = _agg(draw(journey))
    assert _same(first, plain) and _same(again, plain)


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
