"""The deck's action list: a native table over as few slides as hold it, its
type as large as the texts allow (16 pt down to 12 pt), no word broken inside a
column: a column too narrow for its longest word at a size takes the room from
the action's own column first (a Dutch owner such as "Loyaliteitsprogramma"
otherwise set the whole table at 12 pt)."""

from __future__ import annotations

from journeykit_widgets.handouts.deck import layout as L
from journeykit_widgets.handouts.deck.text_fit import block_height, text_width
from journeykit_widgets.i18n import t

__all__ = ["ROWS_PER_SLIDE", "action_slides"]

ROWS_PER_SLIDE = 8  # at most, on one action slide; fewer when their texts are long
_EMU_PT = 12700
_CELL_PAD = int(0.4 * L.CM)  # a cell's margins, left and right
# LibreOffice broke 'Aankoopbeslissing' in a column measured exactly as wide as the word
_SLACK = int(0.25 * L.CM)
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
_STATUS_COLOURS = {"done": "2E7D32", "doing": "B85300", "open": L.INK}


def _action_pages(rows, widths, size: float) -> list[list]:
    """The action rows shared out evenly over as few slides as hold them."""

    def fits(chunk) -> bool:
        return _table_height(chunk, widths, size) <= L.CONTENT_H and len(chunk) <= ROWS_PER_SLIDE

    for count in range(max(1, -(-len(rows) // ROWS_PER_SLIDE)), len(rows) + 1):
        per = -(-len(rows) // count)
        chunks = [rows[i : i + per] for i in range(0, len(rows), per)]
        if all(fits(chunk) for chunk in chunks):
            return chunks
    return [[row] for row in rows] or [[]]


def _row_height(values, widths, size: float, bold: bool = False) -> int:
    return max(
        int(block_height([str(v)], (w - int(0.4 * L.CM)) / _EMU_PT, size, bold) * _EMU_PT) + int(0.3 * L.CM)
        for v, w in zip(values, widths, strict=True)
    )


def _words_fit(rows, widths, size: float) -> bool:
    """Whether every word of every cell fits its column's width on one line."""
    return all(
        text_width(word, size, bold=r == 0) <= (w - int(0.4 * L.CM)) / _EMU_PT
        for r, row in enumerate(rows)
        for value, w in zip(row, widths, strict=True)
        for word in str(value).split()
    )


def _widths(columns: list[str], rows, size: float) -> list[int]:
    """The columns' widths at ``size``: their shares of the table, but each at least
    as wide as its longest word (the header's in bold); what a narrow column needs
    more comes from the widest one (the action's text), which keeps at least 30 %."""
    shares = [_ACTION_WIDTHS[c] for c in columns]
    widths = [int(L.CONTENT_W * share / sum(shares)) for share in shares]
    widest = widths.index(max(widths))
    for i in range(len(widths)):
        words = [(w, r == 0) for r, row in enumerate(rows) for w in str(row[i]).split()]
        longest = max((text_width(w, size, bold) for w, bold in words), default=0)
        need = int(longest * _EMU_PT) + _CELL_PAD + _SLACK
        extra = min(max(0, need - widths[i]), widths[widest] - int(0.3 * L.CONTENT_W))
        if i != widest and extra > 0:
            widths[i] += extra
            widths[widest] -= extra
    return widths


def _table_height(chunk, widths, size: float) -> int:
    return sum(_row_height(row, widths, size) for row in chunk) + int(1.1 * L.CM)


def action_slides(prs, journey, footer: str) -> None:
    from pptx.enum.text import MSO_ANCHOR

    from journeykit_widgets.analysis.owned_actions import status_label
    from journeykit_widgets.handouts import report

    header, rows = report.action_rows(journey)
    columns = report.action_columns(journey)
    # a due date over its state ("1 apr 2026" / "te laat"): no lone word wrapped onto a line
    rows = [
        [v.replace(" · ", "\n") if c == "due" else v for c, v in zip(columns, r, strict=True)] for r in rows
    ]
    # A short list is set larger, so its slide is not mostly empty; never so large
    # that a word no longer fits its column ("Contentmarketin-g") or more slides are needed.
    least = len(_action_pages(rows, _widths(columns, [header, *rows], 12), 12))
    size = next(
        (
            s
            for s in (16, 14, 13, 12)
            if _words_fit([header, *rows], _widths(columns, [header, *rows], s), s)
            and len(_action_pages(rows, _widths(columns, [header, *rows], s), s)) == least
        ),
        12,
    )
    widths = _widths(columns, [header, *rows], size)
    chunks = _action_pages(rows, widths, size) if rows else [[]]
    status_colours = {status_label(k): v for k, v in _STATUS_COLOURS.items()}
    reading = str(report.reading(journey, "actions"))
    for number, chunk in enumerate(chunks, 1):
        title = t("report.slides.actions")
        if len(chunks) > 1:
            title = t("report.slides.actions_more", page=number, pages=len(chunks))
        slide = L.add_slide(prs, title, footer)
        L.notes(slide, reading)
        if not chunk:
            text = t("report.slides.no_actions")
            height = int(block_height([text], (L.CONTENT_W - 2 * 91440) / _EMU_PT, 16) * _EMU_PT) + L.CM
            L.text_box(slide, L.LEFT, L.TOP, L.CONTENT_W, height, text, 16, L.MUTED)
            continue
        heights = [_row_height(header, widths, size, True), *(_row_height(r, widths, size) for r in chunk)]
        # A short list: taller rows, so the table, not white space, holds the slide.
        spare = max(0, int(L.CONTENT_H * 0.75) - sum(heights)) // len(chunk)
        heights = [heights[0]] + [h + spare for h in heights[1:]]
        shape = slide.shapes.add_table(len(chunk) + 1, len(header), L.LEFT, L.TOP, sum(widths), sum(heights))
        shape.name = "Action list"
        table = shape.table
        for i, width in enumerate(widths):
            table.columns[i].width = width
        for r, height in enumerate(heights):
            table.rows[r].height = height
        for r, values in enumerate([header, *chunk]):
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                cell.margin_left = cell.margin_right = int(0.2 * L.CM)
                cell.vertical_anchor = MSO_ANCHOR.MIDDLE
                cell.text = L.safe(value)
                is_status = r > 0 and columns[c] == "status"
                colour = "FFFFFF" if r == 0 else status_colours.get(value, L.INK) if is_status else L.INK
                L.style_runs(cell.text_frame, size, colour, bold=r == 0 or is_status)
                cell.fill.solid()
                cell.fill.fore_color.rgb = L.rgb(
                    L.HEADER if r == 0 else (L.PANEL if r % 2 == 0 else "FFFFFF")
                )
