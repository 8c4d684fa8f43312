"""The touchpoints table's columns and how a cell's label maps to an id and back.

Shared by the export (``store.table_export``) and the import (``store.tables``):
which columns there are, their headers in either language, and the lookups that
turn "Website" / "website" / "Webwinkel" into a channel id and an id into the
label that reads back as the same id."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import LANGUAGES, has_key, t
from journeykit_widgets.i18n.yes_no import NO_WORDS, YES_WORDS
from journeykit_widgets.model import TOUCHPOINT_FIELDS, Journey
from journeykit_widgets.model.evidence import CONFIDENCES
from journeykit_widgets.store.cells import office_text

TABLE_FORMATS: tuple[str, ...] = ("csv", "xlsx")
REQUIRED_COLUMNS: tuple[str, ...] = ("name", "phase")

# Evidence objects are flat columns: <field>_source, <field>_reference, <field>_confidence.
_EVIDENCE_FIELDS = ("evidence", "pain_evidence")
_EVIDENCE_PARTS = ("source", "reference", "confidence")
# The table's columns: the touchpoint's fields, each evidence object spread over three.
TABLE_COLUMNS: tuple[str, ...] = tuple(
    column
    for name in TOUCHPOINT_FIELDS
    for column in ([f"{name}_{part}" for part in _EVIDENCE_PARTS] if name in _EVIDENCE_FIELDS else [name])
)
# The dots each touchpoint got in the last closed dot vote: written after the
# touchpoint's own columns when a vote has closed, and passed over on import (the
# vote, not the table, decides them).
VOTES_COLUMN = "votes"
# Headers of the one evidence text column of tables exported before schema version 2
# (its id and its English and Dutch labels then): read as the evidence reference.
_OLD_EVIDENCE_HEADERS = ("evidence", "evidence source", "bron")
_INT_FIELDS = frozenset({"emotion", "importance", "effort"})
_LOOKUP_FIELDS = ("phase", "channel", "device", "role")
# The kit's yes/no words, plus the column's own words for a touchpoint's kind.
_YES = YES_WORDS | {"direct"}
_NO = NO_WORDS | {"indirect"}
# Column widths in Excel's character units, by kind of field.
_WIDTHS = {
    "evidence_source": 18,
    "evidence_confidence": 14,
    "pain_evidence_source": 18,
    "pain_evidence_confidence": 14,
    "id": 14,
    "name": 32,
    "phase": 18,
    "channel": 20,
    "device": 16,
    "direct": 9,
    "role": 18,
}
_NARROW = {"emotion": 10, "importance": 13, "effort": 13}
_DEFAULT_WIDTH = 38
_HEADER_SEARCH = 20  # rows searched for the header, below a title or notes
# Control characters a cell can hold but no person typed on purpose (NUL from a broken
# export, ESC, BEL...); tab and line breaks are kept.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


# ----------------------------------------------------------------------------- lookups
def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


class _Lookup:
    """Label ↔ id for one kind of value. Ids win over labels; labels are matched in any
    letter case and in both languages, so an English table imports into a Dutch journey."""

    def __init__(self, entries: Iterable[tuple[str, Iterable[str]]]):
        self.ids: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        for ident, labels in entries:
            self.ids.setdefault(_norm(ident), ident)
            for label in labels:
                if label:
                    self.labels.setdefault(_norm(label), ident)

    def resolve(self, value: str) -> str | None:
        key = _norm(value)
        return self.ids.get(key) or self.labels.get(key)

    def export(self, ident: str, label: str, xlsx: bool = False) -> str:
        # Write the label only when it reads back as the same id: labels may repeat,
        # look blank, hold control characters (removed by the import), or (in XLSX)
        # characters the format cannot store.
        if (
            not label.strip()
            or self.resolve(label) != ident
            or _CONTROL.search(label)
            or (xlsx and office_text(label) != label)
        ):
            return ident
        return label


@dataclass
class _Context:
    journey: Journey
    phase: _Lookup
    channel: _Lookup
    device: _Lookup
    role: _Lookup
    source: _Lookup
    confidence: _Lookup

    @classmethod
    def of(cls, journey: Journey) -> _Context:
        def catalogue(entries: dict[str, frameworks.Entry]) -> _Lookup:
            return _Lookup((key, [e.label(lang) for lang in LANGUAGES]) for key, e in entries.items())

        return cls(
            journey=journey,
            phase=_Lookup((p.id, [p.name, *(p.label(lang) for lang in LANGUAGES)]) for p in journey.phases),
            channel=catalogue(frameworks.channels()),
            device=catalogue(frameworks.devices()),
            role=_Lookup((r.id, [r.name]) for r in journey.buying_group),
            source=catalogue(frameworks.evidence_sources()),
            confidence=_Lookup(
                (c, [t(f"evidence.confidence.{c}", lang=lang) for lang in LANGUAGES]) for c in CONFIDENCES
            ),
        )

    def label(self, name: str, ident: str, lang: str, xlsx: bool = False) -> str:
        if name == "phase":
            phase = next((p for p in self.journey.phases if p.id == ident), None)
            return self.phase.export(ident, phase.label(lang) if phase else "", xlsx)
        if name == "role":
            if not ident:
                return ""
            role = next((r for r in self.journey.buying_group if r.id == ident), None)
            return self.role.export(ident, role.name if role else "", xlsx)
        entries = frameworks.channels() if name == "channel" else frameworks.devices()
        entry = entries.get(ident)
        return getattr(self, name).export(ident, entry.label(lang) if entry else "", xlsx)

    def evidence_label(self, part: str, ident: str, lang: str, xlsx: bool = False) -> str:
        """The cell of an evidence source or confidence: its label, "" when not given."""
        if not ident:
            return ""
        if part == "source":
            entry = frameworks.evidence_sources().get(ident)
            return self.source.export(ident, entry.label(lang) if entry else "", xlsx)
        return self.confidence.export(ident, t(f"evidence.confidence.{ident}", lang=lang), xlsx)

    def choices(self, name: str) -> str:
        if name == "source":
            return ", ".join(e.label() for e in frameworks.evidence_sources().values())
        if name == "confidence":
            return ", ".join(t(f"evidence.confidence.{c}") for c in CONFIDENCES)
        if name == "phase":
            return ", ".join(p.label() for p in self.journey.phases)
        if name == "role":
            return ", ".join(r.name for r in self.journey.buying_group) or "—"
        entries = frameworks.channels() if name == "channel" else frameworks.devices()
        return ", ".join(e.label() for e in entries.values())


def column_label(name: str, lang: str | None = None) -> str:
    """The readable header of a touchpoint field, e.g. ``emotion`` → "emotie" in Dutch."""
    key = f"field.{name}"
    return t(key, lang=lang) if has_key(key) else name


def _header_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for name in TABLE_COLUMNS:
        lookup.setdefault(_norm(name), name)
    for lang in LANGUAGES:
        for name in TABLE_COLUMNS:
            lookup.setdefault(_norm(column_label(name, lang)), name)
    for header in _OLD_EVIDENCE_HEADERS:
        lookup.setdefault(_norm(header), "evidence_reference")
    for lang in (None, *LANGUAGES):
        lookup.setdefault(
            _norm(VOTES_COLUMN if lang is None else column_label(VOTES_COLUMN, lang)), VOTES_COLUMN
        )
    return lookup


def _evidence_column(name: str) -> tuple[str, str] | None:
    """``"pain_evidence_source"`` → ``("pain_evidence", "source")``; None for other columns."""
    for field_name in _EVIDENCE_FIELDS:
        for part in _EVIDENCE_PARTS:
            if name == f"{field_name}_{part}":
                return field_name, part
    return None
