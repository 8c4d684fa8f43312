"""Choice lists for dropdowns, in the active language: (label, value) pairs."""

from __future__ import annotations

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey


def phases(journey: Journey) -> list[tuple[str, str]]:
    return [(phase.label(), phase.id) for phase in journey.phases]


def channels() -> list[tuple[str, str]]:
    return [(entry.label(), key) for key, entry in frameworks.channels().items()]


def devices() -> list[tuple[str, str]]:
    return [(entry.label(), key) for key, entry in frameworks.devices().items()]


def role_kinds() -> list[tuple[str, str]]:
    return [(entry.label(), key) for key, entry in frameworks.roles().items()]


def roles(journey: Journey) -> list[tuple[str, str]]:
    """The buying-group roles, after "the customer as a whole" (role ``""``)."""
    return [(t("widgets.role.whole"), ""), *((role.name, role.id) for role in journey.buying_group)]


def personas(journey: Journey) -> list[tuple[str, str]]:
    return [(t("value.none"), ""), *((persona.name, persona.id) for persona in journey.personas)]


ALL = "*"


def with_all(options: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(t("widgets.filter.all"), ALL), *options]
