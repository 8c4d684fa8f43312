"""The buying group as a group: one emotion line per role, and where roles part ways.

In B2B several people (user, purchaser, decision maker …) each make their own
journey. Touchpoints and goals carry a ``role``; this analysis reads them per role:

- a role's **line**: per phase the mean emotion of that role's touchpoints there
  (``None`` where the role has no touchpoint in the phase);
- per phase the **divergence** between the roles present: the *spread* of their
  emotions (highest minus lowest role, and the population standard deviation),
  and how far apart their *needs* are: ``own_goals``, the number of roles with a
  goal of their own in that phase (0 = everybody shares the journey's goal; each
  role that needs something of its own adds one);
- **flags**: the phase(s) with the largest spread (when at least
  ``DIVERGENT_SPREAD`` points), and every *clash*, a phase that is one role's low
  point and another role's peak ("the purchaser's low point is the user's peak");
- the **lowest role** (lowest mean emotion over all its touchpoints) and the
  actions that serve it: the opportunities (else pain points) of its touchpoints and
  its canvas improvements, in the phases where it feels worst.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import sqrt
from typing import TYPE_CHECKING

from journeykit_widgets.analysis._common import fmt as _fmt
from journeykit_widgets.analysis._common import localize, signed
from journeykit_widgets.i18n import t
from journeykit_widgets.model import in_map_order

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = [
    "DIVERGENT_SPREAD",
    "BuyingGroupResult",
    "Clash",
    "PhaseSpread",
    "RoleAction",
    "RoleLine",
    "buying_group",
]

# Roles "disagree" in a phase when their emotions lie at least this far apart (-3..+3).
DIVERGENT_SPREAD = 2.0


@dataclass(frozen=True)
class RoleLine:
    """One role's emotion line: ``emotions[i]`` is its mean in phase ``i`` (or None)."""

    role: str
    name: str
    emotions: tuple[float | None, ...]
    mean: float
    count: int  # touchpoints of this role

    def _extreme(self, pick) -> frozenset[int]:
        values = [v for v in self.emotions if v is not None]
        if len(set(values)) < 2:
            return frozenset()  # a flat line has no peak and no low point
        target = pick(values)
        return frozenset(i for i, v in enumerate(self.emotions) if v == target)

    @property
    def lows(self) -> frozenset[int]:
        """Indexes of the phases where this role feels worst (empty for a flat line)."""
        return self._extreme(min)

    @property
    def peaks(self) -> frozenset[int]:
        """Indexes of the phases where this role feels best (empty for a flat line)."""
        return self._extreme(max)


@dataclass(frozen=True)
class PhaseSpread:
    """How far the roles present in one phase are apart."""

    phase: str
    phase_name: str
    roles: tuple[str, ...]  # role ids with touchpoints in this phase
    spread: float | None  # highest minus lowest role emotion; None with fewer than 2 roles
    std: float | None  # population standard deviation of the role emotions
    own_goals: int  # roles with a goal of their own in this phase
    highest: str | None  # role id
    lowest: str | None


@dataclass(frozen=True)
class Clash:
    """A phase that is one role's low point and another role's peak."""

    phase: str
    phase_name: str
    low_role: str  # role names
    low: float
    high_role: str
    high: float


@dataclass(frozen=True)
class RoleAction:
    """Something to do for the lowest role: ``kind`` is opportunity, pain_point or improvement."""

    phase: str
    phase_name: str
    kind: str
    source: str  # a touchpoint name, or the canvas
    text: str


