"""The KPI funnel: phases as connected stages, each with its KPIs (target vs actual)."""

from __future__ import annotations

from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model import Journey
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import drawn_in_language, more_label
from journeykit_widgets.render._text import fit
from journeykit_widgets.render.sheet import Sheet

__all__ = ["kpi_funnel"]

_GOOD, _SHORT = "#4A7BB7", "#EE7733"


def _number(value: float) -> str:
    return formats.number(value, 1)


def _stages(funnel) -> list[tuple[str, float]]:
    """A funnel result from ``analysis`` (a DataFrame or rows) → [(label, value)]."""
    if funnel is None:
        return []
    rows = funnel
    if hasattr(funnel, "to_dict"):
        rows = funnel.to_dict("records")
    elif hasattr(funnel, "stages"):
        rows = funnel.stages
    elif isinstance(funnel, dict):
        rows = list(funnel.items())
    stages = []
    for row in rows:
        if isinstance(row, dict):
            label = next(
                (row[k] for k in ("phase_name", "stage", "label", "name", "phase") if row.get(k)), ""
            )
            value = next(
                (row[k] for k in ("value", "count", "actual", "visitors") if row.get(k) is not None), None
            )
        elif isinstance(row, tuple | list) and len(row) >= 2:
            label, value = row[0], row[1]
        else:
            label = getattr(row, "label", getattr(row, "name", ""))
            value = getattr(row, "value", getattr(row, "count", None))
        if value is not None:
            stages.append((str(label), float(value)))
    return stages


