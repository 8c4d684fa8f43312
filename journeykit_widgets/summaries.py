"""Tables and summaries in words that the workshop notebooks show, drawn from
the journey FILE: phases, touchpoints, goals, priorities, actions, the peak–end
and gap readings, what changed since the last review, and which file this is."""

from __future__ import annotations

import re
from pathlib import Path

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import get_language, language, t
from journeykit_widgets.i18n.place import again
from journeykit_widgets.model import in_map_order
from journeykit_widgets.outputs import Note, Table, frame, md_escape, summary_note
from journeykit_widgets.paths import SAMPLE_PREFIX, is_sample, is_team_file, shown_path
from journeykit_widgets.store import load as _load

__all__ = [
    "about",
    "show_action_changes",
    "show_action_list",
    "show_actions",
    "show_changes",
    "show_gaps",
    "show_goals",
    "show_peak_end",
    "show_phases",
    "show_priority_table",
    "show_role_divergence",
    "show_touchpoints",
]


def show_phases(path) -> Table:
    """The journey's phases with what happens in each, from its phase model."""
    journey = _load(path)
    with language(journey.language):
        known = {}
        if journey.phase_model in frameworks.phase_models():
            known = {p.id: p for p in frameworks.phase_model(journey.phase_model).phases}
        rows = []
        for phase in journey.phases:
            model_phase = known.get(phase.id)
            about_text = phase.description or (model_phase.description() if model_phase else "")
            rows.append({t("workshop.col.phase"): phase.label(), t("workshop.col.about"): about_text})
        columns = [t("workshop.col.phase"), t("workshop.col.about")]
        return Table(frame(rows, columns), t("workshop.phases_of", title=journey.title))


def show_touchpoints(path) -> Table:
    """The touchpoint inventory: phase, touchpoint, channel, device, direct or indirect."""
    journey = _load(path)
    with language(journey.language):
        phases = {p.id: p.label() for p in journey.phases}
        columns = [
            t("workshop.col.phase"),
            t("workshop.col.touchpoint"),
            t("workshop.col.channel"),
            t("workshop.col.device"),
            t("workshop.col.direct"),
            t("workshop.col.owner"),
        ]
        rows = []
        for tp in in_map_order(journey):
            rows.append(
                dict(
                    zip(
                        columns,
                        (
                            phases.get(tp.phase, tp.phase),
                            tp.name,
                            frameworks.channel_label(tp.channel),
                            frameworks.device_label(tp.device),
                            t("workshop.direct") if tp.direct else t("workshop.indirect"),
                            tp.owner,
                        ),
                        strict=True,
                    )
                )
            )
        caption = t("workshop.touchpoints_of", count=len(rows), title=journey.title)
        return Table(frame(rows, columns), caption, t("workshop.no_touchpoints", again=again()))


def evidence_text(evidence) -> str:
    """An item's evidence in a table cell: "Interview, high", or what it lacks
    ("assumed", "not recorded"), so an assumption is plain to see."""
    if not evidence.researched:
        return t(f"evidence.status.{evidence.status}")
    text = frameworks.evidence_source_label(evidence.source)
    return f"{text}, {t(f'evidence.confidence.{evidence.confidence}')}" if evidence.confidence else text


def show_goals(path) -> Table:
    """The customer goals per phase (and per buying-group role, when there is one)."""
    journey = _load(path)
    with language(journey.language):
        order = {p.id: i for i, p in enumerate(journey.phases)}
        phases = {p.id: p.label() for p in journey.phases}
        roles = {r.id: r.name for r in journey.buying_group}
        evidence = t("workshop.col.evidence")
        columns = [t("workshop.col.phase"), t("workshop.col.goal"), evidence]
        if roles:
            columns.insert(1, t("workshop.col.role"))
        rows = []
        for goal in sorted(journey.goals, key=lambda g: order.get(g.phase, 99)):
            row = {
                columns[0]: phases.get(goal.phase, goal.phase),
                t("workshop.col.goal"): goal.text,
                evidence: evidence_text(goal.evidence),
            }
            if roles:
                row[columns[1]] = roles.get(goal.role, t("workshop.everyone"))
            rows.append(row)
        caption = t("workshop.goals_of", count=len(rows), title=journey.title)
        return Table(frame(rows, columns), caption, t("workshop.no_goals", again=again()))


# What a participant needs to decide in step 5; ids and the raw gap stay in the analysis.
_PRIORITY_COLUMNS = ("rank", "touchpoint", "phase_name", "importance", "effort", "quadrant", "action")


def show_priority_table(path) -> Table:
    """The touchpoints ranked by priority (from the analysis layer)."""
    from journeykit_widgets import analysis

    journey = _load(path)
    with language(journey.language):
        ranked = analysis.priorities(journey)
        # The dots of a closed vote decide the order: shown next to the rank when there are any.
        columns = (*_PRIORITY_COLUMNS[:2], "votes", *_PRIORITY_COLUMNS[2:])
        voted = "votes" in ranked and bool(ranked["votes"].sum())
        frame = analysis.localize(ranked, columns=columns if voted else _PRIORITY_COLUMNS)
        return Table(
            frame,
            t("workshop.priorities_of", title=journey.title),
            t("workshop.no_touchpoints", again=again()),
        )


def show_actions(path, role: str = "") -> Table:
    """The action list: where the current situation differs from the ideal one."""
    from journeykit_widgets import analysis

    journey = _load(path)
    with language(journey.language):
        frame = analysis.ideal_vs_current(journey, role=role)
        return Table(
            analysis.localize(frame),
            t("workshop.actions_of", count=len(frame), title=journey.title),
            t("workshop.no_actions", again=again()),
        )


