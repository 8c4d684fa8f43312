"""A report map's SVG written into the HTML page itself, so its words are text
the reader can select and find with Ctrl+F (an ``<img>`` hides them).

Two things change when SVG moves from its own file into a page:

- ids share one page: every map has a ``figure_1``, and two maps with the same
  clip box get the same hashed clip id, so one map would clip with the other's
  path. ``unique_ids`` gives each map's ids (and what points at them) a prefix.
- the page trusts what it inlines: an ``<img>`` never runs a script, inline
  markup would. ``inline_svg`` lets through only the elements and attributes
  matplotlib writes for a drawing; anything else keeps the ``<img>`` route.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

__all__ = ["inline_svg", "unique_ids"]

_ID = re.compile(r'\bid="([^"]+)"')
_URL = re.compile(r"url\(#([^)\s]+)\)")
_HREF = re.compile(r'\b((?:xlink:)?href)="#([^"]+)"')

_SVG = "{http://www.w3.org/2000/svg}"
# What matplotlib's SVG backend writes for a figure whose texts stay text.
_DRAWING = frozenset(
    {
        "svg",
        "g",
        "path",
        "text",
        "tspan",
        "defs",
        "clipPath",
        "rect",
        "use",
        "style",
        "title",
        "desc",
        "metadata",
    }
)
# The metadata block (Dublin Core in RDF) is description, never drawn or run.
_METADATA_NS = (
    "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}",
    "{http://creativecommons.org/ns#}",
    "{http://purl.org/dc/elements/1.1/}",
)

# matplotlib's one style rule, "*{stroke-linejoin: round; stroke-linecap: butt}":
# property names and keywords only (no url(), no selectors beyond "*").
_PLAIN_STYLE = re.compile(r"\s*\*\s*\{[a-z\-:;\s]*\}\s*\Z")


def unique_ids(svg: str, prefix: str) -> str:
    """``svg`` with every id, ``url(#id)`` and ``href="#id"`` prefixed by ``prefix``."""
    svg = _ID.sub(lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    svg = _URL.sub(lambda m: f"url(#{prefix}-{m.group(1)})", svg)
    return _HREF.sub(lambda m: f'{m.group(1)}="#{prefix}-{m.group(2)}"', svg)


def _drawing_only(root) -> bool:
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.startswith(_METADATA_NS):
            continue
        if not tag.startswith(_SVG) or tag[len(_SVG) :] not in _DRAWING:
            return False
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            if local.startswith("on"):
                return False
            if local == "href" and not value.startswith("#"):
                return False  # a link or picture from elsewhere: not ours
        if tag == _SVG + "style" and not _PLAIN_STYLE.match(element.text or ""):
            return False  # a style sheet in the page would restyle the whole report
    return True


def inline_svg(svg: str) -> str:
    """The ``<svg>`` element of ``svg`` for writing into an HTML page, or "" when
    it holds anything besides a drawing (then the page shows it as a picture)."""
    start = svg.find("<svg")
    if start < 0:
        return ""
    markup = svg[start:].strip()
    try:
        root = ET.fromstring(markup)
    except ET.ParseError:
        return ""
    if root.tag != _SVG + "svg" or not _drawing_only(root):
        return ""
    return markup
