"""The report as a native, editable PowerPoint deck (python-pptx), 16:9.

A title slide, the executive summary, the report's maps in the report's order
(the view registry, ``slide_views``), the action list as a native table. The
journey map is a table per run of phases (``deck.map_slides``); the emotion
curve, the buying-group roles' lines, the priority matrix and the evidence
coverage are native charts (``deck.charts``); the persona card is text
(``deck.persona_slide``); the canvas and the service blueprint are tables over as
many slides as they need (``deck.drawn_grids``), the KPIs per phase a table
(``deck.kpi_slides``). No slide holds a picture.

Every slide has a title placeholder, a slide number field and speaker notes with
what the report says about it; the fonts are the theme's (``deck.layout``). Text
boxes are sized for the text they hold, measured with the font's metrics
(``deck.text_fit``), so no two of them overlap and no text is below 10 pt.

Built from the journey file with the same texts as the PDF report
(``handouts.report``), so the deck and the document never disagree. Every text
enters the deck through ``layout.safe`` (XML holds no control characters).
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.handouts.deck import layout as L
from journeykit_widgets.handouts.deck.text_fit import block_height, text_width
from journeykit_widgets.i18n import formats, language, t

__all__ = ["build_deck", "export_pptx", "slide_views"]

_EMU_PT = 12700


def slide_views() -> tuple[str, ...]:
    """The maps the deck shows, in the report's order: the registry's views whose
    place in the report (``View.report``) includes the slides."""
    from journeykit_widgets.views import report_views

    return tuple(v.name for v in report_views() if v.report.slides)


def _height(texts: list[str], width: int, size: float, bold: bool = False, gap: float = 0) -> int:
    """EMU a text box of ``width`` needs for ``texts`` (its insets included)."""
    inner = (width - 2 * 91440) / _EMU_PT  # a text box's default insets: 0.1 inch a side
    return int(block_height(texts, inner, size, bold, gap) * _EMU_PT) + int(0.35 * L.CM)


def _title_slide(prs, journey, footer: str, day_text: str, organisation: str) -> None:
    """The cover: the title on a dark band; below it, left, the persona and the
    scenario (else the objective), each under a small label; right, a card with
    the organisation, the date and the journey's size; at the foot the phases in
    order as a row of tiles, so the journey's shape is the first thing seen."""
    from pptx.enum.shapes import MSO_SHAPE

    slide = L.add_slide(prs, journey.title, footer, accent=False)
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, L.SLIDE_W, int(8.2 * L.CM))
    band.fill.solid()
    band.fill.fore_color.rgb = L.rgb(L.HEADER)
    band.line.fill.background()
    # the band goes behind the title: first in the shape tree
    slide.shapes.element.remove(band.element)
    slide.shapes.element.insert(2, band.element)
    title = slide.shapes.title
    size = 36 if _height([journey.title], L.CONTENT_W, 36, True) <= int(4.2 * L.CM) else 28
    title.left, title.top, title.width, title.height = L.LEFT, int(2.8 * L.CM), L.CONTENT_W, int(4.6 * L.CM)
    L.style_runs(title.text_frame, size, "FFFFFF", bold=True)
    kind = t("report.slides.kind").upper()
    L.text_box(slide, L.LEFT, int(1.3 * L.CM), L.CONTENT_W, int(1.1 * L.CM), kind, 14, L.ACCENT, True)
    strip_top = _phase_strip(slide, journey)
    top, gap = int(9.0 * L.CM), int(0.8 * L.CM)
    card_w = int(L.CONTENT_W * 0.33)
    text_w = L.CONTENT_W - card_w - gap
    story = []
    if journey.persona is not None:
        story.append((t("hdeck2.title.persona"), journey.persona.who()))
    if journey.scenario.strip() or journey.objective.strip():
        key = "hdeck2.title.scenario" if journey.scenario.strip() else "hdeck2.title.objective"
        story.append((t(key), (journey.scenario or journey.objective).strip()))
    _labelled(slide, story, L.LEFT, top, text_w, strip_top - gap - top, (18, 16, 14, 13, 12, 11))
    facts = [(t("hdeck2.title.date"), day_text)]
    if organisation:
        facts.insert(0, (t("hdeck2.title.for"), organisation))
    counts = [
        t("hdeck2.title.phases", count=len(journey.phases)),
        t("hdeck2.title.touchpoints", count=len(journey.touchpoints)),
    ]
    facts.append(("", " · ".join(counts)))
    card_x = L.LEFT + text_w + gap
    card = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, card_x, top, card_w, strip_top - gap - top)
    card.fill.solid()
    card.fill.fore_color.rgb = L.rgb(L.PANEL)
    card.line.fill.background()
    inset = int(0.5 * L.CM)
    _labelled(
        slide, facts, card_x + inset, top + inset, card_w - 2 * inset, card.height - 2 * inset, (16, 14, 12)
    )
    said = [journey.title, *(f"{label}: {text}" if label else text for label, text in story + facts)]
    L.notes(slide, "\n".join(said))


