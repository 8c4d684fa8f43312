"""``journeykit_widgets.workshop``: which journey a notebook opens, the static
outputs drawn from the file, the feedback checks, and the start form of notebook 00."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeykit_widgets import workshop
from journeykit_widgets.i18n import get_language, language
from journeykit_widgets.model import Goal, Journey, Touchpoint
from journeykit_widgets.samples import sample_path
from journeykit_widgets.store import load, save


@pytest.fixture
def kit(tmp_path, monkeypatch):
    """A kit folder (with ``notebooks/``) as the current folder, like a notebook's own."""
    (tmp_path / "notebooks" / "nl").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "notebooks" / "nl")
    return tmp_path


def _journey(title="Test journey", lang="en", **fields) -> Journey:
    return Journey.new(title, language=lang, **fields)


# ------------------------------------------------------------ journey_path
def test_kit_root_is_the_folder_holding_notebooks(kit):
    assert workshop.kit_root() == kit
    assert workshop.workspace_file() == kit / "workspace" / "my_journey.json"


def test_without_a_workspace_file_a_copy_of_the_airline_sample_is_used(kit):
    path = workshop.journey_path(None, "nl")
    assert path == kit / "workspace" / "sample_airline.nl.json"
    assert path.read_bytes() == sample_path("airline", "nl").read_bytes()
    assert get_language() == "nl"


def test_the_sample_copy_keeps_the_participants_changes(kit):
    path = workshop.journey_path()
    journey = load(path)
    journey.title = "Changed by me"
    save(journey, path)
    assert load(workshop.journey_path()).title == "Changed by me"
    assert load(sample_path("airline", "en")).title != "Changed by me"


def test_the_workspace_file_wins_over_the_sample(kit):
    mine = kit / "workspace" / "my_journey.json"
    save(_journey("Mine"), mine)
    assert workshop.journey_path() == mine
    assert workshop.journey_path(None, "nl") == mine


def test_a_named_file_wins_and_may_be_relative_to_the_kit(kit):
    save(_journey("Elsewhere"), kit / "cases" / "other.json")
    save(_journey("Mine"), kit / "workspace" / "my_journey.json")
    assert workshop.journey_path("cases/other.json") == kit / "cases" / "other.json"


def test_a_team_member_on_a_hub_opens_the_teams_journey_without_typing_a_path(
    kit, tmp_path_factory, monkeypatch
):
    # The hub's team folder at ~/team (deploy/README.md, "Team folders"): every step
    # notebook opens the team's map by itself, and says so in the member's language.
    home = tmp_path_factory.mktemp("home") / "ann"
    monkeypatch.setenv("HOME", str(home))
    save(_journey("Mine"), kit / "workspace" / "my_journey.json")
    assert workshop.journey_path() == kit / "workspace" / "my_journey.json"  # no team yet
    team = save(
        _journey("Team A's map", "nl", touchpoints=[Touchpoint(id="tp-1", name="Offerte", phase="touch")]),
        home / "team" / "journey.json",
    )
    assert workshop.journey_path(None, "nl") == team
    with language("nl"):
        note = repr(workshop.about(team))
    assert "klantreis van je team: ‘Team A's map’ (~/team/journey.json, 1 contactpunt)" in note
    with language("en"):
        assert "your team's journey “Team A's map” (~/team/journey.json, 1 touchpoint)" in repr(
            workshop.about(team)
        )
    # A file named in the parameters cell (an export) still wins.
    save(_journey("Elsewhere"), kit / "cases" / "other.json")
    assert workshop.journey_path("cases/other.json") == kit / "cases" / "other.json"


def test_a_named_sample_is_copied_not_edited(kit):
    path = workshop.journey_path(str(sample_path("veranda", "en")))
    assert path == kit / "workspace" / "sample_veranda.en.json"


def test_a_missing_named_file_says_what_to_do(kit):
    with pytest.raises(FileNotFoundError, match="journey_file = None"):
        workshop.journey_path("nope.json")
    with language("nl"), pytest.raises(FileNotFoundError, match="niet gevonden"):
        workshop.journey_path("nope.json")


