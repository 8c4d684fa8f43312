"""Owned actions: the model (status, due date, references), the suggestions of
every analysis and adopting them (once, also from two processes at the same
time), the comparison between two versions, and the XLSX action list."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from datetime import date

import pytest

import journeykit_widgets as jk
from journeykit_widgets import i18n, store
from journeykit_widgets.analysis import action_versions as av
from journeykit_widgets.analysis import owned_actions as al
from journeykit_widgets.model import (
    ActionPoint,
    CanvasColumn,
    Journey,
    JourneyValidationError,
    Touchpoint,
    parse_journey,
)


def small_journey() -> Journey:
    """Four touchpoints whose peak–end and gap findings are worked out by hand below."""
    journey = Journey.new("Hand-made", language="en")
    for tp_id, phase, emotion, importance, effort, owner in (
        ("tp-a", "touch", 1, 5, 2, "Marketing"),  # important, little effort: invest
        ("tp-b", "tell", -2, 2, 5, "Media"),  # little importance, much effort: reduce; the low
        ("tp-c", "sell", 3, 3, 3, "Sales"),  # the peak (+3 is a real high: no "make a peak")
        ("tp-d", "care", 0, 4, 4, "Service"),  # the end, at 0: improve the ending
    ):
        journey.touchpoints.append(
            Touchpoint(
                id=tp_id,
                name=tp_id.upper(),
                phase=phase,
                emotion=emotion,
                importance=importance,
                effort=effort,
                owner=owner,
            )
        )
    canvas = journey.canvas("")
    canvas.ideal["sell"] = CanvasColumn(customer_process="Books in two minutes", score=5)
    canvas.current["sell"] = CanvasColumn(score=3)
    return journey


EXPECTED_KEYS = [
    "canvas::sell:customer_process",
    "canvas::sell:score",
    "peak_end:fix_end:tp-d",
    "peak_end:fix_low:tp-b",
    "gap:invest:tp-a",
    "gap:reduce:tp-b",
    # importance 5 and 4 with no evidence recorded: the assumptions worth testing, most important first
    "assumption:touchpoint:tp-a",
    "assumption:touchpoint:tp-d",
]


# ------------------------------------------------------------------- model
def test_old_files_load_with_empty_scenario_and_no_actions(sample_file):
    raw = json.loads(sample_file("airline", "en").read_text("utf-8"))
    for key in ("scenario", "expectations", "actions"):
        raw.pop(key)
    journey = parse_journey(raw)
    assert (journey.scenario, journey.expectations, journey.actions) == ("", "", [])


@pytest.mark.parametrize(
    ("lang", "status_problem", "date_problem"),
    [
        (
            "en",
            "Action 1, status: must be one of 'open', 'doing' or 'done', got 'finished'",
            "Action 1, due date: there is no such day as “2026-02-30”; write a date such as 2026-12-31"
            " (31-12-2026, 31/12/2026 and 2026/12/31 are read too, day before month)",
        ),
        (
            "nl",
            "Actie 1, status: moet een van 'open', 'doing' (bezig) of 'done' (klaar) zijn, maar is 'finished'",
            "Actie 1, deadline: de dag ‘2026-02-30’ bestaat niet; schrijf een datum zoals 2026-12-31"
            " (31-12-2026, 31/12/2026 en 2026/12/31 worden ook gelezen, dag vóór maand)",
        ),
    ],
)
def test_unknown_status_and_bad_date_are_named_with_their_place(lang, status_problem, date_problem):
    data = small_journey().model_dump(mode="json")
    data["actions"] = [{"text": "Call customers", "status": "finished", "due": "2026-02-30"}]
    i18n.set_language(lang)
    with pytest.raises(JourneyValidationError) as caught:
        parse_journey(data)
    assert [str(p) for p in caught.value.problems] == [status_problem, date_problem]


def test_an_action_in_an_unknown_phase_or_role_is_refused():
    data = small_journey().model_dump(mode="json")
    data["actions"] = [{"text": "A", "phase": "nowhere"}, {"text": "B", "role": "role-x"}]
    with pytest.raises(JourneyValidationError) as caught:
        parse_journey(data)
    places = [(p.location, p.what.split(";")[0]) for p in caught.value.problems]
    assert places == [
        (("actions", 0, "phase"), "unknown phase 'nowhere'"),
        (("actions", 1, "role"), "unknown buying-group role 'role-x'"),
    ]
    # An empty phase is the journey as a whole, and valid.
    journey = small_journey()
    journey.actions.append(ActionPoint(text="Whole journey"))
    assert journey.revalidated().actions[0].phase == ""


# ------------------------------------------------------------- suggestions
def test_suggestions_of_every_source_worked_out_by_hand():
    found = al.suggestions(small_journey())
    assert [s.key for s in found] == EXPECTED_KEYS
    by_key = {s.key: s for s in found}
    assert by_key["canvas::sell:customer_process"].text == "Add: Books in two minutes"
    assert by_key["canvas::sell:score"].owner == "Sales"  # the phase's touchpoint owner
    assert by_key["peak_end:fix_end:tp-d"].text == "Improve the ending: “TP-D”"
    assert (by_key["peak_end:fix_low:tp-b"].phase, by_key["peak_end:fix_low:tp-b"].owner) == ("tell", "Media")
    assert by_key["gap:invest:tp-a"].owner == "Marketing"
    assert by_key["gap:reduce:tp-b"].text.startswith("Reduce the effort on “TP-B”")


def test_template_suggestions_appear_once_a_future_state_is_written():
    journey = small_journey()
    journey.template("current_state").cells["action"] = {"step_1": "Calls the desk"}
    assert not [s for s in al.suggestions(journey) if s.origin == "template"]
    journey.template("future_state").cells["action"] = {"step_1": "Books in the app"}
    templates = [s for s in al.suggestions(journey) if s.origin == "template"]
    assert [(s.key, s.text) for s in templates] == [("template:step_1:action", "Change to: Books in the app")]


def test_adopting_twice_keeps_one_action_and_hides_the_suggestion():
    journey = small_journey()
    first = al.adopt_suggestion(journey, "gap:invest:tp-a")
    again = al.adopt_suggestion(journey, "gap:invest:tp-a")
    assert first == again and len(journey.actions) == 1
    action = journey.actions[0]
    assert (action.origin, action.origin_key, action.phase, action.owner, action.status) == (
        "gap",
        "gap:invest:tp-a",
        "touch",
        "Marketing",
        "open",
    )
    assert "gap:invest:tp-a" not in [s.key for s in al.suggestions(journey, include_adopted=False)]
    assert len(al.suggestions(journey, include_adopted=False)) == len(EXPECTED_KEYS) - 1
    with pytest.raises(KeyError):
        al.adopt_suggestion(journey, "gap:invest:tp-nowhere")
    own = al.add_action(journey, "Call five customers", owner="Ilse", due=date(2026, 5, 1))
    assert journey.action(own).origin == "own" and journey.revalidated().action(own).due == date(2026, 5, 1)


def test_assumptions_worth_testing_are_suggested_until_they_are_researched():
    from journeykit_widgets.model import Evidence

    journey = small_journey()
    journey.touchpoint("tp-c").pain_points = "Has to call to change a seat"
    journey.touchpoint("tp-c").importance = 4
    found = {s.key: s for s in al.suggestions(journey) if s.origin == "assumption"}
    # tp-a (5), then tp-c and its pain point and tp-d (4, in map order)
    assert list(found) == [
        "assumption:touchpoint:tp-a",
        "assumption:touchpoint:tp-c",
        "assumption:pain_point:tp-c",
        "assumption:touchpoint:tp-d",
    ]
    assert (
        found["assumption:pain_point:tp-c"].text
        == "Check with customers whether the pain point at “TP-C” is real"
    )
    assert (found["assumption:touchpoint:tp-a"].owner, found["assumption:touchpoint:tp-a"].phase) == (
        "Marketing",
        "touch",
    )
    # researched with medium confidence: no longer an assumption to test
    journey.touchpoint("tp-a").evidence = Evidence(source="interview", confidence="medium")
    assert "assumption:touchpoint:tp-a" not in [s.key for s in al.suggestions(journey)]
    al.adopt_suggestion(journey, "assumption:touchpoint:tp-d")
    assert journey.revalidated().actions[0].origin == "assumption"


ADOPTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import journeykit_widgets as jk
    from journeykit_widgets.analysis.owned_actions import adopt_suggestion
    path, go, ready, keys = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:]
    ready.touch()  # imported and about to wait: the parent may now say go
    while not go.exists():
        time.sleep(0.005)
    for key in keys:
        problems = jk.edit(path, lambda journey, key=key: adopt_suggestion(journey, key), "Adopt " + key)
        assert not problems, problems
    """
)


