"""The four map templates (current state, future state, day in the life, blueprint):
a grid of text areas per template with a live preview. (The B2B canvas is edited on
the canvas board.)"""

from __future__ import annotations

import ipywidgets as widgets

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.model import Journey
from journeykit_widgets.widgets._base import Editor, esc
from journeykit_widgets.widgets._form import show_unless_typed
from journeykit_widgets.widgets._session import JourneySession

HEAD_WIDTH = "150px"


def _grid(columns: int) -> widgets.Layout:
    return widgets.Layout(
        grid_template_columns=f"{HEAD_WIDTH} repeat({columns}, minmax(0, 1fr))",
        grid_gap="4px 6px",
        width="100%",
        align_items="stretch",
    )


def _head(text: str) -> widgets.HTML:
    box = widgets.HTML(f"<div style='font-weight:600;line-height:1.25'>{esc(text)}</div>")
    box.layout.min_width = "0"
    return box


def _cell(css: str, rows: int = 4) -> widgets.Textarea:
    # Every keystroke reaches the kernel; the editor saves after a pause (``Debouncer``).
    area = widgets.Textarea(
        continuous_update=True, rows=rows, layout=widgets.Layout(width="100%", min_width="0")
    )
    area.add_class("jk-cell")
    area.add_class(css)
    return area


class TemplateEditor(Editor):
    title_key = "widgets.templates.title"
    intro_key = "widgets.templates.intro"

    def __init__(self, session: JourneySession, template: str = "current_state"):
        super().__init__(session)
        self._muted = False
        self.template = widgets.Dropdown(value=None, layout=widgets.Layout(width="auto"))
        self.template.options = [(spec.label(), key) for key, spec in frameworks.templates().items()]
        self.template.value = template
        self.on(self.template, lambda _v: self._muted or self.sync())
        self.cells: dict[tuple[str, str], widgets.Textarea] = {}
        self._signature: tuple = ()
        self._shown: dict[tuple[str, str], str] = {}  # see ``show_unless_typed``
        self.grid = widgets.GridBox(layout=_grid(1))
        self.description = widgets.Label()
        preview = self._make_preview("template", lambda: {"template_id": self.template.value})
        self._finish(self.template, self.description, self.grid, preview.image)

    def _sync(self) -> None:
        self._muted = True
        try:
            value = self.template.value
            self.template.options = [(spec.label(), key) for key, spec in frameworks.templates().items()]
            self.template.value = value
            spec = frameworks.template(value)
            self.description.value = spec.description()
            grid = self.journey.templates.get(value)
            if (value, get_language()) == self._signature:
                # After a save (or another notebook's): the cell being typed in keeps its text.
                for (row, column), area in self.cells.items():
                    show_unless_typed(
                        area, grid.cell(row, column) if grid else "", self._shown, (row, column)
                    )
                return
            self._signature = (value, get_language())
            children: list[widgets.Widget] = [_head("")]
            children += [_head(column.label()) for column in spec.columns]
            self.cells, self._shown = {}, {}
            for row in spec.rows:
                children.append(_head(row.label()))
                for column in spec.columns:
                    area = _cell(f"jk-cell-{row.id}-{column.id}", rows=3)
                    area.value = self._shown[(row.id, column.id)] = (
                        grid.cell(row.id, column.id) if grid else ""
                    )
                    area.observe(
                        self.safe(lambda c, r=row.id, col=column.id: self._cell_typed(r, col, c["new"])),
                        names="value",
                    )
                    self.cells[(row.id, column.id)] = area
                    children.append(area)
            self.grid.layout = _grid(len(spec.columns))
            self.grid.children = children
        finally:
            self._muted = False

    def _cell_typed(self, row: str, column: str, value: str) -> None:
        if self._muted:
            return
        template_id = self.template.value
        self.pending.push(
            ("template", template_id, row, column),
            lambda: self._cell_changed(row, column, value, template_id),
        )

    def _cell_changed(self, row: str, column: str, value: str, template_id: str | None = None) -> None:
        if self._muted and template_id is None:
            return
        template_id = template_id or self.template.value
        spec = frameworks.template(template_id)

        def change(journey: Journey) -> None:
            cells = journey.template(template_id).cells
            if value:
                cells.setdefault(row, {})[column] = value
            else:
                cells.get(row, {}).pop(column, None)
                if row in cells and not cells[row]:
                    del cells[row]

        def seen(journey: Journey) -> str:
            grid = journey.templates.get(template_id)
            return grid.cell(row, column) if grid else ""

        row_label = next(r.label() for r in spec.rows if r.id == row)
        column_label = next(c.label() for c in spec.columns if c.id == column)
        what = t("widgets.change.cell", state=spec.label(), column=column_label, row=row_label)
        self.apply(change, "widgets.revision.template", [what], guards=self.guard(seen, what))
