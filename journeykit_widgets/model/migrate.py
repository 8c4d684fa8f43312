"""Upgrading journey data written by an older JourneyKit, and refusing newer data.

Each schema version change has one step here, applied to the plain data before
validation, so every way in (``store.load``, ``parse_journey``,
``Journey.model_validate``) reads an old file the same way. Data of a *newer*
version is refused with a sentence saying what to do: guessing at fields this
version does not know would silently lose them on the next save.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticCustomError

# Files without a schema_version were written before versions were recorded: version 1.
FIRST_VERSION = 1


def schema_version_of(data: object) -> int | None:
    """The schema version a file's data says it has (1 when it says nothing), or None
    when the value is not a whole number (the model then reports it as a field error)."""
    if not isinstance(data, dict):
        return None
    version = data.get("schema_version", FIRST_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        return None
    return version


def is_newer(data: object, current: int) -> bool:
    version = schema_version_of(data)
    return version is not None and version > current


def upgrade(data: Any, current: int) -> Any:
    """``data`` brought up to schema version ``current`` (a new dict; ``data`` is not
    changed). Raises a ``newer_schema`` error for data of a later version."""
    version = schema_version_of(data)
    if version is None or version == current:
        return data
    if version > current:
        raise PydanticCustomError(
            "newer_schema",
            "this file was written by a newer JourneyKit (schema version {version}); "
            "this version reads up to {current}",
            {"version": version, "current": current},
        )
    if version < FIRST_VERSION:
        return data  # not a version that ever existed: the field check reports it
    data = dict(data)
    if version < 2:
        data = _v1_to_v2(data)
    if version < 3:
        # Version 3 added comments and votes, both with defaults: only the number changes.
        data["schema_version"] = 3
    return data


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept a touchpoint's evidence as one line of text; version 2 keeps an
    object. The text becomes the reference, with no source (so: not researched yet)."""
    touchpoints = data.get("touchpoints")
    if isinstance(touchpoints, list):
        data["touchpoints"] = [_v1_touchpoint(tp) for tp in touchpoints]
    data["schema_version"] = 2
    return data


def _v1_touchpoint(item: object) -> object:
    if isinstance(item, dict) and isinstance(item.get("evidence"), str):
        return {**item, "evidence": {"reference": item["evidence"]}}
    return item