# ---------------------------------------------------------------- outputs
def test_touchpoint_table_escapes_participant_text(tmp_path):
    journey = _journey()
    journey.touchpoints.append(Touchpoint(name="<script>alert(1)</script> & co", phase="touch", direct=False))
    path = save(journey, tmp_path / "j.json")
    table = workshop.show_touchpoints(path)
    html = table._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "indirect" in html and "Touch" in html
    assert repr(table).startswith("1 touchpoint in “Test journey”")


def test_empty_tables_say_what_to_do(tmp_path):
    path = save(_journey(lang="nl"), tmp_path / "j.json")
    html = workshop.show_goals(path)._repr_html_()
    assert "<table" not in html and "Nog geen klantdoelen" in html


def test_tables_and_summaries_follow_the_journey_language(tmp_path):
    path = save(_journey("Reis", lang="nl"), tmp_path / "j.json")
    assert "Fase" in workshop.show_phases(path)._repr_html_()
    assert "Bewustwording" not in workshop.show_phases(path)._repr_html_()  # Touch – Tell – Sell – Care
    assert "Touch" in workshop.show_phases(path)._repr_html_()


def test_markdown_escapes_formatting_and_html():
    text = workshop.md_escape("*bold* <b>x</b> [link](http://x) # head")
    assert "<b>" not in text and "\\*bold\\*" in text and "\\[link\\]" in text and "\\#" in text


def test_about_tells_sample_from_own_journey(kit):
    sample = workshop.journey_path()
    assert "copy of the sample case" in repr(workshop.about(sample))
    mine = save(_journey("Mine *really*"), kit / "workspace" / "my_journey.json")
    note = workshop.about(mine)
    assert "You are working on “Mine *really*” (workspace/my_journey.json, 0 touchpoints)" in repr(note)
    assert "Mine \\*really\\*" in note._repr_markdown_()


def test_figures_are_pngs_with_a_caption(tmp_path):
    path = save(load(sample_path("airline", "en")), tmp_path / "a.json")
    picture = workshop.show_priorities(path)
    data, metadata = picture._repr_mimebundle_()
    assert data["text/plain"].startswith("Priority and gap matrix: ")
    assert picture.png.startswith(b"\x89PNG") and metadata["image/png"]["width"] <= 1000


def test_persona_and_buying_group_say_when_there_is_none(tmp_path):
    path = save(_journey(), tmp_path / "j.json")
    assert "no persona yet" in repr(workshop.show_persona(path))
    assert "no buying group" in repr(workshop.show_buying_group(path))


def test_changes_since_the_last_review(tmp_path):
    from datetime import UTC, datetime

    from journeykit_widgets.model import Revision

    journey = _journey()
    journey.revisions = [
        Revision(at=datetime(2025, 1, 5, tzinfo=UTC), kind="created"),
        Revision(at=datetime(2025, 3, 1, tzinfo=UTC), kind="review", author="Ann", summary="checked"),
        Revision(at=datetime(2025, 4, 2, tzinfo=UTC), kind="change", summary="added the chat"),
    ]
    path = save(journey, tmp_path / "j.json")
    text = repr(workshop.show_changes(path))
    assert text.splitlines() == ["Last review: 2025-03-01 by Ann.", "2025-04-02 change: added the chat"]
    never = save(_journey(lang="nl"), tmp_path / "n.json")
    assert repr(workshop.show_changes(never)).startswith("Deze kaart is nog niet herzien")


