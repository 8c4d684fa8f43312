"""A grid of texts (rows × columns, a label column on the left) as native
PowerPoint tables over as few slides as keep every word at 10 pt or more.

The canvas (lanes × phases, ideal and current) and the service blueprint (lanes ×
steps) are such grids. Columns are shared out evenly over the slides (at most
``most`` side by side); where a group of columns is too tall for one slide, its
rows go on as many slides as they need ("… (continued)"), keeping the rows of a
block (a lane's ideal and current state) together. A cell taller than a slide
on its own continues, paragraph by paragraph and line by line, in the same row
on the next slide. Nothing is shrunk or left out: the heights come from the
font's metrics (``deck.text_fit``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeykit_widgets.handouts.deck import layout as L
from journeykit_widgets.handouts.deck.text_fit import block_height, line_height, wrap

__all__ = ["BODY_PT", "HEAD_PT", "Cell", "Grid", "cut_cell", "grid_slides"]

BODY_PT = 10.5
HEAD_PT = 12
_PAD_X, _PAD_Y = int(0.2 * L.CM), int(0.12 * L.CM)
_GAP_PT = 3
_EMU_PT = 12700


@dataclass
class Cell:
    """A cell's paragraphs as (text, bold, colour), and its background."""

    lines: list[tuple[str, bool, str]] = field(default_factory=list)
    fill: str = "FFFFFF"
    size: float = BODY_PT

    @classmethod
    def text(cls, text: str, bold: bool = False, colour: str = L.INK, fill: str = "FFFFFF", size=BODY_PT):
        return cls([(text, bold, colour)] if text.strip() else [], fill, size)

    def height(self, width: int) -> int:
        inner = (width - 2 * _PAD_X) / _EMU_PT
        points = sum(block_height([text], inner, self.size, bold) for text, bold, _ in self.lines)
        return int((points + _GAP_PT * max(0, len(self.lines) - 1)) * _EMU_PT) + 2 * _PAD_Y


@dataclass
class Grid:
    """Column heads, and rows in blocks: a block's rows stay on one slide together.
    A row is its label cell and one cell per column."""

    heads: list[Cell]
    blocks: list[list[tuple[Cell, list[Cell]]]]
    label_w: int = int(4.2 * L.CM)
    name: str = "Grid"
    weights: list[float] | None = None  # the columns' shares of the width; None: equal


def _widths(grid: Grid, columns: list[int]) -> list[int]:
    weights = [grid.weights[c] if grid.weights else 1.0 for c in columns]
    return [int((L.CONTENT_W - grid.label_w) * w / sum(weights)) for w in weights]


def _row_height(grid: Grid, row, columns: list[int]) -> int:
    label, cells = row
    widths = _widths(grid, columns)
    return max(
        [label.height(grid.label_w), *(cells[c].height(w) for c, w in zip(columns, widths, strict=True))]
    )


def _head_height(grid: Grid, columns: list[int]) -> int:
    return max(grid.heads[c].height(w) for c, w in zip(columns, _widths(grid, columns), strict=True))


def cut_cell(cell: Cell, width: int, room: int) -> list[Cell]:
    """``cell``'s paragraphs in pieces no taller than ``room``: a paragraph is cut
    between its lines where it does not fit, so every word is kept at its size."""
    inner = (width - 2 * _PAD_X) / _EMU_PT
    step, gap = int(line_height(cell.size) * _EMU_PT), _GAP_PT * _EMU_PT
    pieces, lines, used = [], [], 2 * _PAD_Y

    def joined(part: list[list[str]]) -> str:  # wrapped lines back to text, line breaks kept
        return "\n".join(" ".join(sub) for sub in part)

    for text, bold, colour in cell.lines:
        part: list[list[str]] = []
        for sub in text.replace("\v", "\n").split("\n"):
            part.append([])
            for line in wrap(sub, inner, cell.size, bold):
                extra = step + (gap if lines and not any(part) else 0)
                if used + extra > room and (lines or any(part)):
                    if any(part):
                        lines.append((joined(part if part[-1] else part[:-1]), bold, colour))
                    pieces.append(Cell(lines, cell.fill, cell.size))
                    lines, part, used, extra = [], [[]], 2 * _PAD_Y, step
                part[-1].append(line)
                used += extra
        lines.append((joined(part), bold, colour))
    return [*pieces, Cell(lines, cell.fill, cell.size)]


def _cut_row(grid: Grid, row, columns: list[int], room: int) -> list:
    """A row taller than ``room`` as rows that each fit: every cell's text goes on
    in the same column of the next row; the label is repeated."""
    label, cells = row
    room -= _EMU_PT  # the measured lines are rounded: a point to spare
    cut = {c: cut_cell(cells[c], w, room) for c, w in zip(columns, _widths(grid, columns), strict=True)}
    rows = []
    for i in range(max(len(pieces) for pieces in cut.values())):
        out = list(cells)
        for c, pieces in cut.items():
            out[c] = pieces[i] if i < len(pieces) else Cell([], cells[c].fill, cells[c].size)
        rows.append((label, out))
    return rows


