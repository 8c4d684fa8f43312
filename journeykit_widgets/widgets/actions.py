"""Step 6 (and the canvas): the owned action list. Adopt what the analyses
suggest, add the team's own actions, and give each an owner, a phase, a status
and a due date; delete with undo. Every change goes through the edit path, by id."""

from __future__ import annotations

from datetime import date

import ipywidgets as widgets

from journeykit_widgets.analysis.owned_actions import (
    Suggestion,
    add_action,
    adopt_suggestion,
    origin_label,
    status_label,
    suggestions,
)
from journeykit_widgets.i18n import t
from journeykit_widgets.model import ACTION_STATUSES, ActionPoint, Journey, new_id
from journeykit_widgets.model.errors import field_label
from journeykit_widgets.widgets import _by_id, _choices
from journeykit_widgets.widgets._base import Editor, column_layout, esc, row_layout
from journeykit_widgets.widgets._form import FieldSpec, Form
from journeykit_widgets.widgets._session import JourneySession


def _phases(journey: Journey) -> list[tuple[str, str]]:
    return [(t("owned_actions.whole_journey"), ""), *_choices.phases(journey)]


def _statuses() -> list[tuple[str, str]]:
    return [(status_label(s), s) for s in ACTION_STATUSES]


def _due_text(due: date | None) -> str:
    return due.isoformat() if due else ""


def action_row(action: ActionPoint, journey: Journey) -> str:
    """One line of the action list: status, action, owner, due date."""
    parts = [f"[{status_label(action.status)}]", action.text]
    if action.owner:
        parts.append(f"· {action.owner}")
    if action.due:
        parts.append(f"· {action.due.isoformat()}")
    return " ".join(parts)


def _heading(key: str) -> widgets.HTML:
    """A heading over a part of the editor that wraps (a Label would run into the box below)."""
    heading = widgets.HTML(t(key), layout=widgets.Layout(width="100%", margin="6px 0 2px 0"))
    heading._jk_key = key  # relabelled with the language
    heading.add_class("jk-label")
    return heading


def suggestion_row(suggestion: Suggestion, journey: Journey) -> str:
    """One line of the suggestions: where it comes from, where it applies, what to do."""
    where = [t(f"owned_actions.origin_short.{suggestion.origin}")]
    if suggestion.phase:
        where.append(next((p.label() for p in journey.phases if p.id == suggestion.phase), suggestion.phase))
    if suggestion.origin in ("canvas", "template") and suggestion.detail:
        where.append(suggestion.detail)  # the lane or the template row: "Change to …" needs it
    return f"{' · '.join(where)} — {suggestion.text}"