def _labelled(slide, items, x: int, y: int, width: int, room: int, sizes) -> int:
    """Texts each under a small label in the accent colour, at the largest of
    ``sizes`` at which all of them fit ``room``; a box each, as tall as its text.
    Returns the height used."""
    label_h, space = _height(["X"], width, 11, True), int(0.3 * L.CM)

    def total(size: float) -> int:
        return sum((label_h if label else 0) + _height([text], width, size) + space for label, text in items)

    size = next((s for s in sizes if total(s) <= room), sizes[-1])
    start = y
    for i, (label, text) in enumerate(items):
        y += space if i else 0  # air between one item and the next label
        if label:
            L.text_box(slide, x, y, width, label_h, label.upper(), 11, L.ACCENT, True)
            y += label_h
        height = _height([text], width, size)
        L.text_box(slide, x, y, width, height, text, size, L.INK if label else L.MUTED)
        y += height
    return y - start


def _phase_strip(slide, journey) -> int:
    """The phases left to right as a row of tiles at the slide's foot; returns the
    strip's top (the content's bottom when there are too many phases for their
    names to fit). Tiles, not chevrons: a chevron's text area is narrower in
    LibreOffice than in PowerPoint, and broke "Trigger" into "Trigg-er" there."""
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

    names = [p.label() for p in journey.phases]
    if not names:
        return L.BOTTOM
    between = int(0.15 * L.CM)
    width = (L.CONTENT_W + between) // len(names) - between
    pad = int(0.15 * L.CM)
    inner = width - 2 * pad
    room = (inner - 0.5 * L.CM) / _EMU_PT  # a word never breaks inside a tile
    size = next(
        (s for s in (11, 10) if all(text_width(w, s, True) <= room for n in names for w in n.split())), 0
    )
    if not size:
        return L.BOTTOM
    height = max(int(1.5 * L.CM), max(_height([n], inner, size, True) for n in names))
    top = L.BOTTOM - height
    for i, name in enumerate(names):
        shape = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, L.LEFT + i * (width + between), top, width, height
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = L.rgb(L.HEADER if i % 2 == 0 else "46566B")
        shape.line.fill.background()
        shape.name = f"Phase {i + 1}"
        frame = shape.text_frame
        frame.word_wrap = True
        frame.margin_left = frame.margin_right = pad
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.text = L.safe(name)
        frame.paragraphs[0].alignment = PP_ALIGN.CENTER
        L.style_runs(frame, size, "FFFFFF", bold=True)
    return top


def _summary_slide(prs, journey, footer: str) -> None:
    """How it feels on the left with the two gap counts at its foot, the first
    actions on the right; each at the largest size at which it fits, every box as
    tall as its text measures, so nothing overlaps and the slide is not half empty."""
    from pptx.util import Pt

    from journeykit_widgets.handouts import report

    summary = report.summary(journey)
    slide = L.add_slide(prs, t("report.slides.summary"), footer)
    col_w = int(L.CONTENT_W * 0.47)
    card_h, gap = int(3.6 * L.CM), int(0.6 * L.CM)
    feeling = [f"{label}  {value}" if label else value for label, value in summary.feeling]
    room = L.CONTENT_H - gap - card_h
    size = next(
        (s for s in (20, 18, 16, 15, 14, 13, 12, 11) if _height(feeling, col_w, s, gap=8) <= room), 11
    )
    box = L.text_box(slide, L.LEFT, L.TOP, col_w, _height(feeling, col_w, size, gap=8), "", size)
    frame = box.text_frame
    for i, (label, value) in enumerate(summary.feeling):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        if i < len(summary.feeling) - 1:
            paragraph.space_after = Pt(8)
        for text, bold, colour in ((f"{label}  " if label else "", True, L.HEADER), (value, False, L.INK)):
            if text:
                run = paragraph.add_run()
                run.text = L.safe(text)
                run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, L.rgb(colour)
    _gap_cards(slide, summary, L.LEFT, max(L.TOP + box.height + gap, L.BOTTOM - card_h), col_w, card_h)
    _first_actions(slide, summary, L.LEFT + L.CONTENT_W - col_w, col_w)
    L.notes(slide, repr(summary))


