"""Evidence in the ipywidgets forms: three flat inputs per ``Evidence`` object.

A form knows flat field names only, so ``evidence`` becomes ``evidence_source``
(a choice), ``evidence_reference`` (text) and ``evidence_confidence`` (a choice);
these helpers turn an item's data into the flat form values and back.
"""

from __future__ import annotations

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import t
from journeykit_widgets.model.evidence import CONFIDENCES
from journeykit_widgets.widgets._form import FieldSpec

PARTS = ("source", "reference", "confidence")


def source_choices() -> list[tuple[str, str]]:
    return [
        (t("evidence.source.none"), ""),
        *((e.label(), key) for key, e in frameworks.evidence_sources().items()),
    ]


def confidence_choices() -> list[tuple[str, str]]:
    return [(t("evidence.confidence.none"), ""), *((t(f"evidence.confidence.{c}"), c) for c in CONFIDENCES)]


def specs(field: str = "evidence") -> list[FieldSpec]:
    """The three inputs of one evidence field (labels ``field.<field>_<part>``)."""
    return [
        FieldSpec(f"{field}_source", "choice", source_choices),
        FieldSpec(f"{field}_reference"),
        FieldSpec(f"{field}_confidence", "choice", confidence_choices),
    ]


def names(field: str = "evidence") -> list[str]:
    return [f"{field}_{part}" for part in PARTS]


def split(name: str, fields: tuple[str, ...] = ("evidence",)) -> tuple[str, str] | None:
    """``"evidence_source"`` → ``("evidence", "source")``; None for any other field."""
    for field in fields:
        for part in PARTS:
            if name == f"{field}_{part}":
                return field, part
    return None


def flat(data: dict, fields: tuple[str, ...] = ("evidence",)) -> dict:
    """An item's ``model_dump()`` with each evidence object spread into flat form values."""
    out = {key: value for key, value in data.items() if key not in fields}
    for field in fields:
        evidence = data.get(field) or {}
        for part in PARTS:
            out[f"{field}_{part}"] = evidence.get(part, "")
    return out


def nested(values: dict, fields: tuple[str, ...] = ("evidence",)) -> dict:
    """Flat form values back into the model's shape (the reverse of ``flat``)."""
    out = dict(values)
    for field in fields:
        out[field] = {part: out.pop(f"{field}_{part}", "") for part in PARTS}
    return out
