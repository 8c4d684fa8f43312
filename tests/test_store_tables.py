"""The touchpoints table: CSV and Excel export that people can read, and an import that
takes their edits back without losing anything and names every bad row."""

from __future__ import annotations

import csv
import io
import re
import tempfile
from pathlib import Path

import pytest
from _store_fixtures import TRICKY_TEXTS, rich_journey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import language
from journeykit_widgets.model import BuyingRole, Journey, Touchpoint
from journeykit_widgets.store import (
    TableImportError,
    export_csv,
    export_touchpoints,
    export_xlsx,
    import_touchpoints,
    merge_touchpoints,
)
from journeykit_widgets.store.cells import office_text
from journeykit_widgets.store.tables import TABLE_COLUMNS

TEXT_FIELDS = ("owner", "action", "thoughts", "pain_points", "opportunities", "kpi")
EVIDENCE_FIELDS = ("evidence", "pain_evidence")


def _with_references(tp: Touchpoint, changes: dict, clean) -> Touchpoint:
    """``tp`` with ``changes`` and each evidence reference passed through ``clean``."""
    for name in EVIDENCE_FIELDS:
        evidence = getattr(tp, name)
        changes[name] = evidence.model_copy(update={"reference": clean(evidence.reference)})
    return tp.model_copy(update=changes)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _csv_expected(touchpoints: list[Touchpoint]) -> tuple[list[Touchpoint], int]:
    """What a CSV round trip gives back: every character except the control characters
    (NUL and the like) that the import removes, and how many cells lose some."""
    out, cells = [], 0
    for tp in touchpoints:
        changes = {f: _CONTROL.sub("", getattr(tp, f)) for f in ("name", *TEXT_FIELDS)}
        cells += sum(changes[f] != getattr(tp, f) for f in changes)
        cells += sum(_CONTROL.search(getattr(tp, f).reference) is not None for f in EVIDENCE_FIELDS)
        out.append(_with_references(tp, changes, lambda text: _CONTROL.sub("", text)))
    return out, cells


def _xlsx_expected(touchpoints: list[Touchpoint]) -> list[Touchpoint]:
    """What an XLSX round trip gives back: the documented clean-up of each text."""
    out = []
    for tp in touchpoints:
        changes = {f: office_text(getattr(tp, f)) for f in ("name", *TEXT_FIELDS)}
        out.append(_with_references(tp, changes, office_text))
    return out


def _write_csv(path: Path, rows: list[list[object]], delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_text(buffer.getvalue(), "utf-8", newline="")
    return path


def _write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


# ----------------------------------------------------------------------------- round trips
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_csv_round_trip_is_loss_free(tmp_path, lang):
    journey = rich_journey(lang)
    result = export_csv(journey, tmp_path / "t.csv")
    assert result.rows == len(journey.touchpoints)
    back = import_touchpoints(result.path, journey, strict=True)
    assert back.touchpoints == journey.touchpoints
    assert back.problems == [] and back.warnings == []


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_xlsx_round_trip_is_loss_free_up_to_carriage_returns(tmp_path, lang):
    journey = rich_journey(lang)
    result = export_xlsx(journey, tmp_path / "t.xlsx")
    back = import_touchpoints(result.path, journey, strict=True)
    assert back.touchpoints == _xlsx_expected(journey.touchpoints)
    texts = [tp.thoughts for tp in back.touchpoints]
    assert "line one\nline two\nline three" in texts  # CRLF became Excel's own line break
    assert "x" * 5000 in [tp.action for tp in back.touchpoints]
    assert "  leading and trailing spaces  " in [tp.action for tp in back.touchpoints]


def test_csv_is_utf8_with_bom_and_readable_labels_in_the_journeys_language(tmp_path):
    journey = rich_journey("nl")
    raw = export_csv(journey, tmp_path / "t.csv").path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))  # Dutch Excel's separator
    assert rows[0][:6] == ["id", "naam", "fase", "kanaal", "apparaat", "direct"]
    assert "emotie" in rows[0] and "gedachten en gevoelens" in rows[0]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["fase"] == "Bewustwording"
    assert first["kanaal"] == "Website" and first["apparaat"] == "Smartphone"
    assert first["direct"] in {"ja", "nee"}
    roles = {dict(zip(rows[0], r, strict=True))["rol"] for r in rows[1:]}
    assert roles == {"", "Inkoper, Jan", "Gebruiker"}
    assert "Café, reünie, naïef, coördinatie, müsli, ĳsje 🎉🙂" in text


