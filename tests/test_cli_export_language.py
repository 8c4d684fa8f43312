"""``journeykit export`` without --lang speaks the journey's language: a Dutch
journey runs the Dutch notebook, in Dutch, and the command answers in Dutch."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets import cli
from journeykit_widgets.handouts import batch
from journeykit_widgets.i18n import get_language, set_language

ROOT = Path(__file__).resolve().parent.parent


def _run(argv, monkeypatch):
    planned = []

    def export_batch(jobs, workers=None, **_):
        planned.extend(jobs)
        for job in jobs:
            Path(job.output).parent.mkdir(parents=True, exist_ok=True)
            Path(job.output).write_text("done", encoding="utf-8")
        return [batch.ExportResult(job, True, 0.1) for job in jobs]

    monkeypatch.setattr(batch, "export_batch", export_batch)
    before = get_language()
    try:
        code = cli.main(argv)
        spoken = get_language()
    finally:
        set_language(before)
    return code, planned, spoken


def test_a_dutch_journey_is_exported_with_the_dutch_notebook_in_dutch(
    sample_file, tmp_path, monkeypatch, capsys
):
    journey = sample_file("veranda", "nl")
    argv = [
        "export",
        str(ROOT / "notebooks" / "08_report.ipynb"),
        "--journey",
        str(journey),
        "-o",
        str(tmp_path),
    ]
    code, planned, spoken = _run(argv, monkeypatch)
    assert code == 0
    assert [(job.notebook.parent.name, job.lang) for job in planned] == [("nl", "nl")]
    assert spoken == "nl"
    assert "geëxporteerd" in capsys.readouterr().out


def test_lang_still_wins_over_the_journey(sample_file, tmp_path, monkeypatch, capsys):
    journey = sample_file("veranda", "nl")
    argv = ["export", str(ROOT / "notebooks" / "08_report.ipynb"), "--journey", str(journey), "--lang", "en"]
    code, planned, _ = _run([*argv, "-o", str(tmp_path)], monkeypatch)
    assert code == 0
    assert [(job.notebook.parent.name, job.lang) for job in planned] == [("notebooks", "en")]
    assert "exported" in capsys.readouterr().out


def test_a_folder_of_english_and_dutch_journeys_gets_each_its_own_language(
    sample_file, tmp_path, monkeypatch
):
    folder = tmp_path / "collected"
    folder.mkdir()
    for case, lang in (("airline", "en"), ("veranda", "nl")):
        sample_file(case, lang).rename(folder / f"{case}.json")
    argv = ["export", str(ROOT / "notebooks" / "08_report.ipynb"), "--journey", str(folder)]
    code, planned, _ = _run([*argv, "-o", str(tmp_path / "out")], monkeypatch)
    assert code == 0
    found = sorted((job.output.name, job.notebook.parent.name, job.lang) for job in planned)
    assert found == [("airline.html", "notebooks", "en"), ("veranda.html", "nl", "nl")]


def test_the_export_process_skips_the_grammars_nbformat_never_uses():
    """jsonschema builds its "iri" grammars at import when rfc3987-syntax is there
    (seconds; nbformat never checks that format): the export processes skip them."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from journeykit_widgets.handouts.batch import skip_unused_imports\n"
        "skip_unused_imports()\n"
        "import nbformat, jsonschema\n"
        "nbformat.validate(nbformat.v4.new_notebook())\n"
        "print(sys.modules.get('rfc3987_syntax') is None)"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "True"
