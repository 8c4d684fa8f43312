"""The report's date from a trainer's setting: a report written up after the
workshop says the workshop's day on its cover and marks actions overdue against
that day (``JOURNEYKIT_REPORT_DATE`` or ``journeykit export --date``); a day
that is not written YYYY-MM-DD is named in the user's language, no traceback."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from journeykit_widgets import cli
from journeykit_widgets.handouts import batch, report
from journeykit_widgets.handouts.branding import ENV_REPORT_DATE
from journeykit_widgets.handouts.cover import cover_texts
from journeykit_widgets.i18n import get_language, set_language
from journeykit_widgets.store import load

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_setting(monkeypatch):
    monkeypatch.delenv(ENV_REPORT_DATE, raising=False)


def _overdue(journey) -> set[str]:
    _header, rows = report.action_rows(journey)
    return {row[1] for row in rows if row[4].endswith("overdue")}


def test_the_trainers_date_decides_which_actions_are_overdue_and_is_on_the_cover(sample_file, monkeypatch):
    journey = load(sample_file("airline", "en"))
    open_due = sorted(a.due for a in journey.actions if a.due and a.status != "done")
    assert len(open_due) >= 2  # the sample has open actions due on different days
    # the day between the first and second due date: exactly the first is overdue
    monkeypatch.setenv(ENV_REPORT_DATE, open_due[1].isoformat())
    first = {a.text for a in journey.actions if a.due == open_due[0] and a.status != "done"}
    assert _overdue(journey) == first
    assert cover_texts(journey, "en", "report", "")["date"] == report_date_text(open_due[1])
    # a year before any due date: nothing overdue, whatever today is
    monkeypatch.setenv(ENV_REPORT_DATE, date(open_due[0].year - 1, 1, 1).isoformat())
    assert _overdue(journey) == set()
    assert "overdue" not in report.summary(journey)._repr_html_()


def report_date_text(day: date) -> str:
    from journeykit_widgets.handouts.cover import format_date

    return format_date(day, "en")


def test_a_bad_setting_is_named_in_dutch_and_the_report_uses_today(sample_file, monkeypatch, caplog):
    journey = load(sample_file("veranda", "nl"))
    monkeypatch.setenv(ENV_REPORT_DATE, "7-12-2026")
    with caplog.at_level(logging.WARNING):
        texts = cover_texts(journey, "nl", "report", "")
    from journeykit_widgets.handouts.cover import format_date

    assert texts["date"] == format_date(date.today(), "nl")
    said = caplog.text
    assert "rapportdatum" in said and ENV_REPORT_DATE in said and "7-12-2026" in said and "JJJJ-MM-DD" in said


def _export(argv, monkeypatch):
    planned = []

    def export_batch(jobs, workers=None, **_):
        import os

        planned.append(os.environ.get(ENV_REPORT_DATE))
        for job in jobs:
            Path(job.output).parent.mkdir(parents=True, exist_ok=True)
            Path(job.output).write_text("done", encoding="utf-8")
        return [batch.ExportResult(job, True, 0.1) for job in jobs]

    monkeypatch.setattr(batch, "export_batch", export_batch)
    before = get_language()
    try:
        return cli.main(argv), planned
    finally:
        set_language(before)


def test_export_date_option_reaches_the_notebooks(sample_file, tmp_path, monkeypatch):
    notebook = str(ROOT / "notebooks" / "08_report.ipynb")
    journey = str(sample_file("airline", "en"))
    code, planned = _export(
        ["export", notebook, "--journey", journey, "-o", str(tmp_path), "--date", "2026-12-04"], monkeypatch
    )
    assert code == 0 and planned == ["2026-12-04"]


@pytest.mark.parametrize(
    ("lang", "value", "said"),
    [
        ("nl", "4 december", "De rapportdatum in --date is geen dag in de vorm JJJJ-MM-DD"),
        ("en", "2026-13-01", "The report date in --date is not a day written as YYYY-MM-DD"),
    ],
)
def test_export_with_a_bad_date_says_so_in_the_journeys_language_and_runs_nothing(
    sample_file, tmp_path, monkeypatch, capsys, lang, value, said
):
    notebook = str(ROOT / "notebooks" / "08_report.ipynb")
    journey = str(sample_file("veranda", lang))
    code, planned = _export(
        ["export", notebook, "--journey", journey, "-o", str(tmp_path), "--date", value], monkeypatch
    )
    err = capsys.readouterr().err
    assert code == 1 and planned == []
    assert said in err and value in err and "Traceback" not in err


def test_a_long_bad_value_is_quoted_short(monkeypatch):
    from journeykit_widgets.handouts.branding import ReportDateError, parse_report_date

    with pytest.raises(ReportDateError) as caught:
        parse_report_date("x" * 500)
    assert len(str(caught.value)) < 200
