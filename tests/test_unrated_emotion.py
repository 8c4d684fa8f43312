"""A new card has no emotion until one is given (issue 23, point 7): it is not a 0,
not the journey's end, and every reader shows it as "not rated yet"."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest
from _analysis_fixtures import journey_with
from _render_checks import all_text

from journeykit_widgets import analysis, render, store
from journeykit_widgets.collect.progress import steps_done
from journeykit_widgets.i18n import language, t
from journeykit_widgets.model import Journey
from journeykit_widgets.widgets.board.actions import change_for
from journeykit_widgets.widgets.board.viewmodel import journey_view


def _rated_then_new() -> Journey:
    """Rated cards ending high in Care, then a card just added on the board (no emotion)."""
    journey = journey_with(
        ("Banner", "touch", 1, 3, 3),
        ("Booking", "sell", -2, 4, 2),
        ("Thank-you card", "care", 2, 3, 3),
    )
    change_for({"op": "add", "id": "tp-new", "name": "Webinar", "phase": "care"})(journey)
    return journey.revalidated()


def test_a_card_added_on_the_board_has_no_emotion_and_older_zeros_stay():
    journey = _rated_then_new()
    assert journey.touchpoint("tp-new").emotion is None
    # A file from before (every card written with its emotion, 0 included) keeps its 0.
    data = json.loads(store.to_json(journey))
    data["touchpoints"][-1]["emotion"] = 0
    assert Journey.model_validate(data).touchpoint("tp-new").emotion == 0


def test_peak_end_leaves_the_new_card_out_and_keeps_the_end():
    result = analysis.peak_end(_rated_then_new())
    assert result.end.name == "Thank-you card"  # not the unrated Webinar
    assert [m.name for m in result.moments] == ["Banner", "Booking", "Thank-you card"]
    assert result.peak_end_score == pytest.approx((2 - 2 + 2) / 3)
    assert result.mean == pytest.approx(1 / 3)
    with language("nl"):
        summary = result.summary()
    assert "Einde: ‘Thank-you card’" in summary and "‘Webinar’ heeft nog geen emotie" in summary
    assert "Webinar" not in result.table()["touchpoint"].tolist()


def test_peak_end_with_only_new_cards_says_so():
    journey = journey_with()
    change_for({"op": "add", "id": "tp-a", "name": "Chat", "phase": "tell"})(journey)
    result = analysis.peak_end(journey)
    assert result.end is None and result.peak_end_score is None
    assert "No touchpoint has an emotion yet" in result.summary() and "Chat" in result.summary()


def test_the_board_shows_no_emotion_and_keeps_the_end_mark():
    view = journey_view(_rated_then_new())
    card = next(c for c in view["cards"] if c["id"] == "tp-new")
    assert card["emotion"] is None  # the board draws "no emotion yet", not 0
    assert view["marks"]["end"] == "tp3"
    assert view["labels"]["no_emotion_short"] == t("board.no_emotion_short")
    json.dumps(view)  # still plain JSON for the page


def test_the_board_script_draws_an_unrated_card_apart():
    """The page side: a new card starts without an emotion, its chip says so, and the
    emotion line joins rated points only (a small, greppable contract)."""
    from journeykit_widgets.widgets.board.widget import BoardWidget

    js = BoardWidget._esm  # the page's modules, as anywidget gets them
    assert "emotion: null, importance" in js
    assert 'L("no_emotion_short")' in js
    assert "points.filter((p) => p.value !== null)" in js


def test_the_emotion_curve_and_map_leave_the_new_card_off_the_line():
    journey = _rated_then_new()
    curve = render.emotion_curve(journey)
    ax = curve.axes[0]
    curve_line = max(ax.lines, key=lambda line: len(line.get_ydata()))
    assert list(curve_line.get_ydata()) == [1, -2, 2]  # the line: rated cards only
    gids = {c.get_gid(): c for c in ax.collections if c.get_gid()}
    assert "jk-unrated" in gids and list(gids["jk-unrated"].get_offsets()[:, 1]) == [0]
    assert list(gids["jk-end"].get_offsets()[:, 0]) == [2]  # the end: Thank-you card (x = 2)
    assert t("render.legend.unrated") in [text.get_text() for text in ax.get_legend().get_texts()]
    on_map = {c.get_gid() for c in render.journey_map(journey).axes[0].collections if c.get_gid()}
    assert "jk-unrated" in on_map and "jk-end" in on_map


def test_the_heatmap_mean_ignores_cards_without_an_emotion():
    journey = _rated_then_new()  # Care: Thank-you card +2 and the unrated Webinar
    fig = render.channel_heatmap(journey, value="emotion")
    texts = [x for x in all_text(fig).splitlines() if x]
    row = texts[texts.index("Other") + 1 :][:4]  # Touch, Tell, Sell, Care
    assert row == ["+1", "–", "\u22122", "+2"]  # Care: +2, not +1 (as if Webinar were a 0)


def test_exports_leave_the_cell_empty_and_an_empty_cell_reads_back_as_not_rated(tmp_path):
    journey = _rated_then_new()
    store.export_csv(journey, tmp_path / "t.csv")
    rows = list(csv.reader((tmp_path / "t.csv").open(encoding="utf-8-sig"), delimiter=","))
    header = [h.lower() for h in rows[0]]
    column = next(i for i, h in enumerate(header) if h.startswith("emotion"))
    assert [r[column] for r in rows if "Webinar" in r] == [""]
    assert [r[column] for r in rows if "Banner" in r] == ["1"]
    store.export_xlsx(journey, tmp_path / "t.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "t.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    webinar = next(r for r in values if "Webinar" in r)
    assert webinar[column] is None
    back = store.import_touchpoints(tmp_path / "t.csv", journey)
    assert next(tp for tp in back.touchpoints if tp.name == "Webinar").emotion is None


def test_mermaid_marks_the_new_card_instead_of_calling_it_neutral():
    text = store.to_mermaid(_rated_then_new())
    line = next(x for x in text.splitlines() if "Webinar" in x)
    assert "(–)" in line
    assert t("convert.mermaid.unrated", mark="(–)") in text.splitlines()[1]


def test_gap_table_and_buying_group_leave_unrated_cards_out():
    journey = _rated_then_new()
    rows = analysis.coverage(journey).set_index("phase")
    assert rows.loc["care", "emotion"] == 2  # the Thank-you card alone, not (2 + 0) / 2
    table = analysis.priorities(journey).set_index("touchpoint_id")
    assert pd.isna(table.loc["tp-new", "emotion"])  # an empty cell, not 0


def test_flow_step_is_not_done_by_new_cards_alone():
    journey = journey_with()
    change_for({"op": "add", "id": "tp-a", "name": "Chat", "phase": "tell"})(journey)
    assert steps_done(journey)["flow"] is False
