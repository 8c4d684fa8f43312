"""The published JSON Schema of journey files: up to date with the model, and every
journey the kit writes (samples included) validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _store_fixtures import rich_journey
from jsonschema import Draft202012Validator

from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.store import journey_schema, save, schema_text, to_json, write_schema
from journeykit_widgets.store.schema import SCHEMA_ID, SCHEMA_RELATIVE_PATH

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / SCHEMA_RELATIVE_PATH
SAMPLES = sorted((ROOT / "data").glob("*.json"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(COMMITTED.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_committed_schema_is_up_to_date_with_the_model():
    assert COMMITTED.read_text("utf-8") == schema_text(), (
        "schema/journey.schema.json is out of date with the model; regenerate it with\n"
        "  python -c \"from journeykit_widgets.store import write_schema; write_schema('schema/journey.schema.json')\""
    )


def test_schema_has_id_title_description_and_catalogue_choices():
    schema = journey_schema()
    assert schema["$id"] == SCHEMA_ID and schema["$schema"].endswith("2020-12/schema")
    assert schema["title"] and "journey" in schema["description"]
    touchpoint = schema["$defs"]["Touchpoint"]["properties"]
    assert "search" in touchpoint["channel"]["enum"] and "smartphone" in touchpoint["device"]["enum"]
    rated, unrated = touchpoint["emotion"]["anyOf"]
    assert rated["minimum"] == -3 and rated["maximum"] == 3
    assert unrated == {"type": "null"} and "not rated yet" in touchpoint["emotion"]["description"]


def test_a_card_without_an_emotion_yet_validates_and_a_bad_one_does_not(validator):
    """A new card has no emotion until one is given: ``null`` in the file, not 0."""
    journey = Journey.new("Unrated")
    journey.touchpoints.append(Touchpoint(name="Webinar", phase="tell"))
    data = json.loads(to_json(journey))
    assert data["touchpoints"][0]["emotion"] is None
    assert not list(validator.iter_errors(data))
    data["touchpoints"][0]["emotion"] = 5
    assert list(validator.iter_errors(data))


def test_write_schema(tmp_path):
    path = write_schema(tmp_path / "s.json")
    assert json.loads(path.read_text("utf-8")) == journey_schema()


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_every_sample_file_validates(validator, sample):
    errors = [e.message for e in validator.iter_errors(json.loads(sample.read_text("utf-8")))]
    assert errors == []


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_saved_journey_validates(validator, tmp_path, lang):
    path = save(rich_journey(lang, touchpoints=5), tmp_path / "j.json")
    assert list(validator.iter_errors(json.loads(path.read_text("utf-8")))) == []


def test_schema_rejects_what_the_model_rejects(validator):
    data = json.loads(to_json(rich_journey("en")))
    data["touchpoints"][0]["emotion"] = 9
    data["touchpoints"][1]["channel"] = "fax"
    data["personas"][0]["hobby"] = "x"
    paths = sorted("/".join(map(str, e.absolute_path)) for e in validator.iter_errors(data))
    assert paths == ["personas/0", "touchpoints/0/emotion", "touchpoints/1/channel"]
    assert not list(validator.iter_errors(json.loads(to_json(Journey.new("Blank")))))


def test_schema_reads_due_dates_as_the_model_does(validator):
    """Typed forms pass both; numbers and digit runs fail both (the schema cannot know
    that 2026-02-30 is no day: the model refuses that one alone)."""
    from journeykit_widgets.model import ActionPoint

    def schema_errors(due: object) -> list[str]:
        data = json.loads(to_json(Journey.new("Dates")))
        data["actions"] = [{"text": "Call", "due": due}]
        return ["/".join(map(str, e.absolute_path)) for e in validator.iter_errors(data)]

    for typed in ("2026-12-31", "31-12-2026", "31/12/2026", "2026/12/31", "", None):
        assert schema_errors(typed) == [], typed
        ActionPoint(text="Call", due=typed)
    for typed in (1767139200, "1767139200", "20261231", "31.12.2026"):
        assert schema_errors(typed) == ["actions/0/due"], typed
        with pytest.raises(ValueError):
            ActionPoint(text="Call", due=typed)
    data = json.loads(to_json(Journey.new("Dates")))
    data["revisions"][0]["at"] = 1767139200
    assert ["/".join(map(str, e.absolute_path)) for e in validator.iter_errors(data)] == ["revisions/0/at"]
