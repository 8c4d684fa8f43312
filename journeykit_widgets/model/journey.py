"""The journey: the root of a journey file and everything a participant enters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import LANGUAGES
from journeykit_widgets.model._base import Id, JKModel, Name, Text, new_id
from journeykit_widgets.model.actions import ActionPoint
from journeykit_widgets.model.blueprint import BlueprintStep
from journeykit_widgets.model.canvas import CANVAS_STATES, Canvas, TemplateGrid
from journeykit_widgets.model.comments import Thread
from journeykit_widgets.model.dates import TypedDateTime
from journeykit_widgets.model.errors import ItemNotFound, translate
from journeykit_widgets.model.evidence import Evidence
from journeykit_widgets.model.migrate import upgrade
from journeykit_widgets.model.people import BuyingRole, Persona
from journeykit_widgets.model.touchpoint import Touchpoint
from journeykit_widgets.model.votes import VoteRound

# Version 2: evidence is an object (source, reference, confidence); see model/migrate.py.
# Version 3: team work (comments, dot votes); new fields with defaults, see model/migrate.py.
SCHEMA_VERSION = 3


class Phase(JKModel):
    """A column of the map. ``name`` may stay empty for a built-in phase: its
    English or Dutch name then comes from the phase model."""

    id: Id
    name: Text = ""
    description: Text = ""

    def label(self, lang: str | None = None) -> str:
        if self.name:
            return self.name
        for model in frameworks.phase_models().values():
            for phase in model.phases:
                if phase.id == self.id:
                    return phase.label(lang)
        return self.id


class Goal(JKModel):
    """What the customer (or one buying-group role) hopes to achieve in a phase."""

    id: Id = Field(default_factory=lambda: new_id("goal"))
    phase: Id
    text: Name
    role: str = ""
    evidence: Evidence = Field(default_factory=Evidence)


class KPI(JKModel):
    """A measure for one phase. Phases are measured as one connected chain."""

    id: Id = Field(default_factory=lambda: new_id("kpi"))
    phase: Id
    name: Name
    target: float | None = None
    actual: float | None = None
    unit: Text = ""
    micro_conversion: bool = False


class Revision(JKModel):
    """An entry in the map's history: who changed what and when (step 6)."""

    at: TypedDateTime  # numbers refused; a time without a zone is UTC (model/dates.py)
    author: Text = ""
    kind: Literal["created", "change", "review"] = "change"
    summary: Text = ""
    changes: list[Text] = Field(default_factory=list)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Journey(JKModel):
    """A customer journey map and all the material of the six steps and the canvas."""

    schema_version: Literal[3] = SCHEMA_VERSION
    title: Name
    objective: Text = ""
    # The situation the customer is in, and what they expect (shown in the map's header).
    scenario: Text = ""
    expectations: Text = ""
    language: Literal[LANGUAGES] = "en"  # the catalogue's languages, one list
    phase_model: str = "touch_tell_sell_care"
    phases: list[Phase] = Field(min_length=1)
    personas: list[Persona] = Field(default_factory=list)
    buying_group: list[BuyingRole] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    touchpoints: list[Touchpoint] = Field(default_factory=list)
    canvases: list[Canvas] = Field(default_factory=list)
    templates: dict[str, TemplateGrid] = Field(default_factory=dict)
    kpis: list[KPI] = Field(default_factory=list)
    revisions: list[Revision] = Field(default_factory=list)
    actions: list[ActionPoint] = Field(default_factory=list)
    # The canonical service blueprint (steps as columns); empty in files made before it.
    blueprint: list[BlueprintStep] = Field(default_factory=list)
    # Dot-voting rounds, oldest first (model/votes.py); at most one is open.
    votes: list[VoteRound] = Field(default_factory=list)
    # Comment threads by item key (model/comments.py); kept when their item is deleted.
    comments: list[Thread] = Field(default_factory=list)

    # ----------------------------------------------------------------- creation
    @classmethod
    def new(
        cls,
        title: str,
        phase_model: str = "touch_tell_sell_care",
        language: str = "en",
        phases: Iterable[str] | None = None,
        **fields: Any,
    ) -> Journey:
        """A blank journey on a built-in phase model, or on ``phases`` (names) for a custom one."""
        if phases is not None:
            phase_list = [Phase(id=f"phase_{i}", name=name) for i, name in enumerate(phases, 1)]
            phase_model = frameworks.CUSTOM_PHASE_MODEL
        else:
            model = frameworks.phase_model(phase_model)
            phase_list = [Phase(id=p.id) for p in model.phases]
        try:
            return cls(
                title=title,
                language=language,
                phase_model=phase_model,
                phases=phase_list,
                revisions=[Revision(at=_now(), kind="created")],
                **fields,
            )
        except ValidationError as error:
            # A title of only spaces from the command line or a form: the same
            # translated problems as a file or an edit gets, not pydantic's text.
            raise translate(error) from None

    # -------------------------------------------------------------- validation
    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Older files are upgraded on every path in (load, parse_journey, model_validate).
        return upgrade(data, SCHEMA_VERSION)

    @field_validator("phase_model")
    @classmethod
    def _known_phase_model(cls, value: str) -> str:
        known = [*frameworks.phase_models(), frameworks.CUSTOM_PHASE_MODEL]
        if value not in known:
            raise PydanticCustomError(
                "unknown_phase_model",
                "unknown phase model '{value}'; choose one of: {choices}",
                {"value": value, "choices": ", ".join(known)},
            )
        return value

    @model_validator(mode="after")
    def _check_references(self) -> Journey:
        problems = list(_reference_problems(self))
        if problems:
            raise ValidationError.from_exception_data(type(self).__name__, problems)
        return self

    def revalidated(self) -> Journey:
        """A fresh, fully checked copy. Assignments to nested objects only check that
        object; call this before saving to check the references between them too."""
        try:
            return type(self).model_validate(self.model_dump())
        except ValidationError as error:
            raise translate(error) from None

    # ----------------------------------------------------------------- lookups
    @property
    def phase_ids(self) -> list[str]:
        return [p.id for p in self.phases]

    # Lookups by id. Each raises ``ItemNotFound`` (a KeyError) for an id that is not
    # there, typically an item deleted in another notebook after a form read its id;
    # ``edit`` turns that into a message instead of a traceback.
    def phase(self, phase_id: str) -> Phase:
        return _by_id(self.phases, phase_id, "phase")

    def phase_label(self, phase_id: str, lang: str | None = None) -> str:
        """The phase's name in ``lang`` (the active language by default), or the id
        itself when the journey has no such phase (deleted in another notebook): a
        table or a message names what it can instead of failing."""
        phase = next((p for p in self.phases if p.id == phase_id), None)
        return phase.label(lang) if phase is not None else phase_id

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        return _by_id(self.touchpoints, touchpoint_id, "touchpoint")

    def action(self, action_id: str) -> ActionPoint:
        return _by_id(self.actions, action_id, "action")

    def goal(self, goal_id: str) -> Goal:
        return _by_id(self.goals, goal_id, "goal")

    def kpi(self, kpi_id: str) -> KPI:
        return _by_id(self.kpis, kpi_id, "kpi")

    def role(self, role_id: str) -> BuyingRole:
        """A buying-group role by id."""
        return _by_id(self.buying_group, role_id, "role")

    def persona_by_id(self, persona_id: str) -> Persona:
        """A persona by id (``persona`` is the main persona, a property)."""
        return _by_id(self.personas, persona_id, "persona")

    def step(self, step_id: str) -> BlueprintStep:
        """A step of the service blueprint by id."""
        return _by_id(self.blueprint, step_id, "blueprint_step")

    def touchpoints_in(self, phase_id: str, role: str | None = None) -> list[Touchpoint]:
        return [tp for tp in self.touchpoints if tp.phase == phase_id and (role is None or tp.role == role)]

    def canvas(self, role: str = "") -> Canvas:
        """The canvas of a role, created empty (and kept) when there is none yet.
        ``ItemNotFound`` for a role that is not in the buying group (deleted elsewhere)."""
        if role and role not in {r.id for r in self.buying_group}:
            raise ItemNotFound("role", role)
        for canvas in self.canvases:
            if canvas.role == role:
                return canvas
        canvas = Canvas(role=role)
        self.canvases.append(canvas)
        return canvas

    def template(self, template_id: str) -> TemplateGrid:
        """The grid of a template, created empty (and kept) when there is none yet."""
        frameworks.template(template_id)  # a KeyError for an unknown template
        return self.templates.setdefault(template_id, TemplateGrid())

    @property
    def persona(self) -> Persona | None:
        """The main persona: the first one, or None while none is written."""
        return self.personas[0] if self.personas else None

    def record(self, summary: str = "", author: str = "", kind: str = "change", changes=()) -> None:
        """Add an entry to the revision history."""
        self.revisions.append(
            Revision(at=_now(), author=author, kind=kind, summary=summary, changes=list(changes))
        )

    def last_review(self) -> Revision | None:
        return next((r for r in reversed(self.revisions) if r.kind == "review"), None)


