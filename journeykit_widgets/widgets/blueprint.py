"""The canonical service blueprint editor: add, delete and move steps (by id), fill
each step's five lanes, fail point and wait time, with a live blueprint preview."""

from __future__ import annotations

import ipywidgets as widgets

from journeykit_widgets.frameworks.blueprint import BLUEPRINT_LANE_IDS, wait_units
from journeykit_widgets.i18n import t
from journeykit_widgets.model import BlueprintStep, Journey, new_id
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.widgets._base import Editor, column_layout, esc, row_layout
from journeykit_widgets.widgets._form import FieldSpec, Form
from journeykit_widgets.widgets._session import JourneySession

FIELDS = ("name", "phase", *BLUEPRINT_LANE_IDS, "fail_point", "wait_time", "wait_unit")


def _step(journey: Journey, step_id: str) -> BlueprintStep:
    return journey.step(step_id)  # ItemNotFound when deleted elsewhere: edit says so


def _shown(step: BlueprintStep) -> dict[str, object]:
    """A step's values as the form shows them (the wait as text: empty is no wait)."""
    values = step.model_dump()
    values["wait_time"] = "" if step.wait_time is None else f"{step.wait_time:g}"
    return values


def _stored(name: str, value: object) -> object:
    """A form value as the model takes it: an empty wait box means no wait."""
    if name == "wait_time":
        text = str(value).strip().replace(",", ".")  # "1,5" as a Dutch participant types it
        return text or None
    return value


def _phases(journey: Journey) -> list[tuple[str, str]]:
    return [(t("value.none"), ""), *((phase.label(), phase.id) for phase in journey.phases)]


def _units() -> list[tuple[str, str]]:
    return [(entry.label(), key) for key, entry in wait_units().items()]


