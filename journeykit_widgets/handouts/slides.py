"""The report as a PowerPoint deck (python-pptx): a title slide, the executive
summary, one slide per map as a picture filling the slide, the action list as
a native table (continued over several slides when long), and each map's
one-line reading in the speaker notes. Which maps, in which order: the view
registry (``slide_views``).

Built from the journey file with the same texts as the PDF report
(``handouts.report``), so the deck and the document never disagree. Opens in
PowerPoint and LibreOffice Impress (a test converts it with LibreOffice).

A PPTX file is XML, which cannot hold control characters: every text goes into
the deck through ``_safe`` (the kit's one policy, ``store.cells.office_text``), so
a vertical tab pasted from Word becomes a line break and NUL or ESC are left out,
whatever the journey file holds.
"""

from __future__ import annotations

import io
from pathlib import Path

from journeykit_widgets.i18n import language, t
from journeykit_widgets.store.cells import office_text

__all__ = ["ROWS_PER_SLIDE", "build_deck", "export_pptx", "slide_views"]

ROWS_PER_SLIDE = 8
_DPI = 150
_FONT = "Liberation Sans"  # metric-compatible with Arial, installed with LibreOffice

# The handouts' colours (templates/journeykit/static/journeykit.css).
_HEADER, _ACCENT, _INK, _MUTED, _PANEL = "2E3A4B", "EE7733", "1F2328", "5B6470", "F4F6F8"
# Share of the table's width per column of the action list (see ``report.action_columns``).
_ACTION_WIDTHS = {
    "phase_name": 0.14,
    "lane_name": 0.13,
    "change": 0.47,
    "owner": 0.15,
    "priority": 0.11,
    "text": 0.45,
    "status": 0.11,
    "due": 0.13,
}
# An owned action's status in colour: what is done reads as done at a glance.
_STATUS_COLOURS = {"done": "2E7D32", "doing": "B85300", "open": _INK}


def slide_views() -> tuple[str, ...]:
    """The maps the deck shows, in the report's order: the registry's views whose
    place in the report (``View.report``) includes the slides."""
    from journeykit_widgets.views import report_views

    return tuple(v.name for v in report_views() if v.report.slides)


def _rgb(hex_colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour)


def _safe(text: object) -> str:
    """The only way text enters the deck (see the module's docstring)."""
    return office_text(str(text))


def _text(frame, text: str, size: float, colour: str = _INK, bold: bool = False) -> None:
    from pptx.util import Pt

    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    paragraph.text = _safe(text)
    for run in paragraph.runs:
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = _rgb(colour)
        run.font.name = _FONT


def _box(slide, x, y, w, h, text: str, size: float, colour: str = _INK, bold: bool = False):
    shape = slide.shapes.add_textbox(x, y, w, h)
    _text(shape.text_frame, text, size, colour, bold)
    return shape


def _band(slide, prs, height, colour: str = _HEADER):
    from pptx.enum.shapes import MSO_SHAPE

    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, height)
    band.fill.solid()
    band.fill.fore_color.rgb = _rgb(colour)
    band.line.fill.background()
    return band


def _heading(slide, prs, title: str) -> None:
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Cm

    _box(slide, Cm(1.5), Cm(0.7), prs.slide_width - Cm(3), Cm(1.4), title, 24, _HEADER, bold=True)
    mark = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Cm(1.5), Cm(2.15), Cm(2.5), Cm(0.18))
    mark.fill.solid()
    mark.fill.fore_color.rgb = _rgb(_ACCENT)
    mark.line.fill.background()


def _notes(slide, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = _safe(text)


def _title_slide(prs, blank, journey, day_text: str) -> None:
    from pptx.util import Cm

    slide = prs.slides.add_slide(blank)
    _band(slide, prs, Cm(7.5))
    _box(slide, Cm(2), Cm(2.2), Cm(28), Cm(1), t("report.slides.kind").upper(), 14, _ACCENT, bold=True)
    _box(slide, Cm(2), Cm(3.4), Cm(29), Cm(3.5), journey.title, 34, "FFFFFF", bold=True)
    lines = []
    if journey.persona is not None:
        lines.append(journey.persona.who())
    if journey.objective:
        lines.append(journey.objective)
    _box(slide, Cm(2), Cm(9), Cm(29), Cm(6), "\n".join(lines), 16, _INK)
    _box(slide, Cm(2), Cm(16.8), Cm(29), Cm(1), day_text, 12, _MUTED)
    _notes(slide, journey.objective or journey.title)


def _summary_slide(prs, blank, journey) -> None:
    from pptx.util import Cm, Pt

    from journeykit_widgets.handouts import report

    summary = report.summary(journey)
    slide = prs.slides.add_slide(blank)
    _heading(slide, prs, t("report.slides.summary"))
    left = slide.shapes.add_textbox(Cm(1.5), Cm(3), Cm(15), Cm(14)).text_frame
    left.word_wrap = True
    first = True
    for label, value in summary.feeling:
        paragraph = left.paragraphs[0] if first else left.add_paragraph()
        first = False
        head = paragraph.add_run()
        head.text = _safe(f"{label}  " if label else "")
        head.font.bold, head.font.size, head.font.color.rgb = True, Pt(15), _rgb(_HEADER)
        body = paragraph.add_run()
        body.text = _safe(value)
        body.font.size, body.font.color.rgb = Pt(15), _rgb(_INK)
        head.font.name = body.font.name = _FONT
        paragraph.space_after = Pt(10)
    under, over = summary.gaps
    from pptx.enum.shapes import MSO_SHAPE

    for i, (count, label) in enumerate(((under, summary.texts["under"]), (over, summary.texts["over"]))):
        x = Cm(1.5 + i * 8.0)
        panel = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, x, Cm(11), Cm(7.6), Cm(3.4))
        panel.fill.solid()
        panel.fill.fore_color.rgb = _rgb(_PANEL)
        panel.line.fill.background()
        edge = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, x, Cm(11), Cm(0.15), Cm(3.4))
        edge.fill.solid()
        edge.fill.fore_color.rgb = _rgb(_ACCENT if i == 0 else _HEADER)
        edge.line.fill.background()
        _box(slide, x + Cm(0.4), Cm(11.5), Cm(2.2), Cm(2), str(count), 36, _HEADER, bold=True)
        _box(slide, x + Cm(2.5), Cm(11.3), Cm(5), Cm(3), label, 11, _MUTED)
    _box(slide, Cm(18), Cm(3), Cm(14.5), Cm(1), summary.texts["top_actions"], 15, _ACCENT, bold=True)
    y = 4.3
    for i, action in enumerate(summary.actions, 1):
        _box(slide, Cm(18), Cm(y), Cm(14.5), Cm(2.6), f"{i}. {action['what']}", 13, _INK)
        _box(
            slide,
            Cm(18.6),
            Cm(y + 2.3),
            Cm(14),
            Cm(0.9),
            " · ".join(v for v in (action["owner"], action["phase"], action.get("due", "—")) if v != "—"),
            11,
            _MUTED,
        )
        y += 3.9
    if not summary.actions:
        _box(slide, Cm(18), Cm(y), Cm(14.5), Cm(3), summary.texts["no_actions"], 13, _MUTED)
    _notes(slide, repr(summary))


