"""Checks against the catalogues in ``frameworks``, raising pydantic custom errors
whose ``type`` is an i18n key suffix (``error.<type>``)."""

from __future__ import annotations

from pydantic_core import PydanticCustomError

from journeykit_widgets import frameworks

_CATALOGUES = {
    "channels": frameworks.channels,
    "devices": frameworks.devices,
    "roles": frameworks.roles,
}


def check_catalogue_ids(values: list[str], catalogue: str) -> list[str]:
    known = _CATALOGUES[catalogue]()
    for value in values:
        if value not in known:
            raise PydanticCustomError(
                f"unknown_{catalogue}",
                "unknown value '{value}'; choose one of: {choices}",
                {"value": value, "choices": ", ".join(known)},
            )
    return values
