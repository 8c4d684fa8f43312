"""Step 3: the customer's scenario and expectations, and the customer goals per
phase, one goal per line (per role in B2B)."""

from __future__ import annotations

import ipywidgets as widgets

from journeykit_widgets.i18n import get_language, t
from journeykit_widgets.model import Goal, Journey
from journeykit_widgets.model.evidence import Evidence
from journeykit_widgets.widgets import _choices
from journeykit_widgets.widgets._base import Editor
from journeykit_widgets.widgets._evidence import EvidencePanel
from journeykit_widgets.widgets._form import FieldSpec, Form
from journeykit_widgets.widgets._session import JourneySession


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _keep_ids(old: list[Goal], lines: list[str], phase: str, role: str) -> list[Goal]:
    """The goals for ``lines``, each keeping the id and evidence of the goal it was.

    A line whose text is unchanged keeps its goal wherever it moved; the other
    lines take the remaining goals in order (a reworded goal keeps its evidence),
    so deleting a line in the middle does not hand its evidence to the next."""
    unused = list(old)
    kept: list[Goal | None] = []
    for line in lines:
        same = next((g for g in unused if g.text == line), None)
        if same is not None:
            unused.remove(same)
        kept.append(same)
    return [
        goal
        if goal is not None
        else (
            unused.pop(0).model_copy(update={"text": line})
            if unused
            else Goal(phase=phase, role=role, text=line)
        )
        for goal, line in zip(kept, lines, strict=True)
    ]


def _goal_label(journey: Journey, goal: Goal) -> str:
    text = goal.text if len(goal.text) <= 70 else goal.text[:69] + "…"
    return f"{journey.phase(goal.phase).label()}: {text}"


class GoalsEditor(Editor):
    title_key = "widgets.goals.title"
    intro_key = "widgets.goals.intro"

    def __init__(self, session: JourneySession):
        super().__init__(session)
        self._muted = False
        self.role = widgets.Dropdown(layout=widgets.Layout(width="auto"))
        self.role._jk_key = "widgets.filter.role"
        self.role.style.description_width = "initial"
        self.on(self.role, lambda _v: self._muted or self.sync())
        self.areas: dict[str, widgets.Textarea] = {}
        self.grid = widgets.GridBox()
        self._signature: tuple = ()
        # The situation the customer is in and what they expect: journey fields,
        # typed (debounced) and saved through the edit path like the goals.
        self.situation = Form(
            [
                FieldSpec("scenario", "textarea", label_key="goals_situation.scenario", rows=4),
                FieldSpec("expectations", "textarea", label_key="goals_situation.expectations", rows=4),
            ],
            on_change=self.safe(self._situation_changed),
            pending=self.pending,
        )
        # Goals are lines of text; their evidence is set one picked goal at a time.
        self.evidence = EvidencePanel(
            self,
            items=lambda journey: [
                (_goal_label(journey, g), g.id) for g in journey.goals if g.role == (self.role.value or "")
            ],
            locate=self._goal_evidence,
            revision_key="widgets.revision.goals",
            label_key="widgets.goals.evidence",
        )
        self._finish(
            self.situation.grid(["scenario", "expectations"], 2), self.role, self.grid, self.evidence.widget
        )

    @staticmethod
    def _goal_evidence(journey: Journey, goal_id: object, create: bool) -> Evidence:
        # ItemNotFound when the goal was deleted meanwhile: edit says it is gone.
        return journey.goal(str(goal_id)).evidence

    def _goals(self, journey: Journey, phase: str, role: str) -> list[Goal]:
        return [g for g in journey.goals if g.phase == phase and g.role == role]

    def _sync(self) -> None:
        journey = self.journey
        # Only the boxes the person has not typed into take the file's value.
        self.situation.update({"scenario": journey.scenario, "expectations": journey.expectations})
        self._muted = True
        try:
            options = _choices.roles(journey)
            value = self.role.value
            if list(self.role.options) != options:
                self.role.options = options
            self.role.value = value if value in [v for _, v in options] else ""
            self.role.layout.display = "" if journey.buying_group else "none"
            signature = (tuple(journey.phase_ids), get_language())
            if signature != self._signature:
                self._signature = signature
                self.areas = {}
                children = []
                for phase in journey.phases:
                    head = widgets.Label(phase.label(), layout=widgets.Layout(min_width="0"))
                    head.add_class("jk-label")
                    area = widgets.Textarea(
                        continuous_update=True, rows=6, layout=widgets.Layout(width="100%", min_width="0")
                    )
                    area.add_class(f"jk-goals-{phase.id}")
                    area.placeholder = t("widgets.goals.placeholder")
                    area.observe(self.safe(lambda c, ph=phase.id: self._typed(ph, c["new"])), names="value")
                    self.areas[phase.id] = area
                    children.append(widgets.VBox([head, area], layout=widgets.Layout(min_width="0")))
                self.grid.children = children
                self.grid.layout = widgets.Layout(
                    grid_template_columns="repeat(auto-fit, minmax(180px, 1fr))",
                    grid_gap="4px 8px",
                    width="100%",
                )
            role = self.role.value or ""
            for phase, area in self.areas.items():
                area.value = "\n".join(g.text for g in self._goals(journey, phase, role))
        finally:
            self._muted = False
        self.evidence.refresh()

    def _situation_changed(self, name: str, value: object) -> bool:
        from journeykit_widgets.model.errors import field_label

        what = t("widgets.change.field", item=self.journey.title, field=field_label(name))
        return self.apply(
            lambda journey: setattr(journey, name, value),
            "goals_situation.revision",
            [what],
            form=self.situation,
            guards=self.guard(lambda journey: getattr(journey, name), what),
            field=name,
        )

    def _relabel(self) -> None:
        self.situation.relabel()
        self.evidence.relabel()

    def _typed(self, phase: str, text: str) -> None:
        """A keystroke: save after a pause, for the role it was typed under."""
        if self._muted:
            return
        role = self.role.value or ""
        self.pending.push(("goals", phase, role), lambda: self._changed(phase, text, role))

    def _changed(self, phase: str, text: str, role: str | None = None) -> None:
        if self._muted and role is None:
            return
        role = (self.role.value or "") if role is None else role
        lines = _lines(text)

        def change(journey: Journey) -> None:
            old = self._goals(journey, phase, role)
            new = _keep_ids(old, lines, phase, role)
            first = next((i for i, g in enumerate(journey.goals) if g in old), len(journey.goals))
            rest = [g for g in journey.goals if g not in old]
            journey.goals[:] = rest[:first] + new + rest[first:]

        what = t("widgets.change.goals", phase=self.journey.phase(phase).label())
        self.apply(
            change,
            "widgets.revision.goals",
            [what],
            guards=self.guard(lambda journey: [g.text for g in self._goals(journey, phase, role)], what),
        )
