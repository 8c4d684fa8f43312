"""Exercise: put given actions of the airline's blueprint in the right lane, on the
right side of each line (interaction, visibility, internal interaction).

The items are the lanes of the sample's first blueprint steps, so the exercise
follows the data wherever the sample changes; feedback on a misplaced item names
the line it should be on the other side of.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from journeykit_widgets.exercises._common import (
    as_list,
    fold,
    is_blank,
    load_journey,
    short,
    table,
    type_name,
)
from journeykit_widgets.exercises._feedback import Feedback
from journeykit_widgets.frameworks.blueprint import BLUEPRINT_LANE_IDS, blueprint_lanes, blueprint_lines
from journeykit_widgets.i18n import LANGUAGES, t
from journeykit_widgets.model import Journey

CASE = "airline"
TITLE = "exercises.blueprint.title"
STEPS = 3  # the first three steps: fifteen items, enough to meet every line twice
# Short names a participant may type for a lane, besides its id and full names.
_ALIASES = {
    "physical_evidence": ("evidence", "bewijs"),
    "customer_actions": ("customer", "klant"),
    "frontstage": ("front",),
    "backstage": ("back",),
    "support_processes": ("support", "ondersteuning"),
}


@dataclass(frozen=True)
class Item:
    """One action or piece of evidence to place: its text, step and true lane."""

    key: str
    text: str
    step: str
    lane: str


def items(journey: Journey) -> list[Item]:
    """The items in a mixed but fixed order (a hash of step id and lane), the same in
    English and Dutch, so the numbers of a solution fit both."""
    found = [
        Item(f"{step.id}/{lane}", step.lane(lane), step.name, lane)
        for step in journey.blueprint[:STEPS]
        for lane in BLUEPRINT_LANE_IDS
        if step.lane(lane).strip()
    ]
    return sorted(found, key=lambda item: hashlib.sha1(item.key.encode()).hexdigest())


def show(journey: Journey | str | Path | None = None):
    """The numbered items with their step, without their lane: the material to place."""
    journey = load_journey(journey, CASE)
    rows = [
        {t("exercises.blueprint.col.item"): i.text, t("exercises.blueprint.col.step"): i.step}
        for i in items(journey)
    ]
    return table(rows)


def resolve_lane(ref: object) -> str | None:
    """A lane from its id, English or Dutch name, or a short name ("back", "klant")."""
    wanted = fold(ref)
    for lane_id, entry in blueprint_lanes().items():
        names = {
            fold(lane_id),
            *(fold(entry.label(lang)) for lang in LANGUAGES),
            *map(fold, _ALIASES[lane_id]),
        }
        if wanted in names:
            return lane_id
    return None


def _resolve_item(ref: object, numbered: list[Item]) -> Item | None:
    if isinstance(ref, bool):
        return None
    if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdigit()):
        n = int(ref)
        return numbered[n - 1] if 1 <= n <= len(numbered) else None
    wanted = fold(ref)
    return next((item for item in numbered if fold(item.text) == wanted), None) if wanted else None


def line_between(upper: str, lower: str) -> str | None:
    """The id of the first line below lane ``upper`` on the way down to ``lower``."""
    order = list(BLUEPRINT_LANE_IDS)
    top, bottom = sorted((order.index(upper), order.index(lower)))
    for line_id, line in blueprint_lines().items():
        if top <= order.index(line.above) < bottom:
            return line_id
    return None


def _line_name(line_id: str) -> str:
    """A line's name inside a sentence: "the line of visibility", not "the Line of …"."""
    label = blueprint_lines()[line_id].label()
    return label[:1].lower() + label[1:]


def _label(item: Item, numbered: list[Item]) -> str:
    return f"{numbered.index(item) + 1} “{item.text}”"


def check(answer: object, journey: Journey | str | Path | None = None) -> Feedback:
    """Feedback on ``{"physical_evidence": [numbers], "customer_actions": [...], "frontstage": [...],
    "backstage": [...], "support_processes": [...]}`` (lane names in either language work too)."""
    fb = Feedback(t(TITLE))
    journey = load_journey(journey, CASE)
    numbered = items(journey)
    if not isinstance(answer, Mapping):
        return fb.no_answer("exercises.blueprint.expected_dict", got=type_name(answer))
    placed: dict[str, list[str]] = {}
    for key, refs in answer.items():
        lane = resolve_lane(key) if isinstance(key, str) else None
        if lane is None:
            fb.wrong(
                "exercises.blueprint.unknown_lane", value=short(key), lanes=", ".join(BLUEPRINT_LANE_IDS)
            )
            continue
        for ref in as_list(refs):
            item = _resolve_item(ref, numbered)
            if item is None:
                fb.wrong("exercises.blueprint.unknown_item", value=short(ref), count=len(numbered))
                continue
            placed.setdefault(item.key, [])
            if lane not in placed[item.key]:
                placed[item.key].append(lane)
    if not placed:
        if not fb.wrongs:
            fb.blank_answer("exercises.blueprint.nothing_placed", count=len(numbered))
        fb.hint("exercises.blueprint.hint_start")
        return fb

    lanes = blueprint_lanes()
    for lane_id in BLUEPRINT_LANE_IDS:
        here = [i for i in numbered if i.lane == lane_id]
        good = [i for i in here if placed.get(i.key) == [lane_id]]
        # An item of another lane placed here spoils "all right" (it is named below).
        intruders = [i for i in numbered if i.lane != lane_id and lane_id in placed.get(i.key, [])]
        if here and len(good) == len(here) and not intruders:
            fb.right("exercises.blueprint.lane_complete", lane=lanes[lane_id].label())
        elif good:
            fb.right(
                "exercises.blueprint.lane_partial",
                lane=lanes[lane_id].label(),
                right=len(good),
                total=len(here),
            )

    for item in numbered:
        chosen = placed.get(item.key)
        if not chosen:
            continue
        if len(chosen) > 1:
            fb.wrong("exercises.blueprint.twice", item=_label(item, numbered))
            continue
        if chosen[0] == item.lane:
            continue
        line = line_between(chosen[0], item.lane)
        if line is None:
            fb.wrong(
                "exercises.blueprint.same_side",
                item=_label(item, numbered),
                placed=lanes[chosen[0]].label(),
                lane=lanes[item.lane].label(),
                why=lanes[item.lane].description(),
            )
            continue
        below = BLUEPRINT_LANE_IDS.index(item.lane) > BLUEPRINT_LANE_IDS.index(chosen[0])
        fb.wrong(
            "exercises.blueprint.below" if below else "exercises.blueprint.above",
            item=_label(item, numbered),
            placed=lanes[chosen[0]].label(),
            lane=lanes[item.lane].label(),
            line=_line_name(line),
        )
        fb.hint(
            "exercises.blueprint.hint_line", line=_line_name(line), why=blueprint_lines()[line].description()
        )
    missing = [i for i in numbered if i.key not in placed]
    if missing:
        fb.todo(
            "exercises.blueprint.not_placed",
            count=len(missing),
            numbers=", ".join(str(numbered.index(i) + 1) for i in missing),
        )
    return fb


def solution(journey: Journey | str | Path | None = None) -> dict[str, list[int]]:
    """The right answer as numbers per lane (for the trainer and the tests)."""
    numbered = items(load_journey(journey, CASE))
    return {lane: [n for n, i in enumerate(numbered, 1) if i.lane == lane] for lane in BLUEPRINT_LANE_IDS}


__all__ = ["CASE", "Item", "check", "is_blank", "items", "line_between", "resolve_lane", "show", "solution"]
