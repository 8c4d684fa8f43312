"""The four-lane B2B canvas (phase × lane, a score per phase, ideal or current)
and the four map templates: grids of text areas with a live preview."""

from __future__ import annotations

import ipywidgets as widgets

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.model import CanvasColumn, Journey
from journeykit_widgets.model._base import SCORE_MAX, SCORE_MIN
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.model.evidence import Evidence
from journeykit_widgets.widgets import _choices
from journeykit_widgets.widgets._base import Editor, esc
from journeykit_widgets.widgets._evidence import EvidencePanel
from journeykit_widgets.widgets._form import error_html, show_unless_typed
from journeykit_widgets.widgets._session import JourneySession

HEAD_WIDTH = "150px"


def _grid(columns: int) -> widgets.Layout:
    return widgets.Layout(
        grid_template_columns=f"{HEAD_WIDTH} repeat({columns}, minmax(0, 1fr))",
        grid_gap="4px 6px",
        width="100%",
        align_items="stretch",
    )


def _cell_evidence(journey: Journey, key: object, create: bool) -> Evidence:
    """The evidence of one canvas cell, ``key`` = (state, role, phase, lane)."""
    state, role, phase, lane = key  # type: ignore[misc]
    if not create:
        canvas = next((c for c in journey.canvases if c.role == role), None)
        return canvas.column(state, phase).lane_evidence(lane) if canvas else Evidence()
    columns = getattr(journey.canvas(role), state)
    column = columns.setdefault(phase, CanvasColumn())
    if lane not in column.evidence:
        column.evidence = {**column.evidence, lane: Evidence()}
    return column.evidence[lane]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


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