def _gap_cards(slide, summary, x0: int, y: int, width: int, card_h: int) -> None:
    """The two counts of the gap matrix, each on a card with what it counts."""
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    between = int(0.4 * L.CM)
    card_w = (width - between) // 2
    counts = ((summary.gaps[0], summary.texts["under"]), (summary.gaps[1], summary.texts["over"]))
    for i, (count, label) in enumerate(counts):
        x = x0 + i * (card_w + between)
        panel = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, x, y, card_w, card_h)
        panel.fill.solid()
        panel.fill.fore_color.rgb = L.rgb(L.PANEL)
        panel.line.color.rgb = L.rgb(L.ACCENT if i == 0 else L.HEADER)
        panel.line.width = Pt(1.5)
        number_w = int(2.3 * L.CM)
        number = formats.count(count)
        L.text_box(
            slide,
            x + int(0.2 * L.CM),
            y + int(0.7 * L.CM),
            number_w,
            int(2 * L.CM),
            number,
            36,
            L.HEADER,
            True,
        )
        label_w = card_w - number_w - int(0.4 * L.CM)
        label_h = card_h - int(0.3 * L.CM)
        # one size for both cards: the largest at which both labels fit
        label_size = next(
            (
                s
                for s in (14, 13, 12, 11, 10)
                if all(_height([text], label_w, s) <= label_h for _, text in counts)
            ),
            10,
        )
        L.text_box(
            slide,
            x + number_w + int(0.2 * L.CM),
            y + int(0.15 * L.CM),
            label_w,
            label_h,
            label,
            label_size,
            L.MUTED,
        )


def _first_actions(slide, summary, x: int, width: int) -> None:
    """The first actions, numbered, each with its owner, phase and due date."""
    from pptx.util import Pt

    heading = summary.texts["top_actions"]
    heading_h = _height([heading], width, 18, True)
    L.text_box(slide, x, L.TOP, width, heading_h, heading, 18, L.ACCENT, True)
    y = L.TOP + heading_h + int(0.2 * L.CM)
    if not summary.actions:
        text = summary.texts["no_actions"]
        L.text_box(slide, x, y, width, _height([text], width, 16), text, 16, L.MUTED)
        return
    items = []
    for i, action in enumerate(summary.actions, 1):
        meta = " · ".join(v for v in (action["owner"], action["phase"], action.get("due", "—")) if v != "—")
        items.append((f"{i}. {action['what']}", meta))

    def heights(size: float) -> list[int]:
        meta_size = max(11, size - 4)
        return [
            _height([what], width, size) + (_height([m], width, meta_size) if m else 0) for what, m in items
        ]

    space = L.BOTTOM - y
    size = next(
        (s for s in (18, 16, 15, 14, 13, 12) if sum(heights(s)) + len(items) * int(0.4 * L.CM) <= space), 12
    )
    for (what, meta), height in zip(items, heights(size), strict=True):
        if y + height > L.BOTTOM:
            break  # the full list is on the action slides
        box = L.text_box(slide, x, y, width, height, what, size, L.INK)
        if meta:
            paragraph = box.text_frame.add_paragraph()
            paragraph.text = L.safe(meta)
            for run in paragraph.runs:
                run.font.size, run.font.color.rgb = Pt(max(11, size - 4)), L.rgb(L.MUTED)
        y += height + int(0.4 * L.CM)


def _view_slides(prs, journey, view: str, footer: str) -> None:
    from journeykit_widgets.handouts import report
    from journeykit_widgets.handouts.deck import charts, drawn_grids, kpi_slides, map_slides, persona_slide

    reading = str(report.reading(journey, view))
    native = {
        "journey": map_slides.map_slides,
        "persona": persona_slide.persona_slide,
        "emotion": charts.emotion_slide,
        "priority": charts.priority_slides,
        "evidence": charts.evidence_slide,
        "roles": charts.roles_slide,
        "canvas": drawn_grids.canvas_slides,
        "funnel": kpi_slides.kpi_slides,
        "blueprint": drawn_grids.blueprint_slides,
    }
    native[view](prs, journey, footer, reading)


def build_deck(journey):
    """A python-pptx ``Presentation`` of the journey's report (16:9)."""
    from journeykit_widgets.handouts import branding, report
    from journeykit_widgets.handouts.cover import format_date
    from journeykit_widgets.handouts.deck import action_table, emoji_fonts

    prs = L.new_presentation()
    with language(journey.language):
        prs.core_properties.title = L.safe(journey.title)
        prs.core_properties.language = journey.language
        footer = journey.title
        day = branding.report_date(lang=journey.language)
        _title_slide(prs, journey, footer, format_date(day, journey.language), branding.organisation())
        _summary_slide(prs, journey, footer)
        for view in slide_views():
            if report.has_content(journey, view):
                _view_slides(prs, journey, view, footer)
        action_table.action_slides(prs, journey, footer)
    emoji_fonts.apply(prs)  # emoji draw in LibreOffice's PDF too (deck.emoji_fonts)
    return prs


def export_pptx(journey_file: Path | str, output: Path | str) -> Path:
    """Write the deck of the journey in ``journey_file`` to ``output``."""
    from journeykit_widgets.store import load

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    build_deck(load(journey_file)).save(output)
    return output
