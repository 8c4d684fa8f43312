"""The journey map: phases as columns, lanes as rows, an emotion curve across
the touchpoints with peaks, low points and the end marked (peak–end)."""

from __future__ import annotations

from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import EMOTION_MAX, EMOTION_MIN, Journey, in_map_order
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import (
    card_grid,
    channel_legend,
    device_legend,
    drawn_in_language,
    more_label,
    peak_end_marks,
    phase_model_label,
    role_label,
)
from journeykit_widgets.render._text import Fitted, text_width
from journeykit_widgets.render.evidence_marks import ASSUMED_BULLET, mark_not_researched
from journeykit_widgets.render.evidence_marks import legend_entry as evidence_legend_entry
from journeykit_widgets.render.fonts import drawable, families
from journeykit_widgets.render.sheet import Sheet

__all__ = ["LANES", "emotion_curve", "journey_map"]

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


def _phase_texts(journey: Journey, tps, phase_id: str, lane: str) -> list[str | tuple[str, str]]:
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


def _signed(value: int) -> str:
    return formats.signed(value, 0)


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
                t("render.map.counts", touchpoints=len(tps), channels=channels),
            ]
        )
        if phases:
            ids = whole.phase_ids
            first, last = ids.index(journey.phase_ids[0]) + 1, ids.index(journey.phase_ids[-1]) + 1
            note += "\n" + t("render.map.phases_part", first=first, last=last, total=len(ids))
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
        _emotion_lane(sheet, journey, [], by_phase, grid_x, col_w, label_w, marks, *lane_boxes["emotion"])
        return sheet.finish()

    # Text lanes.
    more = more_label()
    for lane in ("actions", "thoughts", "pain_points", "opportunities", "kpi"):
        ly, lh = lane_boxes[lane]
        cells = [
            (grid_x + i * col_w, ly, col_w, lh, _phase_texts(journey, by_phase[phase.id], phase.id, lane))
            for i, phase in enumerate(journey.phases)
        ]
        colour = _style.MUTED if lane == "thoughts" else _style.INK
        sheet.row_of_texts(cells, 7.5 * s, 5 * s, 4 * s, colour, items=True, more=more)

    positions = _touchpoint_cards(sheet, journey, by_phase, grid_x, col_w, *lane_boxes["touchpoints"])
    _emotion_lane(sheet, journey, tps, by_phase, grid_x, col_w, label_w, marks, *lane_boxes["emotion"])

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


