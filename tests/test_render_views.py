"""Every view on every sample case in both languages: it draws, text stays in its
cells, nothing overlaps, labels are in the journey's language, the image is not blank."""

from __future__ import annotations

from pathlib import Path

import pytest
from _render_checks import all_text, ink_fraction, overflowing, overlapping, page_extents, text_extents

from journeykit_widgets import render
from journeykit_widgets.i18n import t
from journeykit_widgets.samples import SAMPLE_CASES
from journeykit_widgets.store import load

DATA = Path(__file__).resolve().parent.parent / "data"
LANGS = ("en", "nl")


def _sample(case: str, lang: str):
    path = DATA / f"{case}.{lang}.json"
    if not path.exists():
        pytest.skip(f"sample {path.name} is not written yet")
    return load(path)


# Options worth drawing separately, per registered view; every view of the
# registry is drawn (a new view without an entry here is drawn with defaults).
_VARIANTS = {
    "canvas": [{"state": state} for state in ("current", "ideal", "both")],
    "template": [
        {"template_id": tid} for tid in ("current_state", "future_state", "day_in_life", "service_blueprint")
    ],
    "heatmap": [{"value": "count"}, {"value": "emotion"}],
}
_KEYS = {
    "journey": "render.lane.touchpoints",
    "canvas": "render.canvas.title",
    "persona": "render.persona.needs",
    "buying_group": "render.group.interests",
    "priority": "render.quadrant.under_investing",
    "heatmap": "render.heatmap.title.count",
    "funnel": "render.funnel.title",
    "roles": "lens.render.roles.title",
    "blueprint": "blueprint.render.title",
}


def _views(journey, papers=("a4", "a3")):
    """(label, figure factory, a key whose text must appear) for every registered
    view, with its variants, on each paper."""
    for name, view in render.VIEWS.items():
        for options in _VARIANTS.get(name, [{}]):
            for paper in papers:
                label = "_".join([name, *map(str, options.values()), paper])
                key = _KEYS.get(name)
                if name == "heatmap":
                    key = f"render.heatmap.title.{options['value']}"
                yield label, lambda view=view, o=options, p=paper: view.figure(journey, **o, paper=p), key


CASES = [(case, lang) for case in SAMPLE_CASES for lang in LANGS]


@pytest.mark.parametrize(("case", "lang"), CASES, ids=[f"{c}-{lang}" for c, lang in CASES])
def test_every_view_draws_cleanly_in_the_journeys_language(case, lang, tmp_path):
    journey = _sample(case, lang)
    other = "nl" if lang == "en" else "en"
    for name, make, key in _views(journey):
        fig = make()
        if name.startswith("emotion"):  # a chart on axes: its texts must stay on the page
            rows = page_extents(fig)
            assert not overflowing(rows), f"{name}: text off the page: {overflowing(rows)[:3]}"
        else:
            rows = text_extents(fig)
            assert not overflowing(rows), f"{name}: text outside its cell: {overflowing(rows)[:3]}"
            assert not overlapping(rows), f"{name}: overlapping texts: {overlapping(rows)[:3]}"
        assert rows, f"{name}: no text was placed"
        text = all_text(fig)
        if key:
            assert t(key, lang=lang) in text, f"{name}: missing {t(key, lang=lang)!r}"
            foreign = t(key, lang=other)
            if foreign != t(key, lang=lang):
                assert foreign not in text, f"{name}: {foreign!r} is in the wrong language"
        if name.endswith("_a3"):
            continue  # same drawing code as the A4 picture checked below; layout is checked above
        png = tmp_path / f"{case}.{lang}.{name}.png"
        render.save_figure(fig, png, dpi=30)
        assert ink_fraction(png) > 0.02, f"{name}: the image is (nearly) blank"


@pytest.mark.parametrize(("case", "lang"), CASES, ids=[f"{c}-{lang}" for c, lang in CASES])
def test_phase_and_channel_names_come_from_the_frameworks_in_the_journeys_language(case, lang):
    journey = _sample(case, lang)
    text = " ".join(all_text(render.journey_map(journey)).split())  # a long phase name may wrap
    for phase in journey.phases:
        assert phase.label(lang) in text
    used = {tp.channel for tp in journey.touchpoints}
    from journeykit_widgets import frameworks

    for channel in used:
        assert frameworks.channels()[channel].label(lang) in text  # the legend names every channel used


def test_the_sample_emotion_curve_marks_peak_low_and_end():
    journey = _sample("airline", "en")
    fig = render.emotion_curve(journey)
    text = all_text(fig)
    assert t("render.curve.title", title=journey.title) in text
    marks = {c.get_gid() for c in fig.axes[0].collections if c.get_gid()}
    assert {"jk-peaks", "jk-lows", "jk-end"} <= marks
    for key in ("render.legend.peak", "render.legend.low", "render.legend.end"):
        assert t(key) in text  # the legend explains the markers
    marks_on_map = {c.get_gid() for c in render.journey_map(journey).axes[0].collections if c.get_gid()}
    assert {"jk-peaks", "jk-lows", "jk-end"} <= marks_on_map


@pytest.mark.parametrize(
    ("emotions", "flags"), [((1, 2, 0), {"jk-peaks"}), ((1, -2, 0), {"jk-peaks", "jk-lows"})]
)
def test_only_a_bad_moment_is_flagged_as_a_low_point(emotions, flags):
    """A journey that never dips below neutral has no low point to fix; its
    lowest moment (here the end) is not flagged as one."""
    from journeykit_widgets.model import Journey, Touchpoint

    journey = Journey.new("Three steps")
    phases = [phase.id for phase in journey.phases]
    for i, emotion in enumerate(emotions):
        journey.touchpoints.append(Touchpoint(name=f"Step {i + 1}", phase=phases[i], emotion=emotion))
    for fig in (render.emotion_curve(journey), render.journey_map(journey)):
        marks = {c.get_gid() for c in fig.axes[0].collections if c.get_gid()}
        assert marks & {"jk-peaks", "jk-lows"} == flags
        assert "jk-end" in marks


@pytest.mark.parametrize("view", ["journey", "priority", "persona"])
def test_markers_show_where_they_belong(view):
    """Emotion dots, peak and low flags, device symbols, priority dots and legend
    symbols are drawn at their positions, at marker size, in their colour."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import PathCollection

    fig = render.view(view).figure(_sample("veranda", "nl"))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    image = np.asarray(canvas.buffer_rgba())[..., :3].astype(int)
    groups = [c for c in fig.axes[0].collections if isinstance(c, PathCollection)]
    assert groups, "no markers drawn"
    markers = []  # (x, y, face colour, what) for every filled marker
    for group in groups:
        faces = group.get_facecolor()
        points = group.get_offset_transform().transform(group.get_offsets())
        for (x, y), face in zip(points, np.resize(faces, (len(points), 4)), strict=True):
            if face[3] > 0:  # an outline marker (the end of the curve) has nothing to find at its centre
                markers.append((x, y, np.round(face[:3] * 255), group.get_gid() or "marker"))
    assert markers
    for x, y, _face, what in markers:
        row, col = round(image.shape[0] - y), round(x)
        window = image[row - 2 : row + 3, col - 2 : col + 3].reshape(-1, 3)
        # A peak flag is drawn over the dot it marks: either colour counts there.
        nearby = [f for mx, my, f, _ in markers if abs(mx - x) < 8 and abs(my - y) < 8]
        distance = min(np.abs(window - face).sum(axis=1).min() for face in nearby)
        assert distance < 40, f"{view}: no {what} at ({x:.0f}, {y:.0f})"
