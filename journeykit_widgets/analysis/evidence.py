"""Evidence coverage: how much of the map is researched, and which assumptions to test first.

Practitioners' most-repeated complaint about journey maps is that nobody can tell
what is researched and what is assumed. The **items** of a phase are its
touchpoints, the pain points of its touchpoints (those with pain-point text), its
goals, and the canvas cells of the *current* situation that hold text (the ideal
situation is a target the team sets, not a claim about customers to research).
Each item's evidence is *researched* (a research source: interview, survey,
analytics, observation, staff), *assumed* (marked as an assumption) or *not
recorded* (no source yet, which also counts as not researched).

**Assumptions to test first** (step 6): touchpoints and pain points with
**high importance (4 or 5)** whose evidence is **weak**: not researched at all, or
researched with a *low* confidence. They are ranked by the touchpoint's
importance (highest first), then by the strength of their evidence (none before
low-confidence research), then in map order. Goals and canvas cells have no
importance rating, so they count in the coverage but are not ranked here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from journeykit_widgets import frameworks
from journeykit_widgets.analysis._common import count, localize, pct
from journeykit_widgets.analysis.gap import HIGH
from journeykit_widgets.i18n import t
from journeykit_widgets.model import in_map_order
from journeykit_widgets.model.evidence import EVIDENCE_STATUSES, Evidence

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = [
    "COVERAGE_COLUMNS",
    "TO_TEST_COLUMNS",
    "EvidenceItem",
    "assumptions_to_test",
    "coverage_sentences",
    "evidence_coverage",
    "evidence_items",
    "evidence_strength",
    "localized_evidence_table",
]

COVERAGE_COLUMNS = ["phase", "phase_name", "items", "researched", "assumed", "not_recorded", "share"]
TO_TEST_COLUMNS = [
    "rank",
    "kind",
    "touchpoint_id",
    "touchpoint",
    "phase",
    "phase_name",
    "importance",
    "evidence_status",
    "evidence_source",
    "confidence",
    "reference",
    "text",
]
# Strength of evidence, weakest first: what "weak" means for the ranking.
# How many assumptions the report's sheet lists (the notebook table shows them all);
# the report's reading says how many of how many, so the count agrees with the list.
LISTED = 6
_STRENGTH = {"low": 1, "": 2, "medium": 2, "high": 3}
WEAK = 1


@dataclass(frozen=True)
class EvidenceItem:
    """One thing on the map that can be researched: a touchpoint, a pain point, a goal or a canvas cell."""

    kind: str  # touchpoint, pain_point, goal, canvas_cell
    phase: str
    label: str
    evidence: Evidence
    touchpoint_id: str = ""
    importance: int | None = None
    lane: str = ""
    role: str = ""


def evidence_strength(evidence: Evidence) -> int:
    """0 for no research (not recorded or an assumption), else 1 (low), 2 (medium or
    not given) or 3 (high confidence)."""
    return _STRENGTH[evidence.confidence] if evidence.researched else 0


def evidence_items(journey: Journey) -> list[EvidenceItem]:
    """Every item with content, in map order: touchpoints (each followed by its pain
    points), then goals, then the current canvas cells with text."""
    items: list[EvidenceItem] = []
    for tp in in_map_order(journey):
        items.append(
            EvidenceItem("touchpoint", tp.phase, tp.name, tp.evidence, tp.id, tp.importance, role=tp.role)
        )
        if tp.pain_points.strip():
            items.append(
                EvidenceItem(
                    "pain_point",
                    tp.phase,
                    tp.pain_points,
                    tp.pain_evidence,
                    tp.id,
                    tp.importance,
                    role=tp.role,
                )
            )
    items.extend(EvidenceItem("goal", g.phase, g.text, g.evidence, role=g.role) for g in journey.goals)
    for canvas in journey.canvases:
        for phase in journey.phase_ids:
            column = canvas.current.get(phase)
            if column is None:
                continue
            for lane in frameworks.LANE_IDS:
                text = getattr(column, lane)
                if text.strip():
                    items.append(
                        EvidenceItem(
                            "canvas_cell",
                            phase,
                            text,
                            column.lane_evidence(lane),
                            lane=lane,
                            role=canvas.role,
                        )
                    )
    return items


def evidence_coverage(journey: Journey) -> pd.DataFrame:
    """Per phase (in the journey's order): how many items, and how many of them are
    researched, assumed and not recorded; ``share`` = researched / items (None for a
    phase without items)."""
    import pandas as pd

    items = evidence_items(journey)
    rows = []
    for phase in journey.phase_ids:
        here = [item.evidence.status for item in items if item.phase == phase]
        counts = {status: here.count(status) for status in EVIDENCE_STATUSES}
        rows.append(
            {
                "phase": phase,
                "phase_name": journey.phase_label(phase),
                "items": len(here),
                **counts,
                "share": counts["researched"] / len(here) if here else None,
            }
        )
    return pd.DataFrame(rows, columns=COVERAGE_COLUMNS)


def coverage_sentences(journey: Journey) -> list[str]:
    """One line per phase: "Consideration: 2 of 7 items researched"."""
    table = evidence_coverage(journey)
    return [
        t(
            "evidence.coverage_line",
            phase=row.phase_name,
            researched=count(row.researched),
            count=int(row.items),
        )
        for row in table.itertuples()
    ]


def assumptions_to_test(journey: Journey, limit: int | None = None) -> pd.DataFrame:
    """The important touchpoints and pain points on weak evidence, most urgent first
    (the rule is in the module's docstring); ``limit`` keeps the first rows."""
    import pandas as pd

    candidates = [
        (position, item)
        for position, item in enumerate(evidence_items(journey))
        if item.importance is not None
        and item.importance >= HIGH
        and evidence_strength(item.evidence) <= WEAK
    ]
    # The position in evidence_items is the map order (touchpoint, then its pain points).
    candidates.sort(
        key=lambda pair: (-(pair[1].importance or 0), evidence_strength(pair[1].evidence), pair[0])
    )
    rows = []
    for rank, (_, item) in enumerate(candidates[:limit] if limit else candidates, 1):
        tp = journey.touchpoint(item.touchpoint_id)
        rows.append(
            {
                "rank": rank,
                "kind": item.kind,
                "touchpoint_id": tp.id,
                "touchpoint": tp.name,
                "phase": tp.phase,
                "phase_name": journey.phase_label(tp.phase),
                "importance": item.importance,
                "evidence_status": item.evidence.status,
                "evidence_source": item.evidence.source,
                "confidence": item.evidence.confidence,
                "reference": item.evidence.reference,
                "text": item.label if item.kind == "pain_point" else "",
            }
        )
    return pd.DataFrame(rows, columns=TO_TEST_COLUMNS)


def localized_evidence_table(df: pd.DataFrame) -> pd.DataFrame:
    """A coverage or assumptions table for people: translated headers, statuses,
    sources and confidences; the researched share as a percentage."""
    out = df.copy()
    if "evidence_status" in out.columns:
        out["evidence_status"] = out["evidence_status"].map(lambda s: t(f"evidence.status.{s}"))
    if "evidence_source" in out.columns:
        out["evidence_source"] = out["evidence_source"].map(
            lambda s: frameworks.evidence_source_label(s) if s else t("evidence.source.none")
        )
    if "confidence" in out.columns:
        out["confidence"] = out["confidence"].map(
            lambda c: t(f"evidence.confidence.{c}") if c else t("evidence.confidence.none")
        )
    if "share" in out.columns:
        out = out.rename(columns={"share": "researched_share"})
        out["researched_share"] = out["researched_share"].map(pct)
    return localize(out)
