"""The sample cases in data/: valid, bilingual in step, and reproducible from the
case files a trainer edits (data/samples/<case>.toml) with data/build_samples.py."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from journeykit_widgets import frameworks
from journeykit_widgets.samples import SAMPLE_CASES, load_sample, sample_path
from journeykit_widgets.store import load, to_json

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
BUILD = DATA / "build_samples.py"
FILES = [DATA / f"{case}.{lang}.json" for case in SAMPLE_CASES for lang in ("en", "nl")]

# Keys whose string values are ids, catalogue codes or names, not translatable text.
ID_KEYS = {
    "id",
    "phase",
    "role",
    "persona_id",
    "kind",
    "channel",
    "device",
    "phase_model",
    "language",
    "at",
    # an owned action's codes and date (the same in both languages)
    "status",
    "origin",
    "origin_key",
    "due",
    "source",
    "confidence",
}


def _builder():
    spec = importlib.util.spec_from_file_location("build_samples", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _raw(case: str, lang: str) -> dict:
    return json.loads((DATA / f"{case}.{lang}.json").read_text("utf-8"))


def _is_text(key: str, value, parent: str) -> bool:
    # a persona's "role" is a job title (text); everywhere else "role" is a buying-group role id
    is_id = key in ID_KEYS and not (key == "role" and parent == "personas")
    return isinstance(value, str) and bool(value) and not is_id


def _skeleton(value, key: str = "", parent: str = ""):
    """The data with every translatable text replaced by a marker: what must match across languages."""
    if isinstance(value, dict):
        return {k: _skeleton(v, k, parent) for k, v in value.items()}
    if isinstance(value, list):
        return [_skeleton(v, key, key) for v in value]
    return "<text>" if _is_text(key, value, parent) else value


def _texts(value, key: str = "", parent: str = ""):
    """(path, text) for every translatable text, in document order."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from ((f"{k}.{p}" if p else k, t) for p, t in _texts(v, k, parent))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from ((f"{i}.{p}" if p else str(i), t) for p, t in _texts(v, key, key))
    elif _is_text(key, value, parent):
        yield "", value


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_sample_file_loads(path):
    journey = load(path)
    assert journey.language == path.name.split(".")[1]
    assert journey.touchpoints and journey.personas and journey.goals and journey.kpis
    # the file is exactly what the store would write: no hand edits, stable key order
    assert path.read_text("utf-8") == to_json(journey)


