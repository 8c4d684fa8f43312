"""What the report notebook (08) shows and the slides reuse: an executive
summary, the maps drawn at print size, and a one-line reading of each map.

Everything is computed from the journey FILE, in the journey's language, so the
HTML/PDF report and the PowerPoint deck say the same thing. Texts from the
journey are escaped before they reach HTML or Markdown.

Print sizes: every map is a view of the render registry, printed through
``render.print_pages`` on landscape pages of its own: on A3 when it fits there
with no text below 6 pt, else split by phase over several A3 pages (a seven-phase
journey with long Dutch texts), never shrunk below readable size.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from journeykit_widgets.i18n import language, t

__all__ = [
    "DPI",
    "ActionTable",
    "Figure",
    "Reading",
    "Summary",
    "View",
    "action_columns",
    "action_rows",
    "action_table",
    "figures",
    "has_content",
    "min_text_size",
    "pages",
    "reading",
    "show",
    "summary",
    "top_actions",
    "views",
]

DPI = 180  # crisp at A3 on paper and on a projector, and a report of a few megabytes
_SCREEN_WIDTH = 1000  # how wide the notebook shows a figure, in CSS pixels
TOP_ACTIONS = 3


@dataclass(frozen=True)
class View:
    """One map of the report: a view of the render registry, the options it is
    drawn with, the smallest paper it prints on, and its heading."""

    name: str  # the render view (render.view(name))
    title_key: str
    options: Mapping[str, object] = field(default_factory=dict)
    paper: str = "a3"


@cache
def views() -> dict[str, View]:
    """The report's maps in the order they appear, by name."""
    return {
        "journey": View("journey", "report.view.journey"),
        # The persona card is a card, not a wall map: it stays on its own size.
        "persona": View("persona", "report.view.persona", paper="a4"),
        "emotion": View("emotion", "report.view.emotion"),
        "priority": View("priority", "report.view.priority"),
        "canvas": View("canvas", "report.view.canvas", {"state": "both"}),
        "funnel": View("funnel", "report.view.funnel"),
        "roles": View("roles", "lens.report.view.roles"),
        "blueprint": View("blueprint", "report.view.blueprint"),
        "evidence": View("evidence", "report.view.evidence"),
    }


def _load(path):
    from journeykit_widgets.store import load

    return load(path)


def _journey(path_or_journey):
    if isinstance(path_or_journey, (str, Path)):
        return _load(path_or_journey)
    return path_or_journey


# ------------------------------------------------------------------ figures
def pages(journey, view: str) -> list:
    """The matplotlib figures ``view`` prints on, in the journey's language: one
    page, or (a map too large for one A3 page at 6 pt) its phases over several."""
    from journeykit_widgets import render

    spec = views()[view]
    with language(journey.language):
        return render.print_pages(journey, spec.name, paper=spec.paper, **spec.options)


def min_text_size(fig) -> float:
    """The smallest font size (pt, at the figure's own size) of any visible text."""
    from matplotlib.text import Text

    sizes = [
        text.get_fontsize()
        for text in fig.findobj(Text)
        if text.get_visible() and text.get_text().strip() and text.get_alpha() != 0
    ]
    return min(sizes) if sizes else 0.0


class Figure:
    """A map as a PNG for the report: printed on a landscape page of its own.

    The output metadata says which page (``journeykit.page``) so the handout
    template does not have to guess from the picture's shape.
    """

    def __init__(self, fig, caption: str, page: str):
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None}, facecolor="white")
        self.png = buffer.getvalue()
        self.caption = caption
        self.page = page
        self.size_inches = tuple(float(x) for x in fig.get_size_inches())
        self.min_pt = min_text_size(fig)

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.caption}
        width = min(round(self.size_inches[0] * 96), _SCREEN_WIDTH)
        meta = {"image/png": {"width": width}, "journeykit": {"page": self.page, "landscape": True}}
        return data, meta

    def __repr__(self) -> str:
        return self.caption


def figures(path, view: str) -> list[Figure]:
    """The pages of ``view`` for the report, each with its caption as alt text
    ("… · page 2 of 3" when the map is split)."""
    journey = _journey(path)
    drawn = pages(journey, view)
    with language(journey.language):
        caption = t(views()[view].title_key) + " · " + journey.title
        if len(drawn) > 1:
            return [
                Figure(fig, caption + " · " + t("report.page_of", page=i, pages=len(drawn)), "a3-landscape")
                for i, fig in enumerate(drawn, 1)
            ]
    return [Figure(drawn[0], caption, "a3-landscape")]


