"""The journey map as native PowerPoint tables: phases as columns, the map's
lanes as rows, every card's text in a cell a consultant can edit.

The printed map fits a whole journey on one page at 6 pt; a slide is read from
the back of a room, so here every word is at least 10 pt. The map is spread
over as few slides as that allows: up to three phases side by side, the phases
shared out evenly over the slides (no slide with one lonely phase after two full
ones). Where whole phases do not fit, their first lanes are on one slide and the
rest on the next ("… (continued)"), or a phase continues card by card, so
nothing is shrunk or cut.
The heights come from the font's metrics (``deck.text_fit``), so the table's
size in the file is the size it is drawn at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeykit_widgets.handouts.deck import layout as L
from journeykit_widgets.handouts.deck.text_fit import block_height
from journeykit_widgets.i18n import formats, t

__all__ = ["BODY_PT", "MapPart", "map_parts", "map_slides"]

BODY_PT = 10.5  # a card's text; the lane names and phase names are 12 pt bold
HEAD_PT = 12
MAX_PHASES = 3
_LABEL_W = int(4.2 * L.CM)
_PAD_X, _PAD_Y = int(0.2 * L.CM), int(0.12 * L.CM)
_GAP_PT = 3  # between two cards' texts in a cell
_EMU_PT = 12700


@dataclass
class MapPart:
    """What one slide of the map shows: some phases, and per lane and phase the
    texts (all of them, or, for a phase continued from the slide before, the rest)."""

    phases: list  # model Phase objects, left to right
    cells: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lane -> phase id -> texts
    continued: bool = False

    def lanes(self) -> list[str]:
        return [lane for lane, row in self.cells.items() if any(row.get(p.id) for p in self.phases)]


def _lane_items(journey, tps, phase_id: str, lane: str) -> list[str]:
    from journeykit_widgets.render.journey_map import lane_texts

    if lane == "touchpoints":
        return [tp.name for tp in tps]
    if lane == "emotion":
        return [f"{formats.signed(tp.emotion, 0)}  {tp.name}" for tp in tps if tp.emotion is not None]
    items = []
    for item in lane_texts(journey, tps, phase_id, lane):
        text = "".join(item) if isinstance(item, tuple) else item
        if (item[1] if isinstance(item, tuple) else item).strip():
            items.append(text.strip())
    return items


def _all_cells(journey) -> dict[str, dict[str, list[str]]]:
    from journeykit_widgets.model import in_map_order
    from journeykit_widgets.render.journey_map import LANES

    tps = in_map_order(journey)
    cells: dict[str, dict[str, list[str]]] = {}
    for lane in LANES:
        cells[lane] = {
            p.id: _lane_items(journey, [tp for tp in tps if tp.phase == p.id], p.id, lane)
            for p in journey.phases
        }
    return cells


def _widths(count: int) -> tuple[int, int]:
    """The lane-name column's width and each phase column's, in EMU."""
    return _LABEL_W, (L.CONTENT_W - _LABEL_W) // count


def _cell_height(texts: list[str], width: int, size: float, bold: bool = False) -> int:
    inner = (width - 2 * _PAD_X) / _EMU_PT
    return int(block_height(texts, inner, size, bold, _GAP_PT) * _EMU_PT) + 2 * _PAD_Y


def _row_heights(part: MapPart) -> list[int]:
    """Heights of the header row and of each lane's row, as measured."""
    label_w, col_w = _widths(len(part.phases))
    heights = [max(_cell_height([p.label()], col_w, HEAD_PT, True) for p in part.phases)]
    for lane in part.lanes():
        label = _cell_height([t(f"render.lane.{lane}")], label_w, HEAD_PT, True)
        body = max(_cell_height(part.cells[lane].get(p.id, []), col_w, BODY_PT) for p in part.phases)
        heights.append(max(label, body))
    return heights


def _fits(part: MapPart) -> bool:
    return sum(_row_heights(part)) <= L.CONTENT_H


def _even_groups(items: list, count: int) -> list[list]:
    size, extra = divmod(len(items), count)
    groups, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        groups.append(items[start:end])
        start = end
    return groups


def _pieces(lane: str, text: str) -> list[str]:
    """A card's text as it goes on the slides: whole, or, if it alone is taller than
    a slide, cut between its lines into pieces that each fit one."""
    from journeykit_widgets.handouts.deck.grid import Cell, cut_cell

    _, col_w = _widths(1)
    bold = lane == "touchpoints"
    room = L.CONTENT_H - 2 * _cell_height(["X"], col_w, HEAD_PT, True) - L.CM // 2  # head row, a margin
    if _cell_height([text], col_w, BODY_PT, bold) <= room:
        return [text]
    cell = Cell.text(text, bold, size=BODY_PT)
    return [line for piece in cut_cell(cell, col_w, room) for line, _, _ in piece.lines]


def _split_phase(phase, cells) -> list[MapPart]:
    """One phase too tall for a slide: its lanes and cards in order over as few
    slides as hold them, shared out evenly (no last slide with one lonely lane)."""
    items = [
        (lane, piece)
        for lane, row in cells.items()
        for text in row.get(phase.id, [])
        for piece in _pieces(lane, text)
    ]

    def fill(limit: int) -> list[MapPart]:
        parts = [MapPart([phase], {lane: {phase.id: []} for lane in cells})]
        for lane, text in items:
            current = parts[-1]
            current.cells[lane][phase.id].append(text)
            if (
                sum(_row_heights(current)) > limit
                and sum(len(r[phase.id]) for r in current.cells.values()) > 1
            ):
                current.cells[lane][phase.id].pop()
                parts.append(MapPart([phase], {name: {phase.id: []} for name in cells}, continued=True))
                parts[-1].cells[lane][phase.id].append(text)
        return parts

    fewest = len(fill(L.CONTENT_H))
    low, high = 0, L.CONTENT_H  # the lowest slide height that still needs no more slides
    while high - low > L.CM // 4:
        middle = (low + high) // 2
        low, high = (low, middle) if len(fill(middle)) <= fewest else (middle, high)
    return fill(high)


