"""Survey: CSAT/NPS/CES formulas, per touchpoint and phase, and row/column messages."""

from __future__ import annotations

import pandas as pd
import pytest
from _analysis_fixtures import journey_with

from journeykit_widgets.analysis import (
    MeasurementFileError,
    ces_score,
    csat_score,
    load_survey,
    nps_score,
    survey_scores,
)
from journeykit_widgets.i18n import language


def test_standard_formulas_hand_computed():
    # 10 answers: 3 promoters (9, 10, 9), 3 passives (7, 8, 8), 4 detractors (0, 5, 6, 6)
    assert nps_score([9, 10, 9, 7, 8, 8, 0, 5, 6, 6]) == pytest.approx(-10)
    assert nps_score([10, 10]) == 100 and nps_score([6]) == -100 and nps_score([7, 8]) == 0
    assert csat_score([5, 4, 3, 1]) == pytest.approx(50)
    assert csat_score([3, 3]) == 0
    assert ces_score([7, 5, 6]) == pytest.approx(6)
    assert nps_score([]) is None and csat_score([]) is None and ces_score([]) is None


def _journey():
    return journey_with(
        ("Booking module", "sell", 2, 5, 4, {"id": "tp-book"}),
        ("Banner", "touch", 0, 2, 5, {"id": "tp-banner"}),
        ("Delay message", "care", -3, 5, 3, {"id": "tp-delay"}),
        ("Thank-you card", "care", 2, 3, 2, {"id": "tp-card"}),
    )


ANSWERS = pd.DataFrame(
    [
        # respondent, touchpoint, csat, nps, ces
        ("r1", "tp-book", 5, 10, 7),
        ("r2", "tp-book", 4, 9, 6),
        ("r3", "tp-book", 2, 6, 2),
        ("r4", "Booking module", 3, 8, ""),  # by name, no CES answer
        ("r1", "tp-delay", 1, 0, 1),
        ("r2", "tp-delay", 2, 3, 3),
        ("r1", "tp-card", 5, "", ""),
    ],
    columns=["respondent", "touchpoint", "csat", "nps", "ces"],
)


def test_scores_per_touchpoint_in_journey_order_hand_computed():
    result = survey_scores(ANSWERS, _journey(), min_answers=1)
    table = result.by_touchpoint.set_index("touchpoint_id")
    assert list(result.by_touchpoint["touchpoint_id"]) == ["tp-banner", "tp-book", "tp-delay", "tp-card"]
    book = table.loc["tp-book"]
    assert book["csat"] == pytest.approx(50)  # 5, 4 of 5, 4, 2, 3
    assert book["nps"] == pytest.approx(25)  # promoters 2, detractors 1, of 4
    assert book["ces"] == pytest.approx(5)  # (7 + 6 + 2) / 3
    assert (book["csat_n"], book["nps_n"], book["ces_n"], book["respondents"]) == (4, 4, 3, 4)
    assert table.loc["tp-delay", "nps"] == -100
    assert table.loc["tp-card", "csat"] == 100 and pd.isna(table.loc["tp-card", "nps"])
    # Touchpoints without answers stay on the list, linked to the map, without scores.
    assert table.loc["tp-banner", "csat_n"] == 0 and pd.isna(table.loc["tp-banner", "csat"])
    assert table.loc["tp-delay", "emotion"] == -3
    assert result.scores_for("tp-book")["nps"] == pytest.approx(25)
    assert result.scores_for("tp-banner")["csat"] is None


def test_phase_scores_pool_the_answers():
    result = survey_scores(ANSWERS, _journey(), min_answers=1)
    care = result.by_phase.set_index("phase").loc["care"]
    # CSAT answers in care: 1, 2, 5 → one of three satisfied
    assert care["csat"] == pytest.approx(100 / 3, abs=0.01)
    assert care["csat_n"] == 3
    assert care["respondents"] == 2
    tell = result.by_phase.set_index("phase").loc["tell"]
    assert tell["csat_n"] == 0 and pd.isna(tell["csat"])  # an empty phase