@drawn_in_language
def kpi_funnel(journey: Journey, funnel=None, *, paper: str = "a4"):
    """KPIs per phase as one chain. Without ``funnel`` it draws the journey's KPIs
    (actual against target); with a funnel result it draws the stage volumes and
    the conversion from stage to stage."""
    sheet = Sheet(paper)
    s = sheet.scale
    m = sheet.margin
    stages = _stages(funnel)
    top = sheet.header(t("render.funnel.title"), journey.title, t("render.funnel.note"))
    phases = journey.phases
    labels = [p.label() for p in phases]
    if stages:
        labels = [label for label, _ in stages]
    kpis = {p.id: [k for k in journey.kpis if k.phase == p.id] for p in phases}
    if not stages and not journey.kpis:
        sheet.empty_state(
            m,
            top + 20 * s,
            sheet.W - 2 * m,
            sheet.H - top - m - 40 * s,
            t("render.empty.title"),
            t("render.empty.kpi"),
        )
        return sheet.finish()

    n = len(labels)
    funnel_w = 250 * s
    gap = 6 * s
    row_h = (sheet.H - m - 20 * s - top) / n
    fx = m
    widths = []
    if stages:
        peak = max(v for _, v in stages) or 1
        widths = [max(0.18, v / peak) for _, v in stages]
    else:
        widths = [1 - 0.55 * k / max(n - 1, 1) for k in range(n)]
    from matplotlib.patches import Polygon

    for k, label in enumerate(labels):
        y = top + k * row_h
        w_top = funnel_w * widths[k]
        w_bottom = funnel_w * (widths[k + 1] if k + 1 < n else widths[k] * 0.85)
        cx = fx + funnel_w / 2
        poly = Polygon(
            [
                (cx - w_top / 2, y),
                (cx + w_top / 2, y),
                (cx + w_bottom / 2, y + row_h - gap),
                (cx - w_bottom / 2, y + row_h - gap),
            ],
            closed=True,
            fc=_style.HEADER,
            ec="white",
            lw=1,
            alpha=1 - 0.1 * (k % 2),
        )
        sheet.ax.add_patch(poly)
        inner = min(w_top, w_bottom) * 0.92
        sheet.text(
            cx - inner / 2,
            y,
            inner,
            row_h - gap,
            label,
            10 * s,
            5.5 * s,
            "bold",
            "white",
            "center",
            "center",
            max_lines=2,
            pad=2 * s,
        )
        if stages:
            value = stages[k][1]
            sheet.text(
                fx + funnel_w + 6 * s,
                y,
                120 * s,
                row_h / 2,
                _number(value),
                11 * s,
                6 * s,
                "bold",
                va="center",
                max_lines=1,
            )
            if k + 1 < n and value:
                rate = stages[k + 1][1] / value * 100
                sheet.text(
                    fx + funnel_w + 6 * s,
                    y + row_h / 2,
                    160 * s,
                    row_h / 2,
                    t("render.funnel.conversion", pct=formats.percent(rate / 100)),
                    8.5 * s,
                    5.5 * s,
                    colour=_style.MUTED,
                    va="center",
                    max_lines=1,
                )

    if stages:
        return sheet.finish()

    # KPI bullet bars to the right of the funnel.
    bx = fx + funnel_w + 18 * s
    bw = sheet.W - m - bx
    name_w = bw * 0.36
    bar_x = bx + name_w + 6 * s
    value_w = 120 * s
    bar_w = bw - name_w - value_w - 12 * s
    more = more_label()
    for k, phase in enumerate(phases):
        y = top + k * row_h
        items = kpis[phase.id]
        sheet.line([bx, sheet.W - m], [y + row_h - gap / 2] * 2, _style.RULE, 0.5)
        if not items:
            sheet.text(
                bx,
                y,
                bw,
                row_h - gap,
                t("render.funnel.no_kpi"),
                8 * s,
                6 * s,
                colour=_style.FAINT,
                va="center",
                style="italic",
                max_lines=1,
            )
            continue
        line_h = min(26 * s, (row_h - gap) / len(items))
        room = max(1, int((row_h - gap) // max(line_h, 13 * s)))
        line_h = max(line_h, (row_h - gap) / max(1, min(room, len(items))))
        shown = items if len(items) <= room else items[: room - 1]
        for i, kpi in enumerate(shown):
            ly = y + i * line_h
            name = kpi.name + (f"  · {t('render.funnel.micro')}" if kpi.micro_conversion else "")
            sheet.text(bx, ly, name_w, line_h, name, 8.5 * s, 5.5 * s, va="center", max_lines=2, pad=2 * s)
            top_value = max(v for v in (kpi.actual, kpi.target, 0) if v is not None) or 1
            bh = min(10 * s, line_h * 0.45)
            by = ly + (line_h - bh) / 2
            sheet.rect(bar_x, by, bar_w, bh, fc="#EEF0F3", zorder=1)
            if kpi.actual is not None:
                reached = kpi.target is None or kpi.actual >= kpi.target
                sheet.rect(
                    bar_x,
                    by,
                    bar_w * max(0.0, kpi.actual) / top_value / 1.05,
                    bh,
                    fc=_GOOD if reached else _SHORT,
                    zorder=2,
                )
            if kpi.target is not None:
                tx = bar_x + bar_w * kpi.target / top_value / 1.05
                sheet.line([tx, tx], [by - 3 * s, by + bh + 3 * s], _style.INK, 1.6, zorder=6)
            unit = f" {kpi.unit}" if kpi.unit else ""
            actual = _number(kpi.actual) if kpi.actual is not None else "?"
            text = actual + unit
            if kpi.target is not None:
                text += " / " + _number(kpi.target)
                if kpi.actual is not None and kpi.target:
                    text += f" ({formats.percent(kpi.actual / kpi.target)})"
            label = fit(text, value_w - 4 * s, line_h, 8 * s, 5.5 * s, max_lines=2)
            sheet.place(label, bar_x + bar_w + 6 * s, ly, value_w, line_h, va="center", pad=2 * s)
        if len(items) > len(shown):
            sheet.text(
                bx,
                y + len(shown) * line_h,
                bw,
                line_h,
                more.format(n=len(items) - len(shown)),
                8 * s,
                5.5 * s,
                "bold",
                _style.ACCENT,
                va="center",
                max_lines=1,
            )
    legend = [
        ("patch", {"fc": _GOOD, "ec": _GOOD}, t("render.funnel.reached")),
        ("patch", {"fc": _SHORT, "ec": _SHORT}, t("render.funnel.short")),
        ("line", {"colour": _style.INK, "lw": 1.6}, t("render.funnel.target")),
    ]
    sheet.legend(bx, sheet.H - m - 14 * s, bw, legend, 7.5)
    return sheet.finish()
