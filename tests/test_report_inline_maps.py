"""The HTML report writes its maps into the page as SVG, so a reader can select a
touchpoint's name on the map and find it with Ctrl+F. Two maps in one page keep
their own ids (a clip path of one never clips the other), and an output that is
anything but a drawing (a script in an SVG) stays a harmless picture.

Built from the report's own figures without a kernel: quick, no notebook run."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import pytest
from nbformat import v4

from journeykit_widgets.handouts import report
from journeykit_widgets.handouts.exporters import JourneykitReportExporter
from journeykit_widgets.handouts.inline_svg import inline_svg
from journeykit_widgets.samples import load_sample

pytestmark = pytest.mark.unit

SVG_NS = "{http://www.w3.org/2000/svg}"


def _output(figure) -> dict:
    data, meta = figure._repr_mimebundle_()
    return v4.new_output("display_data", data=data, metadata=meta)


def _page(outputs) -> str:
    cell = v4.new_code_cell("jk.report.show(journey_path, 'journey')", outputs=outputs)
    nb = v4.new_notebook(cells=[cell], metadata={"journeykit": {"language": "en"}})
    body, _ = JourneykitReportExporter(language="en").from_notebook_node(nb)
    return body


@pytest.fixture(scope="module")
def two_maps():
    journey = load_sample("airline", "en")
    figures = report.figures(journey, "journey") + report.figures(journey, "priority")
    assert len(figures) >= 2
    return journey, figures, _page([_output(f) for f in figures])


def _svgs(page: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", page, re.S)]


def test_map_words_are_text_in_the_page_not_inside_a_picture(two_maps):
    journey, figures, page = two_maps
    assert "data:image/svg+xml" not in page
    svgs = _svgs(page)
    assert len(svgs) == len(figures)
    words = " ".join(html.unescape("".join(t.itertext())) for s in svgs for t in s.iter(SVG_NS + "text"))
    words = " ".join(words.split())
    assert journey.touchpoints[0].name.split()[0] in words
    assert " ".join(journey.title.split()) in words
    # each map still opens large: the drawing sits inside the figure's zoom link
    for figure in figures:
        anchor = re.escape(figure.anchor)
        assert re.search(
            rf'<figure[^>]*id="{anchor}".*?<a class="jk-zoom" href="#{anchor}"[^>]*>\s*<span', page, re.S
        )


def test_two_maps_in_one_page_share_no_id_and_point_only_at_their_own(two_maps):
    _journey, _figures, page = two_maps
    all_ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(all_ids) == len(set(all_ids)), sorted({i for i in all_ids if all_ids.count(i) > 1})[:5]
    for svg in _svgs(page):
        own = {e.get("id") for e in svg.iter() if e.get("id")}
        used = set()
        for element in svg.iter():
            for name, value in element.attrib.items():
                used |= set(re.findall(r"url\(#([^)]+)\)", value))
                if name.endswith("href") and value.startswith("#"):
                    used.add(value[1:])
        assert used and used <= own, used - own  # every clip path it uses is its own


@pytest.mark.parametrize(
    "hostile",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>x</text></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><text onclick="alert(1)">x</text></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><style>body{display:none}</style><text>x</text></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<use xlink:href="https://example.org/x.svg#a"/></svg>',
        "<svg><text>not even XML",
    ],
)
def test_an_svg_output_that_is_more_than_a_drawing_stays_a_picture(hostile):
    assert inline_svg(hostile) == ""
    output = v4.new_output(
        "display_data",
        data={"image/svg+xml": hostile, "text/plain": "map"},
        metadata={"journeykit": {"id": "jk-map-x-1", "landscape": True}},
    )
    page = _page([output])
    assert "<script>alert" not in page and 'onclick="' not in page and "body{display" not in page
    assert "data:image/svg+xml;base64," in page
