"""A touchpoint: one moment of contact between customer and company."""

from __future__ import annotations

from pydantic import Field, field_validator

from journeykit_widgets.model._base import Emotion, Id, JKModel, Name, Rating, Text, new_id
from journeykit_widgets.model._checks import check_catalogue_ids
from journeykit_widgets.model.evidence import Evidence


class Touchpoint(JKModel):
    """Everything the six steps record about one touchpoint.

    ``phase`` and ``role`` refer to the journey's phases and buying-group roles;
    the journey checks those references. ``role`` is empty for the main persona.
    """

    id: Id = Field(default_factory=lambda: new_id("tp"))
    name: Name
    phase: Id
    channel: str = "other"
    device: str = "any"
    direct: bool = True
    owner: Text = ""
    action: Text = ""
    thoughts: Text = ""
    # None = not rated yet: a new card has no feeling until the participant gives it
    # one, so it does not count as 0 (and become the journey's "end") in any analysis.
    # Files from before keep their 0.
    emotion: Emotion | None = Field(default=None, description="-3 … +3; null = not rated yet")
    importance: Rating = 3
    effort: Rating = 3
    pain_points: Text = ""
    opportunities: Text = ""
    kpi: Text = ""
    # Where the touchpoint as a whole comes from, and (separately) its pain points.
    evidence: Evidence = Field(default_factory=Evidence)
    pain_evidence: Evidence = Field(default_factory=Evidence)
    role: str = ""

    @field_validator("channel")
    @classmethod
    def _known_channel(cls, value: str) -> str:
        check_catalogue_ids([value], "channels")
        return value

    @field_validator("device")
    @classmethod
    def _known_device(cls, value: str) -> str:
        check_catalogue_ids([value], "devices")
        return value


# Touchpoint fields in the order of the touchpoints table (CSV/XLSX, widgets).
TOUCHPOINT_FIELDS: tuple[str, ...] = tuple(Touchpoint.model_fields)
