"""The small holes the probes found (issue 11, point 6; issue 18): what a command may
overwrite, text encodings of imported tables, names of only spaces, strict JSON,
files that are damaged in odd ways, and the messages a person then gets."""

from __future__ import annotations

import csv
import io
import json

import pytest

from journeykit_widgets import edit
from journeykit_widgets.cli import main
from journeykit_widgets.i18n import language
from journeykit_widgets.model import KPI, Journey, Persona, Touchpoint
from journeykit_widgets.store import (
    JourneyFileError,
    backups,
    import_touchpoints,
    load,
    loads,
    recover,
    save,
    to_json,
    to_mermaid,
)


def _journey(*names: str) -> Journey:
    journey = Journey.new("t")
    journey.touchpoints = [
        Touchpoint(id=f"tp-{i}", name=n, phase="touch", emotion=0) for i, n in enumerate(names)
    ]
    return journey


# ----------------------------------------------------------------------------- convert: what it may overwrite
def test_convert_does_not_overwrite_an_existing_file_without_force(tmp_path, capsys):
    source = save(_journey("A"), tmp_path / "j.json")
    out = tmp_path / "notes.csv"
    out.write_text("my own notes", "utf-8")
    assert main(["convert", str(source), "--to", "csv", "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err and out.read_text("utf-8") == "my own notes"
    assert main(["convert", str(source), "--to", "csv", "-o", str(out), "--lang", "nl"]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert main(["convert", str(source), "--to", "csv", "-o", str(out), "--force"]) == 0
    assert out.read_text("utf-8-sig").startswith("id,name")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "mermaid"])
def test_convert_never_writes_a_table_or_diagram_over_a_journey(tmp_path, capsys, fmt):
    source = save(_journey("A"), tmp_path / "j.json")
    other = save(_journey("B", "C"), tmp_path / "team.json")
    renamed = save(_journey("D"), tmp_path / "journey.backup")  # a journey under another suffix
    before = {p: p.read_bytes() for p in (other, renamed)}
    for target in (other, renamed):
        assert main(["convert", str(source), "--to", fmt, "-o", str(target), "--force"]) == 1
        assert "is a journey file" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in (other, renamed)} == before
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"title": "half a jour', "utf-8")  # still someone's work
    assert main(["convert", str(source), "--to", fmt, "-o", str(damaged), "--force"]) == 1
    assert damaged.read_text("utf-8") == '{"title": "half a jour'


def test_convert_to_json_over_a_journey_with_force_keeps_a_backup(tmp_path):
    source = save(_journey("A"), tmp_path / "j.json")
    other = save(_journey("B", "C"), tmp_path / "team.json")
    assert main(["convert", str(source), "--to", "json", "-o", str(other)]) == 1
    assert len(load(other).touchpoints) == 2
    assert main(["convert", str(source), "--to", "json", "-o", str(other), "--force"]) == 0
    assert [tp.name for tp in load(other).touchpoints] == ["A"]
    assert [tp.name for tp in load(backups(other)[0]).touchpoints] == ["B", "C"]


