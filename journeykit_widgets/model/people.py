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

    def who(self) -> str:
        """Name and role in one phrase, each said once and without nested brackets:
        ``Sanne, the family planner — Leisure traveller``. A role the name already says
        is not repeated: "Esther, manager klantenservice" with the role "Manager
        klantenservice (initiatiefnemer)" reads "Esther, manager klantenservice
        (initiatiefnemer)"."""
        name, role = self.name.strip(), self.role.strip()
        if not role:
            return name
        core, _, note = role.partition("(")
        core, note = core.strip(), note.rstrip(")").strip()
        if core and core.casefold() in name.casefold():
            return f"{name} ({note})" if note else name
        return f"{name} \u2014 {role}"

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
