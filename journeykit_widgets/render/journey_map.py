"""The journey map: phases as columns, lanes as rows, an emotion curve across
the touchpoints with peaks, low points and the end marked (peak–end).

The emotion lane is drawn by ``journey_lanes``, the curve on its own by
``emotion_curve``."""

from __future__ import annotations

from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import Journey, in_map_order
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import (
    card_grid,
    channel_legend,
    device_legend,
    drawn_in_language,
    map_counts,
    more_label,
    peak_end_marks,
    phase_model_label,
    role_label,
)
from journeykit_widgets.render._text import text_width
from journeykit_widgets.render.evidence_marks import ASSUMED_BULLET, mark_not_researched
from journeykit_widgets.render.evidence_marks import legend_entry as evidence_legend_entry
from journeykit_widgets.render.journey_lanes import emotion_lane
from journeykit_widgets.render.sheet import Sheet
from journeykit_widgets.render.vote_marks import mark_votes

__all__ = ["LANES", "journey_map", "lane_texts"]

# Lane id → relative height. The touchpoint lane holds the cards, so it is tallest.
LANES: dict[str, float] = {
    "actions": 1.0,
    "touchpoints": 2.0,
    "thoughts": 1.0,
    "emotion": 1.35,
    "pain_points": 1.0,
    "opportunities": 1.0,
    "kpi": 0.75,
}


def _who(journey: Journey, role: str | None) -> str:
    if role:
        member = next((r for r in journey.buying_group if r.id == role), None)
        if member:
            return t("render.map.role", name=member.name, kind=role_label(member.kind))
    persona = journey.persona
    if persona:
        who = persona.who()
        return t("render.map.persona", name=who)
    if journey.buying_group:
        return t("render.map.group", names=", ".join(r.name for r in journey.buying_group))
    return ""


def _subtitle(journey: Journey, role: str | None) -> str:
    parts = [p for p in (_who(journey, role),) if p]
    if journey.objective:
        parts.append(t("render.map.objective", text=journey.objective))
    return "\n".join(parts)


def _situation(sheet: Sheet, journey: Journey, top: float) -> float:
    """The scenario and the customer's expectations, side by side under the header;
    returns where the map starts. Nothing is drawn (nor moved) when both are empty."""
    items = [
        (t("render.map.scenario"), journey.scenario.strip()),
        (t("render.map.expectations"), journey.expectations.strip()),
    ]
    items = [(label, " ".join(text.split())) for label, text in items if text]
    if not items:
        return top
    s = sheet.scale
    m = sheet.margin
    gap = 8 * s
    h = 34 * s  # three lines of text at the largest size
    y = top - 4 * s
    w = (sheet.W - 2 * m - gap * (len(items) - 1)) / len(items)
    label_w = max(text_width(label, 7 * s, "bold") for label, _ in items) + 12 * s
    boxes = []
    for i, (label, text) in enumerate(items):
        x = m + i * (w + gap)
        sheet.rect(x, y, w, h, fc=_style.PANEL, radius=2.5 * s)
        sheet.rect(x, y, 2.5 * s, h, fc=_style.ACCENT)
        sheet.text(
            x + 7 * s, y + 4 * s, label_w - 8 * s, 11 * s, label, 7 * s, 6, "bold", _style.HEADER, pad=0
        )
        boxes.append((x + label_w, y + 4 * s, w - label_w - 6 * s, h - 7 * s, text))
    # Both texts at one size, the largest at which each fits (never below 6 pt).
    sheet.row_of_texts(boxes, 7.5 * s, 6, pad=0, colour=_style.INK)
    return y + h + 10 * s


