"""Step 5: prioritise touchpoints. Rate importance to the customer against the
company's effort; a live priority matrix and a ranked list show where to act."""

from __future__ import annotations

import ipywidgets as widgets

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.widgets._base import TouchpointFieldsEditor, column_layout, esc, row_layout
from journeykit_widgets.widgets._form import FieldSpec, Form
from journeykit_widgets.widgets._picker import TouchpointList
from journeykit_widgets.widgets._session import JourneySession

QUADRANTS = ("under_investing", "over_investing", "keep", "ignore")


def quadrant(importance: int, effort: int) -> str:
    """Where a touchpoint falls: analysis' rule when available, else the plain split at 3."""
    try:
        from journeykit_widgets.analysis import quadrant as analysis_quadrant

        return analysis_quadrant(importance, effort)
    except (ImportError, AttributeError):
        pass
    important, costly = importance >= 3, effort >= 3
    if important:
        return "keep" if costly else "under_investing"
    return "over_investing" if costly else "ignore"


def ranked(journey: Journey) -> list[Touchpoint]:
    """Most urgent first: under-invested, then by the gap importance − effort."""
    order = {name: i for i, name in enumerate(QUADRANTS)}
    return sorted(
        journey.touchpoints,
        key=lambda tp: (
            order.get(quadrant(tp.importance, tp.effort), 9),
            tp.effort - tp.importance,
            -tp.importance,
        ),
    )


def priority_row(number: int, tp: Touchpoint, journey: Journey) -> str:
    return f"{number:>2}. {tp.name}  ·  {tp.importance}/{tp.effort}"


class PriorityEditor(TouchpointFieldsEditor):
    revision_key = "widgets.revision.priority"
    title_key = "widgets.priority.title"
    intro_key = "widgets.priority.intro"

    def __init__(self, session: JourneySession):
        super().__init__(session)
        self.list = TouchpointList(self, on_select=lambda _id: self._selected(), row=priority_row, rows=12)
        self.form = Form(
            [FieldSpec("importance", "slider"), FieldSpec("effort", "slider")],
            on_change=self.safe(self._field_changed),
            pending=self.pending,
        )
        self.step = widgets.HTML()
        self.ranking = widgets.HTML(layout=widgets.Layout(max_height="360px", overflow="auto"))
        self.ranking.add_class("jk-ranking")
        preview = self._make_preview("priority", dict)
        preview.image.layout.max_width = "560px"
        self.form_box = widgets.VBox([self.step, self.form.grid(["importance", "effort"], 1)])
        left = widgets.VBox([self.list.widget, self.form_box], layout=column_layout("360px"))
        right = widgets.VBox([preview.image, self.ranking], layout=column_layout("420px"))
        self._finish(widgets.Box([left, right], layout=row_layout()))

    def _sync(self) -> None:
        self.list.refresh()
        selected = self.list.selected
        self.form_box.layout.display = "" if selected else "none"
        if selected and selected == self.form.item_id:
            self.form.update(self.journey.touchpoint(selected).model_dump())  # others' changes
        if selected:
            self.step.value = f"<b>{esc(self.journey.touchpoint(selected).name)}</b>"
        rows = []
        for i, tp in enumerate(ranked(self.journey), 1):
            where = t(f"widgets.quadrant.{quadrant(tp.importance, tp.effort)}")
            rows.append(
                f"<tr><td>{i}</td><td>{esc(tp.name)}</td><td>{tp.importance}</td>"
                f"<td>{tp.effort}</td><td>{esc(where)}</td></tr>"
            )
        head = "".join(
            f"<th style='text-align:left;vertical-align:bottom'>{esc(text[:1].upper() + text[1:])}</th>"
            for text in (
                "#",
                field_label("name"),
                field_label("importance"),
                field_label("effort"),
                t("widgets.priority.advice"),
            )
        )
        self.ranking.value = (
            f"<table style='border-collapse:collapse;width:100%;font-size:0.9em'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    def _relabel(self) -> None:
        self.form.relabel()
