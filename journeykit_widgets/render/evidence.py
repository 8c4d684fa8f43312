"""The evidence view: per phase, how many items are researched, assumed or not
recorded (a stacked bar each), and the assumptions worth testing first."""

from __future__ import annotations

from journeykit_widgets import frameworks
from journeykit_widgets.analysis.evidence import LISTED, assumptions_to_test, evidence_coverage
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import drawn_in_language
from journeykit_widgets.render.sheet import Sheet

__all__ = ["STATUS_COLOURS", "evidence_chart"]

# researched: a calm blue; assumed: the accent (it asks for attention); not recorded: grey.
STATUS_COLOURS = {
    "researched": _style.EMOTION_COLOURS[2],
    "assumed": _style.ACCENT,
    "not_recorded": _style.EMOTION_COLOURS[0],
}


@drawn_in_language
def evidence_chart(journey: Journey, *, paper: str = "a4"):
    """Evidence coverage per phase as stacked bars, then the assumptions to test first."""
    sheet = Sheet(paper)
    s = sheet.scale
    m = sheet.margin
    top = sheet.header(t("evidence.chart.title"), journey.title, t("evidence.chart.note"))
    table = evidence_coverage(journey)
    if not table["items"].sum():
        sheet.empty_state(
            m,
            top + 20 * s,
            sheet.W - 2 * m,
            sheet.H - top - m - 40 * s,
            t("render.empty.title"),
            t("evidence.chart.empty"),
        )
        return sheet.finish()

    to_test = assumptions_to_test(journey, limit=LISTED)
    list_h = (26 + 15 * max(len(to_test), 1)) * s
    legend_h = 24 * s
    label_w = 150 * s
    count_w = 170 * s
    bar_x = m + label_w
    bar_w = sheet.W - 2 * m - label_w - count_w
    rows_h = sheet.H - m - top - list_h - legend_h - 10 * s
    row_h = min(34 * s, rows_h / len(table))
    most = max(int(table["items"].max()), 1)
    y = top + 6 * s
    for row in table.itertuples():
        sheet.text(m, y, label_w - 6 * s, row_h, row.phase_name, 9 * s, 6.5 * s, "bold", va="center", pad=0)
        x = bar_x
        for status in STATUS_COLOURS:
            n = int(getattr(row, status))
            if n:
                w = bar_w * n / most
                sheet.rect(
                    x,
                    y + row_h * 0.18,
                    w,
                    row_h * 0.64,
                    fc=STATUS_COLOURS[status],
                    ec="white",
                    lw=0.8,
                    zorder=2,
                )
                if w > 14 * s:
                    sheet.text(
                        x,
                        y,
                        w,
                        row_h,
                        str(n),
                        8 * s,
                        6 * s,
                        "bold",
                        _style.text_on(STATUS_COLOURS[status]),
                        "center",
                        "center",
                        pad=0,
                    )
                x += w
        if not row.items:
            sheet.rect(bar_x, y + row_h * 0.18, bar_w * 0.002 + 1, row_h * 0.64, fc=_style.RULE, zorder=2)
        line = t("evidence.coverage_line", phase="", researched=row.researched, count=row.items).lstrip(": ")
        sheet.text(
            bar_x + bar_w + 8 * s,
            y,
            count_w - 8 * s,
            row_h,
            line,
            8.5 * s,
            6 * s,
            colour=_style.MUTED,
            va="center",
            pad=0,
        )
        y += row_h
    entries = [
        ("patch", {"fc": c, "ec": "white"}, t(f"evidence.status.{k}")) for k, c in STATUS_COLOURS.items()
    ]
    y += 4 * s
    y += sheet.legend(bar_x, y, bar_w + count_w, entries, 8) + 10 * s

    sheet.line([m, sheet.W - m], [y, y], _style.RULE, 0.6)
    sheet.text(
        m, y + 4 * s, sheet.W - 2 * m, 18 * s, t("evidence.chart.test_first"), 10 * s, 7 * s, "bold", pad=0
    )
    y += 22 * s
    if to_test.empty:
        sheet.text(
            m,
            y,
            sheet.W - 2 * m,
            15 * s,
            t("evidence.chart.nothing_to_test"),
            8.5 * s,
            6.5 * s,
            colour=_style.MUTED,
            pad=0,
        )
    for row in to_test.itertuples():
        source = frameworks.evidence_source_label(row.evidence_source) if row.evidence_source else ""
        status = t(f"evidence.status.{row.evidence_status}")
        if row.evidence_status == "researched":
            status = f"{source}, {t('evidence.confidence.low')}"
        what = row.touchpoint if row.kind == "touchpoint" else f"{row.touchpoint} – {row.text}"
        text = t(
            "evidence.chart.test_line",
            rank=row.rank,
            phase=row.phase_name,
            what=what,
            importance=row.importance,
            status=status,
        )
        sheet.text(m, y, sheet.W - 2 * m, 15 * s, text, 8.5 * s, 6.5 * s, max_lines=1, va="center", pad=0)
        y += 15 * s
    return sheet.finish()