def lane_texts(journey: Journey, tps, phase_id: str, lane: str) -> list[str | tuple[str, str]]:
    """What a text lane shows in one phase (``tps``: the phase's touchpoints in map order)."""
    if lane == "actions":
        return [tp.action for tp in tps]
    if lane == "thoughts":
        return [f"“{tp.thoughts.strip()}”" for tp in tps if tp.thoughts.strip()]
    if lane == "pain_points":
        # An assumed (or unrecorded) pain point takes the "?" of the legend as its bullet.
        return [(ASSUMED_BULLET if not tp.pain_evidence.researched else "• ", tp.pain_points) for tp in tps]
    if lane == "opportunities":
        return [tp.opportunities for tp in tps]
    if lane == "kpi":
        items = []
        for kpi in journey.kpis:
            if kpi.phase != phase_id:
                continue
            values = []
            if kpi.actual is not None:
                values.append(_number(kpi.actual) + (f" {kpi.unit}" if kpi.unit else ""))
            if kpi.target is not None:
                values.append(t("render.kpi.target_short", value=_number(kpi.target)))
            items.append(kpi.name + (": " + " · ".join(values) if values else ""))
        seen = set()
        for tp in tps:
            if tp.kpi and tp.kpi not in seen:
                seen.add(tp.kpi)
                items.append(tp.kpi)
        return items
    return []


def _number(value: float) -> str:
    return formats.number(value, 1)


