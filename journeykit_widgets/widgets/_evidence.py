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


class _Row:
    """One item's evidence: its name and its own three inputs. The inputs belong to
    this item for as long as they live, so whatever is chosen or typed in them is
    saved for it, however fast the person moves on to the next row."""

    def __init__(self, panel: EvidencePanel, key: Hashable):
        self.key = key
        self.name = widgets.HTML(layout=widgets.Layout(margin="6px 0 0 0", min_width="0"))
        self.form = Form(
            specs(),
            on_change=panel.editor.safe(lambda name, value: panel._changed(key, name, value)),
            pending=panel.editor.pending,
        )
        self.widget = widgets.VBox(
            [self.name, self.form.grid(names(), 3)], layout=widgets.Layout(width="100%")
        )
        self.widget.add_class("jk-evidence-row")

    def show_labels(self, shown: bool) -> None:
        # The field names head the first row only: the rows read as one table.
        for label in self.form.labels.values():
            label.layout.display = "" if shown else "none"

    def close(self) -> None:
        for group in (self.form.inputs, self.form.labels, self.form.errors, self.form.boxes):
            for widget in group.values():
                widget.close()
        self.name.close()
        self.widget.close()


class EvidencePanel:
    """The evidence behind items that are typed as plain text and have no form of
    their own (goals, canvas cells): one row per item, each with its source,
    reference and confidence.

    Why rows and not one form with a picker: with a picker, the choice of item and
    the value typed next travel as two messages of two widgets, and a refresh of the
    picker could overtake the person's choice on the page; a source chosen for the
    second goal then landed on the first. A row's inputs are bound to their item."""

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
        self.rows: dict[Hashable, _Row] = {}
        self.table = widgets.VBox(layout=widgets.Layout(width="100%"))
        # The name each item was last shown with: a message about an item deleted
        # elsewhere meanwhile still names it.
        self._names: dict[Hashable, str] = {}
        self.widget = widgets.VBox([self.label, self.table], layout=widgets.Layout(width="100%"))
        self.widget.add_class("jk-evidence-panel")
        self.relabel()

    def relabel(self) -> None:
        self.label.value = f"<b>{esc(t(self.label_key))}</b>"
        for row in self.rows.values():
            row.form.relabel()

    def refresh(self) -> None:
        """Follow the journey: a row per item, each showing the item's evidence in
        the boxes the person has not typed into. A row whose item stays keeps its
        inputs, so typing in it is never replaced."""
        options = self._items(self.editor.journey)
        self._names.update((key, label) for label, key in options)
        keys = [key for _, key in options]
        for key in [key for key in self.rows if key not in keys]:
            self.rows.pop(key).close()
        for label, key in options:
            row = self.rows.get(key)
            values = {**flat({"evidence": self._read(self.editor.journey, key).model_dump()}), "id": key}
            if row is None:
                row = self.rows[key] = _Row(self, key)
                row.form.set(values)
            else:
                row.form.update(values)
            text = f"<span style='color:#1f4e79'>{esc(label)}</span>"
            if row.name.value != text:
                row.name.value = text
        children = tuple(self.rows[key].widget for key in keys)
        if self.table.children != children:
            self.table.children = children
            for index, key in enumerate(keys):
                self.rows[key].show_labels(index == 0)
        self.widget.layout.display = "" if options else "none"

    def row(self, key: Hashable) -> Form:
        """The inputs of one item's evidence."""
        return self.rows[key].form

    def _read(self, journey: Journey, key: Hashable) -> Evidence:
        return self._locate(journey, key, False)

    def _changed(self, key: Hashable, name: str, value: object) -> bool:
        part = split(name)[1]
        label = self._names.get(key, "?")
        what = t("widgets.change.field", item=label, field=field_label(name))
        form = self.rows[key].form if key in self.rows else None

        def change(journey: Journey) -> None:
            setattr(self._locate(journey, key, True), part, value)

        return self.editor.apply(
            change,
            self.revision_key,
            [what],
            form=form,
            guards=self.editor.guard(lambda journey: getattr(self._read(journey, key), part), what),
            field=name,
            item_name=label,
        )
