"""The journey model: plain, validated data, with no Jupyter imports."""

from journeykit_widgets.model._base import (
    EMOTION_MAX,
    EMOTION_MIN,
    RATING_MAX,
    RATING_MIN,
    SCORE_MAX,
    SCORE_MIN,
    new_id,
)
from journeykit_widgets.model.actions import ACTION_FIELDS, ACTION_ORIGINS, ACTION_STATUSES, ActionPoint
from journeykit_widgets.model.blueprint import BlueprintStep
from journeykit_widgets.model.canvas import CANVAS_STATES, Canvas, CanvasColumn, TemplateGrid
from journeykit_widgets.model.errors import (
    ItemNotFound,
    JourneyValidationError,
    Problem,
    problems_from,
    translate,
)
from journeykit_widgets.model.evidence import CONFIDENCES, Evidence
from journeykit_widgets.model.journey import KPI, SCHEMA_VERSION, Goal, Journey, Phase, Revision
from journeykit_widgets.model.order import in_map_order
from journeykit_widgets.model.people import BuyingRole, Persona
from journeykit_widgets.model.touchpoint import TOUCHPOINT_FIELDS, Touchpoint

__all__ = [
    "ACTION_FIELDS",
    "ACTION_ORIGINS",
    "ACTION_STATUSES",
    "CANVAS_STATES",
    "CONFIDENCES",
    "EMOTION_MAX",
    "EMOTION_MIN",
    "KPI",
    "RATING_MAX",
    "RATING_MIN",
    "SCHEMA_VERSION",
    "SCORE_MAX",
    "SCORE_MIN",
    "TOUCHPOINT_FIELDS",
    "ActionPoint",
    "BlueprintStep",
    "BuyingRole",
    "Canvas",
    "CanvasColumn",
    "Evidence",
    "Goal",
    "ItemNotFound",
    "Journey",
    "JourneyValidationError",
    "Persona",
    "Phase",
    "Problem",
    "Revision",
    "TemplateGrid",
    "Touchpoint",
    "in_map_order",
    "new_id",
    "parse_journey",
    "problems_from",
    "translate",
]


def parse_journey(data: object, source: str = "") -> Journey:
    """Validate plain data (e.g. parsed JSON) into a ``Journey``.

    Raises ``JourneyValidationError`` with every problem in the active language,
    the field problems and the reference problems together (see ``_one_pass``).
    """
    from pydantic import ValidationError

    from journeykit_widgets.model._one_pass import all_errors
    from journeykit_widgets.model.errors import MAX_KEPT, problems_from_errors

    try:
        return Journey.model_validate(data)
    except ValidationError as error:
        errors = all_errors(data, error)
        problems = problems_from_errors(errors[:MAX_KEPT])
        raise JourneyValidationError(problems, source=source, count=len(errors)) from None
