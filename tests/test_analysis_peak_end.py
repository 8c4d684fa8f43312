"""Peak–end: peaks, lows, end and the remembered score, computed by hand."""

from __future__ import annotations

import pytest
from _analysis_fixtures import journey_with

from journeykit_widgets.analysis import peak_end, remembered_score
from journeykit_widgets.i18n import language
from journeykit_widgets.model import Journey


def test_hand_computed_curve():
    # Order in the file is deliberately not the phase order: care first.
    journey = journey_with(
        ("Thank-you card", "care", 0, 3, 3),
        ("Banner", "touch", 2, 3, 3),
        ("Website", "tell", -1, 3, 3),
        ("Booking", "sell", 3, 3, 3),
    )
    result = peak_end(journey)
    assert [m.name for m in result.moments] == ["Banner", "Website", "Booking", "Thank-you card"]
    assert [m.name for m in result.peaks] == ["Booking"]
    assert [m.name for m in result.lows] == ["Website"]
    assert result.end.name == "Thank-you card"
    # (best 3 + worst -1 + end 0) / 3 and mean (2 - 1 + 3 + 0) / 4
    assert result.peak_end_score == pytest.approx(2 / 3)
    assert result.mean == pytest.approx(1.0)
    assert result.difference == pytest.approx(2 / 3 - 1)
    # Raising the single low or the end lifts the memory by 1/3; Banner does nothing;
    # Booking is already at the top of the scale.
    assert result.gains == pytest.approx((0, 1 / 3, 0, 1 / 3))
    assert [m.name for m in result.no_effect] == ["Banner"]
    assert {m.name for m in result.strengthen} == {"Website", "Thank-you card"}


def test_touchpoints_keep_file_order_inside_a_phase():
    journey = journey_with(("B", "tell", 1, 3, 3), ("A", "touch", 0, 3, 3), ("C", "tell", -2, 3, 3))
    assert [m.name for m in peak_end(journey).moments] == ["A", "B", "C"]


def test_ties_make_several_peaks_and_lows():
    journey = journey_with(
        ("A", "touch", 2, 3, 3),
        ("B", "tell", -2, 3, 3),
        ("C", "sell", 2, 3, 3),
        ("D", "care", -2, 3, 3),
        ("E", "care", 1, 3, 3),
    )
    result = peak_end(journey)
    assert [m.name for m in result.peaks] == ["A", "C"]
    assert [m.name for m in result.lows] == ["B", "D"]
    assert result.peak_end_score == pytest.approx((2 - 2 + 1) / 3)
    # Improving one of two equal lows does not change the worst moment: no gain.
    # Improving one of two equal peaks does raise the best moment.
    assert result.gains == pytest.approx((1 / 3, 0, 1 / 3, 0, 1 / 3))
    text = result.summary()
    assert "Peaks: “A” (Touch) and “C” (Sell)" in text
    assert "only fixing all of them" in text


def test_all_equal_emotions_are_flat_without_peaks_or_lows():
    journey = journey_with(("A", "touch", 1, 3, 3), ("B", "tell", 1, 3, 3), ("C", "care", 1, 3, 3))
    result = peak_end(journey)
    assert result.flat
    assert result.peaks == () and result.lows == ()
    assert result.end.name == "C"
    assert result.peak_end_score == pytest.approx(1) == result.mean
    assert "flat" in result.summary()
    # Only raising the end lifts best and end together; the middle does nothing.
    assert result.gains == pytest.approx((1 / 3, 1 / 3, 2 / 3))


def test_single_touchpoint():
    result = peak_end(journey_with(("Only", "sell", -1, 3, 3)))
    assert result.end.name == "Only"
    assert result.peaks == () and result.lows == ()
    assert result.peak_end_score == pytest.approx(-1)
    assert "only one touchpoint" in result.summary()


def test_empty_journey_and_empty_phase():
    empty = peak_end(Journey.new("Nothing yet"))
    assert empty.end is None and empty.peak_end_score is None and empty.mean is None
    assert "no touchpoints" in empty.summary()
    assert empty.table().empty
    # A phase without touchpoints simply does not appear on the curve.
    result = peak_end(journey_with(("A", "touch", 1, 3, 3), ("B", "care", -1, 3, 3)))
    assert [m.phase for m in result.moments] == ["touch", "care"]


def test_role_filter():
    journey = journey_with(("A", "touch", 3, 3, 3), ("B", "tell", -3, 3, 3))
    assert len(peak_end(journey, role="").moments) == 2
    assert peak_end(journey, role="someone").moments == ()


def test_summary_gives_advice_on_peak_and_end():
    weak = journey_with(("A", "touch", 1, 3, 3), ("B", "tell", 0, 3, 3), ("C", "care", -1, 3, 3))
    text = peak_end(weak).summary()
    assert "no real peak (the best moment is “A”, +1)" in text
    assert "Improve the ending: “C” (\u22121)" in text
    assert "worse than it was on average" not in text  # (1 - 1 - 1)/3 vs 0: within 0.5
    strong = journey_with(
        ("A", "touch", -1, 3, 3),
        ("X", "tell", 0, 3, 3),
        ("Y", "tell", 0, 3, 3),
        ("Z", "tell", 0, 3, 3),
        ("B", "sell", 3, 3, 3),
        ("C", "care", 3, 3, 3),
    )
    text = peak_end(strong).summary()
    assert "Keep “B” (Sell) and “C” (Care) as the memorable peaks and make sure they carry" in text
    assert "The ending (“C”) is strong" in text
    # (3 - 1 + 3) / 3 = 1.67 against a mean of 5 / 6 = 0.83
    assert "Peak–end is the lens here" in text
    assert "Remembered score +1.7 against an average of +0.8" in text
    assert "remember it as better than it was" in text
    assert "Improving “X”, “Y” and “Z” would not change how the journey is remembered" in text


def test_summary_and_table_in_dutch():
    journey = journey_with(
        ("Banner", "touch", 2, 3, 3), ("Site", "tell", -2, 3, 3), ("Kaart", "care", 0, 3, 3)
    )
    result = peak_end(journey)
    with language("nl"):
        text = result.summary()
        table = result.table(localized=True)
    assert "Piek: ‘Banner’ (Touch), emotie +2." in text
    assert "Dieptepunt: ‘Site’" in text
    assert list(table.columns) == [
        "Stap",
        "Contactpunt",
        "Fase",
        "Emotie",
        "Moment",
        "Winst in herinnering (+1 punt)",
    ]
    assert list(table["Moment"]) == ["piek", "dieptepunt", "einde"]


def test_table_for_tools_keeps_ids():
    result = peak_end(journey_with(("A", "touch", 2, 3, 3), ("B", "care", -1, 3, 3)))
    table = result.table()
    assert list(table["touchpoint_id"]) == ["tp1", "tp2"]
    assert list(table["moment"]) == ["peak", "low_point+end"]


def test_remembered_score_formula():
    assert remembered_score([]) is None
    assert remembered_score([0, 3, -3, 1]) == pytest.approx(1 / 3)
