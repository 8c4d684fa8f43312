"""The KPIs per phase (the report's funnel) as a native table: per phase its KPIs
with the actual value, the target and how much of it is reached, coloured as the
printed funnel colours its bars (reached, below target). The printed bars compare
a KPI only with its own target, since the KPIs count different things; the share
of the target says the same in a cell a consultant can edit."""

from __future__ import annotations

from journeykit_widgets.handouts.deck import layout as L
from journeykit_widgets.handouts.deck.grid import HEAD_PT, Cell, Grid, grid_slides
from journeykit_widgets.i18n import formats, t

__all__ = ["REACHED", "SHORT", "kpi_slides"]

REACHED, SHORT = "2E5E9A", "B85300"  # the funnel's blue and orange, dark enough for 10 pt text


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "?"
    return formats.number(value, 1) + (f" {unit}" if unit else "")


def _row(kpi) -> list[Cell]:
    name = [(kpi.name, False, L.INK)]
    if kpi.micro_conversion:
        name.append((t("render.funnel.micro"), False, L.MUTED))
    share = Cell()
    colour = L.INK
    if kpi.actual is not None and kpi.target:
        reached = kpi.actual >= kpi.target
        colour = REACHED if reached else SHORT
        verdict = t("render.funnel.reached" if reached else "render.funnel.short")
        share = Cell([(formats.percent(kpi.actual / kpi.target), True, colour), (verdict, False, colour)])
    return [
        Cell(name),
        Cell.text(_number(kpi.actual, kpi.unit), True, colour),
        Cell.text(_number(kpi.target, kpi.unit) if kpi.target is not None else "—"),
        share,
    ]


def kpi_slides(prs, journey, footer: str, reading: str) -> None:
    heads = [
        Cell.text(text, True, "FFFFFF", L.HEADER, HEAD_PT)
        for text in (
            t("hdeck2.kpi.name"),
            t("hdeck2.kpi.actual"),
            t("render.funnel.target"),
            t("hdeck2.kpi.share"),
        )
    ]
    blocks = []
    for phase in journey.phases:
        kpis = [k for k in journey.kpis if k.phase == phase.id]
        label = Cell.text(phase.label(), True, L.HEADER, L.PANEL)
        if not kpis:
            none = Cell.text(t("render.funnel.no_kpi"), False, L.MUTED)
            blocks.append([(label, [none, Cell(), Cell(), Cell()])])
            continue
        block = [(label if i == 0 else Cell([], L.PANEL), _row(kpi)) for i, kpi in enumerate(kpis)]
        blocks.append(block)
    grid = Grid(heads, blocks, int(5.2 * L.CM), "KPIs", [2.2, 1.1, 1.1, 1.0])
    title = t("report.view.funnel")

    def titled(columns, continued):
        return t("hdeck2.continued", title=title) if continued else title

    grid_slides(prs, grid, 4, titled, footer, lambda columns: "\n".join([reading, t("render.funnel.note")]))
