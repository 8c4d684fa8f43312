"""One action list for the group: every team's proposals merged and ranked.

Each team's map proposes actions where its ideal and current state differ (the
canvas per role, the future- and current-state templates) and the team may have
adopted some of them, or written its own, in its action list. Read per team those
are one list each; over a folder of teams working on the same case they repeat.

* **Merged**: the same proposal for the same item (the same phase and lane of the
  same phase model, or the same step and row of a template) from several teams is
  one row naming every team.
* **Contradictions**: several teams changing the same item in different ways ("3→5"
  against "2→4" for one score) are one row marked as a contradiction, with each
  team's version: a question for the plenary round, not two tasks.
* **Ranked**: the analysis gives every row of a phase the same priority (from the
  phase's experience-score gap), so nearly all rows are high or medium. The group
  list ranks by what a trainer can defend in the room, each part said in the row's
  "why" column: how many teams proposed it, whether a team adopted it in its own
  list, the phase's experience gap, and how low the customer feels in that phase.
  Scores and learning goals are measures, not changes, and come after the changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journeykit_widgets.i18n import formats, t
from journeykit_widgets.i18n.quote import one_line

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.collect.folder import Collection, Team
    from journeykit_widgets.model import Journey

__all__ = [
    "MERGED_COLUMNS",
    "Proposal",
    "localized_actions",
    "merge_proposals",
    "merged_actions",
    "team_proposals",
]

MERGED_COLUMNS: tuple[str, ...] = ("rank", "phase_name", "item", "change", "teams", "owner", "kind", "why")
SCORE_LANE = "score"
# Lanes that measure or learn rather than change the journey: listed after the changes.
_MEASURE_LANES = frozenset({SCORE_LANE, "improvements"})
_VERSION_LIMIT = 70  # one team's version inside a contradiction row


@dataclass
class Proposal:
    """One team's proposal for one item, before the teams are merged."""

    key: tuple  # the item: the same key from two teams is the same item
    team: str
    phase_name: str
    item: str
    change: str
    version: str  # what this team wants for the item, short ("3→5", the ideal text)
    owner: str = ""
    lane: str = ""
    gap: int = 0  # ideal minus current experience score of the phase (canvas only)
    low: int | None = None  # the lowest emotion among the phase's touchpoints
    adopted: bool = False  # in the team's own action list
    teams: list[str] = field(default_factory=list)


def _phase_facts(journey: Journey, phase: str, canvas) -> tuple[int, int | None]:
    gap = 0
    if canvas is not None:
        ideal, current = canvas.column("ideal", phase).score, canvas.column("current", phase).score
        if ideal is not None and current is not None:
            gap = max(0, ideal - current)
    emotions = [tp.emotion for tp in journey.touchpoints_in(phase) if tp.emotion is not None]
    return gap, (min(emotions) if emotions else None)


def _version(lane: str, ideal: str, current: str, change: str) -> str:
    if lane == SCORE_LANE:
        return f"{current or '?'}→{ideal or '?'}"
    return one_line(ideal or change, _VERSION_LIMIT)


def team_proposals(team: Team, group: str) -> list[Proposal]:
    """Everything one team proposes: canvas and template differences, and its own
    action list (an adopted suggestion is that suggestion, marked as adopted)."""
    from journeykit_widgets.analysis import ideal_vs_current

    journey = team.journey
    found: dict[str, Proposal] = {}
    for canvas in journey.canvases:
        member = next((r for r in journey.buying_group if r.id == canvas.role), None)
        for row in ideal_vs_current(journey, role=canvas.role).itertuples(index=False):
            gap, low = _phase_facts(journey, row.phase, canvas)
            origin = f"canvas:{canvas.role}:{row.phase}:{row.lane}"
            found[origin] = Proposal(
                key=(group, origin),
                team=team.label,
                phase_name=row.phase_name,
                # A buying group has a canvas per role: the role is part of the item.
                item=t("h25group.item.role", lane=row.lane_name, role=member.name)
                if member
                else row.lane_name,
                change=row.change,
                version=_version(row.lane, row.ideal, row.current, row.change),
                owner=str(row.owner or ""),
                lane=row.lane,
                gap=gap,
                low=low,
            )
    if {"future_state", "current_state"} <= set(journey.templates):
        for row in ideal_vs_current(journey, source="template").itertuples(index=False):
            # A template goes step by step, not by the journey's phases: no phase is named.
            origin = f"template:{row.phase}:{row.lane}"
            found[origin] = Proposal(
                key=("template", origin),
                team=team.label,
                phase_name=t("h25group.phase.whole_journey"),
                item=t("h25group.item.template", step=row.phase_name, row=row.lane_name),
                change=row.change,
                version=_version(row.lane, row.ideal, row.current, row.change),
                lane=row.lane,
            )
    for action in journey.actions:
        if action.status == "done":
            continue  # done is no longer something to do
        adopted = found.get(action.origin_key)
        if adopted is not None:
            adopted.adopted = True
            adopted.owner = action.owner.strip() or adopted.owner
            continue
        phase_name = journey.phase_label(action.phase) if action.phase else t("h25group.phase.whole_journey")
        gap, low = _phase_facts(journey, action.phase, None) if action.phase else (0, None)
        text = " ".join(action.text.split())
        found[f"own:{action.id}"] = Proposal(
            key=(group, "own", action.phase, text.casefold()),
            team=team.label,
            phase_name=phase_name,
            item=t("h25group.item.own"),
            change=text,
            version=one_line(text, _VERSION_LIMIT),
            owner=action.owner.strip(),
            gap=gap,
            low=low,
            adopted=True,
        )
    return list(found.values())