class BlueprintEditor(Editor):
    title_key = "blueprint.editor.title"
    intro_key = "blueprint.editor.intro"

    def __init__(self, session: JourneySession):
        super().__init__(session)
        self._muted = False
        self.steps = widgets.Select(rows=8, layout=widgets.Layout(width="100%"))
        self.steps.add_class("jk-blueprint-steps")
        self.steps.observe(self.safe(self._clicked), names="value")
        self.form = Form(
            [
                FieldSpec("name"),
                FieldSpec("phase", "choice", lambda: _phases(self.journey)),
                *(FieldSpec(lane, "textarea") for lane in BLUEPRINT_LANE_IDS),
                FieldSpec("fail_point", "textarea"),
                FieldSpec("wait_time"),
                FieldSpec("wait_unit", "choice", _units),
            ],
            on_change=self.safe(self._field_changed),
            pending=self.pending,
        )
        self.add_button = self.button("blueprint.editor.add", self.add, icon="plus", style="primary")
        self.left_button = self.button("blueprint.editor.left", lambda: self.move(-1), icon="arrow-left")
        self.right_button = self.button("blueprint.editor.right", lambda: self.move(1), icon="arrow-right")
        self.delete_button = self.button("blueprint.editor.delete", self.delete, icon="trash", style="danger")
        self.empty = widgets.HTML()
        preview = self._make_preview("blueprint", dict)
        actions = widgets.HBox(
            [self.add_button, self.left_button, self.right_button, self.delete_button],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        left = widgets.VBox([self.steps, actions, self.empty], layout=column_layout("260px"))
        form = self.form
        self.fields = widgets.VBox(
            [
                form.grid(["name", "phase"], 2),
                form.grid(["physical_evidence", "customer_actions"], 2),
                form.grid(["frontstage", "backstage"], 2),
                form.grid(["support_processes", "fail_point"], 2),
                form.grid(["wait_time", "wait_unit"], 2),
            ],
            layout=column_layout("480px"),
        )
        self._finish(widgets.Box([left, self.fields], layout=row_layout()), preview.image)

    # ------------------------------------------------------------------ state
    @property
    def selected(self) -> str | None:
        return self.steps.value

    def _clicked(self, _change) -> None:
        """A step clicked in the browser. Acted on after the typing still on its way
        (see ``Debouncer``), so the last keystrokes land on the step they were typed
        for, not on the one clicked next (as the touchpoint lists do)."""
        if not self._muted:
            self.pending.act(("select", id(self)), self._selected)

    def select(self, step_id: str | None) -> None:
        """Show one step (by id) in the form."""
        self.flush_pending()
        self._muted = True
        try:
            self.steps.value = step_id
        finally:
            self._muted = False
        self._selected()

    def _selected(self) -> None:
        self.form.clear_errors()
        if self.selected is not None:
            self.form.set(_shown(_step(self.journey, self.selected)))
        self._sync()

    def _sync(self) -> None:
        journey = self.journey
        self.form.refresh_choices()
        options = [(f"{i}. {step.name}", step.id) for i, step in enumerate(journey.blueprint, 1)]
        ids = [value for _, value in options]
        self._muted = True
        try:
            chosen = self.steps.value
            if list(self.steps.options) != options:
                self.steps.options = options
            # The first step when the editor opens; none when the step shown was deleted
            # elsewhere, so a click meant for it never acts on another step.
            if chosen not in ids:
                chosen = ids[0] if ids and self.form.item_id is None else None
            self.steps.value = chosen
        finally:
            self._muted = False
        if self.selected is not None and self.selected != self.form.item_id:
            self.form.clear_errors()
            self.form.set(_shown(_step(journey, self.selected)))
        elif self.selected is not None:
            self.form.update(_shown(_step(journey, self.selected)))
        shown = self.selected is not None
        self.fields.layout.display = "" if shown else "none"
        self.empty.layout.display = "none" if shown else ""
        self.empty.value = f"<i>{esc(t('blueprint.editor.choose' if ids else 'blueprint.editor.empty'))}</i>"
        for button in (self.left_button, self.right_button, self.delete_button):
            button.disabled = not shown

    def _relabel(self) -> None:
        self.form.relabel()

    # ---------------------------------------------------------------- actions
    def _field_changed(self, name: str, value: object) -> bool | None:
        step_id = self.form.change_item if self.form.change_item is not None else self.selected
        if step_id is None or step_id not in {step.id for step in self.journey.blueprint}:
            return None
        label = _step(self.journey, step_id).name
        what = t("widgets.change.field", item=label, field=field_label(name))
        stored = _stored(name, value)

        def change(journey: Journey) -> None:
            setattr(_step(journey, step_id), name, stored)

        return self.apply(
            change,
            "blueprint.editor.revision",
            [what],
            form=self.form,
            guards=self.guard(lambda journey: getattr(_step(journey, step_id), name), what),
            field=name,
            item_name=label,
        )

    def add(self) -> None:
        """A new step after the selected one (at the end when none is selected)."""
        step_id = new_id("step")
        after = self.selected
        name = t("blueprint.editor.new_name", n=len(self.journey.blueprint) + 1)

        def change(journey: Journey) -> None:
            ids = [step.id for step in journey.blueprint]
            index = ids.index(after) + 1 if after in ids else len(ids)
            journey.blueprint.insert(index, BlueprintStep(id=step_id, name=name))

        if self.apply(change, "blueprint.editor.revision", [t("widgets.change.added", item=name)]):
            self.select(step_id)

    def move(self, step: int) -> None:
        """Swap the selected step with its left (-1) or right (+1) neighbour, found by id."""
        source = self.selected
        if source is None:
            return
        name = _step(self.journey, source).name

        def change(journey: Journey) -> None:
            ids = [s.id for s in journey.blueprint]
            a = ids.index(source)
            b = a + step
            if 0 <= b < len(ids):
                journey.blueprint[a], journey.blueprint[b] = journey.blueprint[b], journey.blueprint[a]

        self.apply(
            change, "blueprint.editor.revision", [t("widgets.change.moved", item=name)], item_name=name
        )

    def delete(self) -> None:
        source = self.selected
        if source is None:
            return
        name = _step(self.journey, source).name

        place: dict[str, str | None] = {}

        def change(journey: Journey) -> None:
            ids = [s.id for s in journey.blueprint]
            index = ids.index(source)  # ValueError: gone already; nothing is deleted
            rest = ids[:index] + ids[index + 1 :]
            place["next"] = rest[min(index, len(rest) - 1)] if rest else None
            del journey.blueprint[index]

        if self.apply(
            change, "blueprint.editor.revision", [t("widgets.change.deleted", item=name)], item_name=name
        ):
            self.select(place.get("next"))
            self.say(t("blueprint.editor.deleted", name=name))
