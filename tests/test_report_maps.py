"""The report's maps as a reader gets them: vector pictures whose words are text
(searchable, sharp at any zoom, drawn with the kit's font list so emoji and
Chinese still show), sized to print at 100 % on an A4 page with no word below
6 pt, and every lane the map shortens listed in full beside it."""

from __future__ import annotations

import html
import re

import pytest

from journeykit_widgets.handouts import report
from journeykit_widgets.handouts.lanes_in_full import LanesInFull, lane_items
from journeykit_widgets.model import Touchpoint
from journeykit_widgets.render.fonts import families
from journeykit_widgets.samples import load_sample

pytestmark = pytest.mark.unit

# The map area of an A4 landscape page with the report's margins, less a heading.
A4_MAP_AREA_MM = (297 - 2 * 13.5, 210 - 10 - 14 - 12)


def _svg_texts(svg: str) -> str:
    return html.unescape(" ".join(re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)))


@pytest.mark.parametrize(("case", "lang"), [("airline", "en"), ("b2b_software", "nl")])
def test_every_report_map_is_vector_text_that_fits_an_a4_page_at_6pt(case, lang):
    journey = load_sample(case, lang)
    for view in report.views():
        if not report.has_content(journey, view):
            continue
        for page in report.figures(journey, view):
            assert "<image" not in page.svg, view  # no picture of text inside the vector picture
            assert "<text" in page.svg, view
            width_mm, height_mm = (x * 25.4 for x in page.size_inches)
            assert width_mm <= A4_MAP_AREA_MM[0] and height_mm <= A4_MAP_AREA_MM[1], (
                view,
                width_mm,
                height_mm,
            )
            assert page.min_pt >= 6, (view, page.min_pt)
            # as printed: a hair larger than drawn (type never rounds below 6 pt), still inside the area
            _data, meta = page._repr_mimebundle_()
            printed = meta["journeykit"]["width_mm"], meta["journeykit"]["height_mm"]
            assert printed[0] <= A4_MAP_AREA_MM[0] and printed[1] <= A4_MAP_AREA_MM[1], (view, printed)
            assert page.min_pt * printed[0] / width_mm >= 6.01, (view, printed)
    words = _svg_texts("".join(p.svg for p in report.figures(journey, "journey")))
    assert " ".join(journey.title.split()) in " ".join(words.split())


def test_map_text_keeps_emoji_and_chinese_and_names_the_fallback_fonts():
    journey = load_sample("veranda", "en")
    first = journey.touchpoints[0]
    typed = "Fietsen 🚲 kopen 中文客户"
    journey.touchpoints[0] = Touchpoint(**{**first.model_dump(), "name": typed})
    svg = report.figures(journey, "journey")[0].svg
    assert "🚲" in _svg_texts(svg) and "中文客户" in _svg_texts(svg)
    # the browser is told the whole list, not only the first family
    for family in families():
        assert f"'{family}'" in svg


def test_a_lane_the_map_shortens_is_listed_in_full():
    journey = load_sample("airline", "en")
    pages = report.figures(journey, "journey")
    drawn = " ".join(_svg_texts(p.svg) for p in pages)
    shortened = {lane for p in pages for lane in p.shortened}
    assert "touchpoints" not in shortened or "more" in drawn
    assert {"actions", "pain_points"} <= shortened  # the sample's lanes are longer than a map cell
    table = LanesInFull(journey, shortened)._repr_html_()
    listed = html.unescape(table)
    hidden = 0
    for phase in journey.phases:
        for lane in shortened:
            for item in lane_items(journey, phase.id, lane):
                assert item in listed, (phase.id, lane, item)
                hidden += item not in drawn
    assert hidden > 0  # the table holds what the map could not show


def test_report_show_puts_the_lanes_in_full_under_the_map(monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kw: shown.extend(objs))
    report.show(load_sample("airline", "en"), "journey")
    kinds = [type(x).__name__ for x in shown]
    assert kinds[0] == "Reading" and kinds[-1] == "LanesInFull" and "Figure" in kinds


def test_a_crowded_priority_cell_says_how_many_more_instead_of_shrinking_below_6pt():
    journey = load_sample("b2b_software", "en")
    # every touchpoint in one cell: far more names than fit at 6 pt
    journey.touchpoints = [
        Touchpoint(**{**tp.model_dump(), "importance": 5, "effort": 2}) for tp in journey.touchpoints
    ]
    (page,) = report.figures(journey, "priority")
    assert page.min_pt >= 6
    assert re.search(r"\+\d+", _svg_texts(page.svg))  # the names left out are counted


def test_a_map_page_with_one_phase_names_that_phase_not_a_range():
    from journeykit_widgets import render

    journey = load_sample("b2b_software", "nl")
    last = journey.phase_ids[-1]
    total = len(journey.phase_ids)
    drawn = _figure_text(render.journey_map(journey, phases=(last,)))
    assert f"Fase {total} van {total}" in drawn and f"{total}–{total}" not in drawn
    pair = _figure_text(render.journey_map(journey, phases=tuple(journey.phase_ids[-2:])))
    assert f"Fasen {total - 1}–{total} van {total}" in pair


def _figure_text(fig) -> str:
    from matplotlib.text import Text

    return " ".join(text.get_text() for text in fig.findobj(Text))
