"""The executive summary of the report (notebook 08) and the deck: whose journey,
its objective, how it feels (peak, low, end), the gaps, the first actions.

Computed from the journey, in the journey's language; the deck's summary slide
reads the same ``Summary``, so the document and the slides never disagree.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from journeykit_widgets.handouts._journey import journey_of
from journeykit_widgets.i18n import language, t
from journeykit_widgets.views.readings import moment_text, quoted

__all__ = ["TOP_ACTIONS", "Summary", "summary", "top_actions"]

TOP_ACTIONS = 3


def top_actions(journey, limit: int = TOP_ACTIONS) -> list[dict]:
    """The first actions to take, each with what, owner and phase, in the journey's language.

    From the action list (ideal versus current) when there is one, high
    priority first; else the under-invested touchpoints of the gap matrix.
    """
    with language(journey.language):
        return _top_actions(journey, limit)


def _owned_top_actions(journey, limit: int) -> list[dict]:
    """The team's own action list, soonest due date first; done actions are no
    "first action" any more."""
    from journeykit_widgets.analysis.owned_actions import status_label
    from journeykit_widgets.handouts.action_list import due_text

    order = {"doing": 0, "open": 1}
    waiting = [a for a in journey.actions if a.status in order]
    # Soonest due first (none last); on the same day, what is under way first.
    waiting.sort(key=lambda a: (a.due is None, a.due or date.min, order[a.status]))
    return [
        {
            "what": a.text,
            "owner": a.owner or "—",
            "phase": journey.phase(a.phase).label() if a.phase else "—",
            "priority": status_label(a.status),
            "status": status_label(a.status),
            "due": due_text(a),
        }
        for a in waiting[:limit]
    ]


def _top_actions(journey, limit: int) -> list[dict]:
    from journeykit_widgets import analysis

    if journey.actions:
        return _owned_top_actions(journey, limit)
    actions = analysis.ideal_vs_current(journey)
    rows = []
    if not actions.empty:
        order = {p: i for i, p in enumerate(analysis.PRIORITIES)}
        ranked = actions.assign(_rank=actions["priority"].map(order)).sort_values("_rank", kind="stable")
        # The most urgent action of each phase first, so the list is not one phase's to-do list.
        first = ranked.drop_duplicates("phase_name")
        ranked = first.sort_values("_rank", kind="stable").head(limit)
        for row in ranked.itertuples():
            what = str(row.change)
            rows.append(
                {
                    "what": what,
                    "owner": str(row.owner or "—"),
                    "phase": str(row.phase_name),
                    "priority": t(f"report.priority.{row.priority}"),
                }
            )
        return rows
    priorities = analysis.priorities(journey)
    under = priorities[priorities["quadrant"] == "under_investing"]
    for row in under.head(limit).itertuples():
        rows.append(
            {
                "what": t("report.invest_in", name=quoted(row.touchpoint)),
                "owner": str(row.owner or "—"),
                "phase": str(row.phase_name),
                "priority": t("report.priority.high"),
            }
        )
    return rows


@dataclass
class Summary:
    """The executive summary: whose journey, objective, how it feels, what to do."""

    facts: list[tuple[str, str]]
    feeling: list[tuple[str, str]]
    actions: list[dict]
    gaps: tuple[int, int]
    texts: dict

    def _repr_html_(self) -> str:
        e = html.escape
        x = self.texts
        facts = "".join(f"<tr><th scope='row'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in self.facts)
        feel = "".join(
            f"<li class='jk-sum-moment'><span class='jk-sum-label'>{e(k)}</span> {e(v)}</li>"
            for k, v in self.feeling
        )
        if self.actions:
            # Owned actions carry a due date: a column for it (the suggestions have none).
            due = all("due" in a for a in self.actions)
            rows = "".join(
                f"<tr><td>{i}</td><td>{e(a['what'])}</td><td>{e(a['owner'])}</td><td>{e(a['phase'])}</td>"
                + (f"<td>{e(a['due'])}</td>" if due else "")
                + "</tr>"
                for i, a in enumerate(self.actions, 1)
            )
            due_head = f"<th>{e(x['due'])}</th>" if due else ""
            actions = (
                f"<table class='jk-sum-actions{' jk-sum-owned' if due else ''}'><thead><tr><th>#</th>"
                f"<th>{e(x['action'])}</th><th>{e(x['owner'])}</th><th>{e(x['phase'])}</th>{due_head}</tr></thead>"
                f"<tbody>{rows}</tbody></table>"
            )
        else:
            actions = f"<p>{e(x['no_actions'])}</p>"
        under, over = self.gaps
        return (
            "<div class='jk-summary'>"
            f"<table class='jk-sum-facts'><tbody>{facts}</tbody></table>"
            f"<h3>{e(x['feeling'])}</h3><ul class='jk-sum-feeling'>{feel}</ul>"
            f"<h3>{e(x['gaps'])}</h3><div class='jk-sum-gaps'>"
            f"<div class='jk-sum-gap'><span class='jk-sum-count'>{under}</span><span>{e(x['under'])}</span></div>"
            f"<div class='jk-sum-gap'><span class='jk-sum-count'>{over}</span><span>{e(x['over'])}</span></div>"
            "</div>"
            f"<h3>{e(x['top_actions'])}</h3>{actions}"
            "</div>"
        )

    def __repr__(self) -> str:
        lines = [f"{k}: {v}" for k, v in self.facts + self.feeling]
        lines.append(f"{self.texts['under']}: {self.gaps[0]}; {self.texts['over']}: {self.gaps[1]}")
        lines += [
            f"- {a['what']} ({a['owner']}, {a['phase']}" + (f", {a['due']})" if "due" in a else ")")
            for a in self.actions
        ]
        return "\n".join(lines)


def summary(path) -> Summary:
    """The executive summary of the journey in ``path``, in its language."""
    from journeykit_widgets import analysis

    journey = journey_of(path)
    with language(journey.language):
        facts = [(t("report.sum.journey"), journey.title)]
        persona = journey.persona
        if persona is not None:
            facts.append((t("report.sum.whose"), persona.who()))
        if journey.buying_group:
            facts.append((t("report.sum.buying_group"), ", ".join(r.name for r in journey.buying_group)))
        if journey.objective:
            facts.append((t("report.sum.objective"), journey.objective))
        if journey.scenario:
            facts.append((t("render.map.scenario"), journey.scenario))
        if journey.expectations:
            facts.append((t("render.map.expectations"), journey.expectations))
        result = analysis.peak_end(journey)
        feeling = []
        if result.peaks:
            feeling.append((t("report.sum.peak"), moment_text(result.peaks[0])))
        if result.lows:
            feeling.append((t("report.sum.low"), moment_text(result.lows[0])))
        if result.end is not None:
            feeling.append((t("report.sum.end"), moment_text(result.end)))
        if result.lens():
            # One statement of which lens applies. Where peak–end does not, it comes before
            # the peaks and the end: the reader should doubt them first.
            row = (t("voice.lens.label"), result.lens(short=True))
            feeling.insert(0 if result.cautions else len(feeling), row)
        if not feeling:
            feeling.append(("", t("report.reading.no_emotions")))
        gaps = analysis.gap_analysis(journey)
        texts = {"due": t("actions.col.due")}
        texts |= {
            key: t(f"report.sum.{key}")
            for key in (
                "feeling",
                "gaps",
                "top_actions",
                "action",
                "owner",
                "phase",
                "no_actions",
            )
        }
        # The words beside each big number agree with it: "1 touchpoint", "6 touchpoints".
        texts["under"] = t("report.sum.under", count=len(gaps.under_investment))
        texts["over"] = t("report.sum.over", count=len(gaps.over_investment))
        return Summary(
            facts,
            feeling,
            top_actions(journey),
            (len(gaps.under_investment), len(gaps.over_investment)),
            texts,
        )
