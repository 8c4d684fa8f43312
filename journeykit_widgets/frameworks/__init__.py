"""Phase models, map templates, canvas lanes, channels, devices and buying-group
roles, read from the JSON files in ``data/``.

They are data rather than code so that a trainer can read them, a translator can
correct them, and a new phase model is one entry in a file. Every name and
description is stored in English and Dutch; ``.label()`` picks the active language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from journeykit_widgets.i18n import localized

__all__ = [
    "CUSTOM_PHASE_MODEL",
    "LANE_IDS",
    "TEMPLATE_IDS",
    "Entry",
    "EvidenceSource",
    "PhaseModel",
    "Template",
    "channel_label",
    "channels",
    "device_label",
    "devices",
    "evidence_source_label",
    "evidence_sources",
    "lanes",
    "phase_model",
    "phase_models",
    "research_levels",
    "roles",
    "template",
    "templates",
]

CUSTOM_PHASE_MODEL = "custom"


@dataclass(frozen=True)
class Entry:
    """One named thing from a data file: an id plus English and Dutch texts."""

    id: str
    names: dict[str, str]
    descriptions: dict[str, str]

    def label(self, lang: str | None = None) -> str:
        return localized(self.names, lang)

    def description(self, lang: str | None = None) -> str:
        return localized(self.descriptions, lang) if self.descriptions else ""


@dataclass(frozen=True)
class PhaseModel(Entry):
    phases: tuple[Entry, ...] = ()

    @property
    def phase_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.phases)


@dataclass(frozen=True)
class EvidenceSource(Entry):
    """A kind of evidence (interview, analytics, assumption …): whether it counts as
    research, and the research levels of the method it typically belongs to."""

    researched: bool = True
    levels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template(Entry):
    columns: tuple[Entry, ...] = ()
    rows: tuple[Entry, ...] = ()


def _read(name: str) -> dict:
    text = resources.files(__package__).joinpath("data", f"{name}.json").read_text("utf-8")
    return json.loads(text)


def _entry(key: str, raw: dict, cls=Entry, **extra) -> Entry:
    return cls(id=key, names=raw["name"], descriptions=raw.get("description", {}), **extra)


def _entries(name: str) -> dict[str, Entry]:
    return {key: _entry(key, raw) for key, raw in _read(name).items()}


def _listed(items: list[dict]) -> tuple[Entry, ...]:
    return tuple(_entry(item["id"], item) for item in items)


@cache
def phase_models() -> dict[str, PhaseModel]:
    """The built-in phase models by id, in the order a participant should see them."""
    return {
        key: _entry(key, raw, PhaseModel, phases=_listed(raw["phases"]))
        for key, raw in _read("phase_models").items()
    }


def phase_model(model_id: str) -> PhaseModel:
    try:
        return phase_models()[model_id]
    except KeyError:
        raise KeyError(model_id) from None


@cache
def templates() -> dict[str, Template]:
    """The four map templates with their exact columns and row questions."""
    return {
        key: _entry(key, raw, Template, columns=_listed(raw["columns"]), rows=_listed(raw["rows"]))
        for key, raw in _read("templates").items()
    }


def template(template_id: str) -> Template:
    return templates()[template_id]


@cache
def lanes() -> dict[str, Entry]:
    """The four lanes of the B2B canvas, top to bottom."""
    return _entries("lanes")


@cache
def channels() -> dict[str, Entry]:
    """The channel catalogue; ``other`` is always last."""
    return _entries("channels")


@cache
def devices() -> dict[str, Entry]:
    return _entries("devices")


@cache
def roles() -> dict[str, Entry]:
    """Kinds of buying-group roles (user, influencer, decision maker …)."""
    return _entries("roles")


def channel_label(channel: str) -> str:
    """A channel's name in the active language; an id not in the catalogue as it is."""
    entry = channels().get(channel)
    return entry.label() if entry else channel


def device_label(device: str) -> str:
    """A device's name in the active language; an id not in the catalogue as it is."""
    entry = devices().get(device)
    return entry.label() if entry else device


LANE_IDS: tuple[str, ...] = ("customer_process", "internal_process", "experience", "improvements")
TEMPLATE_IDS: tuple[str, ...] = ("current_state", "future_state", "day_in_life", "service_blueprint")


@cache
def evidence_sources() -> dict[str, EvidenceSource]:
    """The kinds of evidence behind an item, researched ones first, ``assumption`` last."""
    return {
        key: _entry(key, raw, EvidenceSource, researched=raw["researched"], levels=tuple(raw["levels"]))
        for key, raw in _read("evidence_sources").items()
    }


@cache
def research_levels() -> dict[str, Entry]:
    """The method's three research levels: touchpoint measurement, journey mapping, journey research."""
    return _entries("research_levels")


def evidence_source_label(source: str) -> str:
    """An evidence source's name in the active language; an id not in the catalogue as it is."""
    entry = evidence_sources().get(source)
    return entry.label() if entry else source
