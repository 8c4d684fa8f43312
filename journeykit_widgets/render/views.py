"""The view registry: every picture of a journey the kit draws, in one place.

A ``View`` says what a picture is called (``journeykit map --view``), which
function draws it, its caption, the options it takes (and their allowed values),
which journey data must be there before it is worth drawing, and which journey
fields it reads. The CLI, the notebooks' ``show_*``, the editors' previews, the
handouts and the tests all go through ``view(name)``; the PNG cache keys a
picture on the fields the view reads, so an edit elsewhere reuses the picture.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import language, t
from journeykit_widgets.model import Journey
from journeykit_widgets.render.blueprint import service_blueprint
from journeykit_widgets.render.canvas import STATES, canvas
from journeykit_widgets.render.evidence import evidence_chart
from journeykit_widgets.render.funnel import kpi_funnel
from journeykit_widgets.render.heatmap import channel_heatmap
from journeykit_widgets.render.journey_map import emotion_curve, journey_map
from journeykit_widgets.render.persona import buying_group, persona_card
from journeykit_widgets.render.priority import priority_matrix
from journeykit_widgets.render.roles import role_emotions
from journeykit_widgets.render.style import PAPER_NAMES
from journeykit_widgets.render.templates import template_grid

__all__ = ["VIEWS", "View", "view", "view_names"]

ANY = None  # an option whose value is free (a role id, a persona id)
# Every view takes the paper; the journey's language and title appear on most.
_COMMON_READS = ("title", "language", "phases")


@dataclass(frozen=True)
class View:
    """One picture of a journey."""

    name: str
    draw: Callable  # draw(journey, **options) -> matplotlib Figure
    caption_key: str  # i18n key; ``{state}`` etc. are filled from the options
    options: Mapping[str, tuple | None] = field(default_factory=dict)  # name -> allowed values
    defaults: Mapping[str, object] = field(default_factory=dict)
    needs: tuple[str, ...] = ()  # journey fields that must not be empty
    missing_key: str = ""  # i18n key of the note shown when ``needs`` are missing
    reads: tuple[str, ...] = ()  # journey fields the picture shows

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
            allowed = self.options[name]
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
            return t(self.missing_key)

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


def _view(name, draw, caption_key, reads, options=None, defaults=None, needs=(), missing_key="") -> View:
    options = {"paper": PAPER_NAMES, **(options or {})}
    defaults = {"paper": "a4", **(defaults or {})}
    return View(name, draw, caption_key, options, defaults, needs, missing_key, _COMMON_READS + reads)


_ROLE = {"role": ANY}

VIEWS: dict[str, View] = {
    v.name: v
    for v in (
        _view(
            "journey",
            journey_map,
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
        ),
        _view(
            "canvas",
            canvas,
            "workshop.caption.canvas_{state}",
            ("phase_model", "buying_group", "canvases"),
            {"state": STATES, "role": ANY},
            {"state": "current", "role": ""},
        ),
        _view(
            "template",
            template_grid,
            "workshop.caption.template",
            ("templates",),
            {"template_id": frameworks.TEMPLATE_IDS},
            {"template_id": "current_state"},
        ),
        _view(
            "persona",
            persona_card,
            "workshop.caption.persona",
            ("personas",),
            {"persona_id": ANY},
            needs=("personas",),
            missing_key="workshop.no_persona",
        ),
        _view(
            "buying_group",
            buying_group,
            "workshop.caption.buying_group",
            ("buying_group", "personas", "goals", "touchpoints"),
            needs=("buying_group",),
            missing_key="workshop.no_buying_group",
        ),
        _view("priority", priority_matrix, "workshop.caption.priorities", ("touchpoints",), _ROLE),
        _view(
            "heatmap",
            channel_heatmap,
            "workshop.caption.channels",
            ("touchpoints",),
            {"value": ("count", "emotion"), "role": ANY},
            {"value": "count"},
        ),
        _view("funnel", kpi_funnel, "workshop.caption.funnel", ("kpis", "touchpoints")),
        _view("emotion", emotion_curve, "workshop.caption.emotion", ("touchpoints",), _ROLE),
        _view(
            "roles",
            role_emotions,
            "lens.caption.roles",
            ("buying_group", "goals", "touchpoints", "canvases"),
            needs=("buying_group",),
            missing_key="workshop.no_buying_group",
        ),
        _view("blueprint", service_blueprint, "blueprint.caption", ("blueprint",)),
        _view("evidence", evidence_chart, "evidence.caption", ("touchpoints", "goals", "canvases")),
    )
}


def view_names() -> tuple[str, ...]:
    return tuple(VIEWS)


def view(name: str) -> View:
    """The registered view called ``name``; ``ValueError`` naming the choices otherwise."""
    try:
        return VIEWS[name]
    except KeyError:
        raise ValueError(t("render.error.view", value=name, choices=", ".join(VIEWS))) from None
