"""The four-lane B2B canvas: phases × customer process, internal process,
experience (with its score as dots) and learning goals & improvements; for the
ideal situation, the current one, or both side by side with the differences
highlighted."""

from __future__ import annotations

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import SCORE_MAX, SCORE_MIN, Canvas, CanvasColumn, Journey
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import drawn_in_language, phase_model_label, role_label
from journeykit_widgets.render.evidence_marks import legend_entry as evidence_legend_entry
from journeykit_widgets.render.evidence_marks import mark_cell, not_researched_cell
from journeykit_widgets.render.sheet import Sheet

__all__ = ["STATES", "canvas", "differs", "score_colour"]

STATES: tuple[str, ...] = ("current", "ideal", "both")
_LANE_FIELD = {
    "customer_process": "customer_process",
    "internal_process": "internal_process",
    "experience": "experience",
    "improvements": "improvements",
}
_SCORE_COLOURS = {
    1: _style.EMOTION_COLOURS[-3],
    2: _style.EMOTION_COLOURS[-1],
    3: "#999999",
    4: _style.EMOTION_COLOURS[1],
    5: _style.EMOTION_COLOURS[3],
}


def score_colour(score: int) -> str:
    return _SCORE_COLOURS.get(int(score), _style.FAINT)


def _find_canvas(journey: Journey, role: str) -> Canvas:
    return next((c for c in journey.canvases if c.role == role), Canvas(role=role))


def _norm(text: str) -> str:
    return " ".join((text or "").lower().split())


def differs(ideal: CanvasColumn, current: CanvasColumn, lane: str) -> bool:
    """Whether the current state of ``lane`` differs from the ideal (its text, or the
    experience's score): the printed canvas marks it, the deck tints the cell."""
    if lane == "experience" and ideal.score != current.score:
        return True
    return _norm(getattr(ideal, _LANE_FIELD[lane])) != _norm(getattr(current, _LANE_FIELD[lane]))


def _dots(
    sheet: Sheet, x: float, y: float, score: int | None, size: float, compare: int | None = None
) -> float:
    """Five dots, ``score`` of them filled; returns the width used."""
    gap = size * 0.45
    for i in range(SCORE_MIN, SCORE_MAX + 1):
        cx = x + (i - 1) * (size + gap)
        filled = score is not None and i <= score
        colour = score_colour(score) if score else _style.RULE
        sheet.rect(
            cx,
            y,
            size,
            size,
            fc=colour if filled else "white",
            ec=colour if filled else _style.RULE,
            lw=0.7,
            radius=size / 2 - 0.01,
            zorder=4,
        )
    del compare
    return SCORE_MAX * (size + gap) - gap