def test_summary_names_best_and_worst_and_gaps():
    result = survey_scores(ANSWERS, _journey(), min_answers=1)
    text = result.summary()
    assert "4 respondents gave 18 answers about 3 of 4 touchpoints." in text
    assert "NPS: lowest at “Delay message” (\u2212100), highest at “Booking module” (+25)." in text
    assert "CSAT: lowest at “Delay message” (0% satisfied), highest at “Thank-you card” (100%)." in text
    assert "Not measured yet: “Banner”." in text
    few = survey_scores(ANSWERS, _journey()).summary()  # default: at least 30 answers
    assert "Fewer than 30 answers for “Booking module”, “Delay message” and “Thank-you card”" in few
    with language("nl"):
        assert "Nog niet gemeten: ‘Banner’." in result.summary()


BAD = pd.DataFrame(
    [
        ("r1", "tp-book", "5", "10", "7"),  # row 2: fine
        ("r2", "tp-nowhere", "4", "9", "6"),  # row 3: unknown touchpoint → skipped
        ("", "tp-book", "4", "9", "6"),  # row 4: no respondent → skipped
        ("r3", "tp-book", "6", "9", ""),  # row 5: CSAT 6 dropped, NPS kept
        ("r4", "tp-book", "4,5", "11", "0"),  # row 6: every answer wrong → row skipped
        ("r5", "tp-delay", "", "", ""),  # row 7: no answers at all → skipped
        ("r6", "tp-delay", "2", "zero", " 3 "),  # row 8: NPS not a number dropped
    ],
    columns=["respondent", "touchpoint", "csat", "nps", "ces"],
)


def test_bad_answers_are_named_and_good_ones_kept():
    log = load_survey(BAD, _journey())
    report = log.report
    assert (report.rows_read, report.rows_used, report.rows_skipped) == (7, 3, 4)
    assert report.answers_dropped == 5
    assert report.messages() == [
        "Row 3, column “touchpoint”: the touchpoint 'tp-nowhere' is not on the map; "
        "use the id or the exact name of a touchpoint",
        "Row 4, column “respondent”: is empty",
        "Row 5, column “csat”: a CSAT answer must be a whole number from 1 to 5, got '6'",
        "Row 6, column “csat”: a CSAT answer must be a whole number from 1 to 5, got '4,5'",
        "Row 6, column “nps”: an NPS answer must be a whole number from 0 to 10, got '11'",
        "Row 6, column “ces”: a CES answer must be a whole number from 1 to 7, got '0'",
        "Row 7, column “csat”: this row has no CSAT, NPS or CES answer",
        "Row 8, column “nps”: an NPS answer must be a whole number from 0 to 10, got 'zero'",
    ]
    kept = log.answers
    assert sorted(zip(kept["row"], kept["measure"], kept["value"], strict=True)) == [
        (2, "ces", 7),
        (2, "csat", 5),
        (2, "nps", 10),
        (5, "nps", 9),
        (8, "ces", 3),
        (8, "csat", 2),
    ]
    summary = survey_scores(BAD, _journey()).summary()
    assert "Rows skipped: 4 of 7; answers left out: 5." in summary


def test_dutch_headers_and_messages(tmp_path):
    path = tmp_path / "enquete.xlsx"
    BAD.rename(
        columns={"respondent": "Deelnemer", "touchpoint": "Contactpunt", "csat": "Tevredenheid"}
    ).to_excel(path, index=False)
    with language("nl"):
        report = load_survey(path, _journey()).report
        messages = report.messages()
    assert messages[0].startswith(
        "Rij 3, kolom ‘Contactpunt’: het contactpunt 'tp-nowhere' staat niet op de kaart"
    )
    assert (
        messages[2]
        == "Rij 5, kolom ‘Tevredenheid’: een CSAT-antwoord moet een heel getal van 1 tot en met 5 zijn, maar is '6'"
    )
    assert report.rows_used == 3