def test_english_csv_uses_commas(tmp_path):
    text = export_csv(rich_journey("en"), tmp_path / "t.csv").path.read_text("utf-8-sig")
    assert text.startswith("id,name,phase,channel,device,direct,owner / team")


def test_formulas_are_never_live_in_csv_or_xlsx(tmp_path):
    journey = rich_journey("en")
    text = export_csv(journey, tmp_path / "t.csv").path.read_text("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    risky = [c for c in cells if c[:1] in {"=", "+", "@"} or (c[:1] == "-" and not c.lstrip("-").isdigit())]
    assert risky == [], "a cell a spreadsheet would run as a formula"
    assert "'=SUM(A1)" in cells and "'''two quotes" in cells

    sheet = load_workbook(export_xlsx(journey, tmp_path / "t.xlsx").path).worksheets[0]
    kinds = {cell.data_type for row in sheet.iter_rows(min_row=2) for cell in row if cell.value is not None}
    assert "f" not in kinds
    formula_like = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value == "=SUM(A1)"]
    assert formula_like and all(c.data_type == "s" and c.quotePrefix for c in formula_like)


def test_xlsx_layout_bold_frozen_header_widths_wrap_and_choice_lists(tmp_path):
    journey = rich_journey("nl")
    book = load_workbook(export_xlsx(journey, tmp_path / "t.xlsx").path)
    sheet = book.worksheets[0]
    assert sheet.title == "Contactpunten"
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["id", "naam", "fase"] and len(header) == len(TABLE_COLUMNS)
    assert "onderbouwing: soort bron" in header and "onderbouwing: zekerheid" in header
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref.startswith("A1:")
    widths = {c: sheet.column_dimensions[c].width for c in "ABCIJ"}
    assert widths["B"] >= 30 and widths["I"] >= 30 and widths["J"] < widths["I"]  # name, thoughts wide
    assert sheet.cell(row=2, column=9).alignment.wrap_text
    assert isinstance(sheet.cell(row=2, column=10).value, int)  # emotion is a number, not text
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in sheet.data_validations.dataValidation}
    choice_columns = (
        "phase",
        "channel",
        "device",
        "direct",
        "role",
        "evidence_source",
        "evidence_confidence",
    )
    choice_columns += ("pain_evidence_source", "pain_evidence_confidence")
    assert set(lists) == {"CDEFPRSUV"[i] for i in range(9)}
    assert {TABLE_COLUMNS["ABCDEFGHIJKLMNOPQRSTUV".index(c)] for c in lists} == set(choice_columns)
    hidden = book.worksheets[1]
    assert hidden.sheet_state == "hidden"
    assert [c.value for c in hidden["A"] if c.value] == [p.label("nl") for p in journey.phases]


def test_export_format_from_suffix_and_unknown_format(tmp_path):
    journey = rich_journey("en")
    assert export_touchpoints(journey, tmp_path / "t.XLSX").path.read_bytes()[:2] == b"PK"
    with pytest.raises(TableImportError, match="unknown table format 'ods'"):
        export_touchpoints(journey, tmp_path / "t.ods")


# ----------------------------------------------------------------------------- property-based
_DUTCH = "éëïöüĳÉËÏÖÜĲàç"
_PIECES = st.sampled_from(
    [
        "=SUM(A1)",
        "+1",
        "-",
        "@x",
        "'",
        "''",
        '"',
        ";",
        ",",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "<script>",
        "&amp;",
        "🎉",
        "👩🏽‍💻",
        " ",
        "ĳ",
        "\x00",
        "\x07",
        "\ufeff",
    ]
)
_TEXT = st.lists(
    st.one_of(_PIECES, st.text(max_size=10), st.text(alphabet=_DUTCH, max_size=6)), max_size=5
).map("".join)
_NAME = st.tuples(_TEXT, st.text(alphabet=_DUTCH + "abcXYZ", min_size=1, max_size=5)).map(
    lambda pair: (pair[1] + pair[0])[:300]
)