def _emotion_lane(sheet: Sheet, journey, tps, by_phase, grid_x, col_w, label_w, marks, ly, lh):
    s = sheet.scale
    pad = 14 * s

    def y_of(value: float) -> float:
        return ly + pad + (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN) * (lh - 2 * pad)

    # Scale marks in the label column.
    for value in (EMOTION_MAX, 0, EMOTION_MIN):
        label = _signed(value)
        w = text_width(label, 6 * s) + 2
        yy = y_of(value)
        sheet.place(
            Fitted((label,), 6 * s),
            grid_x - w - 4 * s,
            yy - 4 * s,
            w + 1,
            8 * s,
            _style.MUTED,
            va="center",
            pad=0,
        )
    sheet.line([grid_x, grid_x + col_w * len(journey.phases)], [y_of(0)] * 2, _style.FAINT, 0.6, (0, (2, 2)))
    if not tps:
        return
    xs, ys, colours, unrated = [], [], [], []
    where = {}
    for i, phase in enumerate(journey.phases):
        cards = by_phase[phase.id]
        for k, tp in enumerate(cards):
            x = grid_x + i * col_w + (k + 0.5) * col_w / len(cards)
            if tp.emotion is None:  # not rated yet: a hollow dot on the zero line, off the curve
                unrated.append(x)
                continue
            xs.append(x)
            ys.append(y_of(tp.emotion))
            colours.append(_style.emotion_colour(tp.emotion))
            where[tp.id] = (x, y_of(tp.emotion), tp)
    sheet.ax.plot(xs, ys, color=_style.MUTED, lw=1.1 * s, zorder=4, solid_joinstyle="round")
    dot = max(2.2, min(5.5, 300 / max(len(xs), 1))) * s
    sheet.markers(xs, ys, dot**2, "o", colours, "white", 0.4, zorder=5)
    sheet.markers(unrated, [y_of(0)] * len(unrated), dot**2, "o", "white", _style.MUTED, 0.6, 5, "jk-unrated")

    lane_box = (grid_x, ly, grid_x + col_w * len(journey.phases), ly + lh)
    big = (dot * (1.9 if len(marks.peaks) + len(marks.lows) <= 12 else 1.3)) ** 2
    # Every marker's square (the largest drawn there) is taken: a label never
    # sits on a dot, a flag or the end diamond, nor on another label.
    reach = max(big**0.5, dot * 2.6) / 2 + 1.0
    spots = zip(xs + unrated, ys + [y_of(0)] * len(unrated), strict=True)
    taken = [(x - reach, y - reach, x + reach, y + reach) for x, y in spots]

    def label(x, y, text, above, colour):
        size = 6.5 * s
        w = text_width(text, size, "bold") + 2
        h = size * 1.3
        bx = min(max(x - w / 2, lane_box[0] + 1), lane_box[2] - w - 1)
        for side in (above, not above):
            by = y - reach - 1 - h if side else y + reach + 1
            by = min(max(by, lane_box[1] + 1), lane_box[3] - h - 1)
            box = (bx, by, bx + w, by + h)
            if not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in taken):
                taken.append(box)
                sheet.place(Fitted((text,), size), bx, by, w + 0.5, h, colour, "bold", pad=0, va="center")
                return
        # No free place next to the marker: the legend explains the symbol.

    peak_pts = [where[i] for i in where if i in marks.peaks]
    low_pts = [where[i] for i in where if i in marks.lows]
    if peak_pts:
        sheet.markers(
            [p[0] for p in peak_pts],
            [p[1] - dot * 0.2 for p in peak_pts],
            big,
            "^",
            _style.EMOTION_COLOURS[3],
            "white",
            0.6,
            gid="jk-peaks",
        )
    if low_pts:
        sheet.markers(
            [p[0] for p in low_pts],
            [p[1] + dot * 0.2 for p in low_pts],
            big,
            "v",
            _style.EMOTION_COLOURS[-3],
            "white",
            0.6,
            gid="jk-lows",
        )
    if marks.end in where:
        ex, ey, _ = where[marks.end]
        sheet.markers([ex], [ey], (dot * 2.6) ** 2, "D", "none", _style.INK, 1.0, zorder=7, gid="jk-end")
        label(ex, ey, t("render.legend.end"), ey > ly + lh / 2, _style.INK)
    for x, y, _tp in peak_pts[:3]:
        label(x, y, t("render.legend.peak"), True, _style.EMOTION_COLOURS[3])
    for x, y, _tp in low_pts[:3]:
        label(x, y, t("render.legend.low"), False, _style.EMOTION_COLOURS[-3])


