"""Who the map is for: personas and the roles of a B2B buying group."""

from __future__ import annotations

from pydantic import Field, field_validator

from journeykit_widgets.model._base import Id, JKModel, Name, Text, new_id
from journeykit_widgets.model._checks import check_catalogue_ids


class Persona(JKModel):
    """A fictional but research-based representative of the target group."""

    id: Id = Field(default_factory=lambda: new_id("persona"))
    name: Name
    role: Text = ""
    demographics: Text = ""
    buying_behaviour: Text = ""
    needs: Text = ""
    frustrations: Text = ""
    channels: list[str] = Field(default_factory=list)
    devices: list[str] = Field(default_factory=list)
    quote: Text = ""

    @field_validator("channels")
    @classmethod
    def _known_channels(cls, value: list[str]) -> list[str]:
        return check_catalogue_ids(value, "channels")

    @field_validator("devices")
    @classmethod
    def _known_devices(cls, value: list[str]) -> list[str]:
        return check_catalogue_ids(value, "devices")


class BuyingRole(JKModel):
    """One member of a B2B buying group, with their own interests and journey.

    Touchpoints, goals and canvases point at a role by its ``id``.
    """

    id: Id = Field(default_factory=lambda: new_id("role"))
    name: Name
    kind: str = "user"
    persona_id: str = ""
    interests: Text = ""
    responsibilities: Text = ""

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        check_catalogue_ids([value], "roles")
        return value