@st.composite
def _journeys(draw) -> Journey:
    lang = draw(st.sampled_from(["en", "nl"]))
    custom = draw(st.booleans())
    if custom:  # phase names may repeat, look like ids of other phases, or hold anything
        names = draw(st.lists(_NAME, min_size=1, max_size=4))
        journey = Journey.new("t", language=lang, phases=names)
    else:
        journey = Journey.new(
            "t", language=lang, phase_model=draw(st.sampled_from(list(frameworks.phase_models())))
        )
    role_names = draw(st.lists(_NAME, max_size=3))
    journey.buying_group = [BuyingRole(id=f"r{i}", name=n) for i, n in enumerate(role_names)]
    roles = ["", *(r.id for r in journey.buying_group)]
    items = []
    for i in range(draw(st.integers(1, 4))):
        values = {f: draw(_TEXT) for f in TEXT_FIELDS}
        for name in EVIDENCE_FIELDS:
            values[name] = {
                "source": draw(st.sampled_from(["", *frameworks.evidence_sources()])),
                "reference": draw(_TEXT),
                "confidence": draw(st.sampled_from(["", "low", "medium", "high"])),
            }
        items.append(
            Touchpoint(
                id=f"tp-{i}",
                name=draw(_NAME),
                phase=draw(st.sampled_from(journey.phase_ids)),
                channel=draw(st.sampled_from(list(frameworks.channels()))),
                device=draw(st.sampled_from(list(frameworks.devices()))),
                direct=draw(st.booleans()),
                emotion=draw(st.integers(-3, 3)),
                importance=draw(st.integers(1, 5)),
                effort=draw(st.integers(1, 5)),
                role=draw(st.sampled_from(roles)),
                **values,
            )
        )
    journey.touchpoints = items
    return journey.revalidated()


@settings(max_examples=35, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey=_journeys())
def test_property_csv_and_xlsx_round_trips(journey):
    """Any text a person can type (Dutch diacritics, emoji, quotes, newlines, HTML,
    formulas) and any phase/role names come back from CSV exactly, and from XLSX
    exactly up to the documented clean-up; control characters are removed by the
    import with one warning per cell."""
    with tempfile.TemporaryDirectory() as folder:
        from_csv = import_touchpoints(export_csv(journey, Path(folder) / "t.csv").path, journey)
        exported = export_xlsx(journey, Path(folder) / "t.xlsx")
        from_xlsx = import_touchpoints(exported.path, journey)
    assert from_csv.problems == [] and from_xlsx.problems == []
    expected, cleaned = _csv_expected(journey.touchpoints)
    assert from_csv.touchpoints == expected
    assert sum("control" in str(w) for w in from_csv.warnings) == cleaned
    assert from_xlsx.touchpoints == _xlsx_expected(journey.touchpoints)
    lost = sum(
        office_text(v) != v.replace("\r\n", "\n").replace("\r", "\n")
        for tp in journey.touchpoints
        for v in (
            tp.name,
            *(getattr(tp, f) for f in TEXT_FIELDS),
            tp.evidence.reference,
            tp.pain_evidence.reference,
        )
    )
    assert exported.cleaned_cells >= lost  # every cell that lost a character is counted


def test_xlsx_control_characters_are_left_out_and_counted(tmp_path):
    journey = Journey.new("t")
    # The model cleans these where text comes in (model.text); the exports stay safe on
    # their own for a journey built without validation (``model_construct``).
    journey.touchpoints = [
        Touchpoint.model_construct(
            id="tp-1", name="bell\x07", phase="touch", thoughts="a\x00b\ufffec", kpi="\tok"
        )
    ]
    result = export_xlsx(journey, tmp_path / "t.xlsx")
    assert result.cleaned_cells == 2
    back = import_touchpoints(result.path, journey, strict=True).touchpoints[0]
    assert (back.name, back.thoughts, back.kpi) == ("bell", "abc", "\tok")
    from_csv = import_touchpoints(export_csv(journey, tmp_path / "t.csv").path, journey)
    back = from_csv.touchpoints[0]
    # CSV carries them, but the import takes NUL and BEL out and says where (and the
    # model, like every text, drops the non-character U+FFFE).
    assert (back.name, back.thoughts, back.kpi) == ("bell", "abc", "\tok")
    assert [(w.row, w.column) for w in from_csv.warnings] == [(2, "name"), (2, "thoughts and feelings")]


