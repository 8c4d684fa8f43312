"""The facilitator's dot-vote form and the group's vote table."""

from __future__ import annotations

import pytest

from journeykit_widgets import collect, store
from journeykit_widgets.i18n import language
from journeykit_widgets.model import Journey, Touchpoint


@pytest.fixture
def team_file(tmp_path):
    journey = Journey.new("Team", language="nl")
    journey.touchpoints.append(Touchpoint(id="tp-1", name="Offerte", phase="touch", pain_points="Te laat"))
    return store.save(journey, tmp_path / "team-red.json")


def test_open_and_close_a_vote_with_the_form(team_file):
    from journeykit_widgets.widgets import vote_form

    with language("nl"):
        form = vote_form(team_file, by="Fien")
        assert "Er loopt geen stippenstemming" in form.state.value and form.close_button.disabled
        form.dots.value, form.hidden.value = 3, True
        form.open_button.click()
        vote = store.load(team_file).votes[0]
        assert vote.is_open and vote.hidden and vote.dots_per_person == 3 and vote.opened_by == "Fien"
        assert form.open_button.disabled and "3 stippen per persoon; 0 mensen" in form.state.value
        store.place_dots(team_file, vote.id, "anna", "tp-1", 2)
        form.session.refresh()
        assert "1 mensen hebben gestemd" in form.state.value
        form.close_button.click()
    assert not store.load(team_file).votes[0].is_open and form.problem.value == ""
    assert "geen stippenstemming" in form.state.value


def test_a_mistyped_team_file_is_a_message_and_creates_nothing(tmp_path):
    from journeykit_widgets.widgets import vote_form

    with language("nl"):
        form = vote_form(tmp_path / "tem-red.json")
    assert "geen klantreisbestand" in form.problem.value and "tem-red.json" in form.problem.value
    assert form.open_button.disabled and not (tmp_path / "tem-red.json").exists()


def test_the_facilitator_sees_each_teams_vote(team_file):
    vote = store.open_vote(team_file, "pain_points", 3).journey.votes[0]
    store.place_dots(team_file, vote.id, "anna", "tp-1", 2)
    with language("nl"):
        assert collect.show_votes(team_file.parent).frame.empty  # still open: no result yet
        store.close_vote(team_file)
        table = collect.show_votes(team_file.parent).frame
    assert list(table.columns)[:2] == ["Team", "Contactpunt"]
    assert table.iloc[0].tolist()[0] == "team-red" and "Te laat" in table.iloc[0].tolist()
