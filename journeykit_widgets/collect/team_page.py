"""Per team one page of the group report, and the teams at a glance.

A team's page says who the customer is, the map's key figures, its emotion line,
where the customer feels worst and the team's best-ranked actions from the group
list: what a trainer reads out before the team presents. The glance table puts the
same figures of every team in one table (evidence coverage, low points, votes).

Votes: dot voting is being added to the journey model (team journeys). Until a
journey carries votes, ``team_votes`` returns None and the report says "not voted";
when it does, the most-voted touchpoints appear here without a change elsewhere.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from journeykit_widgets.collect.charts import INK, MUTED, RULE, team_colour
from journeykit_widgets.i18n import formats, t
from journeykit_widgets.i18n.quote import one_line

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.collect.folder import Team
    from journeykit_widgets.model import Journey

__all__ = ["glance_table", "low_points", "team_page", "team_votes"]

LINE_SIZE = (10.2, 1.8)  # inches, printed at 100 %: its 8 pt texts stay 8 pt on A4
_LOW_POINTS = 3
_TEAM_ACTIONS = 5


def team_votes(journey: Journey) -> list[tuple[str, int]] | None:
    """(touchpoint name, dots) of the team's last closed dot vote, most dots first;
    None while the team has closed no vote (an open one is not final yet)."""
    from journeykit_widgets.analysis.votes import vote_result
    from journeykit_widgets.model.votes import last_closed

    if last_closed(journey) is None:
        return None
    result = vote_result(journey)
    return [(str(row.touchpoint), int(row.votes)) for row in result.itertuples()]


def low_points(journey: Journey, count: int = _LOW_POINTS) -> list[tuple[str, str, int]]:
    """The ``count`` touchpoints where the customer feels worst (negative only):
    (name, phase as the team's model names it, emotion)."""
    rated = [tp for tp in journey.touchpoints if tp.emotion is not None and tp.emotion < 0]
    rated.sort(key=lambda tp: tp.emotion)  # stable: the map's order among equals
    return [(tp.name, journey.phase_label(tp.phase), tp.emotion) for tp in rated[:count]]


def _coverage(journey: Journey) -> tuple[int, int]:
    from journeykit_widgets.analysis.evidence import evidence_coverage

    table = evidence_coverage(journey)
    return int(table["researched"].sum()), int(table["items"].sum())


def _average(journey: Journey) -> float | None:
    values = [tp.emotion for tp in journey.touchpoints if tp.emotion is not None]
    return sum(values) / len(values) if values else None


def _votes_text(journey: Journey) -> str:
    votes = team_votes(journey)
    if votes is None:
        return t("h25group.votes.none")
    if not votes:
        return t("h25group.votes.empty")
    return ", ".join(f"{one_line(name, 30)} ({formats.count(n)})" for name, n in votes[:3])


def glance_table(teams: tuple[Team, ...]) -> pd.DataFrame:
    """One row per team: touchpoints, average emotion, evidence researched, its low
    points and its votes, in the active language."""
    import pandas as pd

    rows = []
    for team in teams:
        journey = team.journey
        researched, items = _coverage(journey)
        lows = low_points(journey)
        rows.append(
            {
                t("collect.column.team"): team.label,
                t("collect.column.touchpoint_count"): formats.count(len(journey.touchpoints)),
                t("h25group.column.average"): formats.signed(_average(journey)),
                t("h25group.column.evidence"): formats.percent(researched / items if items else None),
                t("h25group.column.low_points"): "; ".join(
                    f"{one_line(name, 40)} ({formats.signed(e, 0)})" for name, _, e in lows
                )
                or "—",
                t("h25group.column.votes"): _votes_text(journey),
            }
        )
    return pd.DataFrame(rows)


def emotion_line(team: Team, index: int):
    """The team's emotion line alone, in its colour, with the phases as the team's
    model names them."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    from journeykit_widgets.collect.charts import _phase_labels, _positions, _rc
    from journeykit_widgets.render.fonts import drawable

    with rc_context({**_rc(), "font.size": 8}):
        fig = Figure(figsize=LINE_SIZE, facecolor="white", layout="constrained")
        ax = fig.subplots()
        labels = _phase_labels(team)
        ax.axhline(0, color=RULE, linewidth=1)
        for i in range(1, len(labels)):
            ax.axvline(i - 0.5, color=RULE, linewidth=0.6)
        xs, ys = _positions(team)
        ax.plot(xs, ys, color=team_colour(index), linewidth=2.2, marker="o", markersize=4)
        low = [(x, y) for x, y in zip(xs, ys, strict=True) if y == min(ys, default=0) and y < 0]
        for x, y in low[:1]:
            ax.annotate(
                formats.signed(y, 0),
                (x, y),
                xytext=(0, -11),
                textcoords="offset points",
                ha="center",
                color=INK,
                fontsize=8,
            )
        ax.set_xlim(-0.5, len(labels) - 0.5)
        ax.set_ylim(-3.9, 3.4)
        ax.set_yticks([-3, 0, 3], [formats.signed(v, 0) for v in (-3, 0, 3)])
        ax.set_xticks(range(len(labels)), [drawable(label) for label in labels])
        ax.tick_params(axis="x", length=0, labelsize=8, labelcolor=INK)
        ax.tick_params(axis="y", labelsize=8, labelcolor=MUTED)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    return fig


def _list(items: list[str], empty: str) -> str:
    if not items:
        return f'<p class="jk-none">{html.escape(empty)}</p>'
    return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>"


def team_page(team: Team, index: int, actions: pd.DataFrame, picture) -> str:
    """One page of HTML for ``team``; ``actions`` is the group list (not localized),
    ``picture(fig, caption, width_in)`` embeds a figure."""
    journey = team.journey
    persona = journey.persona
    who = persona.who() if persona else ", ".join(r.name for r in journey.buying_group)
    researched, items = _coverage(journey)
    average = _average(journey)
    facts = [
        (t("h25group.fact.persona"), who or t("h25group.fact.no_persona")),
        (t("collect.column.touchpoint_count"), formats.count(len(journey.touchpoints))),
        (t("h25group.fact.phases"), formats.count(len(journey.phases))),
        (t("h25group.column.average"), formats.signed(average) if average is not None else "—"),
        (
            t("h25group.column.evidence"),
            t("h25group.fact.evidence", researched=researched, count=items),
        ),
        (t("h25group.column.votes"), _votes_text(journey)),
    ]
    facts_html = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in facts
    )
    lows = [
        t("h25group.low_point", name=one_line(name, 60), phase=phase, value=formats.signed(e, 0))
        for name, phase, e in low_points(journey)
    ]
    mine = actions[actions["teams"].str.split(", ").map(lambda names: team.label in names)]
    todo = [
        t(
            "h25group.team_action",
            rank=row.rank,
            phase=row.phase_name,
            change=one_line(row.change, 100),
            owner=row.owner or t("h25group.no_owner"),
        )
        for row in mine.head(_TEAM_ACTIONS).itertuples()
    ]
    # The persona in two of its own words: what they need and what frustrates them.
    about = " ".join(
        t(f"h25group.persona.{part}", text=one_line(getattr(persona, part), 160).rstrip(". "))
        for part in ("needs", "frustrations")
        if persona and getattr(persona, part).strip()
    )
    return (
        f'<section class="jk-team"><h2>{html.escape(team.label)} — {html.escape(journey.title)}</h2>'
        + (f"<p class='jk-lead'>{html.escape(about)}</p>" if about else "")
        + f'<div class="jk-cols"><table class="jk-facts-table">{facts_html}</table>'
        + f"<div><h3>{html.escape(t('h25group.heading.low_points'))}</h3>"
        + _list(lows, t("h25group.no_low_points"))
        + "</div></div>"
        + picture(emotion_line(team, index), t("h25group.caption.line", team=team.label), LINE_SIZE[0])
        + f"<h3>{html.escape(t('h25group.heading.team_actions', count=len(mine)))}</h3>"
        + _list(todo, t("h25group.no_team_actions"))
        + "</section>"
    )
