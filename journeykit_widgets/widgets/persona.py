"""Step 2: personas, and the roles of a B2B buying group. Both are a list of
items with a form; every edit is saved at once, a removal can be undone."""

from __future__ import annotations

import ipywidgets as widgets

from journeykit_widgets.i18n import t
from journeykit_widgets.model import BuyingRole, Journey, Persona
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.widgets import _by_id, _choices
from journeykit_widgets.widgets._base import Editor, column_layout, row_layout
from journeykit_widgets.widgets._form import FieldSpec, Form
from journeykit_widgets.widgets._session import JourneySession


class _ItemEditor(Editor):
    """A list field of the journey (``personas``, ``buying_group``) edited item by item."""

    field = ""
    item_class: type = Persona
    new_name_key = ""
    add_key = ""
    remove_key = ""
    summary_key = ""
    view = ""
    layout_rows: tuple[tuple[tuple[str, ...], int], ...] = ()

    def __init__(self, session: JourneySession, specs: list[FieldSpec]):
        super().__init__(session)
        # (id of the item it followed, the removed item), by id like every change.
        self.undo_stack: list[tuple[str | None, dict]] = []
        self.items = widgets.Select(rows=6, layout=widgets.Layout(width="100%"))
        self.items.add_class(f"jk-{self.field}-list")
        self._muted = False
        self.items.observe(self.safe(self._observed), names="value")
        self.form = Form(specs, on_change=self.safe(self._field_changed), pending=self.pending)
        self.add_button = self.button(self.add_key, self.add, icon="plus", style="primary")
        self.remove_button = self.button(self.remove_key, self.remove, icon="trash", style="danger")
        self.undo_button = self.button("widgets.touchpoints.undo", self.undo, icon="undo")
        self.empty = widgets.Label()
        preview = self._make_preview(self.view, self._preview_arguments)
        buttons = widgets.HBox(
            [self.add_button, self.remove_button, self.undo_button],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        left = widgets.VBox([self.items, buttons, self.empty], layout=column_layout("280px"))
        self.form_box = widgets.VBox(
            [self.form.grid(names, columns) for names, columns in self.layout_rows],
            layout=column_layout("520px"),
        )
        self._finish(widgets.Box([left, self.form_box], layout=row_layout()), preview.image)

    def _preview_arguments(self) -> dict:
        return {}

    def _list(self, journey: Journey) -> list:
        return getattr(journey, self.field)

    @property
    def selected(self) -> str | None:
        return self.items.value

    def _sync(self) -> None:
        items = self._list(self.journey)
        options = [(item.name, item.id) for item in items]
        selected = self.items.value
        self._muted = True
        try:
            if list(self.items.options) != options:
                self.items.index = None
                self.items.options = options
            ids = [item.id for item in items]
            if selected not in ids:
                selected = ids[0] if ids else None
            self.items.value = selected
        finally:
            self._muted = False
        self.form.refresh_choices()
        if selected is not None:
            item = next(i for i in items if i.id == selected)
            if selected == self.form.item_id:
                self.form.update(item.model_dump())  # keeps what the person is typing
            else:
                self.form.set(item.model_dump())
        self.form_box.layout.display = "" if selected else "none"
        self.empty.value = "" if items else t(f"widgets.{self.field}.empty")
        self.remove_button.disabled = selected is None
        self.undo_button.disabled = not self.undo_stack

    def _observed(self, _change) -> None:
        """An item clicked: acted on after the typing still on its way, which
        belongs to the item shown until now (see ``Debouncer``)."""
        if not self._muted:
            self.pending.act(("select", id(self)), self._selected)

    def _selected(self) -> None:
        self.form.clear_errors()
        self.sync()

    def _field_changed(self, name: str, value: object) -> bool | None:
        item_id = self.form.change_item if self.form.change_item is not None else self.selected
        item = next((i for i in self._list(self.journey) if i.id == item_id), None)
        if item is None:
            return None
        what = t("widgets.change.field", item=item.name, field=field_label(name))

        def find(journey: Journey):
            # ItemNotFound when deleted elsewhere meanwhile: edit says it is gone.
            return self._lookup(journey, item_id)

        return self.apply(
            lambda journey: setattr(find(journey), name, value),
            self.summary_key,
            [what],
            self.form,
            guards=self.guard(lambda journey: getattr(find(journey), name), what),
            field=name,
            item_name=item.name,
        )

    def _new_item(self):
        return self.item_class(name=t(self.new_name_key, n=len(self._list(self.journey)) + 1))

    def add(self) -> None:
        item = self._new_item()
        if self.apply(
            lambda journey: self._list(journey).append(item),
            self.summary_key,
            [t("widgets.change.added", item=item.name)],
        ):
            self.items.value = item.id

    def _blocked(self, item_id: str) -> str:
        return ""

    def _also_remove(self, journey: Journey, item_id: str) -> None:
        pass

    def remove(self) -> None:
        """Remove the selected item, found by its id in the file as it is now."""
        item_id = self.selected
        if item_id is None:
            return
        reason = self._blocked(item_id)
        if reason:
            self.say(reason, problem=True)
            return
        saved = next(i for i in self._list(self.journey) if i.id == item_id).model_dump()
        place: dict[str, str | None] = {}
        remove = _by_id.remove(self._list, item_id, place)

        def change(journey: Journey) -> None:
            remove(journey)  # ValueError: removed elsewhere already
            self._also_remove(journey, item_id)

        if self.apply(
            change,
            self.summary_key,
            [t("widgets.change.deleted", item=saved["name"])],
            item_name=saved["name"],
        ):
            self.undo_stack.append((place.get("after"), saved))
            self.sync()
            self.say(t("widgets.status.deleted", name=saved["name"]))

    def undo(self) -> None:
        if not self.undo_stack:
            return
        after, saved = self.undo_stack[-1]

        def change(journey: Journey) -> None:
            items = self._list(journey)
            ids = [i.id for i in items]
            if saved["id"] in ids:
                return  # it is back already (undone in another notebook)
            index = ids.index(after) + 1 if after in ids else (0 if after is None else len(ids))
            items.insert(index, self.item_class(**saved))

        if self.apply(change, self.summary_key, [t("widgets.change.restored", item=saved["name"])]):
            self.undo_stack.pop()
            self.items.value = saved["id"]
            self.sync()

    def _relabel(self) -> None:
        self.form.relabel()


class PersonaEditor(_ItemEditor):
    title_key = "widgets.personas.title"
    intro_key = "widgets.personas.intro"
    field = "personas"
    item_class = Persona
    _lookup = staticmethod(Journey.persona_by_id)
    new_name_key = "widgets.personas.new_name"
    add_key = "widgets.personas.add"
    remove_key = "widgets.personas.remove"
    summary_key = "widgets.revision.personas"
    view = "persona"
    layout_rows = (
        (("name", "role"), 2),
        (("demographics", "buying_behaviour"), 2),
        (("needs", "frustrations"), 2),
        (("channels", "devices"), 2),
        (("quote",), 1),
    )

    def __init__(self, session: JourneySession):
        super().__init__(
            session,
            [
                FieldSpec("name"),
                FieldSpec("role"),
                FieldSpec("demographics", "textarea"),
                FieldSpec("buying_behaviour", "textarea"),
                FieldSpec("needs", "textarea", rows=3),
                FieldSpec("frustrations", "textarea", rows=3),
                FieldSpec("channels", "multi", _choices.channels),
                FieldSpec("devices", "multi", _choices.devices),
                FieldSpec("quote"),
            ],
        )

    def _preview_arguments(self) -> dict:
        return {"persona_id": self.selected}

    def _blocked(self, item_id: str) -> str:
        users = [r.name for r in self.journey.buying_group if r.persona_id == item_id]
        return t("widgets.personas.in_use", roles=", ".join(users)) if users else ""


class BuyingGroupEditor(_ItemEditor):
    title_key = "widgets.buying_group.title"
    intro_key = "widgets.buying_group.intro"
    field = "buying_group"
    item_class = BuyingRole
    _lookup = staticmethod(Journey.role)
    new_name_key = "widgets.buying_group.new_name"
    add_key = "widgets.buying_group.add"
    remove_key = "widgets.buying_group.remove"
    summary_key = "widgets.revision.buying_group"
    view = "buying_group"
    layout_rows = (
        (("name", "kind", "persona_id"), 3),
        (("interests", "responsibilities"), 2),
    )

    def __init__(self, session: JourneySession):
        super().__init__(
            session,
            [
                FieldSpec("name"),
                FieldSpec("kind", "choice", _choices.role_kinds),
                FieldSpec("persona_id", "choice", lambda: _choices.personas(self.journey)),
                FieldSpec("interests", "textarea", rows=4),
                FieldSpec("responsibilities", "textarea", rows=4),
            ],
        )

    def _blocked(self, item_id: str) -> str:
        journey = self.journey
        used = (
            sum(tp.role == item_id for tp in journey.touchpoints)
            + sum(g.role == item_id for g in journey.goals)
            + sum(c.role == item_id and not _empty_canvas(c) for c in journey.canvases)
        )
        return t("widgets.buying_group.in_use", n=used) if used else ""

    def _also_remove(self, journey: Journey, item_id: str) -> None:
        # An empty canvas of the role goes with it; a filled one blocks the removal.
        journey.canvases[:] = [c for c in journey.canvases if not (c.role == item_id and _empty_canvas(c))]


def _empty_canvas(canvas) -> bool:
    return all(column.is_empty() for state in (canvas.ideal, canvas.current) for column in state.values())
