"""Evidence behind every item: the model, the schema-version-1 upgrade on every
path in, and the clear refusal of a file from a newer JourneyKit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import language
from journeykit_widgets.model import (
    SCHEMA_VERSION,
    CanvasColumn,
    Goal,
    Journey,
    JourneyValidationError,
    parse_journey,
)
from journeykit_widgets.model.evidence import Evidence
from journeykit_widgets.store import JourneyFileError, load, save, to_json

# The airline sample exactly as schema version 1 wrote it (data/airline.en.json before
# evidence became an object): a real old file, not one made up for the test.
V1_FILE = Path(__file__).resolve().parent / "data" / "airline.v1.en.json"


def _v1() -> dict:
    return json.loads(V1_FILE.read_text("utf-8"))


def test_the_fixture_really_is_version_1():
    data = _v1()
    assert data["schema_version"] == 1 and SCHEMA_VERSION >= 2
    assert data["touchpoints"][0]["evidence"] == "Ad server report, March"


def _check_upgraded(journey: Journey) -> None:
    data = _v1()
    assert journey.schema_version == SCHEMA_VERSION
    for tp, old in zip(journey.touchpoints, data["touchpoints"], strict=True):
        # the old text is the reference; no source was recorded, so: not researched
        assert tp.evidence == Evidence(reference=old["evidence"])
        assert tp.evidence.status == "not_recorded" and not tp.pain_evidence.reference
        assert tp.name == old["name"] and tp.emotion == old["emotion"]
    assert all(g.evidence.is_empty() for g in journey.goals)
    assert journey.title == data["title"] and len(journey.touchpoints) == 16


def test_version_1_loads_through_model_validate():
    _check_upgraded(Journey.model_validate(_v1()))


def test_version_1_loads_through_parse_journey():
    _check_upgraded(parse_journey(_v1()))


def test_version_1_loads_through_store_load_and_saves_as_the_current_version(tmp_path):
    path = Path(shutil.copy(V1_FILE, tmp_path / "old.json"))
    journey = load(path)
    _check_upgraded(journey)
    assert path.read_text("utf-8") == V1_FILE.read_text("utf-8")  # loading never writes
    again = load(save(journey, path))
    assert json.loads(path.read_text("utf-8"))["schema_version"] == SCHEMA_VERSION and again == journey


def test_a_file_without_schema_version_is_version_1():
    data = _v1()
    del data["schema_version"]
    assert parse_journey(data).touchpoints[1].evidence.reference == "Brand tracker, Q1"


def test_upgrade_does_not_change_the_callers_data():
    data = _v1()
    Journey.model_validate(data)
    assert data == _v1()


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "newer version of JourneyKit"), ("nl", "nieuwere versie")]
)
def test_a_newer_file_says_what_to_do_not_a_traceback(tmp_path, lang, words):
    data = _v1()
    data["schema_version"] = SCHEMA_VERSION + 1
    path = tmp_path / "future.json"
    path.write_text(json.dumps(data), "utf-8")
    save(Journey.new("backup maker"), tmp_path / "other.json")
    with language(lang), pytest.raises(JourneyFileError) as info:
        load(path)
    message = str(info.value)
    assert str(path) in message and words in message and "pip install --upgrade journeykit" in message
    assert "recover" not in message  # a newer file is not damaged: no backup restore offered
    with language(lang), pytest.raises(JourneyValidationError, match=words):
        parse_journey(data)
    with pytest.raises(ValidationError):
        Journey.model_validate(data)


def test_evidence_status_follows_the_source_catalogue():
    assert Evidence().status == "not_recorded"
    assert Evidence(reference="a hunch").status == "not_recorded"
    assert Evidence(source="assumption", confidence="high").status == "assumed"
    for source, entry in frameworks.evidence_sources().items():
        assert Evidence(source=source).researched is entry.researched
    assert [s for s, e in frameworks.evidence_sources().items() if not e.researched] == ["assumption"]


def test_every_source_names_known_research_levels_in_both_languages():
    levels = frameworks.research_levels()
    assert list(levels) == ["touchpoint_measurement", "journey_mapping", "journey_research"]
    sources = frameworks.evidence_sources()
    assert list(sources) == ["interview", "survey", "analytics", "observation", "staff", "assumption"]
    for entry in sources.values():
        assert set(entry.levels) <= set(levels)
        assert entry.label("en") and entry.label("nl") and entry.description("nl")
        assert bool(entry.levels) is entry.researched  # only research has a level
    covered = {level for e in sources.values() for level in e.levels}
    assert covered == set(levels)


def test_bad_evidence_values_are_translated_problems():
    data = _v1()
    data["touchpoints"][0]["evidence"] = {"source": "rumour", "confidence": "very"}
    with language("nl"), pytest.raises(JourneyValidationError) as info:
        parse_journey(data)
    text = str(info.value)
    assert "onbekende soort bron 'rumour'" in text and "Contactpunt 1" in text
    # The allowed values in Dutch words too, as the form's choice list shows them.
    assert (
        "zekerheid: moet een van '' (niet opgegeven), 'low' (laag), 'medium' (gemiddeld) "
        "of 'high' (hoog) zijn, maar is 'very'"
    ) in text
    assert len(info.value.problems) == 2


def test_goals_and_canvas_cells_carry_evidence():
    goal = Goal(phase="touch", text="Find a date", evidence={"source": "survey", "confidence": "high"})
    assert goal.evidence.researched
    column = CanvasColumn(experience="Happy", evidence={"experience": {"source": "analytics"}})
    assert column.lane_evidence("experience").researched
    assert column.lane_evidence("customer_process").status == "not_recorded"
    with pytest.raises(ValidationError):
        CanvasColumn(evidence={"nowhere": {"source": "survey"}})
    # a column holding only evidence is not empty: its evidence would be lost otherwise
    assert not CanvasColumn(evidence={"experience": {"source": "survey"}}).is_empty()


def test_evidence_survives_save_and_load(tmp_path):
    journey = Journey.new("t")
    journey.goals.append(
        Goal(phase="touch", text="g", evidence=Evidence(source="interview", reference="“quote”"))
    )
    journey.canvas("").current["touch"] = CanvasColumn(
        experience="x", evidence={"experience": Evidence(source="assumption", confidence="low")}
    )
    again = load(save(journey.revalidated(), tmp_path / "j.json"))
    assert again == journey.revalidated() and to_json(again) == to_json(journey.revalidated())