def test_missing_columns_stop_the_import():
    with pytest.raises(MeasurementFileError, match=r"row 1 \(the header\): missing columns: “touchpoint”"):
        load_survey(ANSWERS.drop(columns=["touchpoint"]), _journey())
    with pytest.raises(MeasurementFileError, match=r"one of “csat”, “nps”, “ces”"):
        load_survey(ANSWERS[["respondent", "touchpoint"]], _journey())


def test_single_touchpoint_single_answer():
    journey = journey_with(("Chat", "sell", 1, 3, 3, {"id": "tp-chat"}))
    answers = pd.DataFrame({"respondent": ["r"], "touchpoint": ["tp-chat"], "nps": [9]})
    result = survey_scores(answers, journey, min_answers=1)
    assert result.by_touchpoint["nps"].tolist() == [100]
    assert "1 respondent gave 1 answer about 1 of 1 touchpoint." in result.summary()  # not "1 respondents"


def test_committed_airline_survey_refers_to_the_sample():
    from journeykit_widgets.samples import data_dir, load_sample

    journey = load_sample("airline", "en")
    result = survey_scores(data_dir() / "airline_survey.csv", journey)
    assert result.report.rows_skipped == 0 and result.report.answers_dropped == 0
    table = result.by_touchpoint.set_index("touchpoint_id")
    measured = table[table["csat_n"] > 0]
    assert len(measured) >= 15
    # The simulated answers follow the map's emotions: the worst moment scores worst.
    assert table["nps"].idxmin() == "tp-airline-13"
    assert measured["csat"].rank().corr(measured["emotion"].rank()) > 0.8  # Spearman


# A survey as Excel saves it: Dutch headers, ";" between cells, accents everywhere.
SURVEY_TEXT = "Deelnemer;Contactpunt;Tevredenheid\r\nRenée;Café bezoek;4\r\nZoë;Café bezoek;5\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_a_survey_is_read_in_every_encoding_a_touchpoint_table_is(tmp_path, encoding):
    # Excel's plain "CSV" on Windows is Windows-1252 and its "Unicode text" UTF-16:
    # a survey saved either way was refused where a touchpoint table was read.
    path = tmp_path / "enquete.csv"
    text = SURVEY_TEXT.replace(";", "\t") if encoding == "utf-16" else SURVEY_TEXT
    path.write_bytes(text.encode(encoding))
    journey = journey_with(("Café bezoek", "sell", 1, 3, 3, {"id": "tp-cafe"}))
    log = load_survey(path, journey)
    assert log.report.ok, log.report.messages()
    assert sorted(log.answers["respondent"]) == ["Renée", "Zoë"]
    assert set(log.answers["touchpoint_id"]) == {"tp-cafe"}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_stray_byte_in_a_utf8_survey_is_reported_and_the_rest_stays_utf8(tmp_path, lang):
    path = tmp_path / "enquete.csv"
    # Row 3's respondent was pasted from an old Windows file: 0xE9 is "é" there.
    path.write_bytes(SURVEY_TEXT.replace("Zoë", "Ren\udce9").encode("utf-8", "surrogateescape"))
    journey = journey_with(("Café bezoek", "sell", 1, 3, 3, {"id": "tp-cafe"}))
    with language(lang):
        log = load_survey(path, journey)
        messages = log.report.messages()
    assert log.report.rows_used == 2  # the row with the stray byte still counts
    assert set(log.answers["touchpoint_id"]) == {"tp-cafe"}  # "Café" was not read as "CafÃ©"
    assert sorted(log.answers["respondent"]) == ["Renée", "Ren\ufffd"]
    assert len(messages) == 1
    start = {
        "en": "Row 3, column “Deelnemer”: held a byte",
        "nl": "Rij 3, kolom ‘Deelnemer’: bevatte een byte",
    }
    assert messages[0].startswith(start[lang])
