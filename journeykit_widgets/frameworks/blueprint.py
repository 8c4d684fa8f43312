"""The canonical service blueprint's vocabulary: its five lanes, three lines and the
units of a wait time, read from ``data/blueprint.json`` (en/nl, editable by a trainer)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from journeykit_widgets.frameworks import Entry, _entry, _read

__all__ = [
    "BLUEPRINT_LANE_IDS",
    "BLUEPRINT_LINE_IDS",
    "WAIT_UNIT_IDS",
    "BlueprintLine",
    "blueprint_lanes",
    "blueprint_lines",
    "wait_unit_label",
    "wait_units",
]

# Top to bottom, as every blueprint since Shostack draws them; the model's step fields
# carry these names, so the order here is the order of the rows on the sheet.
BLUEPRINT_LANE_IDS: tuple[str, ...] = (
    "physical_evidence",
    "customer_actions",
    "frontstage",
    "backstage",
    "support_processes",
)
BLUEPRINT_LINE_IDS: tuple[str, ...] = ("interaction", "visibility", "internal_interaction")
WAIT_UNIT_IDS: tuple[str, ...] = ("minutes", "hours", "days")


@dataclass(frozen=True)
class BlueprintLine(Entry):
    """A line between two lanes: ``above`` is the lane just above it; ``style`` how it is drawn."""

    above: str = ""
    style: str = "solid"


@cache
def _data() -> dict:
    return _read("blueprint")


@cache
def blueprint_lanes() -> dict[str, Entry]:
    """The five lanes, top to bottom."""
    raw = _data()["lanes"]
    return {key: _entry(key, raw[key]) for key in BLUEPRINT_LANE_IDS}


@cache
def blueprint_lines() -> dict[str, BlueprintLine]:
    """The three lines, top to bottom, each with the lane it lies under."""
    raw = _data()["lines"]
    return {
        key: _entry(key, raw[key], BlueprintLine, above=raw[key]["above"], style=raw[key]["style"])
        for key in BLUEPRINT_LINE_IDS
    }


@cache
def wait_units() -> dict[str, Entry]:
    raw = _data()["wait_units"]
    return {key: _entry(key, raw[key]) for key in WAIT_UNIT_IDS}


def wait_unit_label(unit: str, lang: str | None = None) -> str:
    entry = wait_units().get(unit)
    return entry.label(lang) if entry else unit
