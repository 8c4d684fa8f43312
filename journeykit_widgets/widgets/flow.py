"""Step 4: the communication flow. Order the touchpoints along the journey and
give each step its action, thoughts and feelings, and emotion; a live emotion
curve shows the peak and the end (Kahneman's peak–end rule)."""

from __future__ import annotations

import ipywidgets as widgets

from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets._base import TouchpointFieldsEditor, text_html
from journeykit_widgets.widgets._choices import ALL
from journeykit_widgets.widgets._form import FieldSpec, Form
from journeykit_widgets.widgets._picker import TouchpointList
from journeykit_widgets.widgets._session import JourneySession
from journeykit_widgets.widgets.touchpoint import column_layout, row_layout


def peak_end_text(journey: Journey, role: str | None) -> str:
    """One line: the peak, the low point and the end of the emotion curve."""
    steps = [tp for tp in journey.touchpoints if role is None or tp.role == role]
    if not steps:
        return t("widgets.flow.no_steps")
    try:
        from journeykit_widgets.analysis import peak_end

        return peak_end(journey, role=role).summary()
    except (ImportError, AttributeError):
        pass
    steps = [tp for tp in steps if tp.emotion is not None] or steps[:1]
    peak = max(steps, key=lambda tp: tp.emotion or 0)
    low = min(steps, key=lambda tp: tp.emotion or 0)
    end = steps[-1]
    return t(
        "widgets.flow.peak_end",
        peak=peak.name,
        peak_value=formats.signed(peak.emotion or 0, 0),
        low=low.name,
        low_value=formats.signed(low.emotion or 0, 0),
        end=end.name,
        end_value=formats.signed(end.emotion or 0, 0),
    )


def flow_row(number: int, tp: Touchpoint, journey: Journey) -> str:
    if tp.emotion is None:  # not rated yet: no number, so it does not read as a 0
        return f"{number:>2}. {'–':>2} {'':<3}  {tp.name}"
    bar = "▮" * abs(tp.emotion) or "·"
    return f"{number:>2}. {formats.signed(tp.emotion, 0):>2} {bar:<3}  {tp.name}"


class FlowEditor(TouchpointFieldsEditor):
    revision_key = "widgets.revision.flow"
    title_key = "widgets.flow.title"
    intro_key = "widgets.flow.intro"

    def __init__(self, session: JourneySession):
        super().__init__(session)
        self.list = TouchpointList(self, on_select=lambda _id: self._selected(), row=flow_row, rows=14)
        self.form = Form(
            [
                FieldSpec("action", "textarea", rows=3),
                FieldSpec("thoughts", "textarea", rows=3),
                FieldSpec("emotion", "slider"),
            ],
            on_change=self.safe(self._field_changed),
            pending=self.pending,
        )
        self.step = widgets.HTML()
        self.up_button = self.button("widgets.touchpoints.up", lambda: self.move(-1), icon="arrow-up")
        self.down_button = self.button("widgets.touchpoints.down", lambda: self.move(1), icon="arrow-down")
        self.peak_end = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.peak_end.add_class("jk-peak-end")
        preview = self._make_preview("emotion", lambda: {"role": self._role()})
        left = widgets.VBox(
            [self.list.widget, widgets.HBox([self.up_button, self.down_button])],
            layout=column_layout("360px"),
        )
        self.form_box = widgets.VBox(
            [self.step, self.form.grid(["action", "thoughts"], 1), self.form.grid(["emotion"], 1)],
            layout=column_layout("420px"),
        )
        self._finish(widgets.Box([left, self.form_box], layout=row_layout()), self.peak_end, preview.image)

    def _role(self) -> str | None:
        value = self.list.role_filter.value
        return None if value in (ALL, None) else value

    def _sync(self) -> None:
        self.list.refresh()
        selected = self.list.selected
        self.form_box.layout.display = "" if selected else "none"
        if selected and selected == self.form.item_id:
            self.form.update(self.journey.touchpoint(selected).model_dump())  # others' changes
        self.up_button.disabled = self.down_button.disabled = selected is None
        if selected:
            from journeykit_widgets.widgets._base import esc

            tp = self.journey.touchpoint(selected)
            self.step.value = f"<b>{esc(tp.name)}</b>"
        self.peak_end.value = text_html(peak_end_text(self.journey, self._role()))

    def move(self, step: int) -> None:
        source = self.list.selected
        other = self.list.neighbour(source, step) if source else None
        if other is None:
            return

        def change(journey: Journey) -> None:
            ids = [tp.id for tp in journey.touchpoints]
            a, b = ids.index(source), ids.index(other)
            journey.touchpoints[a], journey.touchpoints[b] = journey.touchpoints[b], journey.touchpoints[a]

        name = self.journey.touchpoint(source).name
        self.apply(change, "widgets.revision.order", [t("widgets.change.moved", item=name)])

    def _relabel(self) -> None:
        self.form.relabel()
