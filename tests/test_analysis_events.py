"""Events: import checks with row/column messages, funnel, micro-conversions, cross-device."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeykit_widgets.analysis import (
    MeasurementFileError,
    event_map,
    events_analysis,
    funnel,
    load_events,
)
from journeykit_widgets.i18n import language
from journeykit_widgets.model import Journey

MAP = pd.DataFrame(
    {
        "event": ["ad_click", "site_visit", "newsletter", "booking", "checkin"],
        "phase": ["touch", "tell", "tell", "sell", "care"],
        "micro_conversion": ["no", "no", "yes", "no", "no"],
        "conversion": ["no", "no", "no", "yes", "no"],
    }
)


def _events(rows):
    return pd.DataFrame(rows, columns=["customer_id", "timestamp", "event", "channel", "device"])


# Four customers, hand-traced:
# A: ad (phone) → site (phone) → newsletter (phone) → booking (computer) → checkin (phone)
# B: ad (computer) → site (computer) → booking (computer)
# C: ad (phone) → site (tablet)
# D: ad (phone)
SMALL = _events(
    [
        ("A", "2026-03-01 09:00", "ad_click", "advertising", "smartphone"),
        ("A", "2026-03-01 09:05", "site_visit", "website", "smartphone"),
        ("A", "2026-03-02 10:00", "newsletter", "email", "smartphone"),
        ("A", "2026-03-05 20:00", "booking", "website", "computer"),
        ("A", "2026-03-20 07:00", "checkin", "app", "smartphone"),
        ("B", "2026-03-01 12:00", "ad_click", "advertising", "computer"),
        ("B", "2026-03-01 12:10", "site_visit", "website", "computer"),
        ("B", "2026-03-03 12:00", "booking", "website", "computer"),
        ("C", "2026-03-02 08:00", "ad_click", "advertising", "smartphone"),
        ("C", "2026-03-02 21:00", "site_visit", "website", "tablet"),
        ("D", "2026-03-04 08:00", "ad_click", "advertising", "smartphone"),
    ]
)


def test_funnel_hand_computed():
    result = events_analysis(SMALL, MAP)
    f = result.funnel
    assert list(f["phase"]) == ["touch", "tell", "sell", "care"]
    assert list(f["events"]) == [4, 4, 2, 1]
    assert list(f["customers"]) == [4, 3, 2, 1]
    assert list(f["share_of_start"]) == pytest.approx([1, 0.75, 0.5, 0.25])
    assert f["from_previous"].iloc[1:].tolist() == pytest.approx([3 / 4, 2 / 3, 1 / 2])
    assert list(f["micro_conversions"]) == [0, 1, 0, 0]
    assert list(f["conversions"]) == [0, 0, 2, 0]
    assert result.customers == 4 and result.converted == 2
    assert result.conversion_rate == pytest.approx(0.5)


def test_micro_conversion_lift_hand_computed():
    micro = events_analysis(SMALL, MAP).micro_conversions.set_index("event")
    # Only A signed up (and bought): rate 1; of B, C, D one bought: 1/3 → lift 3.
    assert micro.loc["newsletter", "customers"] == 1
    assert micro.loc["newsletter", "share"] == pytest.approx(0.25)
    assert micro.loc["newsletter", "conversion_rate"] == pytest.approx(1.0)
    assert micro.loc["newsletter", "lift"] == pytest.approx(3.0)
    assert micro.loc["booking", "kind"] == "conversion"


def test_cross_device_hand_computed():
    cd = events_analysis(SMALL, MAP).cross_device
    # Buyers A (phone → computer, the later phone check-in does not count) and B (computer only).
    assert (cd.buyers, cd.switched) == (2, 1)
    assert cd.share == pytest.approx(0.5)
    paths = {(r.first_device, r.buying_device): r.customers for r in cd.paths.itertuples()}
    assert paths == {("smartphone", "computer"): 1, ("computer", "computer"): 1}


def test_devices_per_phase():
    devices = events_analysis(SMALL, MAP).devices
    assert devices.loc["touch", "smartphone"] == 3
    assert devices.loc["tell", "tablet"] == 1
    assert devices.loc["sell", "computer"] == 2


def test_summary_in_both_languages():
    result = events_analysis(SMALL, MAP)
    text = result.summary()
    assert "4 customers with 11 events across 4 phases." in text
    assert "2 customers (50%) converted." in text
    assert "50% of the 2 buyers switched device before buying." in text
    assert "Smartphone → Computer (1 buyer)" in text
    with language("nl"):
        text = result.summary()
    assert "4 klanten met 11 gebeurtenissen in 4 fasen." in text
    assert "50% van de 2 kopers wisselde van apparaat" in text


def test_empty_phase_and_single_customer():
    one = _events(
        [("Z", "2026-03-01T10:00:00", "ad_click", "", ""), ("Z", "2026-03-01T11:00:00", "booking", "", "")]
    )
    result = events_analysis(one, MAP)
    # Z skipped "tell": that phase is empty, and nobody moved on to it.
    assert list(result.funnel["customers"]) == [1, 0, 1, 0]
    assert result.funnel["from_previous"].iloc[1] == 0
    assert pd.isna(result.funnel["from_previous"].iloc[2])  # nobody in tell to move on from
    assert result.cross_device.buyers == 1 and result.cross_device.switched == 0


# ------------------------------------------------------------------ bad input
BAD = _events(
    [
        ("A", "2026-03-01 09:00", "ad_click", "web", "smartphone"),  # row 2: fine
        ("", "2026-03-01 09:00", "ad_click", "web", "smartphone"),  # row 3: no customer
        ("B", "31-02-2026 25:00", "ad_click", "web", "smartphone"),  # row 4: no such date
        ("C", "2026-03-01 10:00", "coupon_print", "web", "smartphone"),  # row 5: unknown event
        ("D", "2026-03-01 10:00", "booking", "web", "smart fridge"),  # row 6: unknown device
        ("E", " 02-03-2026 14:30 ", " booking ", "web", "Desktop"),  # row 7: Dutch date, spaces: fine
        ("F", "", "site_visit", "web", ""),  # row 8: no timestamp
    ]
)


def test_bad_rows_are_skipped_and_named_by_row_and_column():
    log = load_events(BAD, MAP)
    report = log.report
    assert (report.rows_read, report.rows_used, report.rows_skipped) == (7, 2, 5)
    assert list(log.events["row"]) == [2, 7]
    assert list(log.events["device"]) == ["smartphone", "computer"]
    assert log.events["timestamp"].iloc[1] == pd.Timestamp("2026-03-02 14:30")
    messages = report.messages()
    assert messages == [
        "Row 3, column “customer_id”: is empty",
        "Row 4, column “timestamp”: cannot read the date and time '31-02-2026 25:00' (use e.g. 2026-03-01 09:30)",
        "Row 5, column “event”: the event 'coupon_print' is not in the event map; add it to the map or remove the row",
        "Row 6, column “device”: unknown device 'smart fridge'; use smartphone, tablet or computer",
        "Row 8, column “timestamp”: is empty",
    ]
    assert "rows read 7, used 2, skipped 5." in report.summary()
    assert "Rows skipped: 5 of 7" in events_analysis(BAD, MAP).summary()


def test_messages_in_dutch_and_with_the_files_own_headers(tmp_path):
    path = tmp_path / "gebeurtenissen.csv"
    dutch = BAD.rename(
        columns={
            "customer_id": "Klant_id",
            "timestamp": "Tijdstip",
            "event": "Gebeurtenis",
            "channel": "Kanaal",
            "device": "Apparaat",
        }
    )
    dutch.to_csv(path, index=False, sep=";")
    with language("nl"):
        report = load_events(path, MAP).report
        messages = report.messages()
        summary = report.summary()
    assert messages[0] == "Rij 3, kolom ‘Klant_id’: is leeg"
    assert messages[1].startswith(
        "Rij 4, kolom ‘Tijdstip’: de datum en tijd '31-02-2026 25:00' zijn niet te lezen"
    )
    assert "gebeurtenissen.csv: rijen gelezen 7, gebruikt 2, overgeslagen 5." in summary
    table = report.table(localized=False)
    assert list(table.columns) == ["row", "column", "problem", "value"]


def test_missing_required_column_stops_with_a_clear_message():
    with pytest.raises(MeasurementFileError) as error:
        load_events(SMALL.drop(columns=["timestamp"]), MAP)
    text = str(error.value)
    assert "row 1 (the header)" in text
    assert "missing columns: “timestamp”" in text
    assert "“customer_id”, “event”, “channel”, “device”" in text
    with language("nl"), pytest.raises(MeasurementFileError, match="rij 1 \\(de kopregel\\)"):
        load_events(SMALL.drop(columns=["timestamp", "event"]), MAP)


def test_optional_columns_may_be_missing():
    result = events_analysis(SMALL.drop(columns=["device", "channel"]), MAP)
    assert list(result.funnel["customers"]) == [4, 3, 2, 1]
    assert result.cross_device.switched == 0


def test_missing_file_and_wrong_suffix(tmp_path):
    with pytest.raises(MeasurementFileError, match="There is no file"):
        load_events(tmp_path / "nope.csv", MAP)
    odd = tmp_path / "events.json"
    odd.write_text("{}")
    with pytest.raises(MeasurementFileError, match=r"use a \.csv or \.xlsx file"):
        load_events(odd, MAP)


def test_xlsx_is_read_like_csv(tmp_path):
    path = tmp_path / "events.xlsx"
    SMALL.to_excel(path, index=False)
    assert list(events_analysis(path, MAP).funnel["customers"]) == [4, 3, 2, 1]


# -------------------------------------------------------------------- the map
def test_event_map_from_a_dict_overrides_the_default():
    mapping = {"ad_click": "touch", "site_visit": "touch", "booking": "sell"}
    log = load_events(SMALL, mapping)
    assert log.report.rows_skipped == 2  # newsletter and checkin are not in this map
    assert dict(zip(log.events["event"], log.events["phase"], strict=False))["site_visit"] == "touch"


def test_event_map_problems_name_the_row():
    journey = Journey.new("Airline")
    bad_phase = MAP.assign(phase=["touch", "tell", "tel", "sell", "care"])
    with pytest.raises(
        MeasurementFileError, match=r"row 4, column “phase”: unknown phase 'tel'\. Choose one of: touch"
    ):
        event_map(bad_phase, journey=journey)
    twice = pd.concat([MAP, MAP.iloc[[0]]], ignore_index=True)
    with pytest.raises(
        MeasurementFileError, match=r"row 7, column “event”: the event 'ad_click' is listed twice"
    ):
        event_map(twice)
    bad_flag = MAP.assign(micro_conversion=["no", "no", "maybe", "no", "no"])
    with pytest.raises(MeasurementFileError, match=r"row 4, column “micro_conversion”: must be yes or no"):
        event_map(bad_flag)


def test_default_airline_map_matches_the_sample_touchpoints():
    from journeykit_widgets.samples import load_sample

    journey = load_sample("airline", "en")
    mapping = event_map(case="airline", journey=journey)
    ids = {tp.id for tp in journey.touchpoints}
    assert set(mapping["touchpoint"]) <= ids
    assert mapping["conversion"].sum() == 1
    assert set(mapping.loc[mapping["micro_conversion"], "event"]) == {
        "fare_alert_signup",
        "travel_guide_download",
        "account_created",
    }
    with language("nl"):
        assert (
            event_map(case="airline", journey=journey).set_index("event").loc["account_created", "name"]
            == "Account aangemaakt"
        )


def test_committed_airline_events_are_clean_and_big_enough():
    from journeykit_widgets.samples import data_dir, load_sample

    result = events_analysis(
        data_dir() / "airline_events.csv", case="airline", journey=load_sample("airline", "en")
    )
    assert result.report.rows_skipped == 0
    assert result.report.rows_read >= 50_000
    assert result.customers >= 3_000
    assert set(result.devices.columns) >= {"smartphone", "tablet", "computer"}
    f = result.funnel
    assert list(f["customers"]) == sorted(f["customers"], reverse=True)
    micro = result.micro_conversions
    assert (micro.loc[micro["kind"] == "micro_conversion", "lift"] > 1).all()
    assert 0.2 < result.cross_device.share < 0.8
    # Events reach the map: the fare-alert touchpoint counts its sign-ups (once per customer).
    reach = result.by_touchpoint.set_index("touchpoint_id")
    signups = micro.set_index("event").loc["fare_alert_signup", "customers"]
    assert reach.loc["tp-airline-08", "events"] == reach.loc["tp-airline-08", "customers"] == signups
    assert "tp-airline-02" not in reach.index  # the TV spot leaves no events


# -------------------------------------------------------------- property tests
PHASES = ["touch", "tell", "sell", "care"]


@st.composite
def proper_funnels(draw):
    """Each customer reaches a prefix of the phases, with 1..3 events per phase reached."""
    customers = draw(st.integers(min_value=0, max_value=40))
    rows = []
    for c in range(customers):
        depth = draw(st.integers(min_value=1, max_value=len(PHASES)))
        for phase in PHASES[:depth]:
            for _ in range(draw(st.integers(min_value=1, max_value=3))):
                rows.append({"customer_id": f"c{c}", "phase": phase})
    order = draw(st.permutations(range(len(rows)))) if rows else []
    return pd.DataFrame([rows[i] for i in order], columns=["customer_id", "phase"])


@settings(max_examples=60, deadline=None)
@given(proper_funnels())
def test_counts_never_grow_along_a_proper_funnel(events):
    table = funnel(events, PHASES)
    counts = table["customers"].tolist()
    assert all(a >= b for a, b in itertools.pairwise(counts))
    assert table["events"].sum() == len(events)
    # In a proper funnel everyone in a phase came through the previous one.
    for k in range(1, len(PHASES)):
        if counts[k - 1]:
            assert table["from_previous"].iloc[k] == pytest.approx(counts[k] / counts[k - 1])
    if counts[0]:
        assert table["share_of_start"].iloc[0] == 1


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c", "d", "e"]), st.sampled_from([*PHASES, "elsewhere"])),
        max_size=60,
    )
)
def test_any_events_give_shares_between_zero_and_one(pairs):
    events = pd.DataFrame(pairs, columns=["customer_id", "phase"])
    table = funnel(events, PHASES)
    assert table["customers"].sum() <= len(events)
    assert ((table["from_previous"].dropna() >= 0) & (table["from_previous"].dropna() <= 1)).all()
    assert table["events"].sum() == sum(1 for _, p in pairs if p in PHASES)


def test_tables_for_people_show_percentages_and_translated_headers():
    from journeykit_widgets.analysis import localize

    result = events_analysis(SMALL, MAP)
    with language("nl"):
        funnel_nl = result.table(localized=True)
        micro_nl = localize(result.micro_conversions)
    assert list(funnel_nl.columns[:3]) == ["Fase", "Gebeurtenissen", "Klanten"]
    assert funnel_nl["Aandeel van eerste fase"].tolist() == ["100%", "75%", "50%", "25%"]
    assert funnel_nl["Doorgestroomd uit vorige fase"].tolist() == ["–", "75%", "67%", "50%"]
    assert micro_nl["Soort"].tolist() == ["microconversie", "conversie"]
    assert micro_nl["Keer zo vaak een aankoop"].tolist() == ["3", "–"]
    assert "event" not in micro_nl.columns and "name_en" not in micro_nl.columns


def test_without_a_map_the_case_must_be_named():
    """No silent airline default: another company's events need their own map."""
    with pytest.raises(MeasurementFileError, match="event map"):
        events_analysis(SMALL)
    with language("nl"), pytest.raises(MeasurementFileError, match="event-map"):
        load_events(SMALL)