@drawn_in_language
def emotion_curve(journey: Journey, *, role: str | None = None, paper: str = "a4"):
    """The emotion curve alone, with touchpoint names, phases and peak–end marks."""
    tps = in_map_order(journey, role)
    width, _ = _style.paper_size(paper)
    fig = _style.new_figure(figsize=(width, width * 0.4))
    fig.journeykit_cells = []
    ax = fig.add_axes((0.09, 0.3 if len(tps) <= 40 else 0.12, 0.88, 0.52))
    # Every text and colour set on the artists themselves: the figure looks the
    # same whatever style the participant's notebook has set globally.
    font = {"fontfamily": (family := list(families())), "parse_math": False}
    ax.tick_params(colors=_style.MUTED, labelcolor=_style.MUTED, labelfontfamily=family, labelsize=8)
    for spine in ax.spines.values():
        spine.set_color(_style.RULE)
    ax.set_ylim(EMOTION_MIN - 0.6, EMOTION_MAX + 0.6)
    ax.set_yticks(
        range(EMOTION_MIN, EMOTION_MAX + 1), [_signed(v) for v in range(EMOTION_MIN, EMOTION_MAX + 1)]
    )
    ax.set_ylabel(t("render.axis.emotion"), color=_style.INK, fontsize=9, **font)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.text(
        0.07,
        0.93,
        drawable(t("render.curve.title", title=journey.title), "bold"),
        fontsize=13,
        weight="bold",
        color=_style.INK,
        **font,
    )
    if not tps:
        ax.set_xlim(0, 1)
        ax.set_xticks([])
        ax.text(
            0.5,
            0.5,
            t("render.empty.touchpoints"),
            ha="center",
            va="center",
            color=_style.MUTED,
            transform=ax.transAxes,
            wrap=True,
            **font,
        )
        return fig
    xs = list(range(len(tps)))
    ax.set_xlim(-0.6, len(tps) - 0.4)
    # Phase bands.
    start = 0
    for i, phase in enumerate(journey.phases):
        n = sum(1 for tp in tps if tp.phase == phase.id)
        if not n:
            continue
        if i % 2 == 0:
            ax.axvspan(start - 0.5, start + n - 0.5, color=_style.PANEL, zorder=0, lw=0)
        ax.text(
            start + n / 2 - 0.5,
            EMOTION_MAX + 0.45,
            drawable(phase.label(), "bold"),
            ha="center",
            va="center",
            fontsize=8,
            weight="bold",
            color=_style.HEADER,
            clip_on=True,
            **font,
        )
        start += n
    ax.axhline(0, color=_style.FAINT, lw=0.6, ls=(0, (2, 2)))
    rated = [(x, tp.emotion) for x, tp in zip(xs, tps, strict=True) if tp.emotion is not None]
    rxs, ys = [x for x, _ in rated], [v for _, v in rated]
    ax.plot(rxs, ys, color=_style.MUTED, lw=1.2, zorder=3)
    ax.scatter(
        rxs,
        ys,
        c=[_style.emotion_colour(v) for v in ys],
        s=36 if len(tps) < 80 else 10,
        zorder=4,
        edgecolors="white",
        linewidths=0.5,
    )
    marks = peak_end_marks(journey, role)
    spots = {
        "peaks": [(x, tp.emotion) for x, tp in zip(xs, tps, strict=True) if tp.id in marks.peaks],
        "lows": [(x, tp.emotion) for x, tp in zip(xs, tps, strict=True) if tp.id in marks.lows],
        "end": [(x, tp.emotion) for x, tp in zip(xs, tps, strict=True) if tp.id == marks.end],
    }
    spots["unrated"] = [(x, 0) for x, tp in zip(xs, tps, strict=True) if tp.emotion is None]
    handles = []
    for kind, points in spots.items():
        if not points:
            continue
        handle = ax.scatter(
            [p[0] for p in points],
            [p[1] for p in points],
            gid=f"jk-{kind}",
            label=t(_style.CURVE_MARK_LABELS[kind]),
            **_style.CURVE_MARKS[kind],
        )
        handles.append(handle)
    if handles:
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.0, 1.15),
            ncol=len(handles),
            frameon=False,
            prop={"family": family, "size": 8},
            labelcolor=_style.INK,
            borderaxespad=0,
        )
    if len(tps) <= 40:
        from journeykit_widgets.render._text import fit

        names = [fit(tp.name, 120, 9, 7, 7, max_lines=1).text for tp in tps]
        ax.set_xticks(xs, names, rotation=40, ha="right", fontsize=7, **font)
    else:
        ax.set_xticks([])
        ax.set_xlabel(t("render.axis.touchpoints", n=len(tps)), color=_style.INK, fontsize=9, **font)
    return fig