# ------------------------------------------------------------------ readings
def _quoted(name: str) -> str:
    return t("report.quote", name=name)


def _signed(value: float | None) -> str:
    if value is None:
        return "—"
    if round(value, 1) == 0:
        return "0"
    text = f"{value:+.1f}".replace(".0", "") if round(value, 1) != round(value) else f"{round(value):+d}"
    return text.replace(".", ",") if t("report.decimal_comma") == "yes" else text


def _moment(moment) -> str:
    return t(
        "report.moment", name=_quoted(moment.name), phase=moment.phase_name, emotion=_signed(moment.emotion)
    )


def _reading_text(journey, view: str) -> str:
    from journeykit_widgets import analysis

    if view == "journey":
        tps = journey.touchpoints
        channels = len({tp.channel for tp in tps})
        text = t(
            "report.reading.journey", touchpoints=len(tps), phases=len(journey.phases), channels=channels
        )
        result = analysis.peak_end(journey)
        if result.lows:
            text += " " + t("report.reading.journey_low", moment=_moment(result.lows[0]))
        return text
    if view == "persona":
        persona = journey.persona
        if persona is None:
            return t("report.reading.no_persona")
        who = persona.name + (f" ({persona.role})" if persona.role else "")
        return t("report.reading.persona", who=who, goals=len(journey.goals))
    if view == "emotion":
        result = analysis.peak_end(journey)
        if not result.moments:
            return t("report.reading.no_emotions")
        parts = []
        if result.peaks:
            parts.append(t("report.peak", moment=_moment(result.peaks[0])))
        if result.lows:
            parts.append(t("report.low", moment=_moment(result.lows[0])))
        if result.end is not None:
            parts.append(t("report.end", moment=_moment(result.end)))
        text = (
            "; ".join(parts)
            + ". "
            + t("report.reading.remembered", score=_signed(result.peak_end_score), mean=_signed(result.mean))
        )
        # Peak–end is one lens: the comparison with the mean, and the caution read first.
        text += " " + result.comparison()
        # The short form: the reading is one paragraph, the full caution follows it.
        if not result.short_warning():
            return text
        return f"{result.short_warning()} {text[:1].upper()}{text[1:]}"  # a new sentence after it
    if view == "roles":
        return _roles_reading(journey)
    if view == "priority":
        gaps = analysis.gap_analysis(journey)
        text = t("report.reading.priority", under=len(gaps.under_investment), over=len(gaps.over_investment))
        if len(gaps.under_investment):
            text += " " + t(
                "report.reading.priority_first", name=_quoted(gaps.under_investment.iloc[0]["touchpoint"])
            )
        return text
    if view == "canvas":
        actions = analysis.ideal_vs_current(journey)
        if actions.empty:
            return t("report.reading.canvas_none")
        high = int((actions["priority"] == "high").sum())
        return t(
            "report.reading.canvas",
            count=len(actions),
            high=high,
            phases=actions["phase_name"].nunique(),
        )
    if view == "funnel":
        measured = {k.phase for k in journey.kpis}
        if not measured:
            return t("report.reading.funnel_none")
        return t(
            "report.reading.funnel",
            kpis=len(journey.kpis),
            measured=len(measured),
            phases=len(journey.phases),
        )
    if view == "blueprint":
        return _blueprint_reading(journey)
    if view == "evidence":
        return _evidence_reading(journey)
    if view == "actions":
        if journey.actions:
            from journeykit_widgets.analysis.owned_actions import action_list_summary

            return action_list_summary(journey)
        return analysis.action_summary(analysis.ideal_vs_current(journey))
    raise ValueError(f"no reading for view {view!r}")


# A wait in minutes, so waits given in different units can be compared.
_MINUTES = {"minutes": 1, "hours": 60, "days": 24 * 60}


