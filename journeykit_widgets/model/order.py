"""The one rule for the order of touchpoints on a map, used by analyses, figures,
exercises and tables alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from journeykit_widgets.model.journey import Journey
    from journeykit_widgets.model.touchpoint import Touchpoint

__all__ = ["in_map_order"]


def in_map_order(journey: Journey, role: str | None = None) -> list[Touchpoint]:
    """Touchpoints in the order the customer meets them: phase by phase, and
    inside a phase in their order in the file.

    ``role=None`` takes every touchpoint; ``""`` only the main persona's; a role id
    only that buying-group role's. A touchpoint whose phase the journey does not
    list (a file written by another tool) comes last instead of being dropped.
    """
    rank = {phase: i for i, phase in enumerate(journey.phase_ids)}
    chosen = [tp for tp in journey.touchpoints if role is None or tp.role == role]
    # sorted() is stable, so the file order survives inside a phase.
    return sorted(chosen, key=lambda tp: rank.get(tp.phase, len(rank)))