def test_two_processes_adopting_at_once_keep_both_and_never_twice(tmp_path):
    path = tmp_path / "journey.json"
    store.save(small_journey(), path)
    go = tmp_path / "go"
    # Each process adopts suggestions of its own and the same shared ones, all at once.
    mine = {"A": EXPECTED_KEYS[0:2], "B": EXPECTED_KEYS[2:4]}
    shared = EXPECTED_KEYS[4:]
    ready = {who: tmp_path / f"ready-{who}" for who in ("A", "B")}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", ADOPTER, str(path), str(go), str(ready[who]), *mine[who], *shared]
        )
        for who in ("A", "B")
    ]
    # Say go only once both have imported everything and wait, so that they adopt at once.
    deadline = time.monotonic() + 120
    while not all(flag.exists() for flag in ready.values()):
        assert all(p.poll() is None for p in processes), "an adopting process ended before it was ready"
        assert time.monotonic() < deadline, "the adopting processes never got ready"
        time.sleep(0.01)
    go.touch()
    for process in processes:
        assert process.wait(timeout=120) == 0
    keys = [a.origin_key for a in store.load(path).actions]
    assert sorted(keys) == sorted(EXPECTED_KEYS)  # every adoption kept, none twice


# -------------------------------------------------------------- comparison
def test_comparison_between_two_versions_worked_out_by_hand():
    before = small_journey()
    before.actions = [
        ActionPoint(id="a", text="Fix the end", phase="care", owner="Service", status="open"),
        ActionPoint(id="b", text="Invest in TP-A", phase="touch", owner="Marketing", status="doing"),
        ActionPoint(id="c", text="Stop TP-B", owner="Media"),
    ]
    after = before.model_copy(deep=True)
    after.action("a").status = "done"
    after.action("b").owner = "E-commerce"
    after.action("b").due = date(2026, 5, 1)
    del after.actions[2]
    after.actions.append(ActionPoint(id="d", text="Call customers", phase="sell", status="open"))

    result = av.compare_actions(before, after, "the version of 10 March")
    rows = [(r["change"], r["id"], r["before"], r["after"]) for r in result.rows]
    assert rows == [
        ("added", "d", "", "open"),
        ("removed", "c", "open", ""),
        ("status", "a", "open", "done"),
        ("owner", "b", "Marketing", "E-commerce"),
        ("due", "b", "", "2026-05-01"),
    ]
    assert result.summary() == (
        "Since the version of 10 March: 1 added, 1 removed, 1 status change, 1 new owner "
        "and 1 new due date. 1 action done since then."
    )
    i18n.set_language("nl")
    table = result.table(localized=True)
    assert list(table.columns) == ["Wijziging", "Actie", "Fase", "Eerder", "Nu"]
    assert table.iloc[2].tolist() == ["status gewijzigd", "Fix the end", "Care", "open", "klaar"]
    assert av.compare_actions(before, before, "v1").summary() == "De actielijst is gelijk aan die in v1."