def _blueprint_reading(journey) -> str:
    """How many steps and fail points the blueprint has, and where the customer waits longest."""
    from journeykit_widgets.render.blueprint import wait_label

    steps = journey.blueprint
    fails = sum(1 for step in steps if step.fail_point.strip())
    text = t("report.reading.blueprint", steps=len(steps), fails=fails)
    waits = [step for step in steps if step.has_wait]
    if waits:
        longest = max(waits, key=lambda step: step.wait_time * _MINUTES[step.wait_unit])
        text += " " + t("report.reading.blueprint_wait", step=_quoted(longest.name), wait=wait_label(longest))
    return text


def _evidence_reading(journey) -> str:
    """How much of the map is researched, and the first assumption worth testing."""
    from journeykit_widgets.analysis.evidence import assumptions_to_test, evidence_coverage

    table = evidence_coverage(journey)
    items, researched = int(table["items"].sum()), int(table["researched"].sum())
    text = t("report.reading.evidence", researched=researched, items=items)
    to_test = assumptions_to_test(journey)
    if len(to_test):
        text += " " + t(
            "report.reading.evidence_first", count=len(to_test), name=_quoted(to_test.iloc[0]["touchpoint"])
        )
    return text


def _roles_reading(journey) -> str:
    """Where the buying-group roles disagree most, the first clash, the role to serve first."""
    from journeykit_widgets import analysis

    # One line: a longer reading pushes the A3 chart off its page.
    return analysis.buying_group(journey).headline()


def has_content(journey, view: str) -> bool:
    """Whether ``view`` has anything to draw for this journey (an empty canvas
    would only print the editor's "fill this in" note, which is no report)."""
    if view == "canvas":
        return any(c.role == "" and (c.ideal or c.current) for c in journey.canvases)
    if view == "persona":
        return bool(journey.personas)
    if view == "funnel":
        return bool(journey.kpis)
    if view == "roles":
        from journeykit_widgets import analysis

        return analysis.buying_group(journey).applies
    if view == "blueprint":
        return bool(journey.blueprint)
    if view == "evidence":
        from journeykit_widgets.analysis.evidence import evidence_items

        return bool(evidence_items(journey))
    return True


class Reading:
    """One line that says what a map shows; printed in italics under its heading.
    ``alone``: the map has nothing to draw, so the report leaves its section out."""

    def __init__(self, text: str, alone: bool = False):
        self.text = text
        self.alone = alone

    def _repr_html_(self) -> str:
        classes = "jk-reading jk-reading-alone" if self.alone else "jk-reading"
        return f'<p class="{classes}">{html.escape(self.text)}</p>'

    def __repr__(self) -> str:
        return self.text


def reading(path, view: str) -> Reading:
    """The one-line reading of ``view`` for the journey in ``path``."""
    journey = _journey(path)
    with language(journey.language):
        return Reading(_reading_text(journey, view))


def show(path, view: str) -> None:
    """Display the reading and then the figure of ``view`` (one notebook cell)."""
    from IPython.display import display

    journey = _journey(path)
    if not has_content(journey, view):
        with language(journey.language):
            display(Reading(_reading_text(journey, view), alone=True))
        return
    display(reading(journey, view))
    for page in figures(journey, view):
        display(page)


# ------------------------------------------------------------------ summary
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
            "due": a.due.isoformat() if a.due else "—",
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
                "what": t("report.invest_in", name=_quoted(row.touchpoint)),
                "owner": str(row.owner or "—"),
                "phase": str(row.phase_name),
                "priority": t("report.priority.high"),
            }
        )
    return rows


def action_rows(journey) -> tuple[list[str], list[list[str]]]:
    """The action list as header and rows of text (for the slides' native table)."""
    with language(journey.language):
        return _action_rows(journey)


# The columns of the action list: the team's owned actions when it has any, else
# the differences between ideal and current (the suggestions of the canvas).
OWNED_COLUMNS = ("phase_name", "text", "owner", "status", "due")
SUGGESTED_COLUMNS = ("phase_name", "lane_name", "change", "owner", "priority")


def action_columns(journey) -> tuple[str, ...]:
    """Which columns ``action_rows`` gives for this journey (ids, for widths)."""
    return OWNED_COLUMNS if journey.actions else SUGGESTED_COLUMNS


