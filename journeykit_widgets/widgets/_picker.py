"""The list of touchpoints shared by the touchpoint, flow and priority editors:
a filterable, selectable list, one touchpoint per row, in journey order."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.widgets import _choices
from journeykit_widgets.widgets._choices import ALL


def default_row(number: int, tp: Touchpoint, journey: Journey) -> str:
    from journeykit_widgets import frameworks

    phase = next((p.label() for p in journey.phases if p.id == tp.phase), tp.phase)
    channel = frameworks.channels().get(tp.channel)
    channel_label = channel.label() if channel else tp.channel
    emotion = formats.signed(tp.emotion, 0)  # –: not rated yet
    return f"{number:>2}. {tp.name}  ·  {phase}  ·  {emotion}  ·  {channel_label}"


class TouchpointList:
    """``select`` holds the id of the chosen touchpoint (None: nothing chosen)."""

    def __init__(
        self,
        editor,
        on_select: Callable[[str | None], None],
        row: Callable[[int, Touchpoint, Journey], str] = default_row,
        filters: bool = True,
        rows: int = 12,
    ):
        self.editor = editor
        self.row = row
        self._on_select = on_select
        self._muted = False
        self.phase_filter = widgets.Dropdown(layout=widgets.Layout(width="auto", min_width="0"))
        self.channel_filter = widgets.Dropdown(layout=widgets.Layout(width="auto", min_width="0"))
        self.role_filter = widgets.Dropdown(layout=widgets.Layout(width="auto", min_width="0"))
        self.phase_filter._jk_key = "widgets.filter.phase"
        self.channel_filter._jk_key = "widgets.filter.channel"
        self.role_filter._jk_key = "widgets.filter.role"
        for box in (self.phase_filter, self.channel_filter, self.role_filter):
            box.style.description_width = "initial"
            editor.on(box, lambda _value: self.refresh())
        self.count = widgets.Label()
        self.select = widgets.Select(rows=rows, layout=widgets.Layout(width="100%"))
        self.select.add_class("jk-touchpoint-list")
        self.select.observe(editor.safe(self._observed), names="value")
        parts: list[widgets.Widget] = [self.count]
        if filters:
            parts.insert(
                0,
                widgets.HBox(
                    [self.phase_filter, self.channel_filter, self.role_filter],
                    layout=widgets.Layout(flex_flow="row wrap", width="100%"),
                ),
            )
        parts.append(self.select)
        self.widget = widgets.VBox(parts, layout=widgets.Layout(width="100%", min_width="0"))

    def _observed(self, _change) -> None:
        """A row clicked in the browser. Acted on after the typing still on its
        way (see ``Debouncer``), so the last keystrokes in the form land on the
        touchpoint they were typed for, not on the one selected next."""
        if self._muted:
            return
        self.editor.pending.act(("select", id(self)), lambda: self._on_select(self.select.value))

    @property
    def selected(self) -> str | None:
        return self.select.value

    def choose(self, touchpoint_id: str | None) -> None:
        """Select a touchpoint (also from code); the editor is told."""
        if touchpoint_id is not None and touchpoint_id not in [v for _, v in self.select.options]:
            self.clear_filters()
        self.editor.flush_pending()
        if self.select.value == touchpoint_id:
            return
        self._muted = True
        try:
            self.select.value = touchpoint_id
        finally:
            self._muted = False
        self._on_select(touchpoint_id)

    def clear_filters(self) -> None:
        self._muted = True
        try:
            for box in (self.phase_filter, self.channel_filter, self.role_filter):
                box.value = ALL
        finally:
            self._muted = False
        self.refresh()

    def visible(self) -> list[Touchpoint]:
        journey = self.editor.journey
        phase, channel, role = self.phase_filter.value, self.channel_filter.value, self.role_filter.value
        return [
            tp
            for tp in journey.touchpoints
            if phase in (ALL, None, tp.phase)
            and channel in (ALL, None, tp.channel)
            and role in (ALL, None, tp.role)
        ]

    def refresh(self) -> None:
        journey = self.editor.journey
        self._muted = True
        try:
            for box, options in (
                (self.phase_filter, _choices.with_all(_choices.phases(journey))),
                (self.channel_filter, _choices.with_all(_choices.channels())),
                (self.role_filter, _choices.with_all(_choices.roles(journey))),
            ):
                value = box.value
                if list(box.options) != options:
                    box.options = options
                box.value = value if value in [v for _, v in options] else ALL
            self.role_filter.layout.display = "" if journey.buying_group else "none"
            selected = self.select.value
            numbers = {tp.id: i for i, tp in enumerate(journey.touchpoints, 1)}
            shown = self.visible()
            options = [(self.row(numbers[tp.id], tp, journey), tp.id) for tp in shown]
            if list(self.select.options) != options:
                self.select.index = None
                self.select.options = options
            ids = [tp.id for tp in shown]
            self.select.value = selected if selected in ids else None
            self.count.value = t("widgets.list.count", shown=len(shown), count=len(journey.touchpoints))
        finally:
            self._muted = False
        if self.select.value != selected:
            self._on_select(self.select.value)
