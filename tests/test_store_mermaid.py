"""Mermaid ``journey`` export: sections per phase in the journey's language, scores from
emotions, actors, and names that cannot break the diagram's syntax."""

from __future__ import annotations

import re

import pytest
from _store_fixtures import TRICKY_TEXTS, rich_journey
from hypothesis import given, settings
from hypothesis import strategies as st

from journeykit_widgets.model import BuyingRole, Journey, Persona, Touchpoint
from journeykit_widgets.model.text import clean_text
from journeykit_widgets.store import EMOTION_TO_SCORE, export_mermaid, to_mermaid
from journeykit_widgets.store.mermaid import mermaid_text

# The journey diagram's lexer (mermaid/src/diagrams/user-journey/parser/journey.jison):
# names end at '#', ':', ';' or a newline; a task's data is ': score: actor, actor'.
TITLE = re.compile(r"^ {4}title [^#\n;]+$")
SECTION = re.compile(r"^ {4}section [^#:\n;]+$")
TASK = re.compile(r"^ {8}(?P<name>[^#:\n;]+): (?P<score>[1-5]): (?P<actors>[^#:\n;,]+(?:, [^#:\n;,]+)*)$")
KEYWORD = re.compile(r"^\s*((title|section)\s|(accTitle|accDescr)\s*[:{]|journey)", re.IGNORECASE)


def _check_syntax(source: str) -> list[re.Match]:
    lines = source.rstrip("\n").split("\n")
    assert lines[0] == "journey"
    assert TITLE.match(lines[1]), lines[1]
    tasks = []
    for line in lines[2:]:
        if line.startswith("    section "):
            assert SECTION.match(line), line
            continue
        match = TASK.match(line)
        assert match, line
        assert not KEYWORD.match(match["name"]), line  # would be read as a statement
        assert "%%" not in line and not match["name"].lstrip().startswith("%")
        tasks.append(match)
    return tasks


def test_sections_follow_the_phases_in_the_journeys_language():
    journey = rich_journey("nl")
    source = to_mermaid(journey)
    sections = re.findall(r"^ {4}section (.+)$", source, re.M)
    assert sections == ["Bewustwording", "Interesse", "Overweging", "Aankoop", "Service & loyaliteit"]
    assert source.splitlines()[1] == "    title Veranda – zomer 2026 · (?) = aangenomen of niet onderzocht"
    tasks = _check_syntax(source)
    assert len(tasks) == len(journey.touchpoints)


def test_scores_map_emotions_onto_one_to_five_symmetrically():
    assert [EMOTION_TO_SCORE[e] for e in range(-3, 4)] == [1, 2, 2, 3, 4, 4, 5]
    journey = Journey.new("Scores")
    journey.touchpoints = [Touchpoint(name=f"e{e}", phase="touch", emotion=e) for e in range(-3, 4)]
    scores = [int(m["score"]) for m in _check_syntax(to_mermaid(journey))]
    assert scores == [1, 2, 2, 3, 4, 4, 5]


def test_actors_are_the_persona_or_the_buying_group_role():
    journey = Journey.new("Actors", language="nl")
    journey.touchpoints = [Touchpoint(name="Zonder persona", phase="touch")]
    assert _check_syntax(to_mermaid(journey))[0]["actors"] == "Klant"
    journey.personas = [Persona(name="Anna: de koper")]
    journey.buying_group = [BuyingRole(id="r1", name="Inkoper, Jan")]
    journey.touchpoints.append(Touchpoint(name="Offerte", phase="sell", role="r1"))
    actors = [m["actors"] for m in _check_syntax(to_mermaid(journey))]
    assert actors == ["Anna\ua789 de koper", "Inkoper\u201a Jan"]


def test_role_filter_and_empty_phases_are_left_out():
    journey = rich_journey("en")
    source = to_mermaid(journey, role="role-buyer")
    tasks = _check_syntax(source)
    assert {m["actors"] for m in tasks} == {"Inkoper\u201a Jan"}
    assert len(tasks) == sum(tp.role == "role-buyer" for tp in journey.touchpoints)
    assert to_mermaid(Journey.new("Empty")) == "journey\n    title Empty\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Check-in: fast", "Check-in\ua789 fast"),
        ("#1 choice", "\uff031 choice"),
        ("a; b", "a, b"),
        ("two\nlines\r\nhere", "two lines here"),
        ("section Care", "\u200bsection Care"),
        ("Title: x", "Title\ua789 x"),  # no longer a keyword once the colon is gone
        ("title Plan B", "\u200btitle Plan B"),
        ("Journeys home", "\u200bJourneys home"),
        ("accDescr { x }", "\u200baccDescr { x }"),
        ("100%% sure", "100% % sure"),
        ("%% not a comment", "\uff05 % not a comment"),
        ("", "…"),
    ],
)
def test_sanitizing_keeps_text_readable(text, expected):
    assert mermaid_text(text) == expected


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(st.text(min_size=1, max_size=40).map(clean_text).filter(str.strip), min_size=1, max_size=6)
)
def test_any_names_give_valid_syntax(names):
    journey = Journey.new(names[0][:300], phases=names)
    journey.buying_group = [BuyingRole(id="r", name=names[-1][:300])]
    journey.touchpoints = [
        Touchpoint(name=n[:300], phase=journey.phase_ids[i], role="r" if i % 2 else "")
        for i, n in enumerate(names)
    ]
    assert len(_check_syntax(to_mermaid(journey))) == len(names)


def test_tricky_texts_and_file_export(tmp_path):
    journey = Journey.new("Tricky")
    journey.touchpoints = [Touchpoint(name=text[:300], phase="care", emotion=0) for text in TRICKY_TEXTS]
    path = export_mermaid(journey, tmp_path / "j.mmd")
    tasks = _check_syntax(path.read_text("utf-8"))
    # No evidence recorded: each task carries the "(?)" of an assumption.
    assert tasks[4]["name"] == "Café, reünie, naïef, coördinatie, müsli, ĳsje 🎉🙂 (?)"
    assert tasks[3]["name"] == "<script>alert('x')</script> & <b>bold</b> (?)"  # Mermaid escapes HTML


def test_only_touchpoints_not_researched_are_marked_and_the_title_says_what_the_mark_means():
    journey = Journey.new("Evidence")
    journey.touchpoints = [
        Touchpoint(name="Interviewed", phase="touch", emotion=1, evidence={"source": "interview"}),
        Touchpoint(name="Guessed", phase="touch", emotion=1, evidence={"source": "assumption"}),
        Touchpoint(name="Unrecorded", phase="tell", emotion=1),
    ]
    source = to_mermaid(journey)
    assert [m["name"] for m in _check_syntax(source)] == ["Interviewed", "Guessed (?)", "Unrecorded (?)"]
    assert source.splitlines()[1] == "    title Evidence · (?) = assumed or not researched"
    journey.touchpoints = journey.touchpoints[:1]
    assert to_mermaid(journey).splitlines()[1] == "    title Evidence"