def _map_slides(prs, blank, journey, view: str) -> None:
    """One slide per printed page of the map (a split map: one slide per run of phases)."""
    from journeykit_widgets.handouts import report

    notes = f"{t(report.views()[view].report.title_key)}: {report.reading(journey, view)}"
    for fig in report.pages(journey, view):
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=_DPI, facecolor="white", metadata={"Software": None})
        buffer.seek(0)
        slide = prs.slides.add_slide(blank)
        width_in, height_in = fig.get_size_inches()
        # As large as the slide allows, centred, aspect kept.
        scale = min(prs.slide_width / width_in, prs.slide_height / height_in)
        w, h = int(width_in * scale), int(height_in * scale)
        slide.shapes.add_picture(buffer, (prs.slide_width - w) // 2, (prs.slide_height - h) // 2, w, h)
        _notes(slide, notes)


def _action_slides(prs, blank, journey) -> None:
    from pptx.util import Cm, Pt

    from journeykit_widgets.analysis.owned_actions import status_label
    from journeykit_widgets.handouts import report

    header, rows = report.action_rows(journey)
    columns = report.action_columns(journey)
    # As many slides as needed, the rows shared out evenly (no slide with one lonely row).
    count = max(1, -(-len(rows) // ROWS_PER_SLIDE))
    per = max(1, -(-len(rows) // count))
    chunks = [rows[i : i + per] for i in range(0, len(rows), per)] or [[]]
    shares = [_ACTION_WIDTHS[c] for c in columns]
    widths = [share / sum(shares) for share in shares]
    status_colours = {status_label(k): v for k, v in _STATUS_COLOURS.items()}
    for number, chunk in enumerate(chunks, 1):
        slide = prs.slides.add_slide(blank)
        title = t("report.slides.actions")
        if len(chunks) > 1:
            title = t("report.slides.actions_more", page=number, pages=len(chunks))
        _heading(slide, prs, title)
        _notes(slide, str(report.reading(journey, "actions")))
        if not chunk:
            _box(slide, Cm(1.5), Cm(3.2), Cm(30), Cm(2), t("report.slides.no_actions"), 16, _MUTED)
            continue
        width = prs.slide_width - Cm(3)
        shape = slide.shapes.add_table(
            len(chunk) + 1, len(header), Cm(1.5), Cm(3), width, Cm(1) * (len(chunk) + 1)
        )
        table = shape.table
        for i, share in enumerate(widths):
            table.columns[i].width = int(width * share)
        for r, values in enumerate([header, *chunk]):
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                cell.text = _safe(value)
                is_status = r > 0 and columns[c] == "status"
                colour = "FFFFFF" if r == 0 else status_colours.get(value, _INK) if is_status else _INK
                for paragraph in cell.text_frame.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(11 if r else 12)
                        run.font.bold = r == 0 or is_status
                        run.font.color.rgb = _rgb(colour)
                        run.font.name = _FONT
                cell.fill.solid()
                cell.fill.fore_color.rgb = _rgb(_HEADER if r == 0 else (_PANEL if r % 2 == 0 else "FFFFFF"))


def build_deck(journey):
    """A python-pptx ``Presentation`` of the journey's report (16:9)."""
    from datetime import date

    from pptx import Presentation
    from pptx.util import Cm

    from journeykit_widgets.handouts import report
    from journeykit_widgets.handouts.cover import format_date

    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    blank = prs.slide_layouts[6]
    with language(journey.language):
        prs.core_properties.title = _safe(journey.title)
        prs.core_properties.language = journey.language
        _title_slide(prs, blank, journey, format_date(date.today(), journey.language))
        _summary_slide(prs, blank, journey)
        for view in slide_views():
            if report.has_content(journey, view):
                _map_slides(prs, blank, journey, view)
        _action_slides(prs, blank, journey)
    return prs


def export_pptx(journey_file: Path | str, output: Path | str) -> Path:
    """Write the deck of the journey in ``journey_file`` to ``output``."""
    from journeykit_widgets.store import load

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    build_deck(load(journey_file)).save(output)
    return output