def _lane_split(group: list, cells) -> list[MapPart] | None:
    """``group``'s phases side by side over two slides, the first lanes on one and
    the rest on the next, cut where the two are most even; None if either is too tall."""
    lanes = MapPart(group, cells).lanes()
    best = None
    for cut in range(1, len(lanes)):
        parts = [
            MapPart(group, {lane: cells[lane] for lane in lanes[:cut]}),
            MapPart(group, {lane: cells[lane] for lane in lanes[cut:]}, continued=True),
        ]
        heights = [sum(_row_heights(part)) for part in parts]
        if max(heights) <= L.CONTENT_H and (best is None or max(heights) < best[0]):
            best = (max(heights), parts)
    return best[1] if best else None


def map_parts(journey) -> list[MapPart]:
    """The map's slides: as few as keep every word at 10 pt or more. Whole phases
    side by side where they fit; else phases side by side with their lanes over two
    slides; else a phase a slide, continued card by card."""
    cells = _all_cells(journey)
    phases = list(journey.phases)
    least = -(-len(phases) // MAX_PHASES)
    options = []
    for count in range(least, len(phases) + 1):
        parts = [MapPart(group, cells) for group in _even_groups(phases, count)]
        if all(_fits(part) for part in parts):
            options.append(parts)
            break
    for count in range(least, len(phases)):
        split = [_lane_split(group, cells) for group in _even_groups(phases, count)]
        if all(split):
            options.append([part for parts in split for part in parts])
            break
    alone = []
    for phase in phases:
        whole = MapPart([phase], cells)
        alone.extend([whole] if _fits(whole) else _split_phase(phase, cells))
    options.append(alone)
    # fewest slides; on a tie the earlier option (whole phases before continued ones)
    return min(options, key=len)


def _fill(cell, texts: list[str], size: float, colour: str, bold: bool, background: str) -> None:
    from pptx.enum.text import MSO_ANCHOR
    from pptx.util import Pt

    cell.margin_left = cell.margin_right = _PAD_X
    cell.margin_top = cell.margin_bottom = _PAD_Y
    cell.vertical_anchor = MSO_ANCHOR.TOP
    frame = cell.text_frame
    frame.word_wrap = True
    for i, text in enumerate(texts or [""]):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = L.safe(text)
        paragraph.font.size = Pt(size)  # an empty cell's line, too: not the default 18 pt
        if i < len(texts) - 1:
            paragraph.space_after = Pt(_GAP_PT)
    L.style_runs(frame, size, colour, bold)
    cell.fill.solid()
    cell.fill.fore_color.rgb = L.rgb(background)


def _title(part: MapPart) -> str:
    names = [p.label() for p in part.phases]
    phases = names[0] if len(names) == 1 else f"{names[0]} – {names[-1]}"
    return t("deck.map.title_continued" if part.continued else "deck.map.title", phases=phases)


def map_slides(prs, journey, footer: str, reading: str) -> None:
    """Add the map's slides; the notes say what the map shows and what each phase is."""
    for part in map_parts(journey):
        slide = L.add_slide(prs, _title(part), footer)
        heights = _row_heights(part)
        lanes = part.lanes()
        # The rows share out what room is left, so the grid fills the slide like a wall map.
        spare = max(0, L.CONTENT_H - sum(heights)) // max(1, len(heights) - 1)
        heights = [heights[0]] + [h + spare for h in heights[1:]]
        label_w, col_w = _widths(len(part.phases))
        shape = slide.shapes.add_table(
            len(heights), len(part.phases) + 1, L.LEFT, L.TOP, L.CONTENT_W, sum(heights)
        )
        shape.name = "Journey map"
        table = shape.table
        table.first_row = True
        table.horz_banding = False
        table.columns[0].width = label_w
        for i in range(len(part.phases)):
            table.columns[i + 1].width = col_w
        for r, height in enumerate(heights):
            table.rows[r].height = height
        _fill(table.cell(0, 0), [], HEAD_PT, "FFFFFF", True, L.HEADER)
        for c, phase in enumerate(part.phases, 1):
            _fill(table.cell(0, c), [phase.label()], HEAD_PT, "FFFFFF", True, L.HEADER)
        for r, lane in enumerate(lanes, 1):
            _fill(table.cell(r, 0), [t(f"render.lane.{lane}")], HEAD_PT, L.HEADER, True, L.PANEL)
            for c, phase in enumerate(part.phases, 1):
                texts = part.cells[lane].get(phase.id, [])
                _fill(table.cell(r, c), texts, BODY_PT, L.INK, lane == "touchpoints", "FFFFFF")
        described = [f"{p.label()}: {p.description}" for p in part.phases if p.description]
        if "pain_points" in lanes:  # what the "?" before a pain point means, as on the printed map
            described.append(t("evidence.legend.cell_not_researched"))
        L.notes(slide, "\n".join([reading, *described]))
