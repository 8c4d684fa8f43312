"""The four map templates as grids with their exact columns and row questions:
current state, future state, day in the life, service blueprint."""

from __future__ import annotations

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import drawn_in_language
from journeykit_widgets.render.sheet import Sheet

__all__ = ["template_grid", "writing_lines"]


@drawn_in_language
def template_grid(journey: Journey, template_id: str, *, paper: str = "a4", blank: bool = False):
    """One template filled from the journey (``journey.templates[template_id]``)."""
    spec = frameworks.template(template_id)
    grid = None if blank else journey.templates.get(template_id)
    sheet = Sheet(paper)
    s = sheet.scale
    m = sheet.margin
    if blank:
        top = sheet.header(spec.label(), spec.description(), t("render.worksheet.name_line"))
    else:
        top = sheet.header(spec.label(), f"{spec.description()}\n{journey.title}", t("render.template.note"))

    label_w = 170 * s
    from journeykit_widgets.render._text import fit

    # Long column names (the service blueprint's) get a taller header band.
    col_guess = (sheet.W - 2 * m - 170 * s) / len(spec.columns) - 8 * s
    one_line = all(
        len(fit(c.label(), col_guess, 12 * s, 9.5 * s, 8 * s, "bold").lines) == 1 for c in spec.columns
    )
    head_h = 24 * s if one_line else 38 * s
    grid_x = m + label_w
    grid_w = sheet.W - m - grid_x
    col_w = grid_w / len(spec.columns)
    rows_top = top + head_h
    row_h = (sheet.H - m - rows_top) / len(spec.rows)

    sheet.phase_band(grid_x, top, col_w, head_h, [c.label() for c in spec.columns], max_lines=3)
    for j in range(1, len(spec.columns)):
        x = grid_x + j * col_w
        sheet.line([x, x], [rows_top, rows_top + row_h * len(spec.rows)], _style.RULE, 0.6)

    filled = False
    for i, row in enumerate(spec.rows):
        y = rows_top + i * row_h
        sheet.rect(m, y, label_w, row_h, fc=_style.PANEL, ec="white", lw=1.2)
        sheet.text(m, y, label_w - 4 * s, row_h, row.label(), 9 * s, 6 * s, "bold", pad=6 * s)
        sheet.line([grid_x, grid_x + grid_w], [y + row_h] * 2, _style.RULE, 0.6)
        cells = []
        for j, column in enumerate(spec.columns):
            text = grid.cell(row.id, column.id) if grid else ""
            filled = filled or bool(text.strip())
            cells.append((grid_x + j * col_w, y, col_w, row_h, text))
            if blank:
                writing_lines(sheet, grid_x + j * col_w, y, col_w, row_h)
        if not blank:
            sheet.row_of_texts(cells, 8.5 * s, 5 * s, pad=5 * s)
    sheet.line([grid_x, grid_x + grid_w], [rows_top] * 2, _style.RULE, 0.6)

    if not blank and not filled:
        sheet.empty_state(
            grid_x + 20 * s,
            rows_top + row_h * 0.5,
            grid_w - 40 * s,
            row_h * 2,
            t("render.empty.title"),
            t("render.empty.template", name=spec.label()),
        )
    return sheet.finish()


def writing_lines(sheet: Sheet, x, y, w, h) -> None:
    """Faint ruled lines to write on, for paper workshops."""
    s = sheet.scale
    step = 18 * s
    yy = y + step
    while yy < y + h - 4 * s:
        sheet.line([x + 6 * s, x + w - 6 * s], [yy, yy], "#E3E6EA", 0.5, zorder=1)
        yy += step
