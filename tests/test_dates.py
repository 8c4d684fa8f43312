"""Dates as people type them in a hand-edited file or a form (issue 22, point 10):
2026-12-31, 31-12-2026, 31/12/2026 and 2026/12/31 are read (day first), the file
stores ISO, and numbers, timestamps and days that do not exist are refused with
the field, the place and the accepted forms, in English and Dutch."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.model import ActionPoint, Journey, JourneyValidationError, parse_journey

ACCEPTED = {
    "en": "(31-12-2026, 31/12/2026 and 2026/12/31 are read too, day before month)",
    "nl": "(31-12-2026, 31/12/2026 en 2026/12/31 worden ook gelezen, dag vóór maand)",
}


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("typed", ["2026-12-31", "31-12-2026", "31/12/2026", "2026/12/31", " 31-12-2026 "])
def test_a_due_date_in_a_form_people_type_is_read_and_stored_as_iso(tmp_path, typed):
    data = Journey.new("T").model_dump(mode="json")
    data["actions"] = [{"text": "Bellen", "due": typed}]
    path = tmp_path / "j.json"
    path.write_text(json.dumps(data), "utf-8")
    assert store.load(path).actions[0].due == date(2026, 12, 31)
    store.edit(path, lambda j: setattr(j.actions[0], "owner", "Ilse"), "s")
    assert json.loads(path.read_text("utf-8"))["actions"][0]["due"] == "2026-12-31"


def test_a_short_day_first_date_is_read_day_first():
    """03/04/2026 is 3 April: Dutch and British usage; a US reading is not guessed."""
    assert ActionPoint(text="x", due="3/4/2026").due == date(2026, 4, 3)
    assert ActionPoint(text="x", due="03-04-2026").due == date(2026, 4, 3)
    assert ActionPoint(text="x", due="").due is None  # a cleared date: none


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        (1767139200, "form"),  # a Unix timestamp: pydantic took it silently as 2025-12-31
        ("1767139200", "form"),
        ("20261231", "form"),  # pydantic's English "Datetimes provided to dates should have zero time"
        (20261231, "form"),
        ("31.12.2026", "form"),
        ("31-12-26", "form"),
        ("٢٠٢٦-١٢-٣١", "form"),  # digits of another script: not a form the kit reads
        ("2026-02-30", "impossible"),
        ("12/31/2026", "impossible"),  # month first: refused, not guessed
        ("31-13-2026", "impossible"),
    ],
)
def test_a_number_or_an_impossible_date_is_refused_with_field_place_and_the_accepted_form(lang, typed, kind):
    data = Journey.new("T").model_dump(mode="json")
    data["actions"] = [{"text": "Bellen"}, {"text": "Mailen", "due": typed}]
    i18n.set_language(lang)
    with pytest.raises(JourneyValidationError) as caught:
        parse_journey(data)
    (problem,) = caught.value.problems
    place = "Action 2, due date" if lang == "en" else "Actie 2, deadline"
    if kind == "form":
        what = {
            "en": "must be a date such as 2026-12-31 {accepted}, got “{value}”",
            "nl": "moet een datum zijn zoals 2026-12-31 {accepted}, niet ‘{value}’",
        }[lang]
    else:
        what = {
            "en": "there is no such day as “{value}”; write a date such as 2026-12-31 {accepted}",
            "nl": "de dag ‘{value}’ bestaat niet; schrijf een datum zoals 2026-12-31 {accepted}",
        }[lang]
    assert str(problem) == f"{place}: " + what.format(accepted=ACCEPTED[lang], value=typed)
    assert "Datetimes" not in str(problem)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Revision 1, date and time: must be a date and time such as 2026-12-31T09:30:00Z"),
        ("nl", "Versie 1, datum en tijd: moet een datum en tijd zijn zoals 2026-12-31T09:30:00Z"),
    ],
)
def test_a_revision_time_given_as_a_number_is_refused(tmp_path, lang, expected):
    data = Journey.new("T").model_dump(mode="json")
    data["revisions"][0]["at"] = 1767139200
    path = tmp_path / "j.json"
    path.write_text(json.dumps(data), "utf-8")
    i18n.set_language(lang)
    with pytest.raises(store.JourneyFileError) as caught:
        store.load(path)
    assert str(path) in str(caught.value) and expected in str(caught.value)


def test_a_revision_time_without_a_zone_is_utc_so_the_next_edit_can_follow_it(tmp_path):
    data = Journey.new("T").model_dump(mode="json")
    data["revisions"][0].update(at="2026-12-01T10:00:00", kind="change", summary="s")
    path = tmp_path / "j.json"
    path.write_text(json.dumps(data), "utf-8")
    assert store.load(path).revisions[0].at == datetime(2026, 12, 1, 10, tzinfo=UTC)
    assert store.edit(path, lambda j: setattr(j, "objective", "Sneller"), "s") == []
    assert store.load(path).objective == "Sneller"


def test_the_actions_form_reads_a_day_first_date(tmp_path):
    from journeykit_widgets.widgets import actions_editor

    journey = Journey.new("T", language="nl")
    journey.actions.append(ActionPoint(id="act-1", text="Bellen"))
    path = store.save(journey, tmp_path / "j.json")
    i18n.set_language("nl")
    editor = actions_editor(path)
    editor.choose("act-1")
    editor.form.inputs["due"].value = "31/12/2026"
    editor.flush_pending()
    assert store.load(path).action("act-1").due == date(2026, 12, 31)
    assert json.loads(path.read_text("utf-8"))["actions"][0]["due"] == "2026-12-31"
