"""Evidence in the ipywidgets forms: three flat inputs per ``Evidence`` object.

A form knows flat field names only, so ``evidence`` becomes ``evidence_source``
(a choice), ``evidence_reference`` (text) and ``evidence_confidence`` (a choice);
these helpers turn an item's data into the flat form values and back.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import ipywidgets as widgets

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.model.evidence import CONFIDENCES, Evidence
from journeykit_widgets.widgets._base import Editor, esc
from journeykit_widgets.widgets._form import FieldSpec, Form

PARTS = ("source", "reference", "confidence")


def source_choices() -> list[tuple[str, str]]:
    return [
        (t("evidence.source.none"), ""),
        *((e.label(), key) for key, e in frameworks.evidence_sources().items()),
    ]


def confidence_choices() -> list[tuple[str, str]]:
    return [(t("evidence.confidence.none"), ""), *((t(f"evidence.confidence.{c}"), c) for c in CONFIDENCES)]


def specs(field: str = "evidence") -> list[FieldSpec]:
    """The three inputs of one evidence field (labels ``field.<field>_<part>``)."""
    return [
        FieldSpec(f"{field}_source", "choice", source_choices),
        FieldSpec(f"{field}_reference"),
        FieldSpec(f"{field}_confidence", "choice", confidence_choices),
    ]


def names(field: str = "evidence") -> list[str]:
    return [f"{field}_{part}" for part in PARTS]


def split(name: str, fields: tuple[str, ...] = ("evidence",)) -> tuple[str, str] | None:
    """``"evidence_source"`` → ``("evidence", "source")``; None for any other field."""
    for field in fields:
        for part in PARTS:
            if name == f"{field}_{part}":
                return field, part
    return None


def flat(data: dict, fields: tuple[str, ...] = ("evidence",)) -> dict:
    """An item's ``model_dump()`` with each evidence object spread into flat form values."""
    out = {key: value for key, value in data.items() if key not in fields}
    for field in fields:
        evidence = data.get(field) or {}
        for part in PARTS:
            out[f"{field}_{part}"] = evidence.get(part, "")
    return out


# The evidence of one item, found in a journey: ``(journey, key, create)`` → the
# item's live ``Evidence`` object (``create``: make the item's evidence, and the
# item's container where needed, so the change has a place to land).
Locate = Callable[[Journey, Hashable, bool], Evidence]


class EvidencePanel:
    """The evidence behind items that are typed as plain text and have no form of
    their own (goals, canvas cells): pick one item, then set its source, reference
    and confidence. A change is saved for the item it was typed for, even when
    another is picked before the pause is over."""

    def __init__(
        self,
        editor: Editor,
        items: Callable[[Journey], list[tuple[str, Hashable]]],
        locate: Locate,
        revision_key: str,
        label_key: str,
    ):
        self.editor = editor
        self._items = items
        self._locate = locate
        self.revision_key = revision_key
        self.label_key = label_key
        self.label = widgets.HTML(layout=widgets.Layout(margin="10px 0 0 0"))
        self.label.add_class("jk-label")
        self.picker = widgets.Dropdown(layout=widgets.Layout(width="100%", min_width="0"))
        self.picker.add_class("jk-evidence-item")
        self._refreshing = False
        # The name each item was last shown with: a message about an item deleted
        # elsewhere meanwhile still names it.
        self._names: dict[Hashable, str] = {}
        editor.on(self.picker, lambda _value: self._refreshing or self._show(fill=True))
        self.form = Form(specs(), on_change=editor.safe(self._changed), pending=editor.pending)
        self.widget = widgets.VBox(
            [self.label, self.picker, self.form.grid(names(), 3)], layout=widgets.Layout(width="100%")
        )
        self.widget.add_class("jk-evidence-panel")
        self.relabel()

    def relabel(self) -> None:
        self.label.value = f"<b>{esc(t(self.label_key))}</b>"
        self.form.relabel()

    def refresh(self) -> None:
        """Follow the journey: the items to choose from, and the chosen one's evidence
        in the boxes the person has not typed into."""
        options = self._items(self.editor.journey)
        self._names.update((key, label) for label, key in options)
        chosen = self.picker.value
        if list(self.picker.options) != options:
            self._refreshing = True
            try:
                self.picker.options = options
                keys = [key for _, key in options]
                self.picker.value = chosen if chosen in keys else (keys[0] if keys else None)
            finally:
                self._refreshing = False
        self.widget.layout.display = "" if options else "none"
        self._show(fill=self.picker.value != self.form.item_id)

    def _show(self, fill: bool) -> None:
        key = self.picker.value
        if key is None:
            return
        values = {**flat({"evidence": self._read(self.editor.journey, key).model_dump()}), "id": key}
        if fill:
            self.form.clear_errors()
            self.form.set(values)
        else:
            self.form.update(values)

    def _read(self, journey: Journey, key: Hashable) -> Evidence:
        return self._locate(journey, key, False)

    def _changed(self, name: str, value: object) -> bool:
        key = self.form.change_item if self.form.change_item is not None else self.picker.value
        part = split(name)[1]
        label = self._names.get(key, "?")
        what = t("widgets.change.field", item=label, field=field_label(name))

        def change(journey: Journey) -> None:
            setattr(self._locate(journey, key, True), part, value)

        return self.editor.apply(
            change,
            self.revision_key,
            [what],
            form=self.form,
            guards=self.editor.guard(lambda journey: getattr(self._read(journey, key), part), what),
            field=name,
            item_name=label,
        )