@dataclass(frozen=True)
class BuyingGroupResult:
    """Per-role lines, per-phase divergence, flags and actions for the lowest role."""

    phases: tuple[tuple[str, str], ...]  # (id, label) in journey order
    lines: tuple[RoleLine, ...]
    spreads: tuple[PhaseSpread, ...]
    most_divergent: tuple[str, ...]  # phase ids
    clashes: tuple[Clash, ...]
    lowest_role: RoleLine | None
    actions: tuple[RoleAction, ...]

    @property
    def applies(self) -> bool:
        """True when at least two roles have touchpoints: only then is there a group to compare."""
        return len(self.lines) >= 2

    def line(self, role: str) -> RoleLine:
        return next(line for line in self.lines if line.role == role)

    def spread(self, phase: str) -> PhaseSpread:
        return next(s for s in self.spreads if s.phase == phase)

    # ------------------------------------------------------------ output
    def table(self, localized: bool = False) -> pd.DataFrame:
        """One row per phase: each role's emotion, the spread, its deviation and own goals."""
        import pandas as pd

        rows = []
        for i, (phase, name) in enumerate(self.phases):
            spread = self.spreads[i]
            row = {"phase": phase, "phase_name": name}
            for line in self.lines:
                row[line.name] = line.emotions[i]
            row.update(
                {
                    "spread": spread.spread,
                    "spread_std": None if spread.std is None else round(spread.std, 4),
                    "own_goals": spread.own_goals,
                }
            )
            rows.append(row)
        df = pd.DataFrame(rows)
        if not localized:
            return df
        df = df.rename(
            columns={
                "spread": t("lens.group.col.spread"),
                "spread_std": t("lens.group.col.std"),
                "own_goals": t("lens.group.col.own_goals"),
            }
        )
        return localize(df)

    def summary(self) -> str:
        """Plain sentences in the active language, one finding per line, then the actions."""
        if not self.applies:
            return self._too_few()
        return "\n".join([*self._divergence(), *self._clash_lines(), *self._serve()])

    def headline(self) -> str:
        """The one sentence a report prints above the chart: where the roles disagree
        most (the chart itself names the clashes and the role to serve first)."""
        if not self.applies:
            return self._too_few()
        return self._divergence()[0]

    def _too_few(self) -> str:
        if not self.lines:
            return t("lens.group.none")
        return t("lens.group.too_few", count=len(self.lines))

    def _divergence(self) -> list[str]:
        lines = []
        for phase in self.most_divergent:
            s = self.spread(phase)
            needs = {0: "lens.group.needs_none", 1: "lens.group.needs_one"}.get(
                s.own_goals, "lens.group.needs"
            )
            lines.append(
                t(
                    "lens.group.most",
                    needs=t(needs, own=s.own_goals),
                    phase=s.phase_name,
                    spread=_fmt(s.spread),
                    low=self.line(s.lowest).name,
                    high=self.line(s.highest).name,
                    own=s.own_goals,
                )
            )
        return lines or [t("lens.group.together", spread=_fmt(DIVERGENT_SPREAD))]

    def _clash_lines(self) -> list[str]:
        return [
            t(
                "lens.group.clash",
                phase=clash.phase_name,
                low_role=clash.low_role,
                low=signed(clash.low),
                high_role=clash.high_role,
                high=signed(clash.high),
            )
            for clash in self.clashes
        ]

    def _serve(self) -> list[str]:
        low = self.lowest_role
        if low is None:
            return []
        lines = [t("lens.group.lowest", role=low.name, mean=signed(low.mean), count=low.count)]
        for action in self.actions:
            lines.append(
                t(
                    f"lens.group.action.{action.kind}",
                    phase=action.phase_name,
                    source=action.source,
                    text=action.text,
                )
            )
        if not self.actions:
            lines.append(t("lens.group.no_actions", role=low.name))
        return lines


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _lines(journey: Journey) -> list[RoleLine]:
    phases = journey.phase_ids
    lines = []
    for role in journey.buying_group:
        # A card without an emotion yet is not a 0: the line is drawn from rated cards.
        tps = [tp for tp in in_map_order(journey, role.id) if tp.emotion is not None]
        if not tps:
            continue
        per_phase = []
        for phase in phases:
            emotions = [tp.emotion for tp in tps if tp.phase == phase]
            per_phase.append(_mean(emotions) if emotions else None)
        lines.append(
            RoleLine(role.id, role.name, tuple(per_phase), _mean([tp.emotion for tp in tps]), len(tps))
        )
    return lines