def test_baseline_is_the_newest_backup_from_before_the_last_review(tmp_path):
    path = tmp_path / "journey.json"
    journey = small_journey()
    journey.actions.append(ActionPoint(id="a", text="Fix the end", status="open"))
    store.save(journey, path)
    assert av.baseline_version(path) is None  # no backups yet
    jk.edit(path, lambda j: setattr(j.action("a"), "owner", "Service"), "owner")
    jk.edit(path, lambda j: None, "Reviewed", kind="review")
    jk.edit(path, lambda j: setattr(j.action("a"), "status", "doing"), "status")
    jk.edit(path, lambda j: setattr(j.action("a"), "status", "done"), "status again")
    _source, reviewed = av.baseline_version(path)
    # The version as reviewed: with the owner, before both status changes.
    assert (reviewed.action("a").owner, reviewed.action("a").status) == ("Service", "open")
    changes = jk.show_action_changes(path)
    assert "1 status change" in changes.caption and "1 action done" in changes.caption


# ------------------------------------------------------------------- XLSX
@pytest.mark.parametrize(
    ("lang", "header", "status"),
    [
        ("en", ["Phase", "Action", "Owner", "Status", "Due", "Origin", "id"], "doing"),
        ("nl", ["Fase", "Actie", "Eigenaar", "Status", "Deadline", "Herkomst", "id"], "bezig"),
    ],
)
def test_xlsx_action_list_round_trip_in_the_journeys_language(tmp_path, lang, header, status):
    import pandas as pd
    from openpyxl import load_workbook

    journey = small_journey().model_copy(update={"language": lang})
    al.adopt_suggestion(journey, "gap:invest:tp-a", action_id="act-1", status="doing", due=date(2026, 6, 30))
    al.add_action(journey, '=HYPERLINK("http://x")', action_id="act-2", owner="+31 20 123")
    path = al.export_action_list(journey, tmp_path / "actions.xlsx")
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == header
    formula = sheet.cell(row=3, column=2)
    assert formula.value == '=HYPERLINK("http://x")' and formula.data_type == "s" and formula.quotePrefix
    assert sheet.cell(row=3, column=3).quotePrefix  # "+31 …" stays a phone number, not a sum
    frame = pd.read_excel(path, dtype=str).fillna("")
    assert frame.to_dict("records")[0] == {
        header[0]: "Touch",
        header[1]: journey.actions[0].text,
        header[2]: "Marketing",
        header[3]: status,
        header[4]: "2026-06-30",
        header[5]: i18n.t("actions.origin.gap", lang=lang),
        "id": "act-1",
    }
    assert frame["id"].tolist() == [a.id for a in journey.actions]


def test_save_action_list_writes_beside_the_journey(sample_file):
    path = sample_file("veranda", "nl")
    note = jk.save_action_list(path)
    written = path.with_name("veranda.nl_actions.xlsx")
    assert written.exists() and written.name in repr(note) and "5 acties" in repr(note)
