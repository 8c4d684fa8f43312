"""Where a closed dot vote shows: step 5's priorities, the suggested actions, the
result table, the group report's hook, the command line."""

from __future__ import annotations

import pytest

from journeykit_widgets import analysis, store
from journeykit_widgets.analysis.owned_actions import suggestions
from journeykit_widgets.cli import main
from journeykit_widgets.collect import read_folder, team_votes
from journeykit_widgets.i18n import language
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.votes import close_round, open_round, set_dots


def _journey() -> Journey:
    journey = Journey.new("Priorities", language="nl")
    journey.touchpoints += [
        # A is the most important: without a vote it ranks first
        Touchpoint(id="tp-a", name="A", phase="touch", importance=5, effort=1, pain_points="Slow"),
        Touchpoint(id="tp-b", name="B", phase="tell", importance=4, effort=1, pain_points="Rude"),
        Touchpoint(id="tp-c", name="C", phase="sell", importance=2, effort=5, pain_points="Costly"),
    ]
    return journey


def _voted(journey: Journey, dots: dict[str, dict[str, int]], close: bool = True) -> Journey:
    vote = open_round(journey, "pain_points", 3, by="Fien")
    for voter, items in dots.items():
        for item, count in items.items():
            set_dots(journey, vote.id, voter, item, count)
    if close:
        close_round(journey, by="Fien")
    return journey


def test_a_voted_item_ranks_higher_in_step_5():
    journey = _journey()
    assert list(analysis.priorities(journey)["touchpoint"]) == ["A", "B", "C"]
    _voted(journey, {"anna": {"tp-c": 2, "tp-b": 1}, "bob": {"tp-c": 1}})
    ranked = analysis.priorities(journey)
    assert list(ranked["touchpoint"]) == ["C", "B", "A"]
    assert list(ranked["votes"]) == [3, 1, 0] and list(ranked["rank"]) == [1, 2, 3]


def test_an_open_vote_does_not_reorder_anything_yet():
    journey = _voted(_journey(), {"anna": {"tp-c": 3}}, close=False)
    assert list(analysis.priorities(journey)["touchpoint"]) == ["A", "B", "C"]
    assert analysis.vote_result(journey).empty


def test_suggestions_about_voted_cards_come_first():
    journey = _journey()
    before = [s.key for s in suggestions(journey)]
    assert before.index("gap:invest:tp-a") < before.index("gap:reduce:tp-c")
    _voted(journey, {"anna": {"tp-c": 3}})
    after = [s.key for s in suggestions(journey)]
    assert after[0].endswith(":tp-c") and after.index("gap:reduce:tp-c") < after.index("gap:invest:tp-a")
    assert sorted(after) == sorted(before)  # nothing added or lost, only the order


def test_the_result_table_lists_the_voted_texts_most_dots_first():
    journey = _voted(_journey(), {"anna": {"tp-b": 1, "tp-c": 2}, "bob": {"tp-c": 1, "tp-a": 1}})
    result = analysis.vote_result(journey)
    assert list(result["voted_text"]) == ["Costly", "Slow", "Rude"]
    assert list(result["votes"]) == [3, 1, 1] and list(result["voters"]) == [2, 1, 1]
    with language("nl"):
        shown = analysis.localize(result, columns=["touchpoint", "voted_text", "votes", "voters"])
    assert list(shown.columns) == [
        "Contactpunt",
        "Tekst waarop gestemd",
        "Stippen in de stemming",
        "Stemmers",
    ]


def test_the_group_report_hook_gives_each_teams_result(tmp_path):
    store.save(_voted(_journey(), {"anna": {"tp-c": 3}}), tmp_path / "team-red.json")
    store.save(_voted(_journey(), {"bob": {"tp-a": 2, "tp-b": 1}}), tmp_path / "team-blue.json")
    store.save(_journey(), tmp_path / "team-green.json")  # no vote yet: no rows
    table = team_votes(read_folder(tmp_path))
    rows = sorted(zip(table["team"], table["touchpoint"], table["votes"], strict=True))
    assert rows == [("team-blue", "A", 2), ("team-blue", "B", 1), ("team-red", "C", 3)]
    assert list(team_votes(read_folder(tmp_path), top=1)["touchpoint"]) in (["A", "C"], ["C", "A"])


def test_the_facilitator_opens_and_closes_a_vote_from_the_command_line(tmp_path, capsys):
    path = store.save(_journey(), tmp_path / "team.json")
    assert (
        main(
            [
                "vote",
                "open",
                str(path),
                "--on",
                "pain_points",
                "--dots",
                "3",
                "--hidden",
                "--by",
                "Fien",
                "--lang",
                "nl",
            ]
        )
        == 0
    )
    assert "Stippenstemming geopend op pijnpunten (3 stippen per persoon)" in capsys.readouterr().out
    assert main(["vote", "open", str(path), "--lang", "nl"]) == 1
    assert "loopt al een stippenstemming" in capsys.readouterr().err
    vote = store.load(path).votes[0]
    assert vote.hidden and vote.opened_by == "Fien" and vote.dots_per_person == 3
    store.place_dots(path, vote.id, "anna", "tp-b", 3)
    assert main(["vote", "close", str(path), "--by", "Fien", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Dot vote on pain points closed" in out and "3 ●  B" in out
    assert main(["vote", "close", str(path), "--lang", "en"]) == 1
    assert "No dot vote is open" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["vote", "open", "missing.json"], ["vote", "close", "missing.json"]])
def test_a_missing_file_is_a_message_not_a_traceback(tmp_path, capsys, args):
    args = [*args[:2], str(tmp_path / args[2]), "--lang", "en"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "missing.json" in err and "Traceback" not in err


def test_step_5s_table_shows_the_dots_beside_the_rank_once_a_vote_has_closed(tmp_path):
    from journeykit_widgets.summaries import show_priority_table

    path = store.save(_journey(), tmp_path / "team.json")
    assert "Stippen in de stemming" not in show_priority_table(path).frame.columns
    store.save(_voted(store.load(path), {"anna": {"tp-c": 3}}), path)
    frame = show_priority_table(path).frame
    assert list(frame.columns)[2] == "Stippen in de stemming" and frame.iloc[0, 2] in (3, "3")
    assert frame.iloc[0, 1] == "C"


def test_the_group_reports_team_page_lists_the_closed_vote():
    from journeykit_widgets.collect.team_page import team_votes as page_votes

    journey = _journey()
    assert page_votes(journey) is None  # no vote yet: the page says "not voted"
    _voted(journey, {"ann": {"tp-b": 2, "tp-a": 1}, "bob": {"tp-b": 1}}, close=False)
    assert page_votes(journey) is None  # an open vote is not final
    close_round(journey, by="Fien")
    assert page_votes(journey) == [("B", 3), ("A", 1)]
