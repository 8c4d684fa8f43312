"""The persona card as native text: name, role and quote on a panel at the left,
the four questions of the card (demographics, buying behaviour, needs,
frustrations) in a grid at the right, the preferred channels and devices under
them. One type size for the grid, the largest at which every answer fits its
box (never below 10 pt), measured with the font's metrics."""

from __future__ import annotations

from journeykit_widgets.handouts.deck import layout as L
from journeykit_widgets.handouts.deck.text_fit import block_height
from journeykit_widgets.i18n import t

__all__ = ["persona_slide"]

_FIELDS = ("demographics", "buying_behaviour", "needs", "frustrations")
_EMU_PT = 12700
_INSET = 2 * 91440  # a text box's left and right insets together (0.1 inch each)


def _height(texts: list[str], width: int, size: float, bold: bool = False) -> int:
    inner = (width - _INSET) / _EMU_PT
    return int(block_height(texts, inner, size, bold, 4) * _EMU_PT) + int(0.35 * L.CM)


def _answer(persona, name: str) -> str:
    return getattr(persona, name).strip() or t("render.persona.none")


def _quoted(quote: str) -> str:
    """The quote in quotation marks, unless it brings its own."""
    quote = quote.strip()
    if not quote or quote[0] in "\"'“„‘«":
        return quote
    return f"“{quote}”"


def _heading_and_text(slide, x, y, w, h, heading: str, text: str, size: float) -> None:
    from pptx.util import Pt

    box = L.text_box(slide, x, y, w, h, heading, 13, L.ACCENT, True)
    for line in text.split("\n"):
        paragraph = box.text_frame.add_paragraph()
        paragraph.text = L.safe(line)
        paragraph.space_before = Pt(4)
        for run in paragraph.runs:
            run.font.size, run.font.color.rgb = Pt(size), L.rgb(L.INK)


def persona_slide(prs, journey, footer: str, reading: str) -> None:
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    from journeykit_widgets.frameworks import channel_label, device_label

    persona = journey.persona
    slide = L.add_slide(prs, t("report.view.persona"), footer)
    panel_w, gap = int(9.6 * L.CM), int(0.6 * L.CM)
    panel = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, L.LEFT, L.TOP, panel_w, L.CONTENT_H)
    panel.fill.solid()
    panel.fill.fore_color.rgb = L.rgb(L.PANEL)
    panel.line.fill.background()
    inner_x, inner_w = L.LEFT + int(0.3 * L.CM), panel_w - int(0.6 * L.CM)
    y = L.TOP + int(0.4 * L.CM)
    for text, size, colour, bold in (
        (persona.name, 24, L.HEADER, True),
        (persona.role, 14, L.MUTED, False),
        (_quoted(persona.quote), 16, L.INK, False),
    ):
        if not text:
            continue
        height = _height([text], inner_w, size, bold)
        if y + height > L.BOTTOM:
            break
        box = L.text_box(slide, inner_x, y, inner_w, height, text, size, colour, bold)
        if size == 16:
            for run in box.text_frame.paragraphs[0].runs:
                run.font.italic = True
        y += height + int(0.4 * L.CM)
    # The grid: two by two answers, then the channels and devices across its width.
    grid_x = L.LEFT + panel_w + gap
    grid_w = L.CONTENT_W - panel_w - gap
    box_w = (grid_w - gap) // 2
    chips = [
        (t("render.persona.channels"), ", ".join(channel_label(c) for c in persona.channels)),
        (t("render.persona.devices"), ", ".join(device_label(d) for d in persona.devices)),
    ]
    chips = [(label, text or t("render.persona.none")) for label, text in chips]
    chips_h = max(_height([label, text], box_w, 12) for label, text in chips)
    box_h = (L.CONTENT_H - chips_h - 2 * gap) // 2
    heading_h = _height(["X"], box_w, 13, True) - int(0.35 * L.CM)
    size = next(
        (
            s
            for s in (16, 15, 14, 13, 12, 11, 10)
            if all(_height(_answer(persona, f).split("\n"), box_w, s) + heading_h <= box_h for f in _FIELDS)
        ),
        10,
    )
    for i, field in enumerate(_FIELDS):
        x = grid_x + (i % 2) * (box_w + gap)
        top = L.TOP + (i // 2) * (box_h + gap)
        _heading_and_text(
            slide, x, top, box_w, box_h, t(f"render.persona.{field}"), _answer(persona, field), size
        )
    chips_y = L.BOTTOM - chips_h
    for i, (label, text) in enumerate(chips):
        box = L.text_box(
            slide, grid_x + i * (box_w + gap), chips_y, box_w, chips_h, label, 12, L.HEADER, True
        )
        paragraph = box.text_frame.add_paragraph()
        paragraph.text = L.safe(text)
        for run in paragraph.runs:
            run.font.size, run.font.color.rgb = Pt(12), L.rgb(L.INK)
    L.notes(slide, reading)