# ----------------------------------------------------------------------------- tables people make
def test_import_accepts_english_dutch_and_raw_headers_labels_ids_and_yes_no(tmp_path):
    journey = Journey.new("t", phase_model="b2b_five", language="en")
    journey.buying_group = [BuyingRole(id="role-dm", name="Directeur", kind="decision_maker")]
    rows = [
        [
            "Naam",
            "FASE",
            "channel",
            "apparaat",
            "Direct",
            "emotion",
            "belang voor de klant",
            "role",
            "owner / team",
        ],
        ["Google search", "awareness", "search", "smartphone", "yes", "+2", "5", "", "SEO"],
        ["Pinterest", "Interesse", "Social Media", "Computer", "nee", "-1", "4", "directeur", ""],
        ["Offer", "Consideration", "E-mail", "Any device", "TRUE", "0", "", "role-dm", ""],
        ["Call", "aankoop", "telefoon", "telefoongesprek", "0", "3", "2", "", ""],
        ["Visit", "Service & loyalty", "winkel / vestiging", "in person", "Ja", "1", "1", "", ""],
    ]
    path = _write_csv(tmp_path / "hand.csv", rows, delimiter=";")
    result = import_touchpoints(path, journey, strict=True)
    got = [
        (tp.name, tp.phase, tp.channel, tp.device, tp.direct, tp.emotion, tp.importance, tp.role)
        for tp in result.touchpoints
    ]
    assert got == [
        ("Google search", "awareness", "search", "smartphone", True, 2, 5, ""),
        ("Pinterest", "interest", "social_media", "computer", False, -1, 4, "role-dm"),
        ("Offer", "consideration", "email", "any", True, 0, 3, "role-dm"),
        ("Call", "purchase", "phone", "phone_call", False, 3, 2, ""),
        ("Visit", "service_loyalty", "store", "in_person", True, 1, 1, ""),
    ]
    assert result.touchpoints[0].owner == "SEO"
    assert all(tp.id.startswith("tp-") for tp in result.touchpoints)  # new ids for new rows


def test_import_reads_an_xlsx_made_by_hand_with_numbers_and_booleans(tmp_path):
    journey = Journey.new("t")
    rows = [
        ["name", "phase", "emotion", "direct", "kpi"],
        ["Banner", "Touch", -2, False, 12.0],
        ["Ad", "tell", 3.0, True, 0.5],
    ]
    result = import_touchpoints(_write_xlsx(tmp_path / "hand.xlsx", rows), journey, strict=True)
    assert [(tp.emotion, tp.direct, tp.kpi) for tp in result.touchpoints] == [
        (-2, False, "12"),
        (3, True, "0.5"),
    ]


def test_windows_excel_ansi_csv_is_read(tmp_path):
    path = tmp_path / "ansi.csv"
    path.write_bytes("naam;fase\r\nCaf\u00e9 bezoek;Care\r\n".encode("cp1252"))
    result = import_touchpoints(path, Journey.new("t"), strict=True)
    assert result.touchpoints[0].name == "Café bezoek"


def test_a_windows_1252_csv_stays_windows_1252_even_where_two_bytes_look_like_utf8(tmp_path):
    # "É©" is 0xC9 0xA9 in Windows-1252, which is also valid UTF-8 ("ɩ"): one such
    # accident among many accents must not make the file UTF-8.
    path = tmp_path / "ansi.csv"
    names = ["Crème brûlée à la carte", "RÉSUMÉ© déjà vu"]
    path.write_bytes(("naam;fase\r\n" + "".join(f"{n};Care\r\n" for n in names)).encode("cp1252"))
    result = import_touchpoints(path, Journey.new("t"), strict=True)
    assert [tp.name for tp in result.touchpoints] == names
    assert not result.warnings


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_stray_byte_in_a_utf8_csv_keeps_the_utf8_text_and_is_reported_where_it_is(tmp_path, lang):
    # One cell pasted from an old Windows file (0xE9 is "é" in Windows-1252) in an
    # otherwise UTF-8 table: reading the whole file as Windows-1252 turned "Café"
    # into "CafÃ©" without a word.
    path = tmp_path / "mixed.csv"
    path.write_bytes("name,phase\nCafé bezoek,Care\n".encode() + b"Th\xe9 drinken,Care\n")
    with language(lang):
        result = import_touchpoints(path, Journey.new("t"))
    assert [tp.name for tp in result.touchpoints] == ["Café bezoek", "Th\ufffd drinken"]
    assert [(w.row, w.column) for w in result.warnings] == [(3, {"en": "name", "nl": "naam"}[lang])]
    text = str(result.warnings[0])
    assert "0xE9" in text
    assert {"en": "Row 3", "nl": "Rij 3"}[lang] in text


