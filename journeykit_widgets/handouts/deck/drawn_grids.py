"""The four-lane canvas and the service blueprint as native tables (``deck.grid``),
with what their printed pictures show.

The canvas: phases as columns; per lane two rows, the ideal state and the
current one, so a consultant reads the gap down a column. A current cell that
differs from the ideal is tinted, as the printed canvas stripes it; the
experience score is five dots and "n/5", and below the ideal a "−1 vs ideal"; a
current cell whose text no research backs starts with "?", as on the printed map.

The blueprint: steps as columns; the wait time, the five lanes with the three
lines (interaction, visibility, internal interaction) as named grey bands between them,
and the fail points in red.
"""

from __future__ import annotations

from journeykit_widgets.handouts.deck import layout as L
from journeykit_widgets.handouts.deck.grid import HEAD_PT, Cell, Grid, grid_slides
from journeykit_widgets.i18n import formats, t

__all__ = ["blueprint_slides", "canvas_slides"]

DIFFERS_FILL = "FCE4D6"  # the accent, light: the current state differs from the ideal
FAIL, FAIL_FILL = "B2182B", "FBE3E5"
_BACKSTAGE_FILL = "F7F8FA"
LINE_FILL = "D5D9DE"  # a grey band across the steps: one of the blueprint's three lines


def _head(text: str) -> Cell:
    return Cell.text(text, True, "FFFFFF", L.HEADER, HEAD_PT)


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


def _span(names: list[str], columns: list[int]) -> str:
    first, last = names[columns[0]], names[columns[-1]]
    return first if first == last else f"{first} – {last}"


def _title(base: str, names: list[str]):
    def title(columns, continued):
        key = "hdeck2.part_continued" if continued else "hdeck2.part"
        return t(key, title=base, part=_span(names, columns))

    return title


def _score_lines(column, ideal) -> list[tuple[str, bool, str]]:
    from journeykit_widgets.model import SCORE_MAX
    from journeykit_widgets.render.canvas import score_colour

    if column.score is None:
        return []
    dots = "●" * column.score + "○" * (SCORE_MAX - column.score)
    lines = [(f"{dots}  {column.score}/{SCORE_MAX}", True, _hex(score_colour(column.score)))]
    if ideal is not None and ideal.score is not None and column.score != ideal.score:
        delta = formats.signed(column.score - ideal.score, 0)
        lines.append((t("render.canvas.delta", delta=delta), True, L.ACCENT))
    return lines


def canvas_slides(prs, journey, footer: str, reading: str) -> None:
    """The customer's canvas (the report's: role "", ideal and current)."""
    from journeykit_widgets import frameworks
    from journeykit_widgets.render.canvas import differs
    from journeykit_widgets.render.evidence_marks import ASSUMED_BULLET, not_researched_cell

    data = next((c for c in journey.canvases if c.role == ""), None) or journey.canvases[0]
    lanes = frameworks.lanes()
    phases = list(journey.phases)
    blocks, tinted, assumed = [], 0, 0
    for lane_id in frameworks.LANE_IDS:
        block = []
        for state in ("ideal", "current"):
            label = Cell(
                [(lanes[lane_id].label(), True, L.HEADER), (t(f"render.canvas.tag.{state}"), True, L.MUTED)],
                L.PANEL if state == "ideal" else "E9ECF0",
            )
            cells = []
            for phase in phases:
                column, ideal = data.column(state, phase.id), data.column("ideal", phase.id)
                text = getattr(column, lane_id)
                lines = (
                    _score_lines(column, ideal if state == "current" else None)
                    if lane_id == "experience"
                    else []
                )
                if text.strip():
                    marked = state == "current" and not_researched_cell(column, lane_id)
                    assumed += marked
                    lines.append(((ASSUMED_BULLET if marked else "") + text.strip(), False, L.INK))
                fill = "FFFFFF"
                if state == "current" and differs(ideal, column, lane_id):
                    tinted += 1
                    fill = DIFFERS_FILL
                cells.append(Cell(lines, fill))
            block.append((label, cells))
        blocks.append(block)
    names = [p.label() for p in phases]
    grid = Grid([_head(n) for n in names], blocks, int(4.6 * L.CM), "Canvas")
    legend = [t("hdeck2.canvas.differs", n=tinted)]
    if assumed:
        legend.append(t("evidence.legend.cell_not_researched"))

    def notes(columns):
        described = [
            f"{phases[c].label()}: {phases[c].description}" for c in columns if phases[c].description
        ]
        return "\n".join([reading, *legend, *described])

    grid_slides(prs, grid, 3, _title(t("report.view.canvas"), names), footer, notes)


def blueprint_slides(prs, journey, footer: str, reading: str) -> None:
    """The service blueprint: steps × lanes, the lines between, waits and fail points."""
    from journeykit_widgets.frameworks.blueprint import blueprint_lanes, blueprint_lines
    from journeykit_widgets.render.blueprint import wait_label

    steps = list(journey.blueprint)
    phase_names = {p.id: p.label() for p in journey.phases}
    heads = []
    for number, step in enumerate(steps, 1):
        lines = [(f"{number}. {step.name}", True, "FFFFFF")]
        if step.phase in phase_names:
            lines.append((phase_names[step.phase], False, "FFFFFF"))
        heads.append(Cell(lines, L.HEADER, HEAD_PT))
    lines_after = {line.above: line for line in blueprint_lines().values()}

    def label(text: str, fill: str = L.PANEL, colour: str = L.HEADER) -> Cell:
        return Cell.text(text, True, colour, fill)

    blocks = [
        [(label(t("blueprint.render.wait")), [Cell.text(wait_label(s), True, L.ACCENT) for s in steps])]
    ]
    for lane in blueprint_lanes().values():
        fill = _BACKSTAGE_FILL if lane.id in ("backstage", "support_processes") else "FFFFFF"
        block = [(label(lane.label()), [Cell.text(s.lane(lane.id), fill=fill) for s in steps])]
        line = lines_after.get(lane.id)
        if line is not None:  # the line between this lane and the next, named across the steps
            band = Cell([], LINE_FILL)
            block.append((Cell.text(line.label(), False, L.MUTED, LINE_FILL, 10), [band for _ in steps]))
        blocks.append(block)
    fails = [
        Cell.text(s.fail_point, True, FAIL, FAIL_FILL) if s.fail_point.strip() else Cell() for s in steps
    ]
    blocks.append([(label(t("blueprint.render.fail_points"), FAIL_FILL, FAIL), fails)])
    names = [f"{n}. {s.name}" for n, s in enumerate(steps, 1)]
    grid = Grid(heads, blocks, int(4.6 * L.CM), "Service blueprint")

    def notes(columns):
        said = [reading, t("blueprint.render.note")]
        said += [f"{names[c]}: {steps[c].fail_point}" for c in columns if steps[c].fail_point.strip()]
        return "\n".join(said)

    grid_slides(prs, grid, 4, _title(t("report.view.blueprint"), names), footer, notes)
