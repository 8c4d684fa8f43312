"""The report's charts as native PowerPoint charts (their data sits in the deck's
embedded workbook, so a consultant edits a value or a colour in PowerPoint):
the emotion curve and the buying-group roles' lines as lines with markers, the priority matrix as an XY scatter
beside a table that names every touchpoint of each quadrant, the evidence
coverage as stacked bars per phase. Every text in a chart is 11 pt or more.
"""

from __future__ import annotations

from journeykit_widgets.handouts.deck import layout as L
from journeykit_widgets.handouts.deck.text_fit import block_height
from journeykit_widgets.i18n import formats, t
from journeykit_widgets.model._base import RANGES

__all__ = ["MAX_POINTS", "emotion_parts", "emotion_slide", "evidence_slide", "priority_slides", "roles_slide"]

CHART_PT = 11
MAX_POINTS = 16  # touchpoints on one emotion chart: their names stay legible
# Emotions signed, with a real minus sign, as the report writes them.
SIGNED_FORMAT = "+0;−0;0"
_QUADRANT_COLOURS = {
    "under_investing": "C0392B",
    "keep": "2E7D32",
    "over_investing": "B85300",
    "ignore": "5B6470",
}
_STATUS_COLOURS = {"researched": "2E7D32", "assumed": "EE7733", "not_recorded": "B8BEC6"}
_EMU_PT = 12700


def _style(chart, legend: bool) -> None:
    from pptx.enum.chart import XL_LEGEND_POSITION
    from pptx.util import Pt

    chart.has_title = False  # the slide's title says what the chart is
    chart.font.size = Pt(CHART_PT)
    chart.font.color.rgb = L.rgb(L.INK)
    chart.has_legend = legend
    if legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(CHART_PT)


def _axis_title(axis, text: str) -> None:
    from pptx.util import Pt

    axis.has_title = True
    axis.axis_title.text_frame.text = L.safe(text)
    L.style_runs(axis.axis_title.text_frame, CHART_PT, L.MUTED, bold=True)
    axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(CHART_PT)


def _emotion_axes(chart) -> None:
    """The emotion scale upright (from the model's range, signed, one line per step)
    and the names below the chart, not on the zero line."""
    from pptx.enum.chart import XL_TICK_LABEL_POSITION

    low, high = RANGES["emotion"]
    values = chart.value_axis
    values.minimum_scale, values.maximum_scale, values.major_unit = low, high, 1
    values.tick_labels.number_format = SIGNED_FORMAT
    values.tick_labels.number_format_is_linked = False
    values.has_major_gridlines = True
    values.major_gridlines.format.line.color.rgb = L.rgb("E3E6EA")
    _axis_title(values, t("deck.emotion.axis"))
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW


