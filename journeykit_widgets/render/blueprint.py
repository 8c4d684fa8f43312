"""The canonical service blueprint: steps as columns, the five lanes as rows, the
lines of interaction, visibility and internal interaction drawn between them, and
each step's fail point and wait time. Also the blank worksheet for paper workshops."""

from __future__ import annotations

from journeykit_widgets.frameworks.blueprint import blueprint_lanes, blueprint_lines, wait_unit_label
from journeykit_widgets.i18n import t
from journeykit_widgets.model import BlueprintStep, Journey
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import drawn_in_language
from journeykit_widgets.render.sheet import Sheet
from journeykit_widgets.render.templates import writing_lines

__all__ = ["BLANK_STEPS", "FAIL_COLOUR", "WAIT_GLYPH", "service_blueprint", "wait_label"]

BLANK_STEPS = 6  # numbered columns on the paper worksheet
FAIL_COLOUR = _style.EMOTION_COLOURS[-3]  # the palette's deepest red: something goes wrong here
WAIT_COLOUR = _style.ACCENT
# A clock face that DejaVu Sans has (the hourglass and stopwatch emoji it lacks).
WAIT_GLYPH = "◷"
# How each line is drawn: the convention (solid, dashed, dotted) comes from frameworks.
_LINESTYLES = {"solid": "-", "dashed": (0, (6, 3)), "dotted": (0, (1, 2))}
# The same, finer, for the legend's short line samples.
_LEGEND_STYLES = {"solid": "-", "dashed": (0, (3, 1.5)), "dotted": (0, (0.8, 1.2))}
# Cells below the line of visibility, out of the customer's sight, get a faint tint.
_BACKSTAGE_FILL = "#F7F8FA"


def wait_label(step: BlueprintStep) -> str:
    """ "2 days" in the active language; "" when the step has no wait."""
    if not step.has_wait:
        return ""
    amount = f"{step.wait_time:g}"
    return f"{amount} {wait_unit_label(step.wait_unit)}"


def _step_label(number: int, step: BlueprintStep | None, phase_names: dict[str, str]) -> str:
    if step is None:
        return t("blueprint.render.step", n=number)
    label = f"{number}. {step.name}"
    if step.phase and step.phase in phase_names:
        label += f"\n{phase_names[step.phase]}"
    return label