@drawn_in_language
def canvas(
    journey: Journey, *, state: str = "current", role: str = "", paper: str = "a4", blank: bool = False
):
    """The canvas of ``role`` ("" = the customer as a whole) for ``state``:
    ``"current"``, ``"ideal"`` or ``"both"`` (side by side, differences marked)."""
    if state not in STATES:
        raise ValueError(t("render.error.state", value=state, choices=", ".join(STATES)))
    sheet = Sheet(paper)
    s = sheet.scale
    m = sheet.margin
    data = _find_canvas(journey, role)
    states = ("ideal", "current") if state == "both" else (state,)

    if blank:
        top = sheet.header(
            t("render.canvas.title_blank"),
            t("render.worksheet.canvas.subtitle"),
            t("render.worksheet.name_line"),
        )
    else:
        who = ""
        if role:
            member = next((r for r in journey.buying_group if r.id == role), None)
            if member:
                who = t("render.map.role", name=member.name, kind=role_label(member.kind))
        sub = [t(f"render.canvas.state.{state}"), who, journey.title]
        top = sheet.header(
            t("render.canvas.title"), " · ".join(p for p in sub if p), phase_model_label(journey.phase_model)
        )

    lanes = frameworks.lanes()
    legend_h = 0 if blank else 26 * s
    label_w = 120 * s
    grid_x = m + label_w
    grid_w = sheet.W - m - grid_x
    phase_h = 24 * s
    lanes_top = top + phase_h
    lanes_h = sheet.H - m - legend_h - lanes_top
    weights = {"customer_process": 1.0, "internal_process": 1.0, "experience": 0.9, "improvements": 1.0}
    unit = lanes_h / sum(weights.values())
    col_w = grid_w / len(journey.phases)

    y = lanes_top
    boxes = {}
    for lane_id in frameworks.LANE_IDS:
        h = weights[lane_id] * unit
        boxes[lane_id] = (y, h)
        sheet.rect(m, y, label_w, h, fc=_style.PANEL, ec="white", lw=1.2)
        head = sheet.text(
            m, y, label_w - 4 * s, 30 * s, lanes[lane_id].label(), 9 * s, 6.5 * s, "bold", pad=5 * s
        )
        used = head.height + 8 * s
        sheet.text(
            m,
            y + used,
            label_w - 4 * s,
            h - used,
            lanes[lane_id].description(),
            6.8 * s,
            5 * s,
            colour=_style.MUTED,
            pad=5 * s,
        )
        sheet.line([grid_x, grid_x + grid_w], [y + h] * 2, _style.RULE, 0.6)
        y += h
    sheet.line([grid_x, grid_x + grid_w], [lanes_top] * 2, _style.RULE, 0.6)

    sheet.phase_band(grid_x, top, col_w, phase_h, [p.label() for p in journey.phases], max_lines=2)
    for i in range(1, len(journey.phases)):
        x = grid_x + i * col_w
        sheet.line([x, x], [lanes_top, lanes_top + lanes_h], _style.RULE, 0.6)

    if blank:
        for lane_id in frameworks.LANE_IDS:
            if lane_id != "experience":
                continue
            ly, lh = boxes[lane_id]
            for i in range(len(journey.phases)):
                _dots(sheet, grid_x + i * col_w + 6 * s, ly + lh - 16 * s, None, 9 * s)
        return sheet.finish()

    filled = any(not data.column(st, p).is_empty() for st in states for p in journey.phase_ids)
    assumed_cells = 0  # current-state cells with text but no research behind them
    half = col_w / len(states)
    differences = 0
    rows: dict[str, list] = {lane_id: [] for lane_id in frameworks.LANE_IDS}
    for i, phase in enumerate(journey.phases if filled else ()):
        ideal, current = data.column("ideal", phase.id), data.column("current", phase.id)
        for k, st in enumerate(states):
            column = data.column(st, phase.id)
            x = grid_x + i * col_w + k * half
            if len(states) == 2 and k == 1:
                sheet.line([x, x], [lanes_top, lanes_top + lanes_h], _style.RULE, 0.4, (0, (1, 2)))
            for lane_id in frameworks.LANE_IDS:
                ly, lh = boxes[lane_id]
                cy, ch = ly, lh
                score = column.score if lane_id == "experience" else None
                if len(states) == 2:
                    tag = t(f"render.canvas.tag.{st}")
                    if score is not None:
                        tag += f" · {score}/{SCORE_MAX}"
                    sheet.text(
                        x,
                        cy,
                        half,
                        13 * s,
                        tag,
                        6 * s,
                        5 * s,
                        "bold",
                        score_colour(score) if score else _style.MUTED,
                        pad=3 * s,
                        max_lines=1,
                    )
                    cy, ch = cy + 11 * s, ch - 11 * s
                    if st == "current" and differs(ideal, current, lane_id):
                        differences += 1
                        # A stripe marks changed text; a worse score also tints the cell.
                        worse = lane_id == "experience" and (current.score or 0) < (ideal.score or 0)
                        if worse:
                            tinted = _style.tint(_style.ACCENT, 0.88)
                            sheet.rect(x + 1.5, ly + 1.5, half - 3, lh - 3, fc=tinted, zorder=1)
                        sheet.rect(x + 0.5, ly + 1.5, 2 * s, lh - 3, fc=_style.ACCENT, zorder=2)
                if score is not None:
                    dot = 8.5 * s if len(states) == 1 else 7 * s
                    # Five dots and their gaps stay inside the (half) column.
                    dot = min(dot, (half - 8 * s) / (SCORE_MAX + 0.45 * (SCORE_MAX - 1)))
                    used = _dots(sheet, x + 4 * s, cy + 4 * s, score, dot)
                    if len(states) == 1:
                        sheet.text(
                            x + 6 * s + used,
                            cy,
                            half - used - 6 * s,
                            dot + 8 * s,
                            f"{score}/{SCORE_MAX}",
                            8 * s,
                            6 * s,
                            "bold",
                            score_colour(score),
                            max_lines=1,
                        )
                    cy, ch = cy + dot + 6 * s, ch - dot - 6 * s
                    if (
                        len(states) == 2
                        and st == "current"
                        and ideal.score is not None
                        and score != ideal.score
                    ):
                        delta = formats.signed(score - ideal.score, 0)
                        sheet.text(
                            x,
                            cy,
                            half,
                            13 * s,
                            t("render.canvas.delta", delta=delta),
                            6.5 * s,
                            5 * s,
                            "bold",
                            _style.ACCENT,
                            pad=3 * s,
                            max_lines=1,
                        )
                        cy, ch = cy + 11 * s, ch - 11 * s
                rows[lane_id].append((x, cy, half, ch, getattr(column, _LANE_FIELD[lane_id])))
                if st == "current" and not_researched_cell(column, _LANE_FIELD[lane_id]):
                    assumed_cells += 1
                    mark_cell(sheet, x, ly, half)
    for cells in rows.values():
        sheet.row_of_texts(cells, (8.5 if len(states) == 1 else 7.5) * s, 5 * s, pad=4 * s)

    if not filled:
        ly = boxes["customer_process"][0]
        sheet.empty_state(
            grid_x + 20 * s,
            ly + 10 * s,
            grid_w - 40 * s,
            unit * 2 - 20 * s,
            t("render.empty.title"),
            t("render.empty.canvas"),
        )
    else:
        entries = [
            ("patch", {"fc": score_colour(n), "ec": score_colour(n)}, t(f"render.canvas.score.{n}"))
            for n in range(SCORE_MIN, SCORE_MAX + 1)
        ]
        if len(states) == 2:
            tinted = _style.tint(_style.ACCENT, 0.88)
            entries.append(
                (
                    "patch",
                    {"fc": _style.ACCENT, "ec": _style.ACCENT},
                    t("render.canvas.legend.differs", n=differences),
                )
            )
            entries.append(("patch", {"fc": tinted, "ec": tinted}, t("render.canvas.legend.worse")))
        if assumed_cells:
            entries.append(evidence_legend_entry("evidence.legend.cell_not_researched"))
        sheet.legend(
            m, sheet.H - m - legend_h + 6 * s, sheet.W - 2 * m, entries, 7, t("render.canvas.legend.score")
        )
    return sheet.finish()