def _owned_rows(journey) -> tuple[list[str], list[list[str]]]:
    from journeykit_widgets.analysis.owned_actions import status_label

    header = [t(f"actions.col.{c}") for c in OWNED_COLUMNS]
    # In the map's phase order (the journey as a whole last), the file's order within a phase.
    order = {pid: i for i, pid in enumerate(journey.phase_ids)}
    actions = sorted(journey.actions, key=lambda a: order.get(a.phase, len(order)))
    rows = [
        [
            journey.phase(a.phase).label() if a.phase else "—",
            a.text,
            a.owner or "—",
            status_label(a.status),
            a.due.isoformat() if a.due else "—",
        ]
        for a in actions
    ]
    return header, rows


def _action_rows(journey) -> tuple[list[str], list[list[str]]]:
    from journeykit_widgets import analysis

    if journey.actions:
        return _owned_rows(journey)
    frame = analysis.ideal_vs_current(journey)
    columns = ["phase_name", "lane_name", "change", "owner", "priority"]
    header = [t(f"report.col.{c}") for c in columns]
    rows = [
        [
            str(v) if k != "priority" else t(f"report.priority.{v}")
            for k, v in zip(columns, record, strict=True)
        ]
        for record in frame[columns].itertuples(index=False)
    ]
    return header, rows


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

    journey = _journey(path)
    with language(journey.language):
        facts = [(t("report.sum.journey"), journey.title)]
        persona = journey.persona
        if persona is not None:
            facts.append(
                (t("report.sum.whose"), persona.name + (f", {persona.role}" if persona.role else ""))
            )
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
            feeling.append((t("report.sum.peak"), _moment(result.peaks[0])))
        if result.lows:
            feeling.append((t("report.sum.low"), _moment(result.lows[0])))
        if result.end is not None:
            feeling.append((t("report.sum.end"), _moment(result.end)))
        if result.moments:
            feeling.append((t("lens.report.peak_end_vs_mean"), result.comparison()))
        if result.short_warning():
            # Before the peaks and the end: the reader should doubt them first. The short
            # form: the summary must stay on its page; notebook 04 explains the caution.
            feeling.insert(0, (t("lens.report.caution"), result.short_warning()))
        if not feeling:
            feeling.append(("", t("report.reading.no_emotions")))
        gaps = analysis.gap_analysis(journey)
        texts = {"due": t("actions.col.due")}
        texts |= {
            key: t(f"report.sum.{key}")
            for key in (
                "feeling",
                "gaps",
                "under",
                "over",
                "top_actions",
                "action",
                "owner",
                "phase",
                "no_actions",
            )
        }
        return Summary(
            facts,
            feeling,
            top_actions(journey),
            (len(gaps.under_investment), len(gaps.over_investment)),
            texts,
        )


class ActionTable:
    """The action list as an HTML table that fits a portrait page: five columns
    with set widths, text that wraps, the header repeated on every page."""

    _COLUMNS = ("phase", "lane", "change", "owner", "priority")  # widths in the style sheet

    def __init__(self, header: list[str], rows: list[list[str]], empty: str, columns=None, lang: str = "en"):
        self.header, self.rows, self.empty, self.lang = header, rows, empty, lang
        self.columns = self._COLUMNS if columns is None else tuple(c.removesuffix("_name") for c in columns)

    def _repr_html_(self) -> str:
        from journeykit_widgets.render import soft_hyphens

        e = html.escape
        if not self.rows:
            return f'<p class="jk-reading"><em>{e(self.empty)}</em></p>'
        cols = "".join(f'<col class="jk-col-{c}">' for c in self.columns)
        owned = " jk-actions-owned" if "status" in self.columns else ""
        head = "".join(f"<th>{e(h)}</th>" for h in self.header)
        # Narrow columns ("Aankoopbeslissing" as a phase) break between syllables.
        body = "".join(
            "<tr>" + "".join(f"<td>{e(soft_hyphens(c, self.lang))}</td>" for c in row) + "</tr>"
            for row in self.rows
        )
        return (
            f'<table class="jk-table jk-actions{owned}"><colgroup>{cols}</colgroup>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    def __repr__(self) -> str:
        return "\n".join(" | ".join(row) for row in [self.header, *self.rows]) or self.empty


def action_table(path) -> ActionTable:
    """The action list of the journey in ``path`` for the report."""
    journey = _journey(path)
    with language(journey.language):
        header, rows = action_rows(journey)
        columns = action_columns(journey)
        return ActionTable(header, rows, t("report.sum.no_actions"), columns, lang=journey.language)
