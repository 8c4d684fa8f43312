"""Form fields built from the model's fields: one input, one label and one
error line per field. The scales (emotion, importance, effort, score) become
sliders whose range comes from ``model._base``, so they cannot drift apart."""

from __future__ import annotations

import asyncio
import html
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import ipywidgets as widgets

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Problem
from journeykit_widgets.model._base import RANGES
from journeykit_widgets.model.errors import field_label

ERROR_STYLE = "color:#b00020;font-size:0.9em;line-height:1.3"
NOTICE_STYLE = "color:#8a5300;font-size:0.9em;line-height:1.3"

# Text boxes send every keystroke to the kernel (continuous_update=True), so a
# click can never overtake the last one; saving waits this long after the last
# keystroke, so typing a paragraph is one save, not one per letter.
DEBOUNCE_SECONDS = 0.6


# How long the inputs of an item shown before still take its late keystrokes.
RETIRED_SECONDS = 120.0
# The traits of an input that a new input for the next item keeps (see ``Form.set``).
CARRIED_OVER = ("options", "placeholder", "disabled")


# A click waits this long for keystrokes still on their way. The browser sends
# a text box's changes throttled (while one is unanswered, newer ones wait in
# the page) but a click at once, so the click can arrive first; the keystrokes
# follow within a round trip. 0.25 s lost 1 of 50 fast adds on a machine at a
# load of 20 (the round trip took longer), 0.5 s none.
SETTLE_SECONDS = 0.5


