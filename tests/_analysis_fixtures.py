"""Small journeys built in code for the analysis tests."""

from __future__ import annotations

from journeykit_widgets.model import Journey, Touchpoint


def journey_with(*touchpoints: tuple, **kwargs) -> Journey:
    """``journey_with(("Banner", "touch", emotion, importance, effort), ...)``."""
    journey = Journey.new("Test journey", **kwargs)
    for i, (name, phase, emotion, importance, effort, *rest) in enumerate(touchpoints):
        extra = rest[0] if rest else {}
        journey.touchpoints.append(
            Touchpoint(
                id=extra.pop("id", f"tp{i + 1}"),
                name=name,
                phase=phase,
                emotion=emotion,
                importance=importance,
                effort=effort,
                **extra,
            )
        )
    return journey.revalidated()
