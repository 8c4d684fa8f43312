"""The board's view-model: a journey turned into the plain data the browser draws.

The board holds no data of its own; Python reads the file and sends this dict.
Colours and lane/phase/channel names come from the same sources as the printed
map (``render`` palette, ``frameworks`` data, the ``render.lane.*`` texts), so the
live board and the wall map speak with one voice.
"""

from __future__ import annotations

from journeykit_widgets import frameworks
from journeykit_widgets.analysis import ideal_vs_current, peak_end
from journeykit_widgets.i18n import catalogue, t
from journeykit_widgets.model import Journey
from journeykit_widgets.model._base import EMOTION_MAX, EMOTION_MIN, RATING_MAX, RATING_MIN, SCORE_MAX
from journeykit_widgets.model.canvas import CANVAS_STATES
from journeykit_widgets.model.evidence import CONFIDENCES
from journeykit_widgets.render import channel_colours
from journeykit_widgets.widgets.board.actions import EVIDENCE_PARTS

# The map's lanes, top to bottom, as on the printed map.
MAP_LANES: tuple[str, ...] = (
    "actions",
    "touchpoints",
    "thoughts",
    "emotion",
    "pain_points",
    "opportunities",
    "kpi",
)
# Lane → the touchpoint field its entries come from.
LANE_FIELDS: dict[str, str] = {
    "actions": "action",
    "thoughts": "thoughts",
    "pain_points": "pain_points",
    "opportunities": "opportunities",
    "kpi": "kpi",
}
# Fields of the detail panel, in the order a participant fills them in.
DETAIL_FIELDS: tuple[str, ...] = (
    "name",
    "phase",
    "channel",
    "device",
    "direct",
    "role",
    "owner",
    "action",
    "thoughts",
    "emotion",
    "importance",
    "effort",
    "pain_points",
    "pain_evidence_source",
    "pain_evidence_reference",
    "pain_evidence_confidence",
    "opportunities",
    "kpi",
    "evidence_source",
    "evidence_reference",
    "evidence_confidence",
)
# Card fields read from the touchpoint's evidence objects (``evidence_source`` → evidence.source,
# ``pain_evidence_source`` → pain_evidence.source): the same names the board's actions set.
_EVIDENCE_CARD_FIELDS = EVIDENCE_PARTS


def _labels(lang: str) -> dict[str, str]:
    """Every ``board.*`` text in the journey's language, with the prefix dropped."""
    return {key[len("board.") :]: t(key, lang) for key in catalogue("en") if key.startswith("board.")}


def palette() -> dict[str, object]:
    """The colours shared with the printed map."""
    from journeykit_widgets.render import style

    return {
        "channels": dict(channel_colours()),
        "emotion": {str(k): v for k, v in style.EMOTION_COLOURS.items()},
        "accent": style.ACCENT,
        "header": style.HEADER,
        "ink": style.INK,
        "muted": style.MUTED,
        "rule": style.RULE,
        "panel": style.PANEL,
        "device_markers": dict(style.DEVICE_MARKERS),
    }


def _choices(entries: dict, lang: str) -> list[dict[str, str]]:
    return [{"id": key, "label": entry.label(lang)} for key, entry in entries.items()]


def _roles(journey: Journey, lang: str) -> list[dict[str, str]]:
    everyone = [{"id": "", "label": t("board.role.main", lang)}]
    return everyone + [{"id": r.id, "label": r.name} for r in journey.buying_group]


def _phases(journey: Journey, lang: str) -> list[dict[str, str]]:
    return [{"id": p.id, "label": p.label(lang), "description": p.description} for p in journey.phases]


def _card(tp) -> dict[str, object]:
    card = {
        name: getattr(getattr(tp, _EVIDENCE_CARD_FIELDS[name][0]), _EVIDENCE_CARD_FIELDS[name][1])
        if name in _EVIDENCE_CARD_FIELDS
        else getattr(tp, name)
        for name in ("id", *DETAIL_FIELDS)
    }
    # researched / assumed / not_recorded: an unresearched card is hatched with a "?", as on the printed map.
    card["evidence_status"] = tp.evidence.status
    return card