def _pages(grid: Grid, columns: list[int], cut: bool = False) -> list[list] | None:
    """The blocks of ``columns`` packed in order onto slides. A block too tall for a
    slide alone: None, or with ``cut`` its rows one by one, a row too tall cut."""
    room = L.CONTENT_H - _head_height(grid, columns)
    pages, used = [[]], 0
    for block in grid.blocks:
        height = sum(_row_height(grid, row, columns) for row in block)
        if height > room and not cut:
            return None
        rows = (
            [block]
            if height <= room
            else [[piece] for row in block for piece in _split(grid, row, columns, room)]
        )
        for rows_together in rows:
            height = sum(_row_height(grid, row, columns) for row in rows_together)
            if used + height > room and pages[-1]:
                pages.append([])
                used = 0
            pages[-1].extend(rows_together)
            used += height
    return pages


def _split(grid: Grid, row, columns: list[int], room: int) -> list:
    return [row] if _row_height(grid, row, columns) <= room else _cut_row(grid, row, columns, room)


def _even_groups(count: int, groups: int) -> list[list[int]]:
    size, extra = divmod(count, groups)
    out, start = [], 0
    for i in range(groups):
        end = start + size + (1 if i < extra else 0)
        out.append(list(range(start, end)))
        start = end
    return out


def layout(grid: Grid, most: int) -> list[tuple[list[int], list, bool]]:
    """(columns, rows, continued) per slide: the fewest slides; on a tie, the most
    columns side by side (the rows go on over slides before the columns are cut apart)."""
    count = len(grid.heads)
    for cut in (False, True):  # cutting a cell only where no slide holds it whole
        best = None
        for groups in range(max(1, -(-count // most)), count + 1):
            slides = []
            for columns in _even_groups(count, groups):
                pages = _pages(grid, columns, cut)
                if pages is None:
                    break
                slides.extend((columns, rows, i > 0) for i, rows in enumerate(pages))
            else:
                if best is None or len(slides) < len(best):
                    best = slides
        if best is not None:
            return best
    raise AssertionError("a grid always fits when its cells may be cut")


def _fill(cell, content: Cell) -> None:
    from pptx.enum.text import MSO_ANCHOR
    from pptx.util import Pt

    cell.margin_left = cell.margin_right = _PAD_X
    cell.margin_top = cell.margin_bottom = _PAD_Y
    cell.vertical_anchor = MSO_ANCHOR.TOP
    frame = cell.text_frame
    frame.word_wrap = True
    for i, (text, bold, colour) in enumerate(content.lines or [("", False, L.INK)]):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = L.safe(text)
        paragraph.font.size = Pt(content.size)  # an empty cell's line, too: not the default 18 pt
        if i < len(content.lines) - 1:
            paragraph.space_after = Pt(_GAP_PT)
        for run in paragraph.runs:
            run.font.size, run.font.bold, run.font.color.rgb = Pt(content.size), bold, L.rgb(colour)
    cell.fill.solid()
    cell.fill.fore_color.rgb = L.rgb(content.fill)


def grid_slides(prs, grid: Grid, most: int, title, footer: str, notes) -> int:
    """Add the grid's slides; ``title(columns, continued)`` and ``notes(columns)``
    give each slide's title and speaker notes. Returns how many slides were added."""
    slides = layout(grid, most)
    corner = Cell([], L.HEADER)
    for columns, rows, continued in slides:
        slide = L.add_slide(prs, title(columns, continued), footer)
        widths = _widths(grid, columns)
        heights = [_head_height(grid, columns), *(_row_height(grid, row, columns) for row in rows)]
        # The rows that hold text share out the room left, so the grid fills the
        # slide like a wall chart; a band without text (a blueprint's line) stays thin.
        holds = [any(cells[c].lines for c in columns) for _, cells in rows]
        spare = max(0, L.CONTENT_H - sum(heights)) // max(1, sum(holds))
        heights = [heights[0]] + [h + spare * held for h, held in zip(heights[1:], holds, strict=True)]
        shape = slide.shapes.add_table(
            len(heights), len(columns) + 1, L.LEFT, L.TOP, grid.label_w + sum(widths), sum(heights)
        )
        shape.name = grid.name
        table = shape.table
        table.first_row = True
        table.horz_banding = False
        table.columns[0].width = grid.label_w
        for i, width in enumerate(widths, 1):
            table.columns[i].width = width
        for r, height in enumerate(heights):
            table.rows[r].height = height
        _fill(table.cell(0, 0), corner)
        for i, c in enumerate(columns, 1):
            _fill(table.cell(0, i), grid.heads[c])
        for r, (label, cells) in enumerate(rows, 1):
            _fill(table.cell(r, 0), label)
            for i, c in enumerate(columns, 1):
                _fill(table.cell(r, i), cells[c])
        L.notes(slide, notes(columns))
    return len(slides)