def _spreads(journey: Journey, lines: list[RoleLine]) -> list[PhaseSpread]:
    spreads = []
    for i, phase in enumerate(journey.phase_ids):
        present = [(line.role, line.emotions[i]) for line in lines if line.emotions[i] is not None]
        own = len({g.role for g in journey.goals if g.phase == phase and g.role})
        if len(present) < 2:
            spreads.append(
                PhaseSpread(
                    phase,
                    journey.phase_label(phase),
                    tuple(r for r, _ in present),
                    None,
                    None,
                    own,
                    None,
                    None,
                )
            )
            continue
        values = [v for _, v in present]
        mean = _mean(values)
        std = sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        # The first role in buying-group order wins a tie, so the result is stable.
        highest = max(present, key=lambda rv: rv[1])[0]
        lowest = min(present, key=lambda rv: rv[1])[0]
        spreads.append(
            PhaseSpread(
                phase,
                journey.phase_label(phase),
                tuple(r for r, _ in present),
                max(values) - min(values),
                std,
                own,
                highest,
                lowest,
            )
        )
    return spreads


def _clashes(journey: Journey, lines: list[RoleLine]) -> list[Clash]:
    clashes = []
    for i, phase in enumerate(journey.phase_ids):
        for low in lines:
            if i not in low.lows:
                continue
            for high in lines:
                if high is low or i not in high.peaks or high.emotions[i] <= low.emotions[i]:
                    continue
                clashes.append(
                    Clash(
                        phase,
                        journey.phase_label(phase),
                        low.name,
                        low.emotions[i],
                        high.name,
                        high.emotions[i],
                    )
                )
    return clashes


def _actions(journey: Journey, line: RoleLine) -> list[RoleAction]:
    """What serves ``line``'s role: in the phases where it feels below zero (or, if
    it never does, where it feels worst), its touchpoints' opportunities (worst
    touchpoint first; the pain point when no opportunity is written) and the
    improvements on its canvas (current state)."""
    phases = journey.phase_ids
    bad = [i for i, v in enumerate(line.emotions) if v is not None and v < 0] or sorted(line.lows)
    chosen = {phases[i] for i in bad}
    actions = []
    tps = [tp for tp in in_map_order(journey, line.role) if tp.phase in chosen]
    # Worst first, cards without an emotion yet last; stable: journey order on a tie.
    for tp in sorted(tps, key=lambda tp: (tp.emotion is None, tp.emotion or 0)):
        if tp.opportunities:
            actions.append(
                RoleAction(tp.phase, journey.phase_label(tp.phase), "opportunity", tp.name, tp.opportunities)
            )
        elif tp.pain_points:
            actions.append(
                RoleAction(tp.phase, journey.phase_label(tp.phase), "pain_point", tp.name, tp.pain_points)
            )
    canvas = next((c for c in journey.canvases if c.role == line.role), None)
    if canvas is not None:
        for phase in phases:
            if phase in chosen and canvas.column("current", phase).improvements:
                actions.append(
                    RoleAction(
                        phase,
                        journey.phase_label(phase),
                        "improvement",
                        t("lens.group.canvas"),
                        canvas.column("current", phase).improvements,
                    )
                )
    return actions


def buying_group(journey: Journey) -> BuyingGroupResult:
    """Compare the buying-group roles of ``journey`` phase by phase (see the module doc)."""
    lines = _lines(journey)
    spreads = _spreads(journey, lines)
    measured = [s.spread for s in spreads if s.spread is not None]
    top = max(measured, default=0.0)
    most = tuple(s.phase for s in spreads if top >= DIVERGENT_SPREAD and s.spread == top)
    lowest = None
    if lines:
        # Lowest mean; on a tie the lower single phase, then buying-group order.
        lowest = min(lines, key=lambda line: (line.mean, min(v for v in line.emotions if v is not None)))
    return BuyingGroupResult(
        phases=tuple((p, journey.phase_label(p)) for p in journey.phase_ids),
        lines=tuple(lines),
        spreads=tuple(spreads),
        most_divergent=most,
        clashes=tuple(_clashes(journey, lines)),
        lowest_role=lowest,
        actions=tuple(_actions(journey, lowest)) if lowest is not None and len(lines) >= 2 else (),
    )