def _evidence_choices(lang: str) -> dict[str, list[dict[str, str]]]:
    """The evidence source types and confidences for the detail panel's selects."""
    none = [{"id": "", "label": t("evidence.source.none", lang)}]
    sources = none + _choices(frameworks.evidence_sources(), lang)
    confidences = [{"id": "", "label": t("evidence.confidence.none", lang)}] + [
        {"id": c, "label": t(f"evidence.confidence.{c}", lang)} for c in CONFIDENCES
    ]
    return {"sources": sources, "confidences": confidences}


def journey_view(journey: Journey, role: str | None = None) -> dict[str, object]:
    """What the journey board shows: phases, cards in file order, emotion marks, texts.

    ``role``: None shows every touchpoint, ``""`` the main persona, an id one
    buying-group role (as on the printed map).
    """
    lang = journey.language
    shown = [tp for tp in journey.touchpoints if role is None or tp.role == role]
    result = peak_end(journey, role)
    # As on the printed map: a peak is flagged only above neutral, a low only below.
    marks = {
        "peaks": [m.touchpoint_id for m in result.peaks if m.emotion > 0],
        "lows": [m.touchpoint_id for m in result.lows if m.emotion < 0],
        "end": result.end.touchpoint_id if result.end else None,
    }
    return {
        "kind": "journey",
        "title": journey.title,
        "language": lang,
        "role": role,
        "phases": _phases(journey, lang),
        "lanes": [
            {
                "id": lane,
                "label": t(f"render.lane.{lane}", lang),
                "question": t(f"render.lane.{lane}.question", lang),
            }
            for lane in MAP_LANES
        ],
        "lane_fields": LANE_FIELDS,
        "fields": list(DETAIL_FIELDS),
        "field_labels": {name: t(f"board.field.{name}", lang) for name in DETAIL_FIELDS},
        "cards": [_card(tp) for tp in shown],
        "marks": marks,
        "channels": _choices(frameworks.channels(), lang),
        "devices": _choices(frameworks.devices(), lang),
        "evidence": _evidence_choices(lang),
        "roles": _roles(journey, lang),
        "scales": {
            "emotion": [EMOTION_MIN, EMOTION_MAX],
            "importance": [RATING_MIN, RATING_MAX],
            "effort": [RATING_MIN, RATING_MAX],
        },
        "palette": palette(),
        "labels": _labels(lang),
    }


def canvas_view(journey: Journey, role: str = "", state: str = "ideal") -> dict[str, object]:
    """What the four-lane canvas board shows: phases × lanes for ideal and current,
    the scores, the cells that differ and the action list made from them."""
    lang = journey.language
    canvas = next((c for c in journey.canvases if c.role == role), None)
    cells: dict[str, dict[str, dict[str, object]]] = {}
    for which in CANVAS_STATES:
        cells[which] = {}
        for phase in journey.phases:
            column = canvas.column(which, phase.id) if canvas else None
            cells[which][phase.id] = (
                {lane: (getattr(column, lane) if column else "") for lane in frameworks.LANE_IDS}
                | {"score": column.score if column else None}
                | {
                    f"{lane}_evidence": (column.lane_evidence(lane).source if column else "")
                    for lane in frameworks.LANE_IDS
                }
                | {
                    f"{lane}_evidence_status": (
                        column.lane_evidence(lane).status if column else "not_recorded"
                    )
                    for lane in frameworks.LANE_IDS
                }
            )
    differs = {
        phase.id: [
            lane
            for lane in (*frameworks.LANE_IDS, "score")
            if cells["ideal"][phase.id][lane] != cells["current"][phase.id][lane]
            and (cells["ideal"][phase.id][lane] or cells["current"][phase.id][lane])
        ]
        for phase in journey.phases
    }
    actions = ideal_vs_current(journey, role)
    action_rows = [
        {key: ("" if value is None else str(value)) for key, value in row.items()}
        for row in actions.to_dict("records")
    ]
    return {
        "kind": "canvas",
        "title": journey.title,
        "language": lang,
        "role": role,
        "state": state,
        "phases": _phases(journey, lang),
        "lanes": [
            {"id": key, "label": entry.label(lang), "question": entry.description(lang)}
            for key, entry in frameworks.lanes().items()
        ],
        "cells": cells,
        "evidence": _evidence_choices(lang),
        "differs": differs,
        "actions": action_rows,
        "score_max": SCORE_MAX,
        "roles": _roles(journey, lang),
        "palette": palette(),
        "labels": _labels(lang),
    }