def emotion_parts(journey) -> list[list]:
    """The phases (in order) whose touchpoints share one emotion chart: all of them
    when there are at most ``MAX_POINTS``; else as few runs of whole phases as keep
    each chart at that many or fewer, cut where the runs are most even (a B2B
    journey's 24 names at an angle were a thicket)."""
    from itertools import combinations

    from journeykit_widgets.model import in_map_order

    counts = {p.id: 0 for p in journey.phases}
    for tp in in_map_order(journey):
        counts[tp.phase] = counts.get(tp.phase, 0) + 1
    phases = [p for p in journey.phases if counts[p.id]]
    total = sum(counts[p.id] for p in phases)
    if total <= MAX_POINTS or len(phases) < 2:
        return [list(journey.phases)]
    best = None
    for groups in range(-(-total // MAX_POINTS), len(phases) + 1):
        for cuts in combinations(range(1, len(phases)), groups - 1):
            runs = [phases[a:b] for a, b in zip((0, *cuts), (*cuts, len(phases)), strict=True)]
            largest = max(sum(counts[p.id] for p in run) for run in runs)
            if best is None or largest < best[0]:
                best = (largest, runs)
        if best[0] <= MAX_POINTS:
            break
    return best[1]


def emotion_slide(prs, journey, footer: str, reading: str) -> None:
    """The emotion curve: how the customer feels at each touchpoint, −3 … +3; over
    several slides of whole phases, on one scale, where one would be crowded."""
    from journeykit_widgets.model import in_map_order

    tps = in_map_order(journey)
    parts = emotion_parts(journey)
    for phases in parts:
        title = t("report.view.emotion")
        if len(parts) > 1:
            names = [p.label() for p in phases]
            span = names[0] if len(names) == 1 else f"{names[0]} – {names[-1]}"
            title = t("hdeck2.part", title=title, part=span)
        ids = {p.id for p in phases}
        _emotion_chart(prs, [tp for tp in tps if tp.phase in ids], title, footer, reading)


def _emotion_chart(prs, tps, title: str, footer: str, reading: str) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
    from pptx.util import Pt

    slide = L.add_slide(prs, title, footer)
    data = CategoryChartData(number_format=SIGNED_FORMAT)
    data.categories = [L.safe(tp.name) for tp in tps]
    data.add_series(L.safe(t("render.lane.emotion")), [tp.emotion for tp in tps])
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, L.LEFT, L.TOP, L.CONTENT_W, L.CONTENT_H, data)
    frame.name = t("report.view.emotion")
    chart = frame.chart
    _style(chart, legend=False)
    _emotion_axes(chart)
    categories = chart.category_axis
    categories.tick_labels.font.size = Pt(CHART_PT)
    plot = chart.plots[0]
    series = plot.series[0]
    series.smooth = False
    series.format.line.color.rgb = L.rgb(L.HEADER)
    series.format.line.width = Pt(2.5)
    series.marker.size = 9
    series.marker.format.fill.solid()
    series.marker.format.fill.fore_color.rgb = L.rgb(L.ACCENT)
    # the series' own labels (a point's label below needs them at series level: a
    # viewer shows the series' settings, not the plot's, once one point has its own)
    labels = series.data_labels
    labels.show_value = True
    labels.position = XL_LABEL_POSITION.ABOVE
    labels.number_format = SIGNED_FORMAT
    labels.number_format_is_linked = False
    labels.font.size = Pt(CHART_PT)
    # a low point's value under its marker, where the line does not run through it;
    # at the bottom of the scale beside it (under it, the names covered it)
    for i, tp in enumerate(tps):
        if tp.emotion is not None and tp.emotion < 0:
            label = series.points[i].data_label
            bottom = tp.emotion <= RANGES["emotion"][0]
            label.position = XL_LABEL_POSITION.RIGHT if bottom else XL_LABEL_POSITION.BELOW
            label.font.size = Pt(CHART_PT)
    L.notes(slide, reading)


def _quadrant_rows(journey) -> list[tuple[str, str, str]]:
    """(quadrant, its heading, the names in it) for each quadrant with touchpoints."""
    from journeykit_widgets.analysis import QUADRANTS, quadrant
    from journeykit_widgets.analysis.gap import ACTIONS
    from journeykit_widgets.model import in_map_order

    tps = in_map_order(journey)
    rows = []
    for name in QUADRANTS:
        here = [tp.name for tp in tps if quadrant(tp.importance, tp.effort) == name]
        if here:
            heading = f"{t(f'render.quadrant.{name}')}: {t(f'render.quadrant.action.{ACTIONS[name]}')}"
            rows.append((name, heading, ", ".join(here)))
    return rows


def _table_height(rows, width: int) -> int:
    """EMU the quadrants' text boxes take, each with its insets (0.1 inch left and
    right, 0.05 inch top and bottom), 2 pt before the names and 0.5 cm under it."""
    inner = (width - 2 * 91440) / _EMU_PT
    total = 0
    for _, heading, names in rows:
        text = block_height([heading], inner, CHART_PT + 1, True) + block_height([names], inner, CHART_PT) + 2
        total += int(text * _EMU_PT) + 2 * 45720 + int(0.5 * L.CM)
    return total


def priority_slides(prs, journey, footer: str, reading: str) -> None:
    """Importance against effort: a scatter of the touchpoints, one series per
    quadrant, and beside it each quadrant's touchpoints by name (several share a
    point of the 1–5 grid, so names are listed rather than labelled)."""
    from pptx.chart.data import XyChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_MARKER_STYLE
    from pptx.util import Pt

    from journeykit_widgets.analysis import QUADRANTS, quadrant
    from journeykit_widgets.model import in_map_order

    tps = in_map_order(journey)
    chart_w = int(L.CONTENT_W * 0.46)
    gap = int(0.8 * L.CM)
    list_w = L.CONTENT_W - chart_w - gap
    slide = L.add_slide(prs, t("report.view.priority"), footer)
    data = XyChartData()
    for name in QUADRANTS:
        series = data.add_series(L.safe(t(f"render.quadrant.{name}")))
        for tp in tps:
            if quadrant(tp.importance, tp.effort) == name:
                series.add_data_point(tp.effort, tp.importance)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.XY_SCATTER, L.LEFT, L.TOP, chart_w, L.CONTENT_H, data)
    chart = frame.chart
    _style(chart, legend=True)
    for axis, label in (
        (chart.category_axis, "deck.priority.effort"),
        (chart.value_axis, "deck.priority.importance"),
    ):
        axis.minimum_scale, axis.maximum_scale, axis.major_unit = 0.5, 5.5, 1
        axis.tick_labels.number_format = "0"
        axis.tick_labels.number_format_is_linked = False
        axis.has_major_gridlines = False
        _axis_title(axis, t(label))
    for series, name in zip(chart.plots[0].series, QUADRANTS, strict=True):
        series.marker.style = XL_MARKER_STYLE.CIRCLE
        series.marker.size = 11
        series.marker.format.fill.solid()
        series.marker.format.fill.fore_color.rgb = L.rgb(_QUADRANT_COLOURS[name])
        series.format.line.fill.background()
    # The names, quadrant by quadrant; a long list continues on a next slide.
    rows = _quadrant_rows(journey)
    x = L.LEFT + chart_w + gap
    pages: list[list] = [[]]
    for row in rows:
        if pages[-1] and _table_height([*pages[-1], row], list_w) > L.CONTENT_H:
            pages.append([])
        pages[-1].append(row)
    for number, page in enumerate(pages):
        if number:
            slide = L.add_slide(prs, t("deck.priority.title_continued"), footer)
        y = L.TOP
        for name, heading, names in page:
            height = _table_height([(name, heading, names)], list_w) - int(0.5 * L.CM)
            box = L.text_box(
                slide, x, y, list_w, height, heading, CHART_PT + 1, _QUADRANT_COLOURS[name], True
            )
            body = box.text_frame.add_paragraph()
            body.text = L.safe(names)
            body.space_before = Pt(2)
            for run in body.runs:
                run.font.size, run.font.bold, run.font.color.rgb = Pt(CHART_PT), False, L.rgb(L.INK)
            y += height + int(0.5 * L.CM)
        L.notes(slide, reading)


