"""The touchpoints table (CSV, XLSX) carries each card's dots from the last closed
vote in a last column, and reads back without a warning about it."""

from __future__ import annotations

import pytest

from journeykit_widgets.model import Journey, Touchpoint
from journeykit_widgets.model.votes import close_round, open_round, set_dots
from journeykit_widgets.store import export_csv, export_xlsx, import_touchpoints, table_rows


def _journey(closed: bool = True) -> Journey:
    journey = Journey.new("Tabel", language="nl")
    journey.touchpoints += [
        Touchpoint(id="tp-a", name="Offerte", phase="touch", pain_points="Te laat"),
        Touchpoint(id="tp-b", name="Factuur", phase="care", pain_points="Onduidelijk"),
    ]
    vote = open_round(journey, "pain_points", 5)
    set_dots(journey, vote.id, "anna", "tp-b", 4)
    if closed:
        close_round(journey)
    return journey


def test_the_table_has_the_dots_only_once_a_vote_has_closed():
    header, rows = table_rows(_journey(closed=False))
    assert "stippenstemmen" not in header
    header, rows = table_rows(_journey())
    assert header[-1] == "stippenstemmen" and [row[-1] for row in rows] == [0, 4]


@pytest.mark.parametrize("export", [export_csv, export_xlsx])
def test_an_exported_table_with_dots_reads_back_without_a_warning(tmp_path, export):
    journey = _journey()
    path = export(journey, tmp_path / f"table.{'csv' if export is export_csv else 'xlsx'}").path
    result = import_touchpoints(path, journey)
    assert result.ok and result.warnings == []
    assert [tp.name for tp in result.touchpoints] == ["Offerte", "Factuur"]