def _joined(values) -> str:
    return ", ".join(dict.fromkeys(v for v in values if v))


def _score(row: dict) -> float:
    # Each part is one line of the "why" column; see the module's docstring.
    score = 2.0 * (len(row["teams"]) - 1) + row["gap"] + max(0, -(row["low"] or 0)) + 2.0 * row["adopted"]
    if row["kind"] == "contradiction":
        score += 1.0  # to settle together before anyone starts on it
    if row["lane"] in _MEASURE_LANES:
        score -= 3.0
    return score


def _why(row: dict) -> str:
    parts = []
    if len(row["teams"]) > 1:
        parts.append(t("h25group.why.teams", count=len(row["teams"])))
    if row["adopted"]:
        parts.append(t("h25group.why.adopted"))
    if row["gap"]:
        parts.append(t("h25group.why.gap", count=row["gap"]))
    if row["low"] is not None and row["low"] < 0:
        parts.append(t("h25group.why.low", value=formats.signed(row["low"], 0)))
    return " · ".join(parts) or t("h25group.why.none")


def merge_proposals(proposals: list[Proposal]) -> list[dict]:
    """Proposals → merged rows, best first. Same item and same change: one row;
    same item, different changes: one contradiction row with each team's version."""
    items: dict[tuple, list[Proposal]] = {}
    for proposal in proposals:
        items.setdefault(proposal.key, []).append(proposal)
    rows = []
    for group in items.values():
        changes = list(dict.fromkeys(" ".join(p.change.split()).casefold() for p in group))
        teams = list(dict.fromkeys(p.team for p in group))
        row = {
            "phase_name": " / ".join(dict.fromkeys(p.phase_name for p in group)),
            "item": " / ".join(dict.fromkeys(p.item for p in group)),
            "teams": teams,
            "owner": _joined(p.owner.strip() for p in group),
            "lane": group[0].lane,
            "gap": max(p.gap for p in group),
            "low": min((p.low for p in group if p.low is not None), default=None),
            "adopted": any(p.adopted for p in group),
        }
        if len(changes) > 1 and len(teams) > 1:
            versions = {}
            for p in group:
                versions.setdefault(p.version, []).append(p.team)
            row["kind"] = "contradiction"
            row["change"] = t(
                "h25group.contradiction",
                versions="; ".join(f"{', '.join(names)}: {v}" for v, names in versions.items()),
            )
        else:
            row["kind"] = "merged" if len(teams) > 1 else "single"
            row["change"] = group[0].change
        row["score"] = _score(row)
        row["why"] = _why(row)
        rows.append(row)
    rows.sort(key=lambda r: -r["score"])  # stable: equal scores keep the map's order
    for rank, row in enumerate(rows, 1):
        row["rank"] = rank
    return rows


def merged_actions(collection: Collection, localized: bool = False) -> pd.DataFrame:
    """The group's action list, merged and ranked (``MERGED_COLUMNS``; ``localized``
    gives the headers, kinds and "no owner yet" in the active language)."""
    import pandas as pd

    proposals = []
    for model, teams in collection.groups().items():
        for team in teams:
            proposals.extend(team_proposals(team, model))
    rows = merge_proposals(proposals)
    frame = pd.DataFrame(
        [{**r, "teams": ", ".join(r["teams"])} for r in rows],
        columns=[*MERGED_COLUMNS, "score", "lane", "team_count"],
    )
    frame["team_count"] = [len(r["teams"]) for r in rows]
    return localized_actions(frame) if localized else frame


def localized_actions(frame: pd.DataFrame) -> pd.DataFrame:
    """``merged_actions`` for people: headers, kinds and "no owner yet" in the active language."""
    out = frame[list(MERGED_COLUMNS)].copy()
    out["owner"] = out["owner"].map(lambda o: o or t("h25group.no_owner"))
    out["kind"] = out["kind"].map(lambda k: t(f"h25group.kind.{k}"))
    return out.rename(columns={c: t(f"h25group.column.{c}") for c in out.columns})