@drawn_in_language
def journey_map(
    journey: Journey,
    *,
    role: str | None = None,
    paper: str = "a4",
    blank: bool = False,
    phases: tuple[str, ...] | None = None,
):
    """The full journey map of ``journey`` as a Figure (A4 or A3 landscape).

    ``role``: None draws every touchpoint; a buying-group role id draws that
    role's journey. ``blank`` draws an empty worksheet with the guiding questions.
    ``phases`` (ids): draw only these columns, one page of a map split over
    pages; peaks, low points and the end stay those of the whole journey.
    """
    whole = journey
    marks = None if blank else peak_end_marks(journey, role)
    if phases:
        journey = _part(journey, phases)
    sheet = Sheet(paper)
    s = sheet.scale
    m = sheet.margin
    tps = [] if blank else in_map_order(journey, role)
    by_phase = {pid: [tp for tp in tps if tp.phase == pid] for pid in journey.phase_ids}

    if blank:
        top = sheet.header(
            t("render.worksheet.journey.title"),
            t("render.worksheet.journey.subtitle"),
            t("render.worksheet.name_line"),
        )
    else:
        channels = len({tp.channel for tp in tps})
        note = "\n".join(
            [
                phase_model_label(journey.phase_model),
                map_counts(len(tps), channels),
            ]
        )
        if phases:
            ids = whole.phase_ids
            first, last = ids.index(journey.phase_ids[0]) + 1, ids.index(journey.phase_ids[-1]) + 1
            # one phase on the page: "Phase 7 of 7", not "Phases 7–7 of 7"
            key = "h24.map.phase_part" if first == last else "render.map.phases_part"
            note += "\n" + t(key, first=first, last=last, total=len(ids))
        top = sheet.header(journey.title, _subtitle(journey, role), note)
        top = _situation(sheet, journey, top)

    legend_h = 0.0 if blank else 34 * s
    label_w = 92 * s
    grid_x = m + label_w
    grid_w = sheet.W - m - grid_x
    phase_h = 24 * s
    lanes_top = top + phase_h
    lanes_h = sheet.H - m - legend_h - lanes_top
    # A few cards per phase need less room than a crowded phase: give the
    # rest to the text lanes.
    weights = dict(LANES)
    crowd = max((len(v) for v in by_phase.values()), default=0)
    if not blank and crowd <= 6:
        weights["touchpoints"] = 1.45 if crowd > 2 else 1.1
    unit = lanes_h / sum(weights.values())
    n_phases = len(journey.phases)
    col_w = grid_w / n_phases

    # Lane label column and horizontal lanes.
    y = lanes_top
    lane_boxes: dict[str, tuple[float, float]] = {}
    for lane, weight in weights.items():
        h = weight * unit
        lane_boxes[lane] = (y, h)
        sheet.rect(m, y, label_w, h, fc=_style.PANEL, ec="white", lw=1.2)
        head = sheet.text(
            m, y, label_w - 4 * s, h, t(f"render.lane.{lane}"), 8.5 * s, 6 * s, "bold", pad=5 * s
        )
        if blank:
            below = head.height + 7 * s
            sheet.text(
                m,
                y + below,
                label_w - (22 if lane == "emotion" else 4) * s,
                h - below,
                t(f"render.lane.{lane}.question"),
                6.5 * s,
                5 * s,
                colour=_style.MUTED,
                pad=5 * s,
            )
        sheet.line([grid_x, grid_x + grid_w], [y + h, y + h], _style.RULE, 0.6)
        y += h
    sheet.line([grid_x, grid_x + grid_w], [lanes_top, lanes_top], _style.RULE, 0.6)

    # Phase header band and column rules.
    names = []
    for phase in journey.phases:
        count = len(by_phase[phase.id]) if not blank else 0
        names.append(f"{phase.label()}  ({count})" if count else phase.label())
    sheet.phase_band(grid_x, top, col_w, phase_h, names, max_lines=2)
    for i in range(1, n_phases):
        x = grid_x + i * col_w
        sheet.line([x, x], [lanes_top, lanes_top + lanes_h], _style.RULE, 0.6)

    if blank:
        emotion_lane(sheet, journey, [], by_phase, grid_x, col_w, label_w, marks, *lane_boxes["emotion"])
        return sheet.finish()

    # Text lanes.
    more = more_label()
    # The lanes where something is cut short or left out ("+3 more"): the report
    # lists them in full next to the map (``handouts.report``).
    shortened = []
    for lane in ("actions", "thoughts", "pain_points", "opportunities", "kpi"):
        before = sheet.fig.journeykit_crowded
        ly, lh = lane_boxes[lane]
        cells = [
            (grid_x + i * col_w, ly, col_w, lh, lane_texts(journey, by_phase[phase.id], phase.id, lane))
            for i, phase in enumerate(journey.phases)
        ]
        colour = _style.MUTED if lane == "thoughts" else _style.INK
        sheet.row_of_texts(cells, 7.5 * s, 5 * s, 4 * s, colour, items=True, more=more)
        if sheet.fig.journeykit_crowded > before:
            shortened.append(lane)

    before = sheet.fig.journeykit_crowded
    positions = _touchpoint_cards(sheet, journey, by_phase, grid_x, col_w, *lane_boxes["touchpoints"])
    if sheet.fig.journeykit_crowded > before or any(tp.id not in positions for tp in tps):
        shortened.insert(0, "touchpoints")
    sheet.fig.journeykit_shortened = tuple(shortened)
    emotion_lane(sheet, journey, tps, by_phase, grid_x, col_w, label_w, marks, *lane_boxes["emotion"])

    if not tps:
        ty, th = (
            lane_boxes["actions"][0],
            sum(lane_boxes[k][1] for k in ("actions", "touchpoints", "thoughts")),
        )
        sheet.empty_state(
            grid_x + 20 * s,
            ty + 10 * s,
            grid_w - 40 * s,
            th - 20 * s,
            t("render.empty.title"),
            t("render.empty.touchpoints"),
        )
    else:
        entries = channel_legend([tp.channel for tp in tps])
        entries += device_legend([tp.device for tp in tps])
        entries += [
            ("patch", {"fc": "white", "ec": _style.INK, "lw": 0.8}, t("render.legend.direct")),
            ("patch", {"fc": "white", "ec": _style.INK, "lw": 0.8, "ls": "--"}, t("render.legend.indirect")),
            ("marker", {"marker": "^", "fc": _style.EMOTION_COLOURS[3]}, t("render.legend.peak")),
            ("marker", {"marker": "v", "fc": _style.EMOTION_COLOURS[-3]}, t("render.legend.low")),
            ("marker", {"marker": "D", "fc": "white", "ec": _style.INK}, t("render.legend.end")),
        ]
        if any(
            not tp.evidence.researched or (tp.pain_points.strip() and not tp.pain_evidence.researched)
            for tp in tps
        ):
            entries.append(evidence_legend_entry())
        sheet.legend(m, sheet.H - m - legend_h + 6 * s, sheet.W - 2 * m, entries, 7, t("render.legend.title"))
    del positions
    return sheet.finish()


