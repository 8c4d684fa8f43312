"""The view registry: every picture of a journey the kit draws, and everything the
kit knows about it, in one entry per view.

An entry (``View``) owns the view's name (``journeykit map --view``), the function
that draws it, its caption, its options (and their allowed values), which journey
fields it reads (the PNG cache keys a picture on them), what must be there before
it is worth drawing, its reading in words (``views.readings``), its place in the
report and the deck (``Report``), and the notebooks' ``show_*`` function
(``Show``). The CLI, ``workshop.show_*``, the editors' previews, the report, the
slides and the package's export list all read ``VIEWS``; a new view is one entry
here (or one ``register`` call) and one drawing function.

This package is light on purpose, and sits beside ``render`` rather than inside
it (importing anything in ``render`` loads matplotlib): the CLI builds ``--help``
from it and ``import journeykit_widgets`` names the ``show_*`` functions from it.
So a drawing function, and a list of allowed values that lives with the drawing
code, is named by ``"module:NAME"`` inside ``render`` and imported when first
used. Nothing here loads matplotlib, pandas or pydantic. ``render.VIEWS`` and
``render.view`` are this registry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import language, t
from journeykit_widgets.i18n.place import again
from journeykit_widgets.views import readings

if TYPE_CHECKING:
    from journeykit_widgets.model import Journey

__all__ = ["ANY", "VIEWS", "Report", "Show", "View", "register", "report_views", "view", "view_names"]

ANY = None  # an option whose value is free (a role id, a persona id)
# Every view takes the paper; the journey's language and title appear on most.
_COMMON_READS = ("title", "language", "phases")


@dataclass(frozen=True)
class Report:
    """Where a view sits in the report (notebook 08) and the deck.

    ``order`` ranks the maps (the report and the deck show them in ascending
    order); ``paper`` is the size it is drawn at: the map area of an A4 landscape
    page, printed at 100 % so no text is below 6 pt on A4 (``render.print_pages``
    splits a map by phase when it does not fit readably there)."""

    order: int
    title_key: str  # i18n key of the section heading and the slide's notes
    options: Mapping[str, object] = field(default_factory=dict)  # drawn with these
    paper: str = "report"  # the map area of an A4 landscape page (render.style.PAPERS)
    slides: bool = True  # one slide per printed page in the deck


@dataclass(frozen=True)
class Show:
    """The notebooks' named function for a view (``workshop.show_map(path, role=None)``):
    generated from this, ``show_view(path, <view>, **params)`` underneath."""

    name: str
    doc: str  # the first line of the docstring (what the picture shows)
    params: Mapping[str, object] = field(default_factory=dict)  # parameter -> default, in order


@dataclass(frozen=True)
class View:
    """One picture of a journey and everything the kit does with it."""

    name: str
    drawing: str | Callable  # draw(journey, **options) -> Figure, or "module:function" inside render
    caption_key: str  # i18n key; ``{state}`` etc. are filled from the options
    # name -> allowed values: a tuple, ANY, or "module:NAME" inside render
    options: Mapping[str, tuple | str | None] = field(default_factory=dict)
    defaults: Mapping[str, object] = field(default_factory=dict)
    needs: tuple[str, ...] = ()  # journey fields that must not be empty
    missing_key: str = ""  # i18n key of the note shown when ``needs`` are missing
    reads: tuple[str, ...] = ()  # journey fields the picture shows
    content: Callable[[Journey], bool] | None = None  # more than ``needs``: worth a report page?
    reading: Callable[[Journey], str] | None = None  # the picture in one line of words
    report: Report | None = None  # its place in the report and the deck; None: not in them
    show: Show | None = None  # the notebooks' named function; None: ``show_view`` only

    @property
    def draw(self) -> Callable:
        """The drawing function (imported on first use)."""
        return self.drawing if callable(self.drawing) else _load(self.drawing)

    def choices(self, option: str) -> tuple | None:
        """The values ``option`` allows (``ANY``: any value)."""
        allowed = self.options[option]
        return _load(allowed) if isinstance(allowed, str) else allowed

    @property
    def splittable(self) -> bool:
        """Whether the view draws a chosen run of phases, so a large map can be
        printed over several pages, a few phases each."""
        return "phases" in self.options

    def resolved(self, options: Mapping[str, object]) -> dict:
        """``options`` checked against the view's, defaults filled in; ``None`` values
        mean "the default". Raises ``ValueError`` naming the option and its choices."""
        chosen = dict(self.defaults)
        for name, value in options.items():
            if name not in self.options:
                known = ", ".join(self.options) or "—"
                raise ValueError(t("render.error.option", view=self.name, option=name, choices=known))
            if value is None:
                continue
            allowed = self.choices(name)
            if allowed is not ANY and value not in allowed:
                choices = ", ".join(str(v) for v in allowed)
                raise ValueError(t("render.error.option_value", option=name, value=value, choices=choices))
            chosen[name] = value
        return chosen

    def missing(self, journey: Journey) -> str:
        """The note to show instead of the picture when the data it needs is not
        there yet (in the journey's language), else ""."""
        if all(getattr(journey, name) for name in self.needs):
            return ""
        with language(journey.language):
            return t(self.missing_key, again=again())

    def has_content(self, journey: Journey) -> bool:
        """Whether the view has anything to draw for this journey: what it needs is
        there, and its own test (``content``) agrees."""
        if not all(getattr(journey, name) for name in self.needs):
            return False
        return self.content is None or bool(self.content(journey))

    def reading_text(self, journey: Journey) -> str:
        """The view's reading in the current language ("" when it has none)."""
        return self.reading(journey) if self.reading is not None else ""

    def figure(self, journey: Journey, **options):
        """The picture as a matplotlib ``Figure`` (drawn in the journey's language)."""
        return self.draw(journey, **self.resolved(options))

    def caption(self, journey: Journey, **options) -> str:
        """The picture's caption (its alt text) in the journey's language."""
        chosen = self.resolved(options)
        with language(journey.language):
            extra = {}
            if "template_id" in chosen:
                extra["name"] = frameworks.template(chosen["template_id"]).label()
            return t(self.caption_key.format(**chosen), title=journey.title, **extra)


def _load(reference: str):
    """``"module:NAME"`` inside ``render``, imported now."""
    module, _, name = reference.partition(":")
    return getattr(import_module(f"journeykit_widgets.render.{module}"), name)


def _view(name, drawing, caption_key, reads, options=None, defaults=None, **more) -> View:
    options = {"paper": "style:DRAWING_PAPERS", **(options or {})}
    defaults = {"paper": "a4", **(defaults or {})}
    return View(name, drawing, caption_key, options, defaults, reads=_COMMON_READS + reads, **more)


_ROLE = {"role": ANY}

VIEWS: dict[str, View] = {
    v.name: v
    for v in (
        _view(
            "journey",
            "journey_map:journey_map",
            "workshop.caption.map",
            (
                "objective",
                "phase_model",
                "personas",
                "buying_group",
                "touchpoints",
                "kpis",
                "scenario",
                "expectations",
            ),
            {"role": ANY, "phases": ANY},
            reading=readings.journey,
            report=Report(10, "report.view.journey"),
            show=Show("show_map", "The journey map: phases as columns, lanes as rows.", {"role": None}),
        ),
        _view(
            "canvas",
            "canvas:canvas",
            "workshop.caption.canvas_{state}",
            ("phase_model", "buying_group", "canvases"),
            {"state": "canvas:STATES", "role": ANY},
            {"state": "current", "role": ""},
            content=readings.canvas_filled,
            reading=readings.canvas,
            report=Report(50, "report.view.canvas", {"state": "both"}),
            show=Show(
                "show_canvas",
                'The four-lane B2B canvas: ``state`` is "ideal", "current" or "both".',
                {"state": "both", "role": ""},
            ),
        ),
        _view(
            "template",
            "templates:template_grid",
            "workshop.caption.template",
            ("templates",),
            {"template_id": frameworks.TEMPLATE_IDS},
            {"template_id": "current_state"},
            show=Show(
                "show_template",
                "A filled-in map template (current state, future state, day in the life, blueprint).",
                {"template_id": "current_state"},
            ),
        ),
        _view(
            "persona",
            "persona:persona_card",
            "workshop.caption.persona",
            ("personas",),
            {"persona_id": ANY},
            needs=("personas",),
            missing_key="workshop.no_persona",
            reading=readings.persona,
            # The persona card is a card, not a wall map: it stays on its own size.
            report=Report(20, "report.view.persona"),
            show=Show(
                "show_persona", "The persona card of the main persona, or a note that there is none yet."
            ),
        ),
        _view(
            "buying_group",
            "persona:buying_group",
            "workshop.caption.buying_group",
            ("buying_group", "personas", "goals", "touchpoints"),
            needs=("buying_group",),
            missing_key="workshop.no_buying_group",
            show=Show(
                "show_buying_group", "The roles of a B2B buying group, or a note that this journey has none."
            ),
        ),
        _view(
            "priority",
            "priority:priority_matrix",
            "workshop.caption.priorities",
            ("touchpoints",),
            _ROLE,
            reading=readings.priority,
            report=Report(40, "report.view.priority", paper="report-low"),
            show=Show(
                "show_priorities", "The priority / gap matrix: customer importance against company effort."
            ),
        ),
        _view(
            "heatmap",
            "heatmap:channel_heatmap",
            "workshop.caption.channels",
            ("touchpoints",),
            {"value": ("count", "emotion"), "role": ANY},
            {"value": "count"},
            show=Show(
                "show_channels",
                "Channels × phases: how many touchpoints (or how they feel) where.",
                {"value": "count"},
            ),
        ),
        _view(
            "funnel",
            "funnel:kpi_funnel",
            "workshop.caption.funnel",
            ("kpis", "touchpoints"),
            content=lambda journey: bool(journey.kpis),
            reading=readings.funnel,
            report=Report(60, "report.view.funnel"),
            show=Show("show_funnel", "The KPIs per phase as one connected chain (funnel)."),
        ),
        _view(
            "emotion",
            "emotion_curve:emotion_curve",
            "workshop.caption.emotion",
            ("touchpoints",),
            _ROLE,
            reading=readings.emotion,
            report=Report(30, "report.view.emotion"),
            show=Show(
                "show_emotion_curve",
                "How the customer feels along the journey, touchpoint by touchpoint.",
                {"role": None},
            ),
        ),
        _view(
            "roles",
            "roles:role_emotions",
            "lens.caption.roles",
            ("buying_group", "goals", "touchpoints", "canvases"),
            needs=("buying_group",),
            missing_key="workshop.no_buying_group",
            content=readings.group_to_compare,
            reading=readings.roles,
            report=Report(70, "lens.report.view.roles"),
            show=Show(
                "show_roles", "One emotion line per buying-group role, where they disagree most shaded."
            ),
        ),
        _view(
            "blueprint",
            "blueprint:service_blueprint",
            "blueprint.caption",
            ("blueprint",),
            content=lambda journey: bool(journey.blueprint),
            reading=readings.blueprint,
            report=Report(80, "report.view.blueprint"),
            show=Show(
                "show_blueprint",
                "The service blueprint: steps, five lanes, three lines, fail points and wait times.",
            ),
        ),
        _view(
            "evidence",
            "evidence:evidence_chart",
            "evidence.caption",
            ("touchpoints", "goals", "canvases"),
            content=readings.has_evidence,
            reading=readings.evidence,
            report=Report(90, "report.view.evidence"),
            show=Show(
                "show_evidence", "Evidence coverage per phase as a chart, with the assumptions to test first."
            ),
        ),
    )
}


def register(entry: View) -> View:
    """Add a view to the registry (a plug-in, or a test); ``ValueError`` when the
    name or its ``show_*`` name is taken. Returns the entry."""
    if entry.name in VIEWS:
        raise ValueError(t("views.error.taken", name=entry.name))
    if entry.show is not None and entry.show.name in {v.show.name for v in VIEWS.values() if v.show}:
        raise ValueError(t("views.error.show_taken", name=entry.show.name))
    VIEWS[entry.name] = entry
    return entry


def view_names() -> tuple[str, ...]:
    return tuple(VIEWS)


def report_views() -> tuple[View, ...]:
    """The views the report shows, in its order (the deck shows those with ``slides``)."""
    placed = [v for v in VIEWS.values() if v.report is not None]
    return tuple(sorted(placed, key=lambda v: v.report.order))


def view(name: str) -> View:
    """The registered view called ``name``; ``ValueError`` naming the choices otherwise."""
    try:
        return VIEWS[name]
    except KeyError:
        raise ValueError(t("render.error.view", value=name, choices=", ".join(VIEWS))) from None
