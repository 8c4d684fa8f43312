"""The deck's frame: a 16:9 presentation whose theme sets the fonts, and slides
that each carry a real title placeholder (PowerPoint's outline, screen readers
and the slide sorter read it), a slide number field and speaker notes.

Fonts. The theme's heading and body fonts are Arial. Every PowerPoint (Windows,
Mac, web) has Arial, and LibreOffice draws it with Liberation Sans, which has
the same widths, so a line breaks at the same word in both and the boxes we size
for a text (``deck.text_fit``) hold it in both. Calibri, the default, is missing
from LibreOffice installs and has no metric twin there. No run names a font of
its own: each takes the theme's, so a consultant changes the whole deck's type
in one place (Design > Variants > Fonts). A glyph Arial lacks (Chinese, Thai,
Arabic, an emoji) is drawn by the viewer's per-glyph fallback; the theme keeps
its script fonts for East Asian and complex scripts empty so that fallback
chooses.

The theme is set by rewriting ``ppt/theme/theme1.xml`` inside python-pptx's own
default template (a zip file) before the presentation is opened: only public
APIs of python-pptx, zipfile and lxml.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache

from journeykit_widgets.store.cells import office_text

__all__ = [
    "ACCENT",
    "BOTTOM",
    "CONTENT_H",
    "CONTENT_W",
    "HEADER",
    "INK",
    "LEFT",
    "MUTED",
    "PANEL",
    "SLIDE_H",
    "SLIDE_W",
    "THEME_FONT",
    "TOP",
    "add_slide",
    "new_presentation",
    "notes",
    "rgb",
    "safe",
    "style_runs",
    "text_box",
    "title_size",
]

THEME_FONT = "Arial"
# The handouts' colours (templates/journeykit/static/journeykit.css).
HEADER, ACCENT, INK, MUTED, PANEL = "2E3A4B", "EE7733", "1F2328", "5B6470", "F4F6F8"

# Geometry in EMU (914400 per inch, 360000 per cm). One left margin for every slide.
CM = 360000
SLIDE_W, SLIDE_H = 12192000, 6858000  # 33.867 × 19.05 cm: 16:9
LEFT = int(1.5 * CM)
CONTENT_W = SLIDE_W - 2 * LEFT
TOP = int(3.0 * CM)  # below the title and its accent mark
BOTTOM = int(17.7 * CM)  # above the footer line with the slide number
CONTENT_H = BOTTOM - TOP
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_TITLE_ONLY = 5  # the default template's "Title Only" layout


def rgb(hex_colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour)


def safe(text: object) -> str:
    """The only way text enters the deck: XML cannot hold control characters, so
    the kit's one policy (``store.cells.office_text``) cleans every text."""
    return office_text(str(text))


@lru_cache(maxsize=1)
def _template() -> bytes:
    """python-pptx's default template with Arial as the theme's heading and body font."""
    from lxml import etree
    from pptx import Presentation

    plain = io.BytesIO()
    Presentation().save(plain)
    themed = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(themed, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("ppt/theme/theme") and item.filename.endswith(".xml"):
                root = etree.fromstring(data)
                for latin in root.iterfind(f".//{{{_A}}}fontScheme/*/{{{_A}}}latin"):
                    latin.set("typeface", THEME_FONT)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(item, data)
    return themed.getvalue()


def new_presentation():
    """An empty 16:9 presentation with the deck's theme fonts."""
    from pptx import Presentation

    prs = Presentation(io.BytesIO(_template()))
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    return prs


def style_runs(frame, size: float, colour: str = INK, bold: bool = False) -> None:
    """Size, colour and weight of every run in ``frame``; the family stays the theme's."""
    from pptx.util import Pt

    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.color.rgb = rgb(colour)


def text_box(
    slide, x, y, w, h, text: str, size: float, colour: str = INK, bold: bool = False, name: str = ""
):
    """A text box holding ``text`` (line breaks kept as paragraphs), wrapping at its width."""
    from pptx.enum.text import MSO_AUTO_SIZE

    shape = slide.shapes.add_textbox(x, y, w, h)
    if name:
        shape.name = name
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.text = safe(text)
    style_runs(frame, size, colour, bold)
    return shape


def _slide_number(slide, footer: str) -> None:
    """The slide's number as a field (PowerPoint renumbers it when slides move) and
    the journey's title beside it, on the footer line."""
    from lxml import etree
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    y, h = int(17.95 * CM), int(0.75 * CM)
    text_box(slide, LEFT, y, CONTENT_W - 3 * CM, h, footer, 10, MUTED, name="Footer")
    number = text_box(
        slide, SLIDE_W - LEFT - 2.5 * CM, y, int(2.5 * CM), h, "", 10, MUTED, name="Slide Number"
    )
    paragraph = number.text_frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.RIGHT
    p = number.element.find(f".//{{{_A}}}p")
    field = etree.SubElement(p, f"{{{_A}}}fld", id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}", type="slidenum")
    props = etree.SubElement(field, f"{{{_A}}}rPr", lang="en-US", sz=str(int(Pt(10).pt * 100)))
    fill = etree.SubElement(props, f"{{{_A}}}solidFill")
    etree.SubElement(fill, f"{{{_A}}}srgbClr", val=MUTED)
    etree.SubElement(field, f"{{{_A}}}t").text = "‹#›"
    # the field goes before the paragraph's end properties, where the schema wants it
    end = p.find(f"{{{_A}}}endParaRPr")
    if end is not None:
        p.remove(end)
        p.append(end)


def title_size(title: str) -> float:
    """The largest title size (26 pt down to 18 pt) at which ``title`` is one line;
    a longer title wraps at 18 pt onto two lines, which the title box holds."""
    from journeykit_widgets.handouts.deck.text_fit import text_width

    room = (CONTENT_W - int(0.5 * CM)) / 12700  # points inside the box's insets
    return next((size for size in (26, 24, 22, 20) if text_width(title, size, bold=True) <= room), 18)


def add_slide(prs, title: str, footer: str, accent: bool = True):
    """A slide with ``title`` in its title placeholder at the deck's one left
    margin, an accent mark under it, a footer and the slide number."""
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

    slide = prs.slides.add_slide(prs.slide_layouts[_TITLE_ONLY])
    heading = slide.shapes.title
    heading.left, heading.top, heading.width, heading.height = LEFT, int(0.55 * CM), CONTENT_W, int(1.75 * CM)
    frame = heading.text_frame
    frame.text = safe(title)
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    style_runs(frame, title_size(title), HEADER, bold=True)
    if accent:
        mark = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, LEFT, int(2.4 * CM), int(2.5 * CM), int(0.16 * CM))
        mark.fill.solid()
        mark.fill.fore_color.rgb = rgb(ACCENT)
        mark.line.fill.background()
    _slide_number(slide, footer)
    return slide


def notes(slide, text: str) -> None:
    """The speaker notes: what the report says about what the slide shows."""
    slide.notes_slide.notes_text_frame.text = safe(text)
