"""The lanes a printed map shortens, listed in full under it.

A map keeps its type readable on paper by cutting long texts short and leaving
cards out ("+3 more"). Nothing a team wrote may vanish from the report for
that: for every lane the map shortens, this table shows each phase's items,
one phase per row, in map order.
"""

from __future__ import annotations

import html

from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, in_map_order

__all__ = ["LanesInFull", "lane_items"]

# The order the map draws its lanes in, top to bottom.
_ORDER = ("actions", "touchpoints", "thoughts", "pain_points", "opportunities", "kpi")


def lane_items(journey: Journey, phase_id: str, lane: str) -> list[str]:
    """Every item of ``lane`` in one phase, as plain texts, empty ones left out."""
    from journeykit_widgets.render.journey_map import lane_texts

    tps = [tp for tp in in_map_order(journey, None) if tp.phase == phase_id]
    if lane == "touchpoints":
        items = [tp.name for tp in tps]
    else:
        items = [
            item[1] if isinstance(item, tuple) else item for item in lane_texts(journey, tps, phase_id, lane)
        ]
    return [" ".join(str(item).split()) for item in items if str(item).strip()]


class LanesInFull:
    """A table of the shortened lanes (columns) for every phase (rows), in the
    current language; it prints under the map it completes."""

    def __init__(self, journey: Journey, lanes):
        self.journey = journey
        self.lanes = [lane for lane in _ORDER if lane in set(lanes)]

    def rows(self) -> list[tuple[str, list[list[str]]]]:
        """(phase label, one list of items per lane) for every phase with any item."""
        rows = []
        for phase in self.journey.phases:
            cells = [lane_items(self.journey, phase.id, lane) for lane in self.lanes]
            if any(cells):
                rows.append((phase.label(), cells))
        return rows

    def _repr_html_(self) -> str:
        e = html.escape
        head = "".join(f'<th scope="col">{e(t(f"render.lane.{lane}"))}</th>' for lane in self.lanes)
        body = []
        for label, cells in self.rows():
            items = "".join(
                "<td>"
                + ("<ul>" + "".join(f"<li>{e(x)}</li>" for x in cell) + "</ul>" if cell else "")
                + "</td>"
                for cell in cells
            )
            body.append(f'<tr><th scope="row">{e(label)}</th>{items}</tr>')
        return (
            '<div class="jk-lanes-full">'
            f'<p class="jk-lanes-full-title">{e(t("hp.lanes_full.title"))}</p>'
            f'<p class="jk-lanes-full-note">{e(t("hp.lanes_full.note"))}</p>'
            f'<table class="jk-lanes-full-table"><thead><tr><th scope="col">{e(t("hp.lanes_full.phase"))}</th>'
            f"{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        )

    def __repr__(self) -> str:
        lines = [t("hp.lanes_full.title")]
        for label, cells in self.rows():
            for lane, cell in zip(self.lanes, cells, strict=True):
                if cell:
                    lines.append(f"{label} · {t(f'render.lane.{lane}')}: " + "; ".join(cell))
        return "\n".join(lines)