class ActionsEditor(Editor):
    title_key = "owned_actions.title"
    intro_key = "owned_actions.intro"

    def __init__(self, session: JourneySession):
        super().__init__(session)
        # (id of the action it followed, the deleted action): by id, so an undo
        # lands in the right place after other notebooks' changes.
        self.undo_stack: list[tuple[str | None, dict]] = []
        self._muted = False
        # Suggestions not adopted yet: (label, origin key).
        self.suggestions = widgets.Select(rows=7, layout=widgets.Layout(width="100%"))
        self.suggestions.add_class("jk-action-suggestions")
        # The suggestion the person chose (by key): what Adopt adopts, even when a
        # refresh on the click finds it adopted elsewhere meanwhile.
        self.chosen: str | None = None
        self.suggestions.observe(self.safe(self._suggestion_chosen), names="value")
        # Where the suggestions come from, each with its count: with twenty template
        # rows the list is long, and a team works through one source at a time.
        self.source = widgets.Dropdown(layout=widgets.Layout(width="100%"))
        self.source.add_class("jk-action-source")
        self.on(self.source, lambda _value: self._muted or self.sync())
        self.adopt_button = self.button("owned_actions.adopt", self.adopt, icon="plus", style="primary")
        self.own_text = widgets.Text(
            continuous_update=True, layout=widgets.Layout(flex="1 1 auto", width="auto")
        )
        self.own_text.add_class("jk-action-own")
        self.add_button = self.button("owned_actions.add", self.add_own, icon="plus")
        self.add_button.layout.flex = "0 0 auto"  # the text box shrinks, the button keeps its label
        # The owned actions: (label, id).
        self.list = widgets.Select(rows=10, layout=widgets.Layout(width="100%"))
        self.list.add_class("jk-action-list")
        self.list.observe(self.safe(self._observed), names="value")
        self.count = widgets.Label()
        self.form = Form(
            [
                FieldSpec("text"),
                FieldSpec("owner"),
                FieldSpec("status", "choice", _statuses),
                FieldSpec("phase", "choice", lambda: _phases(self.journey)),
                FieldSpec("due", label_key="owned_actions.due_label"),
                FieldSpec("role", "choice", lambda: _choices.roles(self.journey)),
            ],
            on_change=self.safe(self._field_changed),
            pending=self.pending,
        )
        self.form.inputs["due"].placeholder = "2026-06-30"
        self.origin = widgets.HTML()
        self.delete_button = self.button("owned_actions.delete", self.delete, icon="trash", style="danger")
        self.undo_button = self.button("owned_actions.undo", self.undo, icon="undo")
        left = widgets.VBox(
            [
                _heading("owned_actions.suggestions"),
                self.source,
                self.suggestions,
                self.adopt_button,
                _heading("owned_actions.own"),
                widgets.HBox([self.own_text, self.add_button], layout=widgets.Layout(width="100%")),
            ],
            layout=column_layout("420px"),
        )
        right = widgets.VBox(
            [
                _heading("owned_actions.list"),
                self.count,
                self.list,
                self.origin,
                self.form.grid(["text"], 1),
                self.form.grid(["owner", "status"], 2),
                self.form.grid(["phase", "due"], 2),
                self.form.grid(["role"], 1),
                widgets.HBox([self.delete_button, self.undo_button]),
            ],
            layout=column_layout("420px"),
        )
        self._finish(widgets.Box([left, right], layout=row_layout()))

    # ------------------------------------------------------------------ state
    @property
    def selected(self) -> str | None:
        return self.list.value

    def _observed(self, _change) -> None:
        if self._muted:
            return
        # After the typing still on its way: it lands on the action it was typed for.
        self.pending.act(("select", id(self)), lambda: self.choose(self.list.value))

    def choose(self, action_id: str | None) -> None:
        """Select an action (also from code) and fill the form with it."""
        self.flush_pending()
        self._muted = True
        try:
            self.list.value = action_id if action_id in [v for _, v in self.list.options] else None
        finally:
            self._muted = False
        self.form.clear_errors()
        if self.selected is not None:
            self.form.set(self._values(self.journey.action(self.selected)))
        self.sync()

    @staticmethod
    def _values(action: ActionPoint) -> dict:
        values = action.model_dump()
        values["due"] = _due_text(action.due)
        return values

    def _sync(self) -> None:
        journey = self.journey
        self.form.refresh_choices()
        self._muted = True
        try:
            waiting = suggestions(journey, include_adopted=False)
            self._show_sources(waiting)
            source = self.source.value or ""
            open_suggestions = [
                (suggestion_row(s, journey), s.key) for s in waiting if source in ("", s.origin)
            ]
            chosen = self.chosen
            if list(self.suggestions.options) != open_suggestions:
                self.suggestions.options = open_suggestions
            keys = [k for _, k in open_suggestions]
            self.suggestions.value = chosen if chosen in keys else None
            selected = self.list.value
            options = [(action_row(a, journey), a.id) for a in journey.actions]
            if list(self.list.options) != options:
                self.list.options = options
            ids = [a.id for a in journey.actions]
            self.list.value = selected if selected in ids else None
        finally:
            self._muted = False
        counts = {s: sum(1 for a in journey.actions if a.status == s) for s in ACTION_STATUSES}
        self.count.value = t(
            "owned_actions.count",
            count=len(journey.actions),
            open=counts["open"],
            doing=counts["doing"],
            done=counts["done"],
        )
        self.adopt_button.disabled = self.chosen is None
        has = self.selected is not None
        self.delete_button.disabled = not has
        self.undo_button.disabled = not self.undo_stack
        self.form.boxes["role"].layout.display = "" if journey.buying_group else "none"
        for name in ("text", "owner", "status", "phase", "due", "role"):
            self.form.inputs[name].disabled = not has
        if has:
            action = journey.action(self.selected)
            self.form.update(self._values(action))
            self.origin.value = f"<i>{esc(t('owned_actions.from', origin=origin_label(action.origin)))}</i>"
        else:
            self.origin.value = f"<i>{esc(t('owned_actions.none_selected'))}</i>"

    def _show_sources(self, waiting: list[Suggestion]) -> None:
        """The source filter: every source with suggestions waiting, and how many."""
        counts: dict[str, int] = {}
        for suggestion in waiting:
            counts[suggestion.origin] = counts.get(suggestion.origin, 0) + 1
        options = [(t("owned_actions.source_all", count=len(waiting)), "")]
        options += [
            (t("owned_actions.source_one", source=t(f"owned_actions.origin_short.{origin}"), count=n), origin)
            for origin, n in counts.items()
        ]
        value = self.source.value or ""
        if list(self.source.options) != options:
            self.source.options = options
        # A source whose last suggestion was adopted shows all again.
        self.source.value = value if value in counts else ""
        self.source.layout.display = "" if len(counts) > 1 else "none"

    # ---------------------------------------------------------------- actions
    def _field_changed(self, name: str, value: object) -> bool | None:
        action_id = self.form.change_item if self.form.change_item is not None else self.selected
        if action_id is None or action_id not in {a.id for a in self.journey.actions}:
            return None
        if name == "due":
            value = str(value).strip() or None  # empty: no due date
        label = self.journey.action(action_id).text
        what = t("widgets.change.field", item=label, field=field_label(name))

        def change(journey: Journey) -> None:
            setattr(journey.action(action_id), name, value)

        def seen(journey: Journey) -> object:
            current = getattr(journey.action(action_id), name)
            return _due_text(current) or None if name == "due" else current

        return self.apply(
            change,
            "owned_actions.revision",
            [what],
            form=self.form,
            guards=self.guard(seen, what),
            field=name,
            item_name=label,
        )

    def _suggestion_chosen(self, change) -> None:
        if not self._muted:
            self.chosen = change["new"]
            self.adopt_button.disabled = self.chosen is None

    def adopt(self) -> bool:
        """Adopt the chosen suggestion as an action; adopted already (in another
        notebook, say): nothing is added, the existing action is selected."""
        key = self.chosen
        if key is None:
            self.say(t("owned_actions.choose_first"), problem=True)
            return False
        action_id = new_id("act")
        found: dict[str, str] = {}

        def change(journey: Journey) -> None:
            found["id"] = adopt_suggestion(journey, key, action_id=action_id)

        self.chosen = None
        if not self.apply(change, "owned_actions.revision", [t("owned_actions.adopted_change", key=key)]):
            return False
        self.choose(found.get("id", action_id))
        # Another id came back: nothing was added, it was in the list already.
        self.say(t("owned_actions.adopted" if found.get("id") == action_id else "owned_actions.already"))
        return True

    def add_own(self) -> bool:
        text = self.own_text.value.strip()
        action_id = new_id("act")
        if not text:
            self.say(t("owned_actions.need_text"), problem=True)
            return False
        if self.apply(
            lambda journey: add_action(journey, text, action_id=action_id),
            "owned_actions.revision",
            [t("widgets.change.added", item=text)],
        ):
            self.own_text.value = ""
            self.choose(action_id)
            self.say(t("owned_actions.added"))
            return True
        return False

    def delete(self) -> None:
        """Delete the selected action, found by its id in the file as it is now."""
        action_id = self.selected
        if action_id is None:
            return
        saved = self.journey.action(action_id).model_dump()
        place: dict[str, str | None] = {}
        change = _by_id.remove(lambda journey: journey.actions, action_id, place)

        if self.apply(
            change,
            "owned_actions.revision",
            [t("widgets.change.deleted", item=saved["text"])],
            item_name=saved["text"],
        ):
            self.undo_stack.append((place.get("after"), saved))
            self.choose(None)
            self.say(t("owned_actions.deleted", name=saved["text"]))

    def undo(self) -> None:
        """Bring back the last deleted action after the one it followed."""
        if not self.undo_stack:
            return
        after, saved = self.undo_stack[-1]
        restored = dict(saved)
        change = _by_id.restore(lambda journey: journey.actions, after, restored, ActionPoint, "act")

        if self.apply(change, "owned_actions.revision", [t("widgets.change.restored", item=saved["text"])]):
            self.undo_stack.pop()
            self.choose(restored["id"])

    def _relabel(self) -> None:
        self.form.relabel()
        self.own_text.placeholder = t("owned_actions.own_placeholder")