class Debouncer:
    """Changes waiting to be saved, one per key, and button actions waiting to run.

    Inside a kernel, typed changes run ``DEBOUNCE_SECONDS`` after the last
    ``push`` (a timer on the kernel's asyncio loop, the loop the widget
    callbacks run on). A button action (``act``) runs ``SETTLE_SECONDS`` after
    the last keystroke, always after every typed change: it acts on everything
    that was in the boxes when it was clicked. ``flush`` runs what waits at
    once. Without a running loop (scripts, tests) everything runs immediately."""

    def __init__(self, delay: float = DEBOUNCE_SECONDS, settle: float = SETTLE_SECONDS):
        self.delay = delay
        self.settle = settle
        self._waiting: dict[object, Callable[[], None]] = {}
        self._actions: dict[object, Callable[[], None]] = {}
        self._timer: asyncio.TimerHandle | None = None

    def push(self, key: object, action: Callable[[], None]) -> None:
        """A typed change (the newest for ``key`` replaces an older one)."""
        self._waiting[key] = action
        self._schedule()

    def act(self, key: object, action: Callable[[], None]) -> None:
        """A button action; a second click of the same button before it ran counts once."""
        self._actions[key] = action
        self._schedule()

    def _schedule(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.flush()
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer = loop.call_later(self.settle if self._actions else self.delay, self.flush)

    def discard(self) -> None:
        """Forget the typed changes that wait (not the actions)."""
        self._waiting.clear()

    @property
    def waiting(self) -> bool:
        return bool(self._waiting or self._actions)

    def flush_typed(self) -> None:
        """Run the typed changes now; clicked actions keep waiting for their keystrokes."""
        while self._waiting:
            key = next(iter(self._waiting))
            self._waiting.pop(key)()

    def flush(self) -> None:
        """Run the typed changes, then the actions, now."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while self._waiting or self._actions:
            queue = self._waiting if self._waiting else self._actions
            key = next(iter(queue))
            queue.pop(key)()


Choices = Callable[[], list[tuple[str, object]]]


@dataclass
class FieldSpec:
    """How to enter one model field. ``kind``: text, textarea, slider, choice,
    multi (several choices), check (yes/no) or score (optional 1..5)."""

    name: str
    kind: str = "text"
    choices: Choices | None = None
    label_key: str | None = None
    rows: int = 2


def show_unless_typed(box: widgets.Widget, value: object, shown: dict, key: object) -> None:
    """Put ``value`` (the file's) in ``box``, unless the box holds typing newer than
    what was last shown there (``shown[key]``): that typing is on its way to a save,
    and writing over it would change the text under the person's caret. A value
    equal to the box's is never written back either. ipywidgets tells Python nothing
    about focus; a box that still shows what it was given has no typing of its own."""
    current = box.value
    if current == value:
        shown[key] = value
    elif current == shown.get(key, current):
        box.value = value
        shown[key] = value


def error_html(message: str) -> str:
    return f'<span style="{ERROR_STYLE}">⚠ {html.escape(message)}</span>' if message else ""


class Form:
    """The inputs of some fields. ``on_change(name, value)`` fires for edits by the
    user only, not when the form is filled in by code (``set``)."""

    def __init__(
        self,
        specs: Iterable[FieldSpec],
        on_change: Callable[[str, object], None] | None = None,
        pending: Debouncer | None = None,
    ):
        self.specs = {spec.name: spec for spec in specs}
        # Text changes wait here (debounced); other changes save at once, after them.
        self.pending = pending if pending is not None else Debouncer()
        # What ``set`` last put in each box: a box still showing it holds no
        # typing of the person's own, so a refresh may replace it.
        self.shown: dict[str, object] = {}
        # The id of the item the form was last filled with (``set`` with an "id"),
        # and, while a waiting change is delivered, the item it was typed for:
        # a change typed for one item never lands on the next one selected.
        self.item_id: object = None
        self.change_item: object = None
        self.inputs: dict[str, widgets.Widget] = {}
        self.labels: dict[str, widgets.HTML] = {}
        self.errors: dict[str, widgets.HTML] = {}
        self.boxes: dict[str, widgets.VBox] = {}
        self.on_change = on_change
        self._muted = False
        # Inputs of items shown before (input → (item id, when it was replaced)). Their
        # late keystrokes still belong to the item they were typed for (see ``set``).
        self._retired: dict[widgets.Widget, tuple[object, float]] = {}
        # Sliders whose field has no value yet (a new card's emotion): the slider rests
        # in the middle without a readout and the field reads None until it is moved.
        self.unrated: set[str] = set()
        for spec in self.specs.values():
            self._build(spec)
        self.relabel()

    # ------------------------------------------------------------------ build
    def _build(self, spec: FieldSpec) -> None:
        box = self._input(spec)
        label = widgets.HTML(layout=widgets.Layout(margin="4px 0 0 0", min_width="0"))
        label.add_class("jk-label")
        error = widgets.HTML()
        self.inputs[spec.name] = box
        self.labels[spec.name] = label
        self.errors[spec.name] = error
        self.boxes[spec.name] = widgets.VBox([label, box, error], layout=widgets.Layout(min_width="0"))

    def _input(self, spec: FieldSpec) -> widgets.Widget:
        full = widgets.Layout(width="100%")
        if spec.kind == "text":
            box = widgets.Text(continuous_update=True, layout=full)
        elif spec.kind == "textarea":
            box = widgets.Textarea(continuous_update=True, rows=spec.rows, layout=full)
        elif spec.kind == "slider":
            low, high = RANGES[spec.name]
            box = widgets.IntSlider(
                min=low,
                max=high,
                value=max(low, 0) if low <= 0 <= high else low,
                continuous_update=False,
                readout_format="+d" if low < 0 else "d",
                layout=full,
            )
        elif spec.kind == "score":
            low, high = RANGES["score"]
            box = widgets.Dropdown(
                options=[(t("value.none"), 0), *((str(v), v) for v in range(low, high + 1))]
            )
        elif spec.kind == "choice":
            box = widgets.Dropdown(options=spec.choices() if spec.choices else [], layout=full)
        elif spec.kind == "multi":
            box = widgets.SelectMultiple(options=spec.choices() if spec.choices else [], rows=4, layout=full)
        elif spec.kind == "check":
            box = widgets.Checkbox(indent=False, layout=widgets.Layout(width="auto"))
        else:
            raise ValueError(f"unknown field kind {spec.kind!r}")
        box.add_class(f"jk-field-{spec.name}")
        box.observe(lambda change, name=spec.name, box=box: self._changed(name, box), names="value")
        return box

    def _renew_inputs(self) -> None:
        """New inputs for the item about to be shown; the old ones are kept a while.

        The page sends a box's keystrokes throttled: while one change of a box waits
        for the kernel, newer ones wait in the page, so a click on another item (a
        list, "Add step") can reach Python first, and a keystroke may arrive after the
        form shows the next item. Bound to their own input, and every item shown in
        inputs of its own, such a keystroke lands on the item it was typed for."""
        now = time.monotonic()
        self._muted = True  # a new input's choices set its value: not the person's change
        try:
            self._replace_inputs(now)
        finally:
            self._muted = False

    def _replace_inputs(self, now: float) -> None:
        for old, (_item, since) in list(self._retired.items()):
            if now - since > RETIRED_SECONDS:
                del self._retired[old]
                old.close()
        for name, spec in self.specs.items():
            old = self.inputs[name]
            self._retired[old] = (self.item_id, now)
            box = self._input(spec)
            # What an editor set on the input after it was built (a placeholder,
            # disabled, choices, hidden) carries over; the values come from ``set``.
            for trait in CARRIED_OVER:
                if box.has_trait(trait):
                    setattr(box, trait, getattr(old, trait))
            box.layout.display = old.layout.display
            if name in self.unrated:
                box.readout = False
                box.add_class("jk-unrated")
            self.inputs[name] = box
            label, _old, error = self.boxes[name].children
            self.boxes[name].children = (label, box, error)

    def _changed(self, name: str, box: widgets.Widget) -> None:
        if self._muted:
            return
        retired = self._retired.get(box)
        if retired is not None:
            # A late keystroke in the inputs of an item shown before: it is that item's.
            item = retired[0]
            value = self._read(name, box)
        else:
            if name in self.unrated:  # moved by the person: from now on it holds a rating
                self._show_unrated(name, False)
            item, value = self.item_id, self.value(name)
        if self.on_change is None:
            return
        if self.specs[name].kind in {"text", "textarea"}:
            self.pending.push((id(self), name, id(box)), lambda: self._deliver(name, value, item))
        else:
            self.pending.flush()
            self._deliver(name, value, item)

    def _deliver(self, name: str, value: object, item: object) -> None:
        self.change_item = item
        try:
            # True: saved, so the box now shows what the file holds.
            if self.on_change is not None and self.on_change(name, value) is True and item == self.item_id:
                self.shown[name] = value
        finally:
            self.change_item = None

    # ----------------------------------------------------------------- values
    def value(self, name: str) -> object:
        if name in self.unrated:
            return None
        return self._read(name, self.inputs[name])

    def _read(self, name: str, box: widgets.Widget) -> object:
        kind, value = self.specs[name].kind, box.value
        if kind == "score":
            return value or None
        if kind == "multi":
            return list(value)
        return value

    def values(self) -> dict[str, object]:
        return {name: self.value(name) for name in self.specs}

    def update(self, values: dict[str, object]) -> None:
        """Show values that changed elsewhere, but only in boxes the person has
        not typed into since they were filled: their typing is never replaced
        (it is saved, and a conflict shown, when it arrives)."""
        untouched = {
            name: value
            for name, value in values.items()
            if name in self.inputs and self.value(name) == self.shown.get(name, self.value(name))
        }
        self.set(untouched)

    def set(self, values: dict[str, object]) -> None:
        """Fill the form without firing ``on_change``; another item (``values["id"]``)
        gets inputs of its own."""
        if "id" in values:
            if self.item_id is not None and values["id"] != self.item_id:
                self._renew_inputs()
            self.item_id = values["id"]
        self._muted = True
        try:
            for name, value in values.items():
                if name not in self.inputs:
                    continue
                spec = self.specs[name]
                box = self.inputs[name]
                if spec.kind == "score":
                    value = value or 0
                elif spec.kind == "slider":
                    self._show_unrated(name, value is None)
                    if value is None:
                        value = box.value  # rests where it is, read as "not yet"
                elif spec.kind == "multi":
                    known = {v for _, v in box.options}
                    value = tuple(v for v in (value or ()) if v in known)
                elif spec.kind == "choice":
                    known = [v for _, v in box.options]
                    if value not in known:
                        continue
                box.value = value
                self.shown[name] = self.value(name)
        finally:
            self._muted = False

    def refresh_choices(self) -> None:
        """Re-read choice lists (phases, roles and labels may have changed)."""
        self._muted = True
        try:
            for name, spec in self.specs.items():
                if spec.kind in {"choice", "multi"} and spec.choices:
                    box = self.inputs[name]
                    value = box.value
                    options = spec.choices()
                    if list(box.options) != options:
                        box.options = options
                        known = [v for _, v in options]
                        if spec.kind == "multi":
                            box.value = tuple(v for v in value if v in known)
                        elif value in known:
                            box.value = value
                elif spec.kind == "score":
                    box = self.inputs[name]
                    value = box.value
                    box.options = [(t("value.none"), 0), *box.options[1:]]
                    box.value = value
        finally:
            self._muted = False

    def relabel(self) -> None:
        for name, spec in self.specs.items():
            text = t(spec.label_key) if spec.label_key else field_label(name)
            self.labels[
                name
            ].value = f"<span class='jk-label'>{html.escape(text[:1].upper() + text[1:])}</span>"
        self.refresh_choices()

    def _show_unrated(self, name: str, unrated: bool) -> None:
        box = self.inputs[name]
        box.readout = not unrated
        if unrated:
            self.unrated.add(name)
            box.add_class("jk-unrated")
            self.notice(name, t("widgets.slider.unrated"))
        elif name in self.unrated:
            self.unrated.discard(name)
            box.remove_class("jk-unrated")
            self.errors[name].value = ""

    # --------------------------------------------------------------- problems
    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.value = ""

    def notice(self, name: str, message: str) -> None:
        """A note under a field that is not an error (a value changed elsewhere)."""
        self.errors[name].value = f'<span style="{NOTICE_STYLE}">ℹ {html.escape(message)}</span>'

    def show(self, problems: Iterable[Problem]) -> list[Problem]:
        """Show each problem under its field; return those that fit no field."""
        leftover = []
        for problem in problems:
            name = problem.field
            if name in self.errors and problem.location and problem.location[-1] == name:
                self.errors[name].value = error_html(problem.what)
            else:
                leftover.append(problem)
        return leftover

    def label_text(self, name: str) -> str:
        return html.unescape(_strip_tags(self.labels[name].value))

    def error_text(self, name: str) -> str:
        """The message under a field as plain text (for tests and screen readers)."""
        return html.unescape(_strip_tags(self.errors[name].value)).removeprefix("⚠ ").removeprefix("ℹ ")

    # ----------------------------------------------------------------- layout
    def grid(self, names: Iterable[str], columns: int = 2) -> widgets.GridBox:
        return widgets.GridBox(
            [self.boxes[name] for name in names],
            layout=widgets.Layout(
                grid_template_columns=f"repeat({columns}, minmax(0, 1fr))",
                grid_gap="0 12px",
                width="100%",
            ),
        )


def _strip_tags(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", text)
