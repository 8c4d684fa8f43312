"""Evidence in the touchpoints table: three flat columns each for the touchpoint's
and the pain points' evidence, labels in either language, row-numbered problems."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from journeykit_widgets.i18n import language
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.evidence import Evidence
from journeykit_widgets.store import export_csv, export_xlsx, import_touchpoints


def _journey(lang: str = "en") -> Journey:
    journey = Journey.new("t", language=lang)
    journey.touchpoints = [
        Touchpoint(
            id="tp-1",
            name="Ad",
            phase="touch",
            evidence=Evidence(source="survey", reference="NPS, March", confidence="high"),
            pain_evidence=Evidence(source="assumption", confidence="low"),
        ),
        Touchpoint(id="tp-2", name="Site", phase="tell"),
    ]
    return journey.revalidated()


def _write(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), "utf-8", newline="")
    return path


def test_csv_and_xlsx_round_trip_keep_evidence(tmp_path):
    for lang in ("en", "nl"):
        journey = _journey(lang)
        for export, suffix in ((export_csv, "csv"), (export_xlsx, "xlsx")):
            path = export(journey, tmp_path / f"t.{lang}.{suffix}").path
            back = import_touchpoints(path, journey)
            assert back.problems == [] and back.touchpoints == journey.touchpoints


def test_dutch_export_writes_readable_labels(tmp_path):
    text = export_csv(_journey("nl"), tmp_path / "t.csv").path.read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["onderbouwing: soort bron"] == "Enquête"
    assert row["onderbouwing: zekerheid"] == "hoog"
    assert row["onderbouwing pijnpunten: soort bron"] == "Aanname"


def test_labels_in_either_language_and_any_case_import(tmp_path):
    header = [
        "name",
        "phase",
        "evidence: source type",
        "onderbouwing: zekerheid",
        "evidence: quote or reference",
    ]
    path = _write(tmp_path / "t.csv", [header, ["A", "touch", "OBSERVATIE", "Gemiddeld", "Shop visit"]])
    result = import_touchpoints(path, _journey())
    assert result.problems == []
    assert result.touchpoints[0].evidence == Evidence(
        source="observation", reference="Shop visit", confidence="medium"
    )


def test_an_old_table_with_one_evidence_column_reads_it_as_the_reference(tmp_path):
    for header in ("evidence", "evidence source", "bron"):
        path = _write(tmp_path / "old.csv", [["name", "phase", header], ["A", "touch", "Web analytics"]])
        [touchpoint] = import_touchpoints(path, _journey()).touchpoints
        assert touchpoint.evidence == Evidence(reference="Web analytics")


def test_bad_source_and_confidence_name_row_and_column_in_the_users_language(tmp_path):
    header = ["naam", "fase", "onderbouwing: soort bron", "onderbouwing: zekerheid"]
    path = _write(
        tmp_path / "t.csv", [header, ["A", "touch", "survey", "high"], ["B", "touch", "gerucht", "heel"]]
    )
    with language("nl"):
        result = import_touchpoints(path, _journey())
        problems = [str(p) for p in result.problems]
    assert [tp.name for tp in result.touchpoints] == ["A"]
    assert len(problems) == 2
    assert problems[0].startswith("Rij 3, onderbouwing: soort bron: onbekende soort bron 'gerucht'")
    assert problems[1].startswith(
        "Rij 3, onderbouwing: zekerheid: onbekende zekerheid 'heel'; kies uit: laag"
    )
