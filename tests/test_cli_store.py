"""The store's commands: new, validate, recover, convert, import; exit codes, messages
in both languages, and one run of the real ``journeykit`` console script."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _store_fixtures import rich_journey
from openpyxl import load_workbook

from journeykit_widgets.cli import main
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.text import clean_text
from journeykit_widgets.store import backups, load, save
from journeykit_widgets.store.tables import TABLE_COLUMNS


def _table(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_text(buffer.getvalue(), "utf-8", newline="")
    return path


GOOD_AND_BAD = [
    ["naam", "fase", "kanaal", "emotie"],
    ["Banner", "Touch", "Advertenties", "1"],
    ["Te blij", "Tell", "E-mail", "9"],
    ["Boekingsmodule", "Sell", "Website", "2"],
    ["", "Care", "Telefoon", "0"],
]


# ----------------------------------------------------------------------------- new / validate / recover
def test_new_creates_a_file_and_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "mine.json"
    assert main(["new", str(path), "--lang", "nl", "--framework", "b2b_five", "--title", "Veranda"]) == 0
    journey = load(path)
    assert (journey.title, journey.language, journey.phase_ids[0]) == ("Veranda", "nl", "awareness")
    assert "Bewustwording" in capsys.readouterr().out
    assert main(["new", str(path), "--lang", "en"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_validate_good_and_broken_files(tmp_path, capsys):
    good = save(rich_journey("en"), tmp_path / "good.json")
    assert main(["validate", str(good)]) == 0
    assert (
        f"{good}: OK ({len(rich_journey('en').touchpoints)} touchpoints, 5 phases)" in capsys.readouterr().out
    )

    broken = tmp_path / "broken.json"
    broken.write_text(good.read_text("utf-8")[:300], "utf-8")
    assert main(["validate", str(good), str(broken)]) == 1
    err = capsys.readouterr().err
    assert str(broken) in err and "line " in err and "column " in err
    assert main(["validate", str(broken), "--lang", "nl"]) == 1
    assert "regel " in capsys.readouterr().err


def test_validate_reports_wrong_values_in_dutch(tmp_path, capsys):
    data = json.loads(save(rich_journey("nl"), tmp_path / "j.json").read_text("utf-8"))
    data["touchpoints"][0]["emotion"] = -7
    (tmp_path / "j.json").write_text(json.dumps(data), "utf-8")
    assert main(["validate", str(tmp_path / "j.json"), "--lang", "nl"]) == 1
    assert "Contactpunt 1, emotie: moet tussen -3 en +3 liggen, maar is -7" in capsys.readouterr().err


def test_recover_puts_back_the_newest_good_backup(tmp_path, capsys):
    path = tmp_path / "j.json"
    for title in ("first", "second"):
        save(Journey.new(title), path)
        time.sleep(0.002)
    path.write_text('{"title": ', "utf-8")
    assert main(["recover", str(path)]) == 0
    out = capsys.readouterr().out
    assert backups(path)[0].name in out and ".corrupt" in out
    assert load(path).title == "first"
    assert len(list(tmp_path.glob("j.json.*.corrupt"))) == 1


def test_recover_without_backups_fails(tmp_path, capsys):
    path = tmp_path / "j.json"
    path.write_text("{", "utf-8")
    assert main(["recover", str(path)]) == 1
    assert "no backup" in capsys.readouterr().err


# ----------------------------------------------------------------------------- convert
@pytest.mark.parametrize(
    ("fmt", "suffix"), [("csv", ".csv"), ("xlsx", ".xlsx"), ("json", ".json"), ("mermaid", ".mmd")]
)
def test_convert_writes_each_format(tmp_path, capsys, fmt, suffix):
    journey = rich_journey("nl")
    source = save(journey, tmp_path / "j.json")
    out = tmp_path / f"out{suffix}"
    assert main(["convert", str(source), "--to", fmt, "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    if fmt == "csv":
        assert out.read_text("utf-8-sig").startswith("id;naam;fase")
    elif fmt == "xlsx":
        assert load_workbook(out).worksheets[0].title == "Contactpunten"
    elif fmt == "json":
        assert load(out) == journey
    else:
        assert out.read_text("utf-8").startswith("journey\n    title Veranda")


def test_convert_default_output_name_and_stdout(tmp_path, capsys):
    source = save(rich_journey("en"), tmp_path / "j.json")
    assert main(["convert", str(source), "--to", "mermaid"]) == 0
    assert (tmp_path / "j.mmd").exists()
    capsys.readouterr()
    assert main(["convert", str(source), "--to", "csv", "-o", "-"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:3] == ["id", "name", "phase"] and len(rows) > 10


def test_convert_to_stdout_keeps_each_touchpoint_on_one_row_whatever_its_line_breaks(tmp_path, capsys):
    # Texts pasted from Word or an old Mac file hold a lone carriage return: unquoted,
    # a reader of the pipe splits the row there (7 touchpoints came back as 13 rows).
    journey = Journey.new("Line breaks")
    texts = ["Bon\rjour", "two\rbreaks\rhere", "mac\r", "x\r\ry", "unix\nline", "dos\r\nline", "plain"]
    for i, text in enumerate(texts):
        journey.touchpoints.append(
            Touchpoint(id=f"tp-{i}", name=text, phase=journey.phase_ids[0], thoughts=f"why: {text}")
        )
    source = save(journey, tmp_path / "j.json")
    capsys.readouterr()
    assert main(["convert", str(source), "--to", "csv", "-o", "-"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == 1 + len(texts)
    names = [row[TABLE_COLUMNS.index("name")] for row in rows[1:]]
    thoughts = [row[TABLE_COLUMNS.index("thoughts")] for row in rows[1:]]
    # The model keeps every line break as a newline (model.text); none splits a row.
    kept = [clean_text(text) for text in texts]
    assert names == kept
    assert thoughts == [f"why: {text}" for text in kept]
    # pandas, another reader of pipes, sees the same rows
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert list(frame["name"]) == kept


def test_convert_refuses_to_overwrite_its_input_or_print_excel(tmp_path, capsys):
    source = save(Journey.new("x"), tmp_path / "j.json")
    before = source.read_bytes()
    assert main(["convert", str(source), "--to", "json"]) == 1
    assert "overwrite the journey file" in capsys.readouterr().err
    assert source.read_bytes() == before
    assert main(["convert", str(source), "--to", "xlsx", "-o", "-", "--lang", "nl"]) == 1
    assert "Excel-bestand kan niet naar het scherm" in capsys.readouterr().err


def test_convert_a_damaged_or_missing_file(tmp_path, capsys):
    assert main(["convert", str(tmp_path / "nope.json"), "--to", "csv"]) == 1
    assert "file not found" in capsys.readouterr().err
    assert not (tmp_path / "nope.csv").exists()


def test_convert_usage_errors_and_help(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["convert", "x.json", "--to", "pdf"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["convert", "--help", "--lang", "nl"])
    assert caught.value.code == 0
    assert "het formaat om te schrijven" in capsys.readouterr().out


# ----------------------------------------------------------------------------- import
def test_import_makes_a_new_journey(tmp_path, capsys):
    table = _table(tmp_path / "workshop.csv", [r for i, r in enumerate(GOOD_AND_BAD) if i in (0, 1, 3)], ";")
    out = tmp_path / "j.json"
    assert main(["import", str(table), "-o", str(out), "--lang", "nl"]) == 0
    assert "2 contactpunten ingelezen" in capsys.readouterr().out
    journey = load(out)
    assert journey.title == "workshop" and journey.language == "nl"
    assert [(tp.name, tp.phase, tp.channel) for tp in journey.touchpoints] == [
        ("Banner", "touch", "advertising"),
        ("Boekingsmodule", "sell", "website"),
    ]
    assert "workshop.csv" in journey.revisions[-1].summary


def test_import_with_bad_rows_writes_nothing_and_exits_1(tmp_path, capsys):
    table = _table(tmp_path / "t.csv", GOOD_AND_BAD)
    out = tmp_path / "j.json"
    assert main(["import", str(table), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Row 3, emotion: must be between -3 and +3, got 9" in err
    assert "Row 5, name: is required and may not be empty" in err
    assert "Rows rejected: 2 of 4; nothing was written" in err
    assert not out.exists()


def test_import_keep_good_writes_the_good_rows_and_still_exits_1(tmp_path, capsys):
    table = _table(tmp_path / "t.csv", GOOD_AND_BAD)
    out = tmp_path / "j.json"
    assert main(["import", str(table), "-o", str(out), "--keep-good", "--lang", "nl"]) == 1
    err = capsys.readouterr().err
    assert "Rij 3, emotie: moet tussen -3 en +3 liggen, maar is 9" in err
    assert "de 2 goede contactpunten zijn geschreven" in err
    assert [tp.name for tp in load(out).touchpoints] == ["Banner", "Boekingsmodule"]


def test_import_extends_an_existing_journey_and_replaces_by_id(tmp_path, capsys):
    journey = rich_journey("en")
    path = save(journey, tmp_path / "j.json")
    first = journey.touchpoints[0]
    table = _table(
        tmp_path / "more.csv",
        [["id", "name", "phase"], [first.id, "Renamed", "Purchase"], ["", "Brand new", "interest"]],
    )
    assert main(["import", str(table), "-o", str(path), "--journey", str(path)]) == 0
    after = load(path)
    assert after.touchpoints[0].name == "Renamed" and after.touchpoints[0].phase == "purchase"
    assert after.touchpoints[-1].name == "Brand new"
    assert len(after.touchpoints) == len(journey.touchpoints) + 1
    assert backups(path), "the previous version is kept as a backup"


def test_import_refuses_to_replace_an_existing_file_without_force(tmp_path, capsys):
    table = _table(tmp_path / "t.csv", GOOD_AND_BAD[:2])
    out = save(Journey.new("keep me"), tmp_path / "j.json")
    assert main(["import", str(table), "-o", str(out)]) == 1
    assert "--journey" in capsys.readouterr().err
    assert load(out).title == "keep me"
    assert main(["import", str(table), "-o", str(out), "--force"]) == 0
    assert load(out).touchpoints[0].name == "Banner"


def test_import_custom_phases_from_the_table(tmp_path, capsys):
    table = _table(
        tmp_path / "t.csv",
        [
            ["name", "phase"],
            ["Map", "Oriënteren"],
            ["Call", "Kiezen"],
            ["Visit", "oriënteren"],
            ["Use", "Gebruiken"],
        ],
    )
    out = tmp_path / "j.json"
    assert main(["import", str(table), "-o", str(out), "--framework", "custom", "--lang", "nl"]) == 0
    journey = load(out)
    assert [p.name for p in journey.phases] == ["Oriënteren", "Kiezen", "Gebruiken"]
    assert [tp.phase for tp in journey.touchpoints] == ["phase_1", "phase_2", "phase_1", "phase_3"]


def test_import_of_an_unreadable_table(tmp_path, capsys):
    bad = tmp_path / "t.xlsx"
    bad.write_text("not excel", "utf-8")
    assert main(["import", str(bad), "-o", str(tmp_path / "j.json")]) == 1
    assert "cannot be read as a table" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "t.ods"), "-o", str(tmp_path / "j.json")]) == 1
    assert "unknown table format 'ods'" in capsys.readouterr().err


# ----------------------------------------------------------------------------- the real command
def test_console_script_round_trip_through_excel(tmp_path):
    script = shutil.which("journeykit", path=str(Path(sys.executable).parent)) or shutil.which("journeykit")
    if script is None:
        pytest.skip("the journeykit console script is not installed in this environment")
    env = {**os.environ, "JOURNEYKIT_LANG": "nl"}
    source = save(rich_journey("nl"), tmp_path / "j.json")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [script, *args], capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path
        )

    done = run("convert", str(source), "--to", "xlsx", "-o", "t.xlsx")
    assert done.returncode == 0, done.stderr
    assert "contactpunten" in done.stdout
    done = run("import", "t.xlsx", "-o", "copy.json", "--framework", "b2b_five")
    assert done.returncode == 0, done.stderr
    copy = load(tmp_path / "copy.json")
    assert [r.name for r in copy.buying_group] == ["Inkoper, Jan", "Gebruiker"]  # made from the role column
    assert len(copy.touchpoints) == len(rich_journey("nl").touchpoints)
    done = run("import", "t.xlsx", "-o", "copy.json", "--framework", "b2b_seven", "--force")
    assert done.returncode == 1  # the five-phase names are not phases of the seven-phase model
    assert "Rij 2, fase: onbekende fase 'Bewustwording'" in done.stderr
    assert "er is niets geschreven" in done.stderr
    assert load(tmp_path / "copy.json").phase_model == "b2b_five"
    done = run("import", "t.xlsx", "-o", str(source), "--journey", str(source))
    assert done.returncode == 0, done.stderr
    after, before = load(source).touchpoints, rich_journey("nl").touchpoints
    assert [(tp.id, tp.name, tp.phase, tp.role, tp.emotion) for tp in after] == [
        (tp.id, tp.name.replace("\r\n", "\n"), tp.phase, tp.role, tp.emotion) for tp in before
    ]
