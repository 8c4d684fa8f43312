"""Where comments show outside the board: step 6's review panel, the report's
appendix, the XLSX export's comments sheet."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from journeykit_widgets import i18n, store
from journeykit_widgets.comment_lists import CommentsAppendix, comments_html
from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.threads import add_comment, resolve

AT = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def _journey(language: str = "nl") -> Journey:
    journey = Journey.new("Opmerkingen", language=language)
    journey.touchpoints += [
        Touchpoint(id="tp-1", name="Inchecken", phase="touch"),
        Touchpoint(id="tp-2", name="Boarding", phase="sell"),
        Touchpoint(id="tp-3", name="Bagageband", phase="care"),
    ]
    add_comment(journey, "tp:tp-1", "Waarom zo lang?", author="Ann", at=AT)
    add_comment(journey, "tp:tp-1", "Meting van maart", author="Bo", at=AT)
    add_comment(journey, "tp:tp-2:pain_points", "Al opgelost", author="Cy", at=AT)
    resolve(journey, "tp:tp-2:pain_points", by="Ann", at=AT)
    add_comment(journey, "tp:tp-3", "Hoort deze hier?", author="Dee", at=AT, label="Bagageband")
    journey.touchpoints = journey.touchpoints[:2]  # the third card is deleted; its thread stays
    return journey.revalidated()


def test_the_review_lists_open_threads_with_their_last_comment_and_folds_resolved_ones(tmp_path):
    from journeykit_widgets.widgets import review_panel

    path = tmp_path / "j.json"
    store.save(_journey(), path)
    with i18n.language("nl"):
        shown = review_panel(path).comments.value
    assert "Opmerkingen" in shown and "1 open gesprek" in shown
    opened = shown.index("Inchecken")
    assert "Meting van maart" in shown[opened:] and "laatste: Bo" in shown[opened:]
    assert "Waarom zo lang?" not in shown  # the last comment stands for the thread
    # the resolved thread is folded, and says who settled it
    folded = shown[shown.index("<details") :]
    assert "Al opgelost" in folded and "afgehandeld door Ann" in folded
    assert "Al opgelost" not in shown[: shown.index("<details")]
    # the thread of the deleted card is listed apart, under its old name
    assert "verwijderde onderdelen" in shown or "verwijderd onderdeel" in shown
    assert "Bagageband" in shown


def test_the_report_appendix_lists_open_comments_only_and_disappears_without_them():
    journey = _journey()
    html = CommentsAppendix(journey)._repr_html_()
    assert "Meting van maart" in html and "Hoort deze hier?" in html
    assert "Al opgelost" not in html and "<details" not in html
    empty = Journey.new("Zonder", language="nl")
    assert "jk-reading-alone" in CommentsAppendix(empty)._repr_html_()
    assert "Geen open opmerkingen" in comments_html(empty)
    # in plain text too (a console, a notebook's text output): never an empty output
    assert repr(CommentsAppendix(empty)) == "Geen open opmerkingen."
    assert "Inchecken: Meting van maart (Bo" in repr(CommentsAppendix(journey))


def test_the_xlsx_export_has_a_comments_sheet_and_still_imports(tmp_path):
    from openpyxl import load_workbook

    journey = _journey()
    path = tmp_path / "j.xlsx"
    store.export_xlsx(journey, path)
    book = load_workbook(path)
    assert book.sheetnames[0] != "Opmerkingen" and "Opmerkingen" in book.sheetnames
    rows = list(book["Opmerkingen"].iter_rows(values_only=True))
    assert rows[0][:5] == ("Onderdeel", "Status", "Auteur", "Tijd", "Opmerking")
    texts = {row[4]: row for row in rows[1:]}
    assert set(texts) == {"Waarom zo lang?", "Meting van maart", "Al opgelost", "Hoort deze hier?"}
    assert texts["Al opgelost"][1] == "afgehandeld" and texts["Al opgelost"][5] == "Ann"
    assert texts["Hoort deze hier?"][1] == "open (onderdeel verwijderd)"
    assert texts["Waarom zo lang?"][0] == "Inchecken" and "2026" in texts["Waarom zo lang?"][3]
    # the touchpoints sheet still reads back as before
    result = store.import_touchpoints(path, journey, strict=True)
    assert [tp.name for tp in result.touchpoints] == ["Inchecken", "Boarding"]


def test_step_6_shows_the_threads_without_live_widgets_too(tmp_path):
    import journeykit_widgets as jk

    path = tmp_path / "j.json"
    store.save(_journey(), path)
    note = jk.show_comments(path)
    html = note._repr_html_()
    assert "Meting van maart" in html and "<details" in html and "Al opgelost" in html
    plain = repr(note)
    assert "Inchecken: Meting van maart (Bo" in plain and "1 afgehandeld gesprek" in plain
