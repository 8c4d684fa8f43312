"""The JSON Schema of a journey file, generated from the model.

Published as ``schema/journey.schema.json`` in the repository, so editors (VS Code
and others) can check and complete journey files, and other tools can read them.
A test fails when the committed file no longer matches the model. The schema adds
the fixed catalogues (channels, devices, kinds of role, phase models) as ``enum``s;
references between parts (a touchpoint's phase must be one of the journey's phases)
are beyond JSON Schema and are checked by ``journeykit validate``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from journeykit_widgets import frameworks
from journeykit_widgets.model import SCHEMA_VERSION, Journey

__all__ = ["SCHEMA_ID", "SCHEMA_RELATIVE_PATH", "journey_schema", "schema_text", "write_schema"]

SCHEMA_RELATIVE_PATH = "schema/journey.schema.json"
SCHEMA_ID = f"https://journeykit.example/{SCHEMA_RELATIVE_PATH}"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _enum(prop: dict[str, Any], values: list[str]) -> None:
    target = prop["items"] if prop.get("type") == "array" else prop
    target["enum"] = values


def journey_schema() -> dict[str, Any]:
    """The schema as a dict: ``Journey.model_json_schema()`` plus ``$schema``, ``$id``,
    title, description and the catalogue ``enum``s."""
    body = Journey.model_json_schema()
    defs = body.get("$defs", {})
    channels, devices = list(frameworks.channels()), list(frameworks.devices())
    _enum(defs["Touchpoint"]["properties"]["channel"], channels)
    _enum(defs["Touchpoint"]["properties"]["device"], devices)
    _enum(defs["Persona"]["properties"]["channels"], channels)
    _enum(defs["Persona"]["properties"]["devices"], devices)
    _enum(defs["BuyingRole"]["properties"]["kind"], list(frameworks.roles()))
    _enum(body["properties"]["phase_model"], [*frameworks.phase_models(), frameworks.CUSTOM_PHASE_MODEL])
    head = {
        "$schema": _DIALECT,
        "$id": SCHEMA_ID,
        "title": "JourneyKit journey file",
        "description": (
            f"A customer journey map made with JourneyKit (schema version {SCHEMA_VERSION}): phases, "
            "personas, buying group, customer goals, touchpoints, the four-lane canvas (ideal and "
            "current), map templates, KPIs and the revision history. References between parts "
            "(phase and role ids) are checked by `journeykit validate`, not by this schema."
        ),
    }
    body.pop("title", None)
    body.pop("description", None)
    return {**head, **body}


def schema_text() -> str:
    """The schema file's exact text (stable: same model → same bytes)."""
    return json.dumps(journey_schema(), ensure_ascii=False, indent=2) + "\n"


def write_schema(path: Path | str) -> Path:
    """Write the schema to ``path`` (the repository keeps it at ``schema/journey.schema.json``)."""
    from journeykit_widgets.store.files import write_atomic

    path = Path(path)
    write_atomic(path, schema_text())
    return path