BAD_ROWS = [
    ["name", "phase", "channel", "emotion", "direct"],
    ["Good one", "Touch", "Website", "1", "yes"],  # row 2
    ["Bad channel", "Tell", "Carrier pigeon", "0", "yes"],  # row 3
    ["Too happy", "Sell", "email", "9", "no"],  # row 4
    ["", "Care", "phone", "0", "yes"],  # row 5: no name
    ["Lost", "Nowhere", "chat", "0", "yes"],  # row 6
    ["Maybe", "Care", "chat", "1.5", "perhaps"],  # row 7: two faults
    ["Good two", "care", "", "", ""],  # row 8
]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_bad_rows_are_reported_with_row_and_column_and_good_rows_kept(tmp_path, fmt):
    write = _write_csv if fmt == "csv" else _write_xlsx
    path = write(tmp_path / f"bad.{fmt}", BAD_ROWS)
    result = import_touchpoints(path, Journey.new("t"))
    assert [tp.name for tp in result.touchpoints] == ["Good one", "Good two"]
    assert result.rejected_rows == [3, 4, 5, 6, 7]
    messages = [str(p) for p in result.problems]
    assert messages[0].startswith(
        "Row 3, channel: unknown channel 'Carrier pigeon'; choose one of: Website, Search engine"
    )
    assert "Row 4, emotion: must be between -3 and +3, got 9" in messages
    assert "Row 5, name: is required and may not be empty" in messages
    assert (
        "Row 6, phase: unknown phase 'Nowhere'; this journey's phases are: Touch, Tell, Sell, Care"
        in messages
    )
    assert any(m.startswith("Row 7, emotion: must be a whole number") for m in messages)
    assert "Row 7, direct: must be yes or no, got 'perhaps'" in messages
    assert result.rows == 7 and not result.ok


def test_bad_rows_in_dutch(tmp_path):
    path = _write_csv(tmp_path / "bad.csv", BAD_ROWS)
    with language("nl"):
        messages = [str(p) for p in import_touchpoints(path, Journey.new("t", language="nl")).problems]
    assert "Rij 4, emotie: moet tussen -3 en +3 liggen, maar is 9" in messages
    assert "Rij 5, naam: is verplicht en mag niet leeg zijn" in messages
    assert messages[0].startswith(
        "Rij 3, kanaal: onbekend kanaal 'Carrier pigeon'; kies uit: Website, Zoekmachine"
    )
    assert any(m.startswith("Rij 6, fase: onbekende fase 'Nowhere'") for m in messages)


def test_row_numbers_count_multiline_cells_as_one_row_like_excel(tmp_path):
    rows = [
        ["name", "phase", "thoughts"],
        ["A", "touch", "one\ntwo\nthree"],
        ["B", "touch", "x"],
        ["C", "nowhere", ""],
    ]
    result = import_touchpoints(_write_csv(tmp_path / "m.csv", rows), Journey.new("t"))
    assert result.rejected_rows == [4]


def test_strict_mode_raises_with_every_problem(tmp_path):
    path = _write_csv(tmp_path / "bad.csv", BAD_ROWS)
    with pytest.raises(TableImportError) as caught:
        import_touchpoints(path, Journey.new("t"), strict=True)
    text = str(caught.value)
    assert "bad.csv: 5 rows of the table could not be imported" in text
    assert "Row 4, emotion" in text and "Row 6, phase" in text


def test_missing_required_column_rejects_the_table_in_both_languages(tmp_path):
    path = _write_csv(tmp_path / "nophase.csv", [["name", "channel"], ["A", "email"]])
    result = import_touchpoints(path, Journey.new("t"))
    assert result.touchpoints == []
    assert [str(p) for p in result.problems] == [
        "Row 1: the required column 'phase' is missing (columns found: name, channel)"
    ]
    with language("nl"):
        dutch = import_touchpoints(path, Journey.new("t"))
    assert str(dutch.problems[0]).startswith("Rij 1: de verplichte kolom 'fase' ontbreekt")


def test_unknown_and_repeated_columns_and_stray_cells_are_warnings_not_silence(tmp_path):
    rows = [
        ["name", "phase", "Budget", "naam"],
        ["A", "touch", "€ 500", "other"],
        ["B", "touch", "", "", "stray"],
    ]
    result = import_touchpoints(_write_csv(tmp_path / "w.csv", rows), Journey.new("t"))
    assert [tp.name for tp in result.touchpoints] == ["A", "B"]
    assert result.ok
    warnings = [str(w) for w in result.warnings]
    assert "Row 1, Budget: not a touchpoint column; this column was ignored" in warnings
    assert "Row 1, naam: this column appears twice; only the first one was read" in warnings
    assert "Row 3: 1 value outside the named columns was ignored" in warnings


