"""The facilitator's view over a hand-in folder of twelve journeys (tests/_collect_fixtures.py):
what a trainer sees in the command's output, the tables, the charts and the report."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _collect_fixtures import TEAMS_COMPARED, TEAMS_READABLE, build_handin

from journeykit_widgets import collect
from journeykit_widgets.i18n import language

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def handin(tmp_path_factory) -> Path:
    return build_handin(tmp_path_factory.mktemp("handin") / "handin")


@pytest.fixture(scope="module")
def collection(handin):
    return collect.read_folder(handin)


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(folder.rglob("*"))
    }


def test_twelve_files_ten_read_two_left_out_with_a_reason(collection):
    assert len(list(collection.folder.glob("*.json"))) == 12
    assert len(collection.teams) == TEAMS_READABLE
    assert len(collection.compared) == TEAMS_COMPARED
    reasons = {s.path.name: s.reason for s in collection.left_out}
    assert set(reasons) == {"damaged.json", "empty.json", "own_case.json"}
    assert "line 1" in reasons["damaged.json"] and "damaged" in reasons["damaged.json"]
    assert "empty" in reasons["empty.json"]
    assert "no touchpoints" in reasons["own_case.json"]
    assert not any("Traceback" in r or "Error" in r.split("(")[0] for r in reasons.values())


def test_the_other_language_file_is_a_team_like_any_other(collection):
    dutch = next(team for team in collection.teams if team.label == "airline_nl")
    assert dutch.journey.language == "nl"
    groups = collection.groups()
    assert "airline_nl" in [team.label for team in groups["touch_tell_sell_care"]]


def test_progress_shows_which_steps_each_team_has_done(collection):
    table = collect.progress_table(collection).set_index("team")
    assert table.loc["airline", "done"] == "6/6"
    draft = table.loc["airline_draft"]  # no review, all ratings left at the default
    assert not draft["review"] and not draft["priorities"] and draft["flow"]
    assert draft["done"] == "4/6"
    begun = table.loc["own_case"]
    assert begun["persona"] and not begun["touchpoints"] and begun["done"] == "1/6"
    assert table.loc["veranda", "canvas"] and table.loc["veranda", "done"] == "7/7"
    assert table.loc["airline", "canvas"] is None  # not a B2B map: no canvas step


def test_progress_for_people_is_translated(collection):
    with language("nl"):
        table = collect.progress_table(collection, localized=True)
    assert "3 Doelen" in table.columns and "Stappen klaar" in table.columns
    assert set(table["3 Doelen"]) <= {"✓", "–"}


def test_differences_only_between_maps_on_the_same_phase_model(collection):
    found = collect.differences(collection)
    assert set(found) == {"touch_tell_sell_care", "b2b_five", "b2b_seven"}
    airline = found["touch_tell_sell_care"]
    assert airline.labels == ("airline", "airline_draft", "airline_nl", "airline_sales", "airline_service")
    added = airline.differences.query("field == 'present'")["item"].tolist()
    assert "Price alert e-mail" in added
    veranda = found["b2b_five"].differences
    assert (veranda["item_kind"] == "canvas").any()


def test_combined_actions_name_the_teams_that_proposed_them(collection):
    actions = collect.combined_actions(collection)
    assert list(actions.columns) == ["phase_name", "lane_name", "change", "priority", "owner", "teams"]
    changed = actions[actions["change"].str.contains("within three days")]
    assert changed["teams"].tolist() == ["veranda_installers"]
    shared = actions[actions["teams"] == "veranda, veranda_installers"]
    assert len(shared) > 0  # the same action from two teams is one row naming both
    order = actions["priority"].map({"high": 0, "medium": 1, "low": 2}).tolist()
    assert order == sorted(order)


def test_charts_have_one_panel_per_phase_model_and_one_line_per_team(collection):
    fig = collect.emotion_lines(collection)
    axes = fig.get_axes()
    assert len(axes) == 3
    labels = [
        [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")] for ax in axes
    ]
    assert labels[0] == ["airline", "airline_draft", "airline_nl", "airline_sales", "airline_service"]
    service = next(line for line in axes[0].get_lines() if line.get_label() == "airline_service")
    airline = next(line for line in axes[0].get_lines() if line.get_label() == "airline")
    assert max(service.get_ydata()) < max(airline.get_ydata())
    heat = collect.touchpoints_per_phase(collection)
    texts = [t.get_text() for t in heat.get_axes()[0].texts]
    assert texts[:4] == ["4", "4", "3", "5"]  # the airline sample's touchpoints per phase
    assert "1" in texts  # the draft has only one touchpoint in Touch


def test_report_html_has_every_section_and_every_map(collection, tmp_path, handin):
    before = _snapshot(handin)
    path = collect.write_report(collection, tmp_path / "report.html")
    page = path.read_text("utf-8")
    for heading in ("Progress per team", "Files left out", "Where the maps differ", "All actions"):
        assert heading in page
    assert page.count('class="jk-team"') == TEAMS_COMPARED
    assert "damaged.json" in page and "Traceback" not in page
    assert _snapshot(handin) == before


def test_report_refuses_to_write_into_the_collected_folder(collection, handin):
    with pytest.raises(ValueError, match="outside"):
        collect.write_report(collection, handin / "report.html")
    with pytest.raises(ValueError, match="outside"):
        collect.write_report(collection, handin / "sub" / "report.html")


def test_an_empty_folder_gives_a_report_that_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    collection = collect.read_folder(tmp_path / "empty")
    page = (collect.write_report(collection, tmp_path / "r.html")).read_text("utf-8")
    assert "nothing to compare yet" in page and "No map with touchpoints" in page


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "MPLBACKEND": "Agg"}
    return subprocess.run(
        [sys.executable, "-m", "journeykit_widgets", *args], capture_output=True, text=True, cwd=cwd, env=env
    )


def test_journeykit_collect_prints_progress_and_left_out_files(handin, tmp_path):
    before = _snapshot(handin)
    result = _cli("collect", str(handin), "--lang", "nl", "-o", str(tmp_path / "groep.html"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "10 klantreizen gelezen" in out and "3 overgeslagen" in out
    assert "empty.json: het bestand is leeg" in out
    assert "veranda_installers" in out and "7/7" in out
    assert (tmp_path / "groep.html").exists()
    assert "De klantreizen van de groep naast elkaar" in (tmp_path / "groep.html").read_text("utf-8")
    assert _snapshot(handin) == before


def test_journeykit_collect_on_a_missing_folder_says_so_without_a_traceback(tmp_path):
    result = _cli("collect", str(tmp_path / "nope"), cwd=tmp_path)
    assert result.returncode == 1
    assert "is not a folder" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_report_pdf_is_landscape_with_a_page_per_map(collection, tmp_path):
    from journeykit_widgets._browser import find_browser

    if find_browser() is None:
        pytest.skip("no Chromium for PDFs on this machine")
    from pypdf import PdfReader

    path = collect.write_report(collection, tmp_path / "report.pdf")
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    # poppler's text, not pypdf's: pypdf took 6 CPU-s over the report's 60 pages, pdftotext 0.2 s
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Progress per team" in text
    for team in collection.compared:
        assert f"{team.label} — " in text