@drawn_in_language
def service_blueprint(journey: Journey, *, paper: str = "a4", blank: bool = False):
    """The journey's blueprint (``journey.blueprint``), or an empty one to print."""
    steps: list[BlueprintStep | None] = [None] * BLANK_STEPS if blank else list(journey.blueprint)
    lanes = list(blueprint_lanes().values())
    lines = {line.above: line for line in blueprint_lines().values()}
    sheet = Sheet(paper)
    s, m = sheet.scale, sheet.margin
    if blank:
        top = sheet.header(
            t("blueprint.render.title"), t("blueprint.render.blank_subtitle"), t("render.worksheet.name_line")
        )
    else:
        top = sheet.header(t("blueprint.render.title"), journey.title, t("blueprint.render.note"))

    legend_h = 18 * s
    label_w = 150 * s
    grid_x = m + label_w
    grid_w = sheet.W - m - grid_x
    columns = max(len(steps), 1)
    col_w = grid_w / columns
    head_h = 30 * s
    wait_h = 18 * s
    fail_h = 44 * s
    gap_h = 15 * s  # the band a line runs through, with its name
    bottom = sheet.H - m - legend_h
    lanes_top = top + head_h + wait_h + 4 * s
    lanes_h = bottom - lanes_top - fail_h - 6 * s - gap_h * len(lines)
    lane_h = lanes_h / len(lanes)

    phase_names = {p.id: p.label() for p in journey.phases}
    labels = [_step_label(i + 1, step, phase_names) for i, step in enumerate(steps)]
    if blank:
        # Light heads with room to write the step's name on paper (a dark band cannot be written on).
        for i, label in enumerate(labels):
            x = grid_x + i * col_w
            sheet.rect(
                x + 1, top, col_w - 2, head_h - 2, fc=_style.PANEL, ec=_style.HEADER, lw=0.8, radius=3 * s
            )
            sheet.text(
                x + 4 * s,
                top + 2 * s,
                col_w - 8 * s,
                14 * s,
                label,
                8 * s,
                6 * s,
                "bold",
                colour=_style.HEADER,
                pad=1 * s,
                max_lines=1,
            )
    elif steps:
        sheet.phase_band(grid_x, top, col_w, head_h, labels, size=9, max_lines=3)

    # The wait row: "◷ 2 days" under each step that has a wait.
    wait_y = top + head_h
    sheet.rect(m, wait_y, label_w, wait_h, fc=_style.PANEL, ec="white", lw=1.2)
    sheet.text(
        m + 4 * s,
        wait_y,
        label_w - 8 * s,
        wait_h,
        f"{WAIT_GLYPH} {t('blueprint.render.wait')}",
        8 * s,
        6 * s,
        "bold",
        va="center",
        pad=2 * s,
    )
    waits = []
    for i, step in enumerate(steps):
        text = (
            f"{WAIT_GLYPH} ____"
            if step is None
            else (f"{WAIT_GLYPH} {wait_label(step)}" if step.has_wait else "")
        )
        waits.append((grid_x + i * col_w, wait_y, col_w, wait_h, text))
    sheet.row_of_texts(
        waits,
        8 * s,
        6 * s,
        pad=2 * s,
        colour=WAIT_COLOUR if not blank else _style.FAINT,
        weight="bold",
        ha="center",
        va="center",
        max_lines=1,
    )

    # The five lanes, with a line band under the three lanes a line follows.
    y = lanes_top
    for lane in lanes:
        fill = _BACKSTAGE_FILL if lane.id in ("backstage", "support_processes") else "white"
        sheet.rect(m, y, label_w, lane_h, fc=_style.PANEL, ec="white", lw=1.2)
        name_h = 16 * s
        sheet.text(
            m + 4 * s,
            y + 4 * s,
            label_w - 8 * s,
            name_h,
            lane.label(),
            9 * s,
            6.5 * s,
            "bold",
            pad=1 * s,
            max_lines=1,
        )
        sheet.text(
            m + 4 * s,
            y + 4 * s + name_h,
            label_w - 8 * s,
            lane_h - name_h - 8 * s,
            lane.description(),
            7 * s,
            6 * s,
            colour=_style.MUTED,
            pad=1 * s,
        )
        cells = []
        for i, step in enumerate(steps):
            x = grid_x + i * col_w
            sheet.rect(x + 1, y, col_w - 2, lane_h, fc=fill, ec=_style.RULE, lw=0.6)
            if step is None:
                writing_lines(sheet, x, y, col_w, lane_h)
            else:
                cells.append((x + 1, y, col_w - 2, lane_h, step.lane(lane.id)))
        if cells:
            sheet.row_of_texts(cells, 8.5 * s, 6 * s, pad=5 * s)
        y += lane_h
        line = lines.get(lane.id)
        if line is not None:
            _line(sheet, line, m, y, label_w, grid_x + grid_w, gap_h)
            y += gap_h

    # The fail points: a red "F" badge and what can go wrong, on its step.
    fail_y = y + 6 * s
    sheet.rect(m, fail_y, label_w, fail_h, fc=_style.tint(FAIL_COLOUR, 0.88), ec="white", lw=1.2)
    _badge(sheet, m + 6 * s, fail_y + 5 * s, FAIL_COLOUR)
    sheet.text(
        m + 24 * s,
        fail_y,
        label_w - 28 * s,
        fail_h,
        t("blueprint.render.fail_points"),
        9 * s,
        6 * s,
        "bold",
        pad=5 * s,
    )
    fails = []
    for i, step in enumerate(steps):
        x = grid_x + i * col_w
        has_fail = step is not None and bool(step.fail_point.strip())
        sheet.rect(
            x + 1,
            fail_y,
            col_w - 2,
            fail_h,
            fc=_style.tint(FAIL_COLOUR, 0.92) if has_fail else "white",
            ec=_style.RULE,
            lw=0.6,
        )
        if step is None:
            _badge(sheet, x + 6 * s, fail_y + 5 * s, _style.FAINT, filled=False)
            writing_lines(sheet, x + 18 * s, fail_y, col_w - 18 * s, fail_h)
        elif has_fail:
            _badge(sheet, x + 6 * s, fail_y + 5 * s, FAIL_COLOUR)
            fails.append((x + 22 * s, fail_y, col_w - 24 * s, fail_h, step.fail_point))
    if fails:
        sheet.row_of_texts(fails, 8 * s, 6 * s, pad=4 * s, colour=FAIL_COLOUR)

    if not blank and not steps:
        sheet.empty_state(
            grid_x + 20 * s,
            lanes_top + lane_h * 0.5,
            grid_w - 40 * s,
            lane_h * 3,
            t("render.empty.title"),
            t("blueprint.render.empty"),
        )
    _legend(sheet, m, bottom + 4 * s, sheet.W - 2 * m)
    return sheet.finish()


def _line(sheet: Sheet, line, x0: float, y: float, label_w: float, x1: float, gap_h: float) -> None:
    """One labelled line across the grid, in the middle of its band."""
    s = sheet.scale
    mid = y + gap_h / 2
    sheet.text(
        x0,
        y,
        label_w,
        gap_h,
        line.label(),
        7.5 * s,
        6 * s,
        "bold",
        colour=_style.HEADER,
        style="italic",
        va="center",
        pad=2 * s,
        max_lines=1,
    )
    sheet.line([x0 + label_w, x1], [mid, mid], _style.HEADER, 1.4 * s, _LINESTYLES[line.style], zorder=4)


def _badge(sheet: Sheet, x: float, y: float, colour: str, filled: bool = True) -> None:
    """A round "F" badge, 14 pt across (scaled), its top left at (x, y)."""
    s = sheet.scale
    d = 14 * s
    sheet.markers(
        [x + d / 2], [y + d / 2], d**2, "o", colour if filled else "white", colour, 0.8 * s, zorder=6
    )
    sheet.text(
        x,
        y,
        d,
        d,
        t("blueprint.render.fail_mark"),
        8 * s,
        6 * s,
        "bold",
        colour="white" if filled else colour,
        ha="center",
        va="center",
        pad=0,
        zorder=7,
    )


def _legend(sheet: Sheet, x: float, y: float, w: float) -> None:
    entries = [
        (
            "line",
            {"colour": _style.HEADER, "ls": _LEGEND_STYLES[line.style], "lw": 1.4 * sheet.scale},
            line.label(),
        )
        for line in blueprint_lines().values()
    ]
    entries.append(("marker", {"marker": "o", "fc": FAIL_COLOUR}, t("blueprint.render.legend_fail")))
    entries.append(
        ("patch", {"fc": "white", "ec": "white"}, f"{WAIT_GLYPH} {t('blueprint.render.legend_wait')}")
    )
    sheet.legend(x, y, w, entries, size=7.0)