# ----------------------------------------------------------------- checks
def test_touchpoint_check_points_at_thin_phases_and_missing_indirect(tmp_path):
    journey = _journey()
    journey.touchpoints += [
        Touchpoint(name="Banner", phase="touch", channel="advertising"),
        Touchpoint(name="Search", phase="touch", channel="search"),
        Touchpoint(name="Review site", phase="tell", channel="reviews", direct=False),
    ]
    path = save(journey, tmp_path / "j.json")
    text = repr(workshop.check_touchpoints(path))
    assert "✓ Touch: 2 touchpoints" in text
    assert "→ Tell has 1 touchpoint; find at least 2" in text
    assert "→ Care has 0 touchpoints" in text
    assert "Only 1 indirect touchpoint." in text and "Only 3 channels." in text
    with language("nl"):
        assert "Tell heeft 1 contactpunt;" in repr(workshop.check_touchpoints(path))


def test_goal_and_persona_checks(tmp_path):
    path = save(_journey(), tmp_path / "j.json")
    assert "→ Touch: no goal yet" in repr(workshop.check_goals(path))
    assert "no persona yet" in repr(workshop.check_persona(path))
    sample = save(load(sample_path("airline", "en")), tmp_path / "a.json")
    text = repr(workshop.check_persona(sample))
    assert text.startswith("Check of the persona “") and "✓" in text


# ------------------------------------------------------------- start form
@pytest.fixture
def form(kit):
    from journeykit_widgets._start import StartForm

    return StartForm(kit / "workspace" / "my_journey.json")


def test_start_form_creates_a_blank_journey_on_the_chosen_phase_model(form):
    form.title.value = "Onze verandaklanten"
    form.language.value = "nl"
    form.phase_model.value = "b2b_five"
    form.button.click()
    journey = load(form.target)
    assert journey.title == "Onze verandaklanten" and journey.language == "nl"
    assert journey.phases[0].id == "awareness"
    assert "Klaar!" in form.message.value and "notebooks/nl/01_touchpoints.ipynb" in form.message.value


def test_start_form_copies_a_sample_in_the_chosen_language(form):
    form.start.value = "b2b_software"
    form.button.click()
    assert json.loads(form.target.read_text("utf-8")) == json.loads(
        sample_path("b2b_software", "en").read_text("utf-8")
    )
    assert form.blank_box.layout.display == "none"


def test_start_form_never_replaces_a_journey_without_the_tick(form):
    save(_journey("Weeks of work"), form.target)
    form.start.value = "airline"
    form._show_state()
    assert form.replace.layout.display is None  # the tick box is offered
    form.button.click()
    assert load(form.target).title == "Weeks of work"
    assert "Tick" in form.message.value
    form.replace.value = True
    form.button.click()
    assert load(form.target).title != "Weeks of work"
    assert form.replace.value is False
    backups = list(Path(form.target.parent).glob(".my_journey.json.backups/*.json"))
    assert backups and json.loads(backups[0].read_text("utf-8"))["title"] == "Weeks of work"


def test_start_form_relabels_itself_in_the_chosen_language(form):
    assert form.button.description == "Start my journey"
    form.language.value = "nl"
    assert form.button.description == "Start mijn klantreis"
    assert dict((v, k) for k, v in form.start.options)["blank"].startswith("Mijn eigen klantreis")
    assert get_language() == "nl"


def test_start_journey_shows_a_form_without_creating_a_file(kit):
    box = workshop.start_journey()
    assert not (kit / "workspace" / "my_journey.json").exists()
    assert "jk-start" in box._dom_classes


def test_goals_table_says_what_each_goal_rests_on_in_the_journeys_language(tmp_path):
    journey = _journey(lang="nl")
    journey.goals = [
        Goal(phase="touch", text="Snel kiezen", evidence={"source": "interview", "confidence": "high"}),
        Goal(phase="tell", text="Prijs vooraf", evidence={"source": "assumption"}),
        Goal(phase="sell", text="Zonder gedoe betalen"),
    ]
    table = workshop.show_goals(save(journey, tmp_path / "j.json"))
    assert list(table.frame.columns) == ["Fase", "Klantdoel", "Onderbouwing"]
    assert list(table.frame["Onderbouwing"]) == ["Interview, hoog", "aangenomen", "niet vastgelegd"]
