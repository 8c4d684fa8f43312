"""Each view in words: the one-line reading the report prints under a map and the
deck puts in the speaker notes ("12 touchpoints in 5 phases …").

A reading belongs to its view (``View.reading`` in the registry), so it lives with
the registry rather than in the handouts: it only needs the analyses (a lower
layer) and the journey, and anything that shows a view (report, deck, notebooks)
can say what it shows. Attaching readings from the handouts through a hook would
make a view's entry incomplete until some upper module had been imported. Every function takes a journey and returns
text in the current language; callers switch to the journey's language.

Nothing heavy loads on import (the CLI reads the view registry that names these).
"""

from __future__ import annotations

from journeykit_widgets.i18n import formats, t

__all__ = ["moment_text", "quoted", "signed"]

# A wait in minutes, so waits given in different units can be compared.
_MINUTES = {"minutes": 1, "hours": 60, "days": 24 * 60}


def quoted(name: str) -> str:
    """A name from the journey in the language's quotation marks."""
    quote = t("report.quote", name="")
    return t("report.quote", name=formats.inner_quotes(name, quote[:1]))


def signed(value: float | None) -> str:
    """An emotion score with its sign ("+1,5", "−2"); a dash when there is none."""
    return formats.signed(value, 1)


def moment_text(moment) -> str:
    """A peak-end moment: its name, its phase and how it feels."""
    return t(
        "report.moment", name=quoted(moment.name), phase=moment.phase_name, emotion=signed(moment.emotion)
    )


def journey(journey) -> str:
    from journeykit_widgets import analysis

    tps = journey.touchpoints
    channels = len({tp.channel for tp in tps})
    text = t(
        "report.reading.journey",
        touchpoints=t("voice.count.touchpoints", count=len(tps)),
        phases=t("voice.count.phases", count=len(journey.phases)),
        channels=t("voice.count.channels", count=channels),
    )
    result = analysis.peak_end(journey)
    if result.lows:
        text += " " + t("report.reading.journey_low", moment=moment_text(result.lows[0]))
    return text


def persona(journey) -> str:
    persona = journey.persona
    if persona is None:
        return t("report.reading.no_persona")
    return t("report.reading.persona", who=persona.who(), count=len(journey.goals))


def emotion(journey) -> str:
    from journeykit_widgets import analysis

    result = analysis.peak_end(journey)
    if not result.moments:
        return t("report.reading.no_emotions")
    parts = []
    if result.peaks:
        parts.append(t("report.peak", moment=moment_text(result.peaks[0])))
    if result.lows:
        parts.append(t("report.low", moment=moment_text(result.lows[0])))
    if result.end is not None:
        parts.append(t("report.end", moment=moment_text(result.end)))
    # The one lens statement: peak–end, or the average where the journey has no clear end.
    return "; ".join(parts) + ". " + result.lens()


def roles(journey) -> str:
    """Where the buying-group roles disagree most, the first clash, the role to serve first."""
    from journeykit_widgets import analysis

    # One line: a longer reading pushes the A3 chart off its page.
    return analysis.buying_group(journey).headline()


def priority(journey) -> str:
    from journeykit_widgets import analysis

    gaps = analysis.gap_analysis(journey)
    text = t("report.reading.priority", count=len(gaps.under_investment), over=len(gaps.over_investment))
    if len(gaps.under_investment):
        text += " " + t(
            "report.reading.priority_first", name=quoted(gaps.under_investment.iloc[0]["touchpoint"])
        )
    return text


def canvas(journey) -> str:
    from journeykit_widgets import analysis

    actions = analysis.ideal_vs_current(journey)
    if actions.empty:
        return t("report.reading.canvas_none")
    high = int((actions["priority"] == "high").sum())
    return t(
        "report.reading.canvas",
        count=len(actions),
        high=high,
        phases=t("voice.count.phases", count=actions["phase_name"].nunique()),
    )


def funnel(journey) -> str:
    measured = {k.phase for k in journey.kpis}
    if not measured:
        return t("report.reading.funnel_none")
    kpis = t("h24.count.kpis", count=len(journey.kpis))
    return t("report.reading.funnel", kpis=kpis, measured=len(measured), count=len(journey.phases))


def blueprint(journey) -> str:
    """How many steps and fail points the blueprint has, and where the customer waits longest."""
    from journeykit_widgets.render.blueprint import wait_label

    steps = journey.blueprint
    fails = sum(1 for step in steps if step.fail_point.strip())
    text = t("report.reading.blueprint", count=len(steps), fails=t("h24.count.fail_points", count=fails))
    waits = [step for step in steps if step.has_wait]
    if waits:
        longest = max(waits, key=lambda step: step.wait_time * _MINUTES[step.wait_unit])
        text += " " + t("report.reading.blueprint_wait", step=quoted(longest.name), wait=wait_label(longest))
    return text


def evidence(journey) -> str:
    """How much of the map is researched, and the first assumption worth testing."""
    from journeykit_widgets.analysis.evidence import LISTED, assumptions_to_test, evidence_coverage

    table = evidence_coverage(journey)
    items, researched = int(table["items"].sum()), int(table["researched"].sum())
    text = t("report.reading.evidence", researched=researched, count=items)
    to_test = assumptions_to_test(journey)
    first = quoted(to_test.iloc[0]["touchpoint"]) if len(to_test) else ""
    if len(to_test) > LISTED:  # the sheet lists the first few: say how many of how many
        text += " " + t("voice.evidence.listed", count=len(to_test), shown=LISTED, name=first)
    elif len(to_test):
        text += " " + t("report.reading.evidence_first", count=len(to_test), name=first)
    return text


# ------------------------------------------------------------- has content
# Whether a view has anything worth a report page beyond the fields it needs (an
# empty canvas would only print the editor's "fill this in" note, which is no report).
def canvas_filled(journey) -> bool:
    return any(c.role == "" and (c.ideal or c.current) for c in journey.canvases)


def group_to_compare(journey) -> bool:
    from journeykit_widgets import analysis

    return analysis.buying_group(journey).applies


def has_evidence(journey) -> bool:
    from journeykit_widgets.analysis.evidence import evidence_items

    return bool(evidence_items(journey))
