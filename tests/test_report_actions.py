"""The owned action list in the handouts, straight from the journey (no kernel):
owners, statuses and due dates in the report's action table, its first actions
and the slides; scenario and expectations in the executive summary."""

from __future__ import annotations

from datetime import date
from html import unescape

import pytest

from journeykit_widgets.handouts import report
from journeykit_widgets.handouts.slides import build_deck
from journeykit_widgets.i18n import language
from journeykit_widgets.model import ActionPoint
from journeykit_widgets.store import load

pptx = pytest.importorskip("pptx")


@pytest.mark.parametrize(
    ("lang", "header", "statuses"),
    [
        ("en", ["Phase", "Action", "Owner", "Status", "Due"], {"open", "doing", "done"}),
        ("nl", ["Fase", "Actie", "Eigenaar", "Status", "Deadline"], {"open", "bezig", "klaar"}),
    ],
)
def test_action_table_lists_owner_status_and_due_in_phase_order(sample_file, lang, header, statuses):
    journey = load(sample_file("veranda", lang))
    got_header, rows = report.action_rows(journey)
    assert got_header == header
    assert len(rows) == len(journey.actions) == 5
    with language(lang):
        phase_order = [p.label() for p in journey.phases]
    positions = [phase_order.index(r[0]) for r in rows]
    assert positions == sorted(positions)  # in the map's phase order
    assert {r[2] for r in rows} == {a.owner for a in journey.actions}
    assert {r[3] for r in rows} == statuses
    done = next(a for a in journey.actions if a.status == "done")
    assert next(r for r in rows if r[1] == done.text)[4] == "—"  # no due date
    html = report.action_table(journey)._repr_html_()
    assert "jk-actions-owned" in html and html.count("<tr>") == 6
    for action in journey.actions:
        assert action.owner in unescape(html).replace("\u00ad", "")


def test_long_words_in_the_printed_action_table_break_at_their_parts_and_syllables(sample_file):
    journey = load(sample_file("b2b_software", "nl"))
    _header, rows = report.action_rows(journey)
    assert "Aankoopbeslissing" in [row[0] for row in rows]  # the data stays as typed
    html = unescape(report.action_table(journey)._repr_html_())
    # the seam of the compound and a syllable three letters from either end, no "be-"
    assert "Aan\u00adkoop\u00adbeslis\u00adsing" in html
    assert "\u00adSales" not in html and "open\u00ad" not in html  # short words untouched


@pytest.fixture
def report_made_on(monkeypatch):
    """Make the report on a given day (due dates are overdue against it)."""
    from journeykit_widgets.handouts import action_list

    def made_on(day: date) -> None:
        monkeypatch.setattr(action_list, "report_date", lambda: day)

    return made_on


def test_first_actions_are_the_open_ones_soonest_due_first(sample_file, report_made_on):
    report_made_on(date(2026, 3, 1))
    journey = load(sample_file("airline", "en"))
    first = report.top_actions(journey)
    assert [(a["what"][:20], a["due"], a["status"]) for a in first] == [
        ("Ask ten families to ", "15 Apr 2026", "open"),
        ("Show one honest tota", "30 Apr 2026", "doing"),
        ("Fix the low point “D", "15 May 2026", "doing"),
    ]
    # none done, and without a due date an action comes last
    journey.actions = [
        ActionPoint(text="No date", owner="A"),
        ActionPoint(text="Done", status="done", due=date(2026, 1, 1)),
        ActionPoint(text="Soon", due=date(2026, 2, 1), owner="B"),
    ]
    assert [a["what"] for a in report.top_actions(journey)] == ["Soon", "No date"]
    assert report.top_actions(journey)[1]["due"] == "—"


@pytest.mark.parametrize(
    ("lang", "marked"), [("en", "15 Apr 2026 · overdue"), ("nl", "15 apr 2026 · te laat")]
)
def test_actions_past_their_due_date_are_marked_against_the_reports_date(
    sample_file, report_made_on, lang, marked
):
    """Issue 24: actions due in April shown as open in a December report, unmarked."""
    report_made_on(date(2026, 12, 7))
    journey = load(sample_file("airline", lang))
    first = report.top_actions(journey)
    assert first[0]["due"] == marked
    _header, rows = report.action_rows(journey)
    overdue = {r[1] for r in rows if r[4].endswith(marked.split(" · ")[1])}
    expected = {a.text for a in journey.actions if a.due and a.status != "done" and a.due < date(2026, 12, 7)}
    assert overdue == expected and expected
    html = unescape(report.summary(journey)._repr_html_())
    assert marked in html


def test_summary_shows_scenario_expectations_and_due_dates(sample_file, report_made_on):
    report_made_on(date(2026, 1, 1))
    journey = load(sample_file("veranda", "nl"))
    summary = report.summary(journey)
    html = unescape(summary._repr_html_())
    assert journey.scenario in html and journey.expectations in html
    assert "<th scope='row'>Scenario</th>" in html and "<th scope='row'>Verwachtingen</th>" in html
    assert "jk-sum-owned" in html and "<th>Deadline</th>" in html and "31 mrt 2026" in html
    # a journey without them shows neither row
    bare = journey.model_copy(update={"scenario": "", "expectations": "", "actions": []})
    html = unescape(report.summary(bare)._repr_html_())
    assert "Scenario" not in html and "Verwachtingen" not in html and "jk-sum-owned" not in html
    assert str(report.reading(journey, "actions")) == "Acties: 5 (2 open, 2 bezig, 1 klaar)."


def test_action_slide_is_a_native_table_with_owners_and_statuses(sample_file):
    journey = load(sample_file("b2b_software", "nl"))
    deck = build_deck(journey)
    # the map, the canvas, the KPIs and the blueprint are tables too, under their own names
    tables = [s for slide in deck.slides for s in slide.shapes if s.has_table and s.name == "Action list"]
    assert len(tables) == 1
    shape = tables[0]
    table = shape.table
    assert [c.text for c in table.rows[0].cells] == ["Fase", "Actie", "Eigenaar", "Status", "Deadline"]
    assert len(table.rows) == len(journey.actions) + 1
    texts = [[c.text for c in row.cells] for row in list(table.rows)[1:]]
    assert {r[2] for r in texts} == {a.owner for a in journey.actions}
    assert {r[3] for r in texts} == {"open", "bezig", "klaar"}
    # the columns fill the table's width and stay on the slide
    assert abs(sum(c.width for c in table.columns) - shape.width) <= len(table.columns)
    assert shape.left + shape.width <= deck.slide_width
    done = next(r for r in list(table.rows)[1:] if r.cells[3].text == "klaar")
    run = done.cells[3].text_frame.paragraphs[0].runs[0]
    assert run.font.bold and str(run.font.color.rgb) == "2E7D32"