def _by_id(items: list, item_id: str, kind: str):
    for item in items:
        if item.id == item_id:
            return item
    raise ItemNotFound(kind, item_id)


def _problem(kind: str, loc: tuple, value: object, **ctx: object) -> InitErrorDetails:
    message = {
        "unknown_phase": "unknown phase '{value}'; this journey's phases are: {choices}",
        "unknown_role": "unknown buying-group role '{value}'; known roles: {choices}",
        "unknown_template": "unknown template '{value}'; choose one of: {choices}",
        "unknown_template_cell": "'{value}' is not a row or column of this template; choose one of: {choices}",
        "duplicate_id": "the id '{value}' is used twice",
        "unknown_persona": "unknown persona '{value}'",
    }[kind]
    error = PydanticCustomError(kind, message, {"value": value, **ctx})
    return InitErrorDetails(type=error, loc=loc, input=value)


def _reference_problems(journey: Journey) -> Iterator[InitErrorDetails]:
    """Every reference between parts of the journey that points nowhere."""
    phases = journey.phase_ids
    roles = [r.id for r in journey.buying_group]
    phase_choices = ", ".join(phases)
    role_choices = ", ".join(roles) or "—"

    for field, items in (
        ("phases", journey.phases),
        ("personas", journey.personas),
        ("buying_group", journey.buying_group),
        ("touchpoints", journey.touchpoints),
        ("goals", journey.goals),
        ("kpis", journey.kpis),
        ("actions", journey.actions),
        ("blueprint", journey.blueprint),
        ("votes", journey.votes),
    ):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                yield _problem("duplicate_id", (field, i, "id"), item.id)
            seen.add(item.id)

    for field, items in (
        ("touchpoints", journey.touchpoints),
        ("goals", journey.goals),
        ("kpis", journey.kpis),
    ):
        for i, item in enumerate(items):
            if item.phase not in phases:
                yield _problem("unknown_phase", (field, i, "phase"), item.phase, choices=phase_choices)
            role = getattr(item, "role", "")
            if role and role not in roles:
                yield _problem("unknown_role", (field, i, "role"), role, choices=role_choices)

    for i, action in enumerate(journey.actions):
        # An action may belong to the journey as a whole: an empty phase is no reference.
        if action.phase and action.phase not in phases:
            yield _problem("unknown_phase", ("actions", i, "phase"), action.phase, choices=phase_choices)
        if action.role and action.role not in roles:
            yield _problem("unknown_role", ("actions", i, "role"), action.role, choices=role_choices)

    for i, canvas in enumerate(journey.canvases):
        if canvas.role and canvas.role not in roles:
            yield _problem("unknown_role", ("canvases", i, "role"), canvas.role, choices=role_choices)
        for state in CANVAS_STATES:
            for phase in getattr(canvas, state):
                if phase not in phases:
                    yield _problem(
                        "unknown_phase", ("canvases", i, state, phase), phase, choices=phase_choices
                    )

    for template_id, grid in journey.templates.items():
        known = frameworks.templates()
        if template_id not in known:
            yield _problem(
                "unknown_template", ("templates", template_id), template_id, choices=", ".join(known)
            )
            continue
        spec = known[template_id]
        rows = [r.id for r in spec.rows]
        columns = [c.id for c in spec.columns]
        for row, cells in grid.cells.items():
            if row not in rows:
                yield _problem(
                    "unknown_template_cell", ("templates", template_id, row), row, choices=", ".join(rows)
                )
            for column in cells:
                if column not in columns:
                    yield _problem(
                        "unknown_template_cell",
                        ("templates", template_id, row, column),
                        column,
                        choices=", ".join(columns),
                    )

    seen_items: set[str] = set()
    for i, thread in enumerate(journey.comments):
        # One thread per item: two would split one conversation in two places.
        if thread.item in seen_items:
            yield _problem("duplicate_id", ("comments", i, "item"), thread.item)
        seen_items.add(thread.item)

    for i, step in enumerate(journey.blueprint):
        if step.phase and step.phase not in phases:
            yield _problem("unknown_phase", ("blueprint", i, "phase"), step.phase, choices=phase_choices)

    for i, role in enumerate(journey.buying_group):
        if role.persona_id and role.persona_id not in {p.id for p in journey.personas}:
            yield _problem("unknown_persona", ("buying_group", i, "persona_id"), role.persona_id)