def test_convert_csv_to_stdout_escapes_formulas_like_the_file(tmp_path, capsys):
    texts = ['=HYPERLINK("http://x","click")', "@SUM(A1)", "+31 20", "-5%", "'quoted"]
    source = save(_journey(*texts), tmp_path / "j.json")
    assert main(["convert", str(source), "--to", "csv", "-o", "-"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    names = [row[1] for row in rows[1:]]
    assert names == ["'" + text for text in texts]  # shown as text, never run as a formula
    assert main(["convert", str(source), "--to", "csv", "-o", str(tmp_path / "t.csv")]) == 0
    from_file = list(csv.reader(io.StringIO((tmp_path / "t.csv").read_text("utf-8-sig"))))
    assert from_file == rows
    assert [tp.name for tp in import_touchpoints(tmp_path / "t.csv", load(source)).touchpoints] == texts


# ----------------------------------------------------------------------------- import encodings
def _table_bytes(rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue()


def test_a_utf8_table_with_one_stray_byte_is_read_as_utf8_and_the_byte_named(tmp_path, capsys):
    text = _table_bytes([["name", "phase"], ["Café", "touch"], ["XX", "touch"], ["Reünie", "tell"]])
    raw = text.encode("utf-8").replace(b"XX", b"Bad \xe9 byte")  # one Latin-1 'é' pasted in
    table = tmp_path / "t.csv"
    table.write_bytes(raw)
    result = import_touchpoints(table, Journey.new("t"))
    assert [tp.name for tp in result.touchpoints] == ["Café", "Bad \ufffd byte", "Reünie"]
    assert [(w.row, w.column) for w in result.warnings] == [(3, "name")]
    assert "0xE9" in str(result.warnings[0])
    assert main(["import", str(table), "-o", str(tmp_path / "j.json"), "--lang", "nl"]) == 0
    err = capsys.readouterr().err
    assert "Rij 3" in err and "0xE9" in err and "geen UTF-8" in err
    assert load(tmp_path / "j.json").touchpoints[0].name == "Café"


def test_a_windows_1252_table_is_still_read_as_windows_1252(tmp_path):
    table = tmp_path / "t.csv"
    table.write_bytes(_table_bytes([["name", "phase"], ["Café", "touch"]]).encode("cp1252"))
    result = import_touchpoints(table, Journey.new("t"))
    assert [tp.name for tp in result.touchpoints] == ["Café"] and result.warnings == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_table_from_excels_unicode_text_is_imported(tmp_path, encoding):
    text = _table_bytes([["naam", "fase", "emotie"], ["Café ĳsje 🎉", "touch", "2"]], delimiter="\t")
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    table = tmp_path / "unicode.csv"
    table.write_bytes(raw)
    result = import_touchpoints(table, Journey.new("t"))
    assert result.problems == [] and result.warnings == []
    assert [(tp.name, tp.emotion) for tp in result.touchpoints] == [("Café ĳsje 🎉", 2)]


def test_nul_and_control_characters_in_cells_are_removed_with_a_warning(tmp_path, capsys):
    table = tmp_path / "t.csv"
    table.write_text(_table_bytes([["name", "phase", "thoughts"], ["A\x00B", "touch", "x\x1by\tz"]]))
    result = import_touchpoints(table, Journey.new("t"))
    tp = result.touchpoints[0]
    assert (tp.name, tp.thoughts) == ("AB", "xy\tz")
    assert [(w.row, w.column) for w in result.warnings] == [(2, "name"), (2, "thoughts and feelings")]
    assert main(["import", str(table), "-o", str(tmp_path / "j.json")]) == 0
    assert "control character" in capsys.readouterr().err
    assert "\x00" not in (tmp_path / "j.json").read_text("utf-8")


# ----------------------------------------------------------------------------- names of only spaces
BLANKS = ["   ", "\t", "\u00a0\u3000"]


@pytest.mark.parametrize("blank", BLANKS)
def test_a_name_of_only_spaces_is_refused_on_every_path(tmp_path, blank, capsys):
    with pytest.raises(ValueError):
        Touchpoint(name=blank, phase="touch")
    with pytest.raises(ValueError):
        Persona(name=blank)
    # A file written by another tool.
    data = json.loads(to_json(_journey("ok")))
    data["touchpoints"][0]["name"] = blank
    path = tmp_path / "j.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(JourneyFileError) as caught:
        load(path)
    assert "Touchpoint 1, name: is required" in str(caught.value)
    assert main(["validate", str(path)]) == 1
    # A script or a form through the one edit path.
    good = save(_journey("ok"), tmp_path / "good.json")
    problems = edit(good, lambda j: setattr(j.touchpoint("tp-0"), "name", blank), "rename")
    assert [p.field for p in problems] == ["name"] and load(good).touchpoints[0].name == "ok"
    # A table, and the title of a new journey.
    table = tmp_path / "t.csv"
    table.write_text(_table_bytes([["name", "phase"], [blank, "touch"]]), "utf-8")
    assert [p.row for p in import_touchpoints(table, Journey.new("t")).problems] == [2]
    assert main(["new", str(tmp_path / "new.json"), "--title", blank]) == 1
    assert not (tmp_path / "new.json").exists()
    assert "Traceback" not in capsys.readouterr().err


# ----------------------------------------------------------------------------- strict JSON
@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_are_never_written(tmp_path, value):
    journey = Journey.new("t")
    with pytest.raises(ValueError):
        journey.kpis = [KPI(phase="touch", name="conversion", target=value)]
    assert journey.kpis == []
    path = save(journey, tmp_path / "j.json")
    json.loads(path.read_text("utf-8"), parse_constant=lambda c: pytest.fail(f"{c} in the file"))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_in_a_file_is_refused_with_its_place(tmp_path, constant):
    data = json.loads(to_json(Journey.new("t")))
    data["kpis"] = [{"id": "kpi-1", "phase": "touch", "name": "conversion", "target": 1.0}]
    path = tmp_path / "j.json"
    path.write_text(json.dumps(data).replace("1.0", constant), "utf-8")
    with pytest.raises(JourneyFileError) as caught:
        load(path)
    assert "KPI 1, target" in str(caught.value) and "NaN or infinity" in str(caught.value)
    with language("nl"), pytest.raises(JourneyFileError, match="geen NaN of oneindig"):
        load(path)


# ----------------------------------------------------------------------------- damaged in odd ways
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"title": "t", "phases": ' + "[" * 5000 + "]" * 5000 + "}", "nested too deeply"),
        ('{"title": "t", "phases": [], "x": ' + "9" * 5000 + "}", "thousands of digits"),
    ],
)
def test_deep_nesting_and_huge_numbers_give_the_plain_damaged_file_message(tmp_path, capsys, text, words):
    path = tmp_path / "j.json"
    path.write_text(text, "utf-8")
    with pytest.raises(JourneyFileError) as caught:
        load(path)
    assert "damaged" in str(caught.value) and words in str(caught.value)
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and "Traceback" not in err and len(err) < 1000


def test_a_file_with_200000_problems_lists_the_first_ones_and_a_count(tmp_path, capsys):
    data = json.loads(to_json(Journey.new("t")))
    # Two faults per touchpoint: 200,000 problems in 5.5 MB, under the size limit.
    data["touchpoints"] = [
        {"id": f"tp-{i}", "name": "", "phase": "touch", "emotion": 9} for i in range(100_000)
    ]
    path = tmp_path / "j.json"
    path.write_text(json.dumps(data, separators=(",", ":")), "utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "200,000 problems" in err and "… and 199975 more" in err
    assert len(err.splitlines()) < 40
    assert "Touchpoint 1, emotion: must be between -3 and +3, got 9" in err


def test_validate_reports_field_and_reference_problems_in_one_pass(tmp_path, capsys):
    data = json.loads(to_json(Journey.new("t")))
    data["touchpoints"] = [
        {"id": "tp-1", "name": "bad emotion", "phase": "touch", "emotion": 7},
        {"id": "tp-2", "name": "nowhere", "phase": "no_such_phase"},
        {"id": "tp-3", "name": "", "phase": "touch", "role": "ghost"},
        {"id": "tp-1", "name": "twin", "phase": "tell", "colour": "red"},
    ]
    path = tmp_path / "j.json"
    path.write_text(json.dumps(data), "utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    for where in (
        "Touchpoint 1, emotion",
        "Touchpoint 2, phase",
        "Touchpoint 3, name",
        "Touchpoint 3, role",
        "Touchpoint 4, colour",
        "Touchpoint 4, id",
    ):
        assert where in err, where
    assert "5 problems" not in err and "6 problems" in err


# ----------------------------------------------------------------------------- recover
def test_recover_refuses_a_healthy_file_without_force(tmp_path, capsys):
    path = save(Journey.new("old"), tmp_path / "j.json")
    save(Journey.new("newest work"), path)
    with pytest.raises(JourneyFileError, match="not damaged"):
        recover(path)
    assert main(["recover", str(path)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["recover", str(path), "--lang", "nl"]) == 1
    assert "niet beschadigd" in capsys.readouterr().err
    assert load(path).title == "newest work"
    assert main(["recover", str(path), "--force"]) == 0
    assert load(path).title == "old"
    assert "newest work" in [load(b).title for b in backups(path)]  # nothing lost


# ----------------------------------------------------------------------------- a damaged file in a notebook
def test_a_damaged_journey_in_a_notebook_shows_a_message_with_the_recover_hint(tmp_path):
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output

    path = save(Journey.new("t"), tmp_path / "j.json")
    save(Journey.new("t2"), path)
    path.write_text('{"title": "t", "phases": [', "utf-8")
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.enabled = False  # no history database written by the test
    shell = InteractiveShell.instance(config=config)
    try:
        with capture_output() as captured:
            shell.run_cell(
                f"from journeykit_widgets.widgets import persona_editor\npersona_editor({str(path)!r})"
            )
            shell.run_cell(f"from journeykit_widgets.widgets import session_for\nsession_for({str(path)!r})")
    finally:
        InteractiveShell.clear_instance()
    shown = captured.stdout + captured.stderr
    assert shown.count(f"journeykit recover {path}") == 2
    assert "damaged" in shown and "line 1" in shown
    assert "Traceback" not in shown and "File " not in shown


def test_the_recover_hint_only_when_a_backup_exists(tmp_path):
    path = tmp_path / "j.json"
    path.write_text("{", "utf-8")
    with pytest.raises(JourneyFileError) as caught:
        load(path)
    assert "journeykit recover" not in str(caught.value)  # there is nothing to put back
    with pytest.raises(JourneyFileError, match="title: is required"):
        loads('{"title": " ", "phases": [{"id": "touch"}]}')


# ----------------------------------------------------------------------------- Mermaid
@pytest.mark.parametrize("lead", ["\ufeff", "\u200b", "\u200d", "\u2060", "\ufeff\u200b", "\ufeff "])
@pytest.mark.parametrize("keyword", ["section", "title", "journey", "SECTION"])
def test_mermaid_stays_valid_when_a_name_starts_with_an_invisible_character(lead, keyword):
    journey = _journey(f"{lead}{keyword} of the day")
    journey.title = f"{lead}{keyword} map"
    lines = to_mermaid(journey).splitlines()
    task = lines[3].strip()
    # Mermaid 11 (checked in Chromium) reads a BOM as white space: "\ufeffsection" became
    # a section. Now the invisible start is gone and the zero-width guard keeps it a name.
    # (No evidence recorded: the task carries the "(?)" mark, the title its meaning.)
    assert task.startswith(f"\u200b{keyword} of the day (?): 3: ")
    assert lines[1] == f"    title \u200b{keyword} map · (?) = assumed or not researched"
    assert not any(line.lstrip(" ").startswith("\ufeff") for line in lines)