def _touchpoint_cards(sheet: Sheet, journey, by_phase, grid_x, col_w, ly, lh):
    s = sheet.scale
    gap = 3 * s
    markers: dict[str, list] = {}
    positions = {}
    names: list[tuple] = []  # (x, y, w, h, name) of every card, drawn at one size below
    sizes: list[float] = []
    more = more_label()
    for i, phase in enumerate(journey.phases):
        cards = by_phase[phase.id]
        x0 = grid_x + i * col_w
        rows, _cols, cw, ch, shown = card_grid(len(cards), col_w, lh, 40 * s, 15 * s, gap)
        for k in range(min(shown, len(cards))):
            tp = cards[k]
            col, row = divmod(k, rows)
            cx = x0 + gap + col * (cw + gap)
            cy = ly + gap + row * (ch + gap)
            colour = _style.channel_colour(tp.channel)
            sheet.rect(
                cx,
                cy,
                cw,
                ch,
                fc=_style.tint(colour, 0.72),
                ec=colour,
                lw=0.9,
                ls="-" if tp.direct else (0, (3, 2)),
                zorder=2,
            )
            sheet.rect(cx, cy, 3 * s, ch, fc=colour, zorder=3)
            marker = _style.DEVICE_MARKERS.get(tp.device)
            # Room on the right for the device marker and the "not researched" mark.
            room = 9 * s if marker or not tp.evidence.researched else 2 * s
            if marker:
                markers.setdefault(marker, []).append((cx + cw - 5 * s, cy + 5 * s))
            names.append((cx + 3 * s, cy, cw - 3 * s - room, ch, tp.name))
            sizes.append(min(7.5 * s, max(6.0, ch * 0.3)))
            positions[tp.id] = (cx, cy, cw, ch)
        hidden = len(cards) - shown
        if hidden > 0:
            k = shown
            col, row = divmod(k, rows)
            cx = x0 + gap + col * (cw + gap)
            cy = ly + gap + row * (ch + gap)
            sheet.rect(cx, cy, cw, ch, fc="white", ec=_style.ACCENT, lw=0.9, zorder=2)
            sheet.text(
                cx,
                cy,
                cw,
                ch,
                more.format(n=hidden),
                7.5 * s,
                4.5 * s,
                "bold",
                _style.ACCENT,
                "center",
                "center",
                pad=2 * s,
            )
    # Neighbouring cards read evenly: every card name in the lane at one size,
    # the largest at which all of them fit.
    if names:
        sheet.row_of_texts(names, min(sizes), 6.0, pad=2.5 * s)
    for marker, points in markers.items():
        xs, ys = zip(*points, strict=True)
        sheet.markers(xs, ys, (4.2 * s) ** 2, marker)
    shown_cards = [
        (tp, positions[tp.id]) for cards in by_phase.values() for tp in cards if tp.id in positions
    ]
    mark_not_researched(sheet, shown_cards)
    mark_votes(sheet, journey, shown_cards)  # the last closed dot vote's counts
    return positions


def _part(journey: Journey, phase_ids) -> Journey:
    """The journey with only these phases (and the touchpoints and KPIs in them)."""
    keep = set(phase_ids)
    return journey.model_copy(
        update={
            "phases": [p for p in journey.phases if p.id in keep],
            "touchpoints": [tp for tp in journey.touchpoints if tp.phase in keep],
            "kpis": [k for k in journey.kpis if k.phase in keep],
        }
    )
