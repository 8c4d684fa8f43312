"""The journey a report function was given: a file to load, or a journey already loaded."""

from __future__ import annotations

from pathlib import Path


def journey_of(path_or_journey):
    """``path_or_journey`` loaded when it is a path; a journey as it is."""
    if isinstance(path_or_journey, (str, Path)):
        from journeykit_widgets.store import load

        return load(path_or_journey)
    return path_or_journey