ACCENT_MAP = pd.DataFrame(
    {"event": ["café_visit", "booking"], "phase": ["tell", "sell"], "conversion": ["nee", "ja"]}
)
EVENTS_TEXT = (
    "klant;tijdstip;gebeurtenis;kanaal;apparaat\r\n"
    "Renée;2026-03-01 09:00;café_visit;café;computer\r\n"
    "Zoë;2026-03-01 10:00;café_visit;café;computer\r\n"
    "Zoë;2026-03-02 10:00;booking;café;computer\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_an_events_table_is_read_in_every_encoding_a_touchpoint_table_is(tmp_path, encoding):
    path = tmp_path / "events.csv"
    text = EVENTS_TEXT.replace(";", "\t") if encoding == "utf-16" else EVENTS_TEXT
    path.write_bytes(text.encode(encoding))
    log = load_events(path, ACCENT_MAP)
    assert log.report.ok, log.report.messages()
    assert sorted(set(log.events["customer_id"])) == ["Renée", "Zoë"]
    assert list(log.events["event"]) == ["café_visit", "café_visit", "booking"]


def test_a_stray_byte_in_a_utf8_events_table_is_reported_with_row_and_column(tmp_path):
    path = tmp_path / "events.csv"
    path.write_bytes(EVENTS_TEXT.replace("Zoë", "Zo\udceb").encode("utf-8", "surrogateescape"))
    log = load_events(path, ACCENT_MAP)
    assert log.report.rows_used == 3
    assert list(log.events["event"]) == ["café_visit", "café_visit", "booking"]
    assert log.report.messages()[:2] == [
        "Row 3, column “klant”: held a byte that is not UTF-8 text, now shown as \"\ufffd\" in 'Zo\ufffd'; "
        "the rest of the file was read as UTF-8 and the row is used (fix the cell if the word matters)",
        "Row 4, column “klant”: held a byte that is not UTF-8 text, now shown as \"\ufffd\" in 'Zo\ufffd'; "
        "the rest of the file was read as UTF-8 and the row is used (fix the cell if the word matters)",
    ]