def test_duplicate_ids_in_the_table(tmp_path):
    rows = [["id", "name", "phase"], ["tp-1", "A", "touch"], ["tp-1", "B", "tell"]]
    result = import_touchpoints(_write_csv(tmp_path / "d.csv", rows), Journey.new("t"))
    assert [str(p) for p in result.problems] == ["Row 3, id: the same id as row 2"]
    assert [tp.name for tp in result.touchpoints] == ["A"]


def test_empty_rows_are_skipped_and_an_empty_table_is_reported(tmp_path):
    rows = [["name", "phase"], [], ["A", "touch"], ["", ""], ["B", "tell"]]
    assert len(import_touchpoints(_write_csv(tmp_path / "e.csv", rows), Journey.new("t")).touchpoints) == 2
    empty = import_touchpoints(_write_csv(tmp_path / "empty.csv", []), Journey.new("t"))
    assert [str(p) for p in empty.problems] == ["the table is empty: no header row was found"]


def test_unreadable_files_raise_with_the_file_name(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a zip file")
    with pytest.raises(TableImportError, match=r"broken\.xlsx.*cannot be read as a table"):
        import_touchpoints(broken, Journey.new("t"))
    with pytest.raises(TableImportError, match="file not found"):
        import_touchpoints(tmp_path / "nope.csv", Journey.new("t"))


def test_merge_replaces_by_id_and_appends_new(tmp_path):
    journey = rich_journey("en")
    edited = journey.touchpoints[1].model_copy(update={"name": "Renamed"})
    added = Touchpoint(id="tp-new", name="New", phase="purchase")
    merged = merge_touchpoints(journey, [edited, added])
    assert [tp.id for tp in merged.touchpoints] == [*(tp.id for tp in journey.touchpoints), "tp-new"]
    assert merged.touchpoints[1].name == "Renamed"
    assert journey.touchpoints[1].name != "Renamed"  # the original is not changed


def test_a_table_edited_in_excel_comes_back_into_the_journey(tmp_path):
    """The workshop loop: export, a group edits and adds rows in Excel, import."""
    journey = rich_journey("nl")
    path = export_xlsx(journey, tmp_path / "t.xlsx").path
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(row=2, column=2, value="Nieuwe naam")
    sheet.append(
        [None, "Nieuw contactpunt", "Aankoop", "Verkoopgesprek", "Persoonlijk", "ja", "Sales", None, None, -1]
    )
    book.save(path)
    result = import_touchpoints(path, journey, strict=True)
    merged = result.merged_into(journey)
    assert merged.touchpoints[0].name == "Nieuwe naam"
    new = merged.touchpoints[-1]
    assert (new.name, new.phase, new.channel, new.device, new.emotion) == (
        "Nieuw contactpunt",
        "purchase",
        "sales_call",
        "in_person",
        -1,
    )
    assert len(merged.touchpoints) == len(journey.touchpoints) + 1
    assert TRICKY_TEXTS[5] in [tp.name for tp in merged.touchpoints]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_title_above_the_header_keeps_excels_row_numbers(tmp_path, fmt):
    rows = [["Workshop 12 March"], [], ["name", "phase"], ["A", "touch"], [], ["B", "nowhere"]]
    if fmt == "xlsx":
        book = Workbook()
        sheet = book.active
        sheet["A1"] = "Workshop 12 March"  # row 2 and row 5 stay truly empty (absent from the file)
        for r, row in ((3, rows[2]), (4, rows[3]), (6, rows[5])):
            for c, value in enumerate(row, 1):
                sheet.cell(row=r, column=c, value=value)
        book.save(tmp_path / "t.xlsx")
        path = tmp_path / "t.xlsx"
    else:
        path = _write_csv(tmp_path / "t.csv", rows)
    result = import_touchpoints(path, Journey.new("t"))
    assert [tp.name for tp in result.touchpoints] == ["A"]
    assert [str(p) for p in result.problems] == [
        "Row 6, phase: unknown phase 'nowhere'; this journey's phases are: Touch, Tell, Sell, Care"
    ]
    assert result.warnings == []