def test_journeykit_validate_accepts_every_file():
    result = subprocess.run(
        [sys.executable, "-m", "journeykit_widgets", "validate", *map(str, FILES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("\n") == len(FILES)


def test_samples_are_found_through_the_samples_module():
    for case in SAMPLE_CASES:
        for lang in ("en", "nl"):
            assert sample_path(case, lang).resolve() == (DATA / f"{case}.{lang}.json").resolve()
            assert load_sample(case, lang).language == lang


@pytest.mark.parametrize("case", SAMPLE_CASES)
def test_english_and_dutch_have_the_same_structure(case):
    en, nl = _raw(case, "en"), _raw(case, "nl")
    en.pop("language"), nl.pop("language")
    # same ids, phases, references, numbers, flags; only the words may differ
    assert _skeleton(en) == _skeleton(nl)
    ej, nj = load_sample(case, "en"), load_sample(case, "nl")
    assert [tp.id for tp in ej.touchpoints] == [tp.id for tp in nj.touchpoints]
    assert [(tp.emotion, tp.importance, tp.effort, tp.direct) for tp in ej.touchpoints] == [
        (tp.emotion, tp.importance, tp.effort, tp.direct) for tp in nj.touchpoints
    ]
    assert [(k.target, k.actual, k.micro_conversion) for k in ej.kpis] == [
        (k.target, k.actual, k.micro_conversion) for k in nj.kpis
    ]


@pytest.mark.parametrize("case", SAMPLE_CASES)
def test_dutch_texts_are_really_dutch(case):
    en, nl = dict(_texts(_raw(case, "en"))), dict(_texts(_raw(case, "nl")))
    assert en.keys() == nl.keys()
    differ = [path for path in en if en[path] != nl[path]]
    assert len(differ) / len(en) > 0.85, "most Dutch texts must differ from the English ones"
    words = " ".join(nl.values()).lower().split()
    dutch = sum(words.count(w) for w in ("de", "het", "een", "en", "van", "niet", "met", "op"))
    english = sum(words.count(w) for w in ("the", "and", "of", "with", "not", "to"))
    assert dutch > 10 * max(english, 1)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_texts_fit_in_a_map_cell(path):
    journey = load(path)
    for tp in journey.touchpoints:
        assert len(tp.name) <= 40, tp.name
        for field in ("action", "thoughts", "pain_points", "opportunities", "kpi", "owner"):
            assert len(getattr(tp, field)) <= 160, (tp.id, field)
        assert len(tp.evidence.reference) <= 160 and len(tp.pain_evidence.reference) <= 160
    for canvas in journey.canvases:
        for state in ("ideal", "current"):
            for column in getattr(canvas, state).values():
                for lane in ("customer_process", "internal_process", "experience", "improvements"):
                    assert len(getattr(column, lane)) <= 160
    for grid in journey.templates.values():
        for row in grid.cells.values():
            assert all(len(text) <= 160 for text in row.values())


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_touchpoints_are_complete_and_use_catalogue_ids(path):
    journey = load(path)
    channels, devices = frameworks.channels(), frameworks.devices()
    for tp in journey.touchpoints:
        assert tp.channel in channels and tp.device in devices
        for field in ("owner", "action", "thoughts", "pain_points", "opportunities", "kpi"):
            assert getattr(tp, field).strip(), (tp.id, field)
        # researched evidence names where it comes from
        assert tp.evidence.status != "researched" or tp.evidence.reference.strip(), tp.id
    # every phase has touchpoints, goals and KPIs
    for phase in journey.phase_ids:
        assert journey.touchpoints_in(phase), phase
        assert any(g.phase == phase for g in journey.goals), phase
        assert any(k.phase == phase for k in journey.kpis), phase


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_evidence_varies_researched_assumed_and_not_recorded(path):
    journey = load(path)
    statuses = [tp.evidence.status for tp in journey.touchpoints]
    assert {"researched", "assumed", "not_recorded"} <= set(statuses)
    assert {tp.evidence.confidence for tp in journey.touchpoints} >= {"low", "medium", "high"}
    assert {g.evidence.status for g in journey.goals} == {"researched", "assumed", "not_recorded"}
    assert any(tp.pain_evidence.researched for tp in journey.touchpoints)
    cells = [
        e.status
        for canvas in journey.canvases
        for column in canvas.current.values()
        for e in column.evidence.values()
    ]
    if journey.canvases:  # the airline case has no canvas
        assert "researched" in cells and "assumed" in cells


def test_airline_has_one_peak_a_low_point_and_a_cross_device_booking():
    journey = load_sample("airline", "en")
    assert journey.phase_model == "touch_tell_sell_care"
    assert 12 <= len(journey.touchpoints) <= 16
    emotions = [tp.emotion for tp in journey.touchpoints]
    assert emotions.count(max(emotions)) == 1 and max(emotions) >= 2
    assert min(emotions) <= -2
    # research on the smartphone, booking on the computer
    tell_devices = {tp.device for tp in journey.touchpoints_in("tell")}
    sell_devices = {tp.device for tp in journey.touchpoints_in("sell")}
    assert "smartphone" in tell_devices and "computer" in sell_devices
    # the gap analysis has something to say both ways
    over = [tp for tp in journey.touchpoints if tp.effort >= 4 and tp.importance <= 2]
    under = [tp for tp in journey.touchpoints if tp.importance >= 4 and tp.effort <= 2]
    assert over and under
    assert any(k.micro_conversion for k in journey.kpis)
    kinds = [r.kind for r in journey.revisions]
    assert kinds[0] == "created" and kinds.count("change") >= 2 and "review" in kinds
    persona = journey.persona
    assert persona.channels and persona.devices and persona.quote and persona.frustrations
    for template in ("current_state", "future_state", "service_blueprint"):
        spec = frameworks.template(template)
        cells = journey.templates[template].cells
        assert all(journey.templates[template].cell(r.id, c.id) for r in spec.rows for c in spec.columns), (
            template,
            cells.keys(),
        )


def test_veranda_has_both_canvas_states_in_every_phase():
    journey = load_sample("veranda", "nl")
    assert journey.phase_model == "b2b_five"
    canvas = journey.canvas("")
    for phase in journey.phase_ids:
        ideal, current = canvas.column("ideal", phase), canvas.column("current", phase)
        for column in (ideal, current):
            assert column.customer_process and column.internal_process and column.experience
            assert column.improvements and column.score is not None
        assert ideal.score >= current.score
        assert ideal.experience != current.experience
    assert (
        sum(canvas.column("ideal", p).score - canvas.column("current", p).score for p in journey.phase_ids)
        >= 5
    )
    assert "day_in_life" in journey.templates


def test_b2b_software_has_a_buying_group_with_touchpoints_per_role():
    journey = load_sample("b2b_software", "en")
    assert journey.phase_model == "b2b_seven"
    roles = journey.buying_group
    assert len(roles) >= 4
    assert {"initiator", "user", "influencer", "decision_maker", "purchaser"} <= {r.kind for r in roles}
    persona_ids = [p.id for p in journey.personas]
    assert len(set(r.persona_id for r in roles)) == len(roles)
    assert all(r.persona_id in persona_ids for r in roles)
    assert len(journey.personas) == len(roles)
    for role in roles:
        assert role.interests and role.responsibilities
        assert [tp for tp in journey.touchpoints if tp.role == role.id], role.id
    assert 18 <= len(journey.touchpoints) <= 24
    # canvases: the whole group plus at least two roles, each with both states
    by_role = {c.role: c for c in journey.canvases}
    assert "" in by_role and len(by_role) >= 3
    for canvas in by_role.values():
        assert canvas.ideal and canvas.ideal.keys() == canvas.current.keys()
    assert set(by_role[""].ideal) == set(journey.phase_ids)
    # the KPIs per phase form a funnel: each phase's main KPI is smaller than the one before
    mains = [
        next(k for k in journey.kpis if k.phase == p and not k.micro_conversion)
        for p in journey.phase_ids
        if any(k.phase == p and not k.micro_conversion for k in journey.kpis)
    ]
    actuals = [k.actual for k in mains if k.unit != "%"]
    assert actuals == sorted(actuals, reverse=True)


def test_rebuilding_reproduces_the_committed_files(tmp_path):
    result = subprocess.run(
        [sys.executable, str(BUILD), str(tmp_path)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    produced = sorted(p.name for p in tmp_path.iterdir())
    assert produced == sorted(p.name for p in FILES), "no backups or stray files"
    for path in FILES:
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_pick_takes_one_language_and_rejects_a_text_without_both():
    builder = _builder()
    data = {"a": {"en": "x", "nl": "y"}, "b": [{"en": "p", "nl": "q"}, 3]}
    assert builder.pick(data, "nl") == {"a": "y", "b": ["q", 3]}
    with pytest.raises(builder.SampleError, match=r"case.toml: touchpoints\[0\]\.name"):
        builder.pick({"touchpoints": [{"name": {"en": "only english"}}]}, "en", where="case.toml")


def test_every_case_file_is_read_and_ships_nowhere_but_the_repository():
    """One editable file per case; the wheel ships the built journeys, not the sources."""
    assert sorted(_builder().cases()) == sorted(SAMPLE_CASES)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    shipped = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert not [source for source in shipped if source.endswith((".py", ".toml", ".md"))]
    for path in FILES:
        assert shipped[f"data/{path.name}"] == f"journeykit_widgets/_data/{path.name}"


def test_a_trainers_broken_edit_is_named_by_file_and_place(tmp_path):
    """A typo in a case file stops the build with one plain line, not a traceback."""
    source = (DATA / "samples" / "airline.toml").read_text("utf-8")
    broken = source.replace('title.nl = "Een stedentrip', 'title.de = "Een stedentrip', 1)
    assert broken != source
    samples = tmp_path / "data" / "samples"
    samples.mkdir(parents=True)
    (samples / "airline.toml").write_text(broken, "utf-8")
    script = tmp_path / "data" / "build_samples.py"
    script.write_text(BUILD.read_text("utf-8"), "utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 1
    assert "airline.toml: title" in result.stderr and "en and nl" in result.stderr
    assert "Traceback" not in result.stderr