def evidence_slide(prs, journey, footer: str, reading: str) -> None:
    """Per phase, how many of the map's items are researched, assumed or not recorded."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
    from pptx.util import Pt

    from journeykit_widgets.analysis.evidence import evidence_coverage
    from journeykit_widgets.model.evidence import EVIDENCE_STATUSES

    table = evidence_coverage(journey)
    slide = L.add_slide(prs, t("report.view.evidence"), footer)
    data = CategoryChartData(number_format="0")
    data.categories = [L.safe(name) for name in table["phase_name"]]
    for status in EVIDENCE_STATUSES:
        data.add_series(L.safe(t(f"evidence.status.{status}")), [int(v) for v in table[status]])
    frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_STACKED, L.LEFT, L.TOP, L.CONTENT_W, L.CONTENT_H, data)
    chart = frame.chart
    _style(chart, legend=True)
    chart.category_axis.reverse_order = True  # the first phase on top, as read
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.major_unit = max(1, int(table["items"].max() or 1) // 8 or 1)
    _axis_title(chart.value_axis, t("deck.evidence.axis"))
    plot = chart.plots[0]
    plot.gap_width = 60
    for series, status in zip(plot.series, EVIDENCE_STATUSES, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = L.rgb(_STATUS_COLOURS[status])
    plot.has_data_labels = True
    plot.data_labels.position = XL_LABEL_POSITION.CENTER
    plot.data_labels.number_format = "0;;;"  # a zero gets no label
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.font.size = Pt(CHART_PT)
    shares = [
        f"{row.phase_name}: {formats.percent(row.share)}"
        for row in table.itertuples()
        if row.share is not None
    ]
    L.notes(slide, "\n".join([reading, *shares]))


_ROLE_COLOURS = ("2E3A4B", "EE7733", "2E7D32", "6A4C93", "1F77B4", "B85300", "5B6470")


def roles_slide(prs, journey, footer: str, reading: str) -> None:
    """How each buying-group role feels per phase: one line with markers per role
    (a phase where a role has no touchpoint is a gap in its line)."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Pt

    from journeykit_widgets.analysis import buying_group

    result = buying_group(journey)
    slide = L.add_slide(prs, t("lens.report.view.roles"), footer)
    data = CategoryChartData(number_format="+0.0;−0.0;0")
    data.categories = [L.safe(label) for _, label in result.phases]
    for line in result.lines:
        data.add_series(L.safe(line.name), list(line.emotions))
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, L.LEFT, L.TOP, L.CONTENT_W, L.CONTENT_H, data)
    chart = frame.chart
    _style(chart, legend=True)
    _emotion_axes(chart)
    chart.category_axis.tick_labels.font.size = Pt(CHART_PT)
    for i, series in enumerate(chart.plots[0].series):
        colour = L.rgb(_ROLE_COLOURS[i % len(_ROLE_COLOURS)])
        series.smooth = False
        series.format.line.color.rgb = colour
        series.format.line.width = Pt(2.25)
        series.marker.size = 8
        series.marker.format.fill.solid()
        series.marker.format.fill.fore_color.rgb = colour
    L.notes(slide, "\n".join([reading, result.summary()]))
