"""The evidence behind an item: where it comes from, a quote or reference, a confidence.

Practitioners' most-repeated complaint about journey maps is that nobody can tell
what was researched and what was assumed. Every touchpoint, pain point, goal and
canvas cell carries an ``Evidence`` so maps and analyses can show the difference.
"""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator, model_validator
from pydantic_core import PydanticCustomError

from journeykit_widgets import frameworks
from journeykit_widgets.model._base import JKModel, Text

Confidence = Literal["", "low", "medium", "high"]
CONFIDENCES: tuple[str, ...] = ("low", "medium", "high")
EvidenceStatus = Literal["researched", "assumed", "not_recorded"]
EVIDENCE_STATUSES: tuple[str, ...] = ("researched", "assumed", "not_recorded")
# The source type that marks an explicit, untested belief of the team.
ASSUMPTION = "assumption"


class Evidence(JKModel):
    """``source``: a kind from ``frameworks.evidence_sources()`` ("" = not recorded yet);
    ``reference``: a short quote or where to find it; ``confidence``: low, medium, high or ""."""

    source: str = ""
    reference: Text = ""
    confidence: Confidence = ""

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: object) -> object:
        # Schema version 1 stored evidence as one line of text ("Web analytics"): it
        # becomes the reference, with no source recorded (so it counts as not researched).
        if isinstance(data, str):
            return {"reference": data}
        return data

    @field_validator("source")
    @classmethod
    def _known_source(cls, value: str) -> str:
        known = frameworks.evidence_sources()
        if value and value not in known:
            raise PydanticCustomError(
                "unknown_evidence_source",
                "unknown evidence source '{value}'; choose one of: {choices}",
                {"value": value, "choices": ", ".join(known)},
            )
        return value

    @property
    def status(self) -> EvidenceStatus:
        """researched (a research source), assumed (explicitly an assumption) or not_recorded."""
        if not self.source:
            return "not_recorded"
        entry = frameworks.evidence_sources().get(self.source)
        return "researched" if entry is not None and entry.researched else "assumed"

    @property
    def researched(self) -> bool:
        return self.status == "researched"

    def is_empty(self) -> bool:
        return not (self.source or self.reference or self.confidence)