class CanvasEditor(Editor):
    title_key = "widgets.canvas.title"
    intro_key = "widgets.canvas.intro"

    def __init__(self, session: JourneySession, state: str = "ideal"):
        super().__init__(session)
        self._muted = False
        self.state = widgets.ToggleButtons(options=[("ideal", "ideal"), ("current", "current")], value=state)
        self.state.add_class("jk-canvas-state")
        self.role = widgets.Dropdown(layout=widgets.Layout(width="auto"))
        self.role.style.description_width = "initial"
        self.on(self.state, lambda _v: self.sync())
        self.on(self.role, lambda _v: self._muted or self.sync())
        self.cells: dict[tuple[str, str], widgets.Textarea] = {}
        self.scores: dict[str, widgets.Dropdown] = {}
        self.grid = widgets.GridBox(layout=_grid(1))
        self.cell_errors = widgets.HTML()
        self._phases: list[str] = []
        self._signature: tuple = ()
        # What each cell was last given from the file, for the state and role shown
        # (``show_unless_typed``): a refresh never writes over newer typing.
        self._shown: dict[tuple, object] = {}
        self._shown_for: tuple = ()
        preview = self._make_preview(
            "canvas", lambda: {"state": self.state.value, "role": self.role.value or ""}
        )
        # A cell's evidence is set one picked cell at a time (the cells written in
        # the state and role shown), below the grid.
        self.evidence = EvidencePanel(
            self,
            items=self._written_cells,
            locate=_cell_evidence,
            revision_key="widgets.revision.canvas",
            label_key="widgets.canvas.evidence",
        )
        self._finish(
            widgets.HBox([self.state, self.role], layout=widgets.Layout(flex_flow="row wrap")),
            self.grid,
            self.cell_errors,
            self.evidence.widget,
            preview.image,
        )

    def _written_cells(self, journey: Journey) -> list[tuple[str, object]]:
        state, role = self.state.value, self.role.value or ""
        canvas = next((c for c in journey.canvases if c.role == role), None)
        if canvas is None:
            return []
        lanes = frameworks.lanes()
        return [
            (f"{phase.label()} · {lane.label()}", (state, role, phase.id, lane_id))
            for phase in journey.phases
            for lane_id, lane in lanes.items()
            if getattr(canvas.column(state, phase.id), lane_id).strip()
        ]

    def _relabel(self) -> None:
        self.evidence.relabel()

    def _build_grid(self) -> None:
        journey = self.journey
        lanes = frameworks.lanes()
        self._phases = journey.phase_ids
        children: list[widgets.Widget] = [_head("")]
        children += [_head(phase.label()) for phase in journey.phases]
        self.cells, self.scores = {}, {}
        for lane_id, lane in lanes.items():
            head = _head(lane.label())
            head.tooltip = lane.description()
            children.append(head)
            for phase in self._phases:
                area = _cell(f"jk-cell-{lane_id}-{phase}")
                area.observe(
                    self.safe(lambda change, la=lane_id, ph=phase: self._cell_typed(ph, la, change["new"])),
                    names="value",
                )
                self.cells[(phase, lane_id)] = area
                children.append(area)
        children.append(_head(_upper_first(field_label("score")) + f" ({SCORE_MIN}–{SCORE_MAX})"))
        for phase in self._phases:
            score = widgets.Dropdown(
                options=[(t("value.none"), 0), *((str(v), v) for v in range(SCORE_MIN, SCORE_MAX + 1))],
                layout=widgets.Layout(width="100%", min_width="0"),
            )
            score.add_class(f"jk-score-{phase}")
            score.observe(
                self.safe(lambda change, ph=phase: self._cell_changed(ph, "score", change["new"] or None)),
                names="value",
            )
            self.scores[phase] = score
            children.append(score)
        self.grid.layout = _grid(len(self._phases))
        self.grid.children = children

    def _sync(self) -> None:
        journey = self.journey
        self._muted = True
        try:
            options = _choices.roles(journey)
            if list(self.role.options) != options:
                value = self.role.value
                self.role.options = options
                self.role.value = value if value in [v for _, v in options] else ""
            self.role.layout.display = "" if journey.buying_group else "none"
            self.state.options = [(_upper_first(field_label(s)), s) for s in ("ideal", "current")]
            # Rebuild only when phases or labels change: a rebuild would take the
            # focus away from the cell the participant just tabbed into.
            signature = (tuple(journey.phase_ids), get_language(), tuple(p.label() for p in journey.phases))
            if signature != self._signature:
                self._build_grid()
                self._signature = signature
            canvas = next((c for c in journey.canvases if c.role == (self.role.value or "")), None)
            # Another state, role or grid: every cell shows the file's text for it.
            shown_for = (self.state.value, self.role.value or "", signature)
            fresh = shown_for != self._shown_for
            if fresh:
                self._shown, self._shown_for = {}, shown_for
            for phase in self._phases:
                column = canvas.column(self.state.value, phase) if canvas else CanvasColumn()
                for lane in frameworks.LANE_IDS:
                    area, text = self.cells[(phase, lane)], getattr(column, lane)
                    if fresh:
                        area.value = self._shown[(phase, lane)] = text
                    else:
                        show_unless_typed(area, text, self._shown, (phase, lane))
                self.scores[phase].value = column.score or 0
        finally:
            self._muted = False
        self.evidence.refresh()

    def _cell_typed(self, phase: str, lane: str, value: object) -> None:
        """A keystroke: save after a pause, for the state and role it was typed in."""
        if self._muted:
            return
        state, role = self.state.value, self.role.value or ""
        self.pending.push(
            ("canvas", state, role, phase, lane), lambda: self._cell_changed(phase, lane, value, state, role)
        )

    def _cell_changed(
        self, phase: str, lane: str, value: object, state: str | None = None, role: str | None = None
    ) -> None:
        if self._muted and state is None:
            return
        state = state or self.state.value
        role = (self.role.value or "") if role is None else role
        self.pending.flush()  # a score after typing: the typing first

        def change(journey: Journey) -> None:
            canvas = journey.canvas(role)
            columns = getattr(canvas, state)
            column = columns.get(phase) or CanvasColumn()
            setattr(column, lane, value)
            columns[phase] = column

        def seen(journey: Journey) -> object:
            canvas = next((c for c in journey.canvases if c.role == role), None)
            column = getattr(canvas, state).get(phase) if canvas else None
            return getattr(column or CanvasColumn(), lane)

        phase_label = self.journey.phase(phase).label()
        what = t("widgets.change.cell", state=field_label(state), column=phase_label, row=field_label(lane))
        self.cell_errors.value = ""
        saved = self.apply(change, "widgets.revision.canvas", [what], guards=self.guard(seen, what))
        if not saved:
            self.cell_errors.value = error_html(self.status_text())


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
