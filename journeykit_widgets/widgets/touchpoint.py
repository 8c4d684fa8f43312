"""Step 1: the touchpoint inventory. A list of touchpoints (filter, edit,
duplicate, reorder, delete with undo), a form for every field, a live map."""

from __future__ import annotations

import ipywidgets as widgets

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, Touchpoint, new_id
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.store import history_words
from journeykit_widgets.widgets import _by_id, _choices, _evidence
from journeykit_widgets.widgets._base import Editor
from journeykit_widgets.widgets._form import FieldSpec, Form
from journeykit_widgets.widgets._picker import TouchpointList
from journeykit_widgets.widgets._session import JourneySession

TEXT_FIELDS = (
    "name",
    "owner",
    "action",
    "thoughts",
    "pain_points",
    "opportunities",
    "kpi",
    "evidence_reference",
)


def row_layout() -> widgets.Layout:
    return widgets.Layout(display="flex", flex_flow="row wrap", width="100%", align_items="flex-start")


def column_layout(basis: str) -> widgets.Layout:
    return widgets.Layout(flex=f"1 1 {basis}", min_width="0", margin="0 8px 0 0")


class TouchpointEditor(Editor):
    title_key = "widgets.touchpoints.title"
    intro_key = "widgets.touchpoints.intro"

    def __init__(self, session: JourneySession):
        super().__init__(session)
        # (id of the touchpoint it followed, the deleted touchpoint): by id, not by
        # position, so an undo lands in the right place after others' changes.
        self.undo_stack: list[tuple[str | None, dict]] = []
        self.list = TouchpointList(self, on_select=self._selected, rows=16)
        self.form = Form(
            [
                FieldSpec("name"),
                FieldSpec("phase", "choice", lambda: _choices.phases(self.journey)),
                FieldSpec("channel", "choice", _choices.channels),
                FieldSpec("device", "choice", _choices.devices),
                FieldSpec("direct", "check"),
                FieldSpec("role", "choice", lambda: _choices.roles(self.journey)),
                FieldSpec("owner"),
                FieldSpec("action", "textarea"),
                FieldSpec("thoughts", "textarea"),
                FieldSpec("emotion", "slider"),
                FieldSpec("importance", "slider"),
                FieldSpec("effort", "slider"),
                FieldSpec("pain_points", "textarea"),
                FieldSpec("opportunities", "textarea"),
                FieldSpec("kpi"),
                *_evidence.specs("evidence"),
            ],
            on_change=self.safe(self._field_changed),
            pending=self.pending,
        )
        self.mode = widgets.HTML()
        self.add_button = self.button("widgets.touchpoints.add", self.add, icon="plus", style="primary")
        self.new_button = self.button("widgets.touchpoints.new", self.new, icon="file")
        self.duplicate_button = self.button("widgets.touchpoints.duplicate", self.duplicate, icon="copy")
        self.up_button = self.button("widgets.touchpoints.up", lambda: self.move(-1), icon="arrow-up")
        self.down_button = self.button("widgets.touchpoints.down", lambda: self.move(1), icon="arrow-down")
        self.delete_button = self.button(
            "widgets.touchpoints.delete", self.delete, icon="trash", style="danger"
        )
        self.undo_button = self.button("widgets.touchpoints.undo", self.undo, icon="undo")
        preview = self._make_preview("journey", dict)

        actions = widgets.HBox(
            [
                self.new_button,
                self.duplicate_button,
                self.up_button,
                self.down_button,
                self.delete_button,
                self.undo_button,
            ],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        left = widgets.VBox([self.list.widget, actions], layout=column_layout("300px"))
        form = self.form
        right = widgets.VBox(
            [
                self.mode,
                form.grid(["name"], 1),
                form.grid(["phase", "channel", "device", "direct"], 4),
                form.grid(["role", "owner"], 2),
                form.grid(["action", "thoughts"], 2),
                form.grid(["emotion", "importance", "effort"], 3),
                form.grid(["pain_points", "opportunities"], 2),
                form.grid(["kpi"], 1),
                form.grid(_evidence.names("evidence"), 3),
                self.add_button,
            ],
            layout=column_layout("440px"),
        )
        self._blank_form(keep_choices=False)
        self._finish(widgets.Box([left, right], layout=row_layout()), preview.image)

    # ------------------------------------------------------------------ state
    @property
    def selected(self) -> str | None:
        return self.list.selected

    def _sync(self) -> None:
        self.form.refresh_choices()
        self.list.refresh()
        if self.selected is not None and self.selected == self.form.item_id:
            # Changes from elsewhere, in the boxes the person has not typed into.
            self.form.update(_evidence.flat(self.journey.touchpoint(self.selected).model_dump()))
        self.form.boxes["role"].layout.display = "" if self.journey.buying_group else "none"
        self._show_mode()
        self.undo_button.disabled = not self.undo_stack
        for button in (self.duplicate_button, self.up_button, self.down_button, self.delete_button):
            button.disabled = self.selected is None

    def _show_mode(self) -> None:
        from journeykit_widgets.widgets._base import esc

        if self.selected is None:
            self.mode.value = f"<b>{esc(t('widgets.touchpoints.mode_new'))}</b>"
            self.add_button.layout.display = ""
        else:
            name = self.journey.touchpoint(self.selected).name
            text = t("widgets.touchpoints.mode_edit", name=name)
            self.mode.value = f"<b>{esc(text)}</b>"
            self.add_button.layout.display = "none"

    def _selected(self, touchpoint_id: str | None) -> None:
        self.form.clear_errors()
        if touchpoint_id is None:
            self._blank_form(keep_choices=True)
        else:
            self.form.set(_evidence.flat(self.journey.touchpoint(touchpoint_id).model_dump()))
        self._sync()

    def _blank_form(self, keep_choices: bool) -> None:
        defaults = _evidence.flat(Touchpoint(name="-", phase=self.journey.phases[0].id).model_dump())
        defaults["name"] = ""
        if keep_choices:
            for name in ("phase", "channel", "device", "direct", "role"):
                defaults.pop(name)
        self.form.set(defaults)

    # ---------------------------------------------------------------- actions
    def _field_changed(self, name: str, value: object) -> bool | None:
        """In edit mode every change is saved (typing after a short pause); in new mode it waits for Add."""
        touchpoint_id = self.form.change_item if self.form.change_item is not None else self.selected
        if self.selected is None or touchpoint_id not in {tp.id for tp in self.journey.touchpoints}:
            self.form.errors[name].value = ""
            return None
        label = self.journey.touchpoint(touchpoint_id).name
        what = t("widgets.change.field", item=label, field=field_label(name))

        evidence = _evidence.split(name)

        def target(journey: Journey) -> tuple[object, str]:
            # An evidence input changes one part of the touchpoint's Evidence object.
            touchpoint = journey.touchpoint(touchpoint_id)
            return (getattr(touchpoint, evidence[0]), evidence[1]) if evidence else (touchpoint, name)

        def change(journey: Journey) -> None:
            setattr(*target(journey), value)

        return self.apply(
            change,
            "widgets.revision.touchpoints",
            # In words, from the file as it is just before the save: "‘Chat’: name ‘Chat’ → ‘Livechat’".
            lambda journey: history_words.field_change(journey, touchpoint_id, name, value),
            form=self.form,
            guards=self.guard(lambda journey: getattr(*target(journey)), what),
            field=name,
            item_name=label,
        )

    def add(self) -> bool:
        """Add the touchpoint in the form; keep phase/channel for the next one."""
        values = _evidence.nested(self.form.values())
        touchpoint_id = new_id("tp")

        def change(journey: Journey) -> None:
            journey.touchpoints.append(Touchpoint(id=touchpoint_id, **values))

        name = str(values.get("name", ""))
        phase = str(values.get("phase", ""))
        added = self.apply(
            change,
            "widgets.revision.touchpoints",
            lambda journey: history_words.added(journey, name, phase),
            form=self.form,
        )
        if added:
            self._blank_form(keep_choices=True)
            self.say(t("widgets.touchpoints.added", name=name))
        return added

    def new(self) -> None:
        self.list.choose(None)
        self._blank_form(keep_choices=True)
        self._sync()

    def duplicate(self) -> None:
        source = self.selected
        if source is None:
            return
        copy_id = new_id("tp")
        original = self.journey.touchpoint(source)
        name = t("widgets.touchpoints.copy_name", name=original.name)[:300]

        def change(journey: Journey) -> None:
            index = [tp.id for tp in journey.touchpoints].index(source)
            copy = journey.touchpoints[index].model_copy(update={"id": copy_id, "name": name})
            journey.touchpoints.insert(index + 1, copy)

        if self.apply(change, "widgets.revision.touchpoints", [t("widgets.change.added", item=name)]):
            self.list.choose(copy_id)

    def move(self, step: int) -> None:
        source = self.selected
        if source is None:
            return
        other = self.list.neighbour(source, step)
        if other is None:
            return
        name = self.journey.touchpoint(source).name

        def change(journey: Journey) -> None:
            ids = [tp.id for tp in journey.touchpoints]
            a, b = ids.index(source), ids.index(other)
            journey.touchpoints[a], journey.touchpoints[b] = journey.touchpoints[b], journey.touchpoints[a]

        self.apply(change, "widgets.revision.order", [t("widgets.change.moved", item=name)])

    def delete(self) -> None:
        """Delete the selected touchpoint, found by its id in the file as it is now."""
        source = self.selected
        if source is None:
            return
        saved = self.journey.touchpoint(source).model_dump()
        place: dict[str, str | None] = {}
        change = _by_id.remove(lambda journey: journey.touchpoints, source, place)

        if self.apply(
            change,
            "widgets.revision.touchpoints",
            [t("widgets.change.deleted", item=saved["name"])],
            item_name=saved["name"],
        ):
            self.undo_stack.append((place.get("after"), saved))
            self.list.choose(None)
            self._sync()
            self.say(t("widgets.touchpoints.deleted", name=saved["name"]))

    def undo(self) -> None:
        """Bring back the last deleted touchpoint after the one it followed."""
        if not self.undo_stack:
            return
        after, saved = self.undo_stack[-1]
        restored = dict(saved)
        change = _by_id.restore(lambda journey: journey.touchpoints, after, restored, Touchpoint, "tp")

        if self.apply(
            change, "widgets.revision.touchpoints", [t("widgets.change.restored", item=saved["name"])]
        ):
            self.undo_stack.pop()
            self.list.choose(restored["id"])
            self._sync()

    def _relabel(self) -> None:
        self.form.relabel()