def show_peak_end(path, role: str | None = None) -> Note:
    """The peak–end reading of the emotion curve, in words."""
    from journeykit_widgets import analysis

    journey = _load(path)
    with language(journey.language):
        result = analysis.peak_end(journey, role=role)
        # The caution stands apart, above the reading: read it before trusting peak–end.
        return summary_note(t("workshop.peak_end_heading"), result.reading(), caution=result.warning())


def show_role_divergence(path) -> Note:
    """The buying group as a group, in words: where roles disagree, which role to serve first."""
    from journeykit_widgets import analysis

    journey = _load(path)
    with language(journey.language):
        result = analysis.buying_group(journey)
        return summary_note(t("lens.group.heading"), result.summary())


def show_gaps(path) -> Note:
    """The gap analysis in words: where the company spends too much or too little."""
    from journeykit_widgets import analysis

    journey = _load(path)
    with language(journey.language):
        return summary_note(t("workshop.gaps_heading"), analysis.gap_analysis(journey).summary())


def show_changes(path) -> Note:
    """What changed since the last review (step 6), from the journey's history."""
    journey = _load(path)
    with language(journey.language):
        last = journey.last_review()
        since = [r for r in journey.revisions if last is None or r.at > last.at]
        since = [r for r in since if r.kind != "review"]
        if last is None:
            head = t("workshop.never_reviewed")
        else:
            head = t("workshop.last_review", date=last.at.strftime("%Y-%m-%d"), author=last.author or "—")
        plain = [head]
        markdown = [f"**{md_escape(head)}**", ""]
        if not since:
            plain.append(t("workshop.no_changes"))
            markdown.append(md_escape(t("workshop.no_changes")))
        for revision in since:
            kind = t(f"workshop.revision.{revision.kind}")
            # The summary with what changed in words ("‘Chat’: emotion +1 → −2"); entries
            # written before history lines had words keep showing as they are.
            text = _with_changes(revision) or kind
            date = revision.at.strftime("%Y-%m-%d")
            plain.append(f"{date} {kind}: {text}")
            markdown.append(f"- {date} · {md_escape(kind)}: {md_escape(text)}")
        return Note("\n".join(markdown), "\n".join(plain))


_SHOWN_CHANGES = 6  # history lines per revision in the step 6 note; the rest are counted


def _with_changes(revision) -> str:
    # Older board entries list bare ids ("tp-5672c870"): those are not words, and the
    # note showed only the summary for them; it still does.
    words = [c for c in revision.changes if not re.fullmatch(r"[A-Za-z0-9_.-]+", c)]
    lines = words[:_SHOWN_CHANGES]
    if len(words) > _SHOWN_CHANGES:
        lines.append(t("history.more", count=len(words) - _SHOWN_CHANGES))
    if not revision.summary:
        return "; ".join(lines)
    return f"{revision.summary}: {'; '.join(lines)}" if lines else revision.summary


def about(path) -> Note:
    """Which journey this notebook works on, so nobody edits a sample by mistake."""
    path = Path(path)
    journey = _load(path)
    sample = is_sample(path) or path.name.startswith(SAMPLE_PREFIX)
    with language(get_language()):
        if sample:
            key = "workshop.about_sample"
        elif is_team_file(path):
            key = "workshop.about_team"
        else:
            key = "workshop.about_own"
        shown = shown_path(path)
        text = t(key, title=journey.title, file=shown, count=len(journey.touchpoints))
        markdown = t(key, title=md_escape(journey.title), file=f"`{shown}`", count=len(journey.touchpoints))
        return Note(markdown, text)


# ------------------------------------------------------------ owned actions
def show_action_list(path) -> Table:
    """The owned action list: phase, action, owner, status and due date."""
    from journeykit_widgets.analysis.owned_actions import action_list, origin_label, status_label

    journey = _load(path)
    with language(journey.language):
        table = action_list(journey)
        table["status"] = table["status"].map(status_label)
        table["origin"] = table["origin"].map(origin_label)
        columns = ["phase_name", "text", "owner", "status", "due", "origin"]
        shown = table[columns].rename(columns={c: t(f"actions.col.{c}") for c in columns})
        caption = t("owned_actions.list_of", count=len(table), title=journey.title)
        return Table(shown, caption, t("owned_actions.no_actions"))


def version_label(journey, source) -> str:
    """How a version of a journey is named to people: its file, or when it was saved."""
    source = Path(source)
    if source.parent.name.endswith(".backups"):  # a backup: named by its time, not its file name
        at = journey.revisions[-1].at.astimezone() if journey.revisions else None
        return t("owned_actions.version_of", when=at.strftime("%Y-%m-%d %H:%M") if at else "?")
    return t("owned_actions.version_file", name=source.name)


def show_action_changes(path, other=None) -> Table | Note:
    """How the action list changed since an earlier version: ``other`` (a second
    journey file), else the newest backup from before the last review."""
    from journeykit_widgets.analysis.action_versions import baseline_version, compare_actions

    journey = _load(path)
    with language(journey.language):
        if other is None:
            found = baseline_version(path)
            if found is None:
                text = t("owned_actions.no_version")
                return Note(md_escape(text), text)
            source, before = found
        else:
            source, before = Path(other), _load(other)
        result = compare_actions(before, journey, version_label(before, source))
        return Table(result.table(localized=True), result.summary(), t("owned_actions.no_changes"))
