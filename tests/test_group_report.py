"""The facilitator's group report as a trainer hands it out, over a folder of six
journeys (three cases, variants of them): one PDF made once for the module and read
page by page, the XLSX beside it, the merged and ranked action list, and the progress
``journeykit collect`` and notebook 09 tell while they work."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _collect_fixtures import build_handin
from _document_checks import page_fill, page_texts, smallest_words

from journeykit_widgets import collect
from journeykit_widgets.collect.action_merge import Proposal, merge_proposals, merged_actions
from journeykit_widgets.collect.report import actions_path, write_report
from journeykit_widgets.collect.report_parts import BODY_ACTIONS, progress_text
from journeykit_widgets.i18n import language

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

_NOT_SIX = ("own_case", "damaged", "empty", "airline_nl", "airline_draft", "software_it")


@pytest.fixture(scope="module")
def six(tmp_path_factory) -> Path:
    folder = build_handin(tmp_path_factory.mktemp("six") / "handin")
    for name in _NOT_SIX:
        (folder / f"{name}.json").unlink()
    return folder


@pytest.fixture(scope="module")
def collection(six):
    return collect.read_folder(six)


@pytest.fixture(scope="module")
def pdf(collection, tmp_path_factory) -> Path:
    from journeykit_widgets._browser import find_browser

    if find_browser() is None or shutil.which("pdftotext") is None:
        pytest.skip("no Chromium or poppler-utils for PDFs on this machine")
    return write_report(collection, tmp_path_factory.mktemp("out") / "group.pdf", lang="en")


# ------------------------------------------------------------- merge and rank
def _p(team, change, version="", key=("m", "canvas::trigger:customer"), lane="customer", **facts):
    return Proposal(key, team, "Trigger", "Customer process", change, version or change, lane=lane, **facts)


def test_the_same_change_from_several_teams_is_one_row_naming_them():
    rows = merge_proposals([_p("red", "Change to: a call"), _p("blue", "Change to:  a call")])
    assert len(rows) == 1
    assert rows[0]["teams"] == ["red", "blue"] and rows[0]["kind"] == "merged"


def test_different_changes_on_one_item_are_one_contradiction_row_with_each_version():
    score = ("m", "canvas::trigger:score")
    rows = merge_proposals(
        [
            _p("red", "Raise the score from 3 to 5", "3→5", key=score, lane="score"),
            _p("blue", "Raise the score from 2 to 4", "2→4", key=score, lane="score"),
        ]
    )
    assert len(rows) == 1
    assert rows[0]["kind"] == "contradiction"
    assert "red: 3→5" in rows[0]["change"] and "blue: 2→4" in rows[0]["change"]


def test_ranked_by_agreement_adoption_gap_and_pain_with_measures_after_changes():
    rows = merge_proposals(
        [
            _p("red", "Change to: alone, no gap", key=("m", "a")),
            _p("red", "Change to: where it hurts", key=("m", "b"), low=-3),
            _p("red", "Change to: shared", key=("m", "c")),
            _p("blue", "Change to: shared", key=("m", "c")),
            _p("red", "Raise the score from 1 to 4", key=("m", "d"), lane="score", gap=3),
            _p("red", "Change to: adopted", key=("m", "e"), adopted=True),
        ]
    )
    order = [r["change"] for r in rows]
    assert order.index("Change to: shared") < order.index("Change to: alone, no gap")
    assert order.index("Change to: where it hurts") < order.index("Change to: alone, no gap")
    assert order.index("Change to: adopted") < order.index("Change to: alone, no gap")
    assert order[-1] == "Raise the score from 1 to 4"  # a measure, after every change
    assert [r["rank"] for r in rows] == list(range(1, 6))
    assert "2 teams" in next(r["why"] for r in rows if r["change"] == "Change to: shared")


def test_the_group_list_names_phases_as_each_team_does_and_says_no_owner_yet(collection):
    frame = merged_actions(collection)
    phases = {p.label() for team in collection.compared for p in team.journey.phases}
    named = set(frame["phase_name"]) - {"whole journey"}
    assert named <= phases and not any(name.startswith("Step") for name in frame["phase_name"])
    assert (frame["kind"] == "contradiction").sum() >= 1  # the installers changed one cell
    assert frame["teams"].str.contains("airline, airline_sales, airline_service").any()
    with language("nl"):
        dutch = merged_actions(collection, localized=True)
    assert list(dutch.columns)[:3] == ["#", "Fase", "Waar"]
    if (frame["owner"] == "").any():
        assert (dutch["Eigenaar"] == "nog geen eigenaar").any()


def test_the_spread_says_something_in_every_row(collection):
    from journeykit_widgets.collect.report_parts import spread_column

    found = collect.differences(collection)
    assert found
    for result in found.values():
        table = spread_column(result, result.table(localized=True))
        spread = table["Spread"].tolist()
        assert spread and all(("apart" in s or " maps" in s) for s in spread), spread
        assert "1 points" not in " ".join(spread)  # one point, in the singular


def test_the_spread_counts_the_maps_that_hold_an_item(collection):
    """An item only the sales team added is on 1 of the 3 airline maps, not on all 3
    (a map without it said False, which was counted as holding it)."""
    from journeykit_widgets.collect.report_parts import spread_column

    for result in collect.differences(collection).values():
        table = spread_column(result, result.table(localized=True))
        rows = dict(zip(table["Item"], table["Spread"], strict=True))
        if "Upgrade offer at the gate" in rows:
            assert rows["Upgrade offer at the gate"] == "on 1 of 3 maps"
            assert rows["Price alert e-mail"] == "on 1 of 3 maps"
            assert any(spread == "1 point apart" for spread in rows.values())
            return
    raise AssertionError("the sales team's extra touchpoints are not among the differences")


# ------------------------------------------------------------------- progress
def test_progress_says_journey_n_of_m_and_the_step_in_both_languages():
    assert progress_text(3, 20, "reading", "airline") == "Journey 3 of 20: reading airline"
    with language("nl"):
        assert progress_text(3, 20, "drawing", "airline").startswith("Klantreis 3 van 20 (airline): ")
        assert progress_text(20, 20, "printing") == "De pdf afdrukken"
    with language("en"):
        assert "drawing" in progress_text(3, 20, "drawing", "airline")


def test_journeykit_collect_tells_each_journey_it_reads(six, tmp_path):
    env = {**os.environ, "MPLBACKEND": "Agg"}
    result = subprocess.run(
        [sys.executable, "-m", "journeykit_widgets", "collect", str(six), "--lang", "nl"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "Klantreis 1 van 6: airline lezen"
    assert lines[-1] == "Klantreis 6 van 6: veranda_installers lezen"
    assert " lezen" not in result.stdout  # the overview stays clean for a pipe


def test_notebook_export_tells_each_step(collection, tmp_path):
    heard = []
    collect.export_report(collection, tmp_path / "group.html", progress=lambda *step: heard.append(step[2:]))
    assert [s for s, _ in heard] == ["drawing"] * len(collection.compared)
    assert [team for _, team in heard] == [team.label for team in collection.compared]


# --------------------------------------------------------------- the printed report
def test_no_page_holds_only_a_heading(pdf):
    for number, text in enumerate(page_texts(pdf), 1):
        words = text.split()
        assert len(words) > 25, f"page {number} holds only: {text[:120]}"


def test_no_part_ends_on_a_mostly_empty_page(pdf):
    """The overview and the action list fill their pages; the item-by-item
    differences, at the back, run on into the appendix (their last page was a
    quarter full before the action list's forced new page)."""
    fills, texts = page_fill(pdf), page_texts(pdf)
    first_team = next(i for i, text in enumerate(texts) if "Where the customer feels worst" in text)
    assert all(fill >= 0.75 for fill in fills[:first_team]), [round(f, 2) for f in fills[:first_team]]
    differ = next(i for i, text in enumerate(texts) if "Where the maps differ" in text)
    appendix = next(i for i, text in enumerate(texts) if "Appendix: the whole action list" in text)
    assert first_team < differ <= appendix
    assert all(fill >= 0.6 for fill in fills[differ:appendix])


def test_every_team_has_one_summary_page(pdf, collection):
    texts = page_texts(pdf)
    summaries = [text for text in texts if "Where the customer feels worst" in text]
    assert len(summaries) == len(collection.compared)
    for team, text in zip(collection.compared, summaries, strict=True):
        assert f"{team.label} — " in text and "The team's best-ranked" in text


def test_every_word_is_at_least_6_pt_on_a4(pdf):
    smallest = smallest_words(pdf, 3)
    assert smallest and smallest[0].a4_pt >= 5.95, smallest


def test_the_action_list_body_is_at_most_two_pages_and_the_appendix_has_every_row(pdf, collection):
    texts = page_texts(pdf)
    start = next(i for i, text in enumerate(texts) if "All actions, and which team proposed them" in text)
    first_team = next(i for i, text in enumerate(texts) if "Where the customer feels worst" in text)
    assert 1 <= first_team - start <= 2
    appendix = [i for i, text in enumerate(texts) if "Appendix: the whole action list" in text]
    assert appendix and appendix[0] > first_team
    total = len(merged_actions(collection))
    assert total > BODY_ACTIONS
    assert f"whole list ({total} actions)" in texts[start] + texts[start + 1]
    rest = " ".join(texts[appendix[0] :])
    assert f" {total} " in f" {rest} "  # the last rank is printed


def test_an_xlsx_beside_the_report_holds_every_action(pdf, collection):
    from openpyxl import load_workbook

    sheet = load_workbook(actions_path(pdf), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("#", "Phase", "Where", "Proposed change")
    assert len(rows) - 1 == len(merged_actions(collection))
    assert any(str(row[6]) == "contradiction" for row in rows[1:])


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_printed_words_of_the_group_report_are_the_languages_own(lang):
    import re

    from journeykit_widgets.i18n import catalogue, texts_of

    english = r"\bTouchpoints?\b|\bFlow\b|\bReview\b" if lang == "nl" else r"$^"
    for key, entry in catalogue(lang).items():
        if not key.startswith(("collect.report.", "collect.column.", "h25group.")):
            continue
        for text in texts_of(entry):
            assert not re.search(english, text), (key, text)
            assert "(s)" not in text and "(en)" not in text, (key, text)
            assert "notebook" not in text.lower(), (key, text)  # no notebook chatter on paper
