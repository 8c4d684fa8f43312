"""The deck a consultant presents and edits: read back from the saved file with
python-pptx, for an English and a Dutch sample. Every slide has a title in a
title placeholder and a slide number field; every type size is 10 pt or more;
every font is the theme's; no two text-bearing shapes overlap; no picture at
all (the canvas, the blueprint and the KPIs are tables too); speaker notes on every slide; the map's every touchpoint is text."""

from __future__ import annotations

import re
import zipfile

import pytest
from _handouts_support import journey_copy

from journeykit_widgets.store import load

pptx = pytest.importorskip("pptx")
MSO_SHAPE_TYPE = pytest.importorskip("pptx.enum.shapes").MSO_SHAPE_TYPE

SAMPLES = (("veranda", "en"), ("veranda", "nl"), ("b2b_software", "en"))  # b2b: a buying group
EMU_PT = 12700


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    from journeykit_widgets.handouts.slides import export_pptx

    out = tmp_path_factory.mktemp("native-decks")
    return {
        sample: export_pptx(journey_copy(*sample), out / f"{sample[0]}.{sample[1]}.pptx")
        for sample in SAMPLES
    }


def _xml(path, prefix: str) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith(prefix) and name.endswith(".xml")
        }


def _texts(shape) -> str:
    if shape.has_text_frame:
        return shape.text_frame.text
    if getattr(shape, "has_table", False) and shape.has_table:
        return "\n".join(cell.text for row in shape.table.rows for cell in row.cells)
    return ""


def _bears_text(shape) -> bool:
    """A shape a reader reads: text, a table, a chart (its labels) or a picture."""
    return (
        bool(_texts(shape).strip())
        or getattr(shape, "has_chart", False)
        or shape.shape_type == MSO_SHAPE_TYPE.PICTURE
    )


@pytest.mark.parametrize("sample", SAMPLES, ids="-".join)
def test_every_slide_has_a_title_a_number_and_notes(decks, sample):
    deck = pptx.Presentation(decks[sample])
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 16:9
    for number, slide in enumerate(deck.slides, 1):
        title = slide.shapes.title
        assert title is not None and title.text_frame.text.strip(), f"slide {number} has no title"
        assert title.is_placeholder
        fields = slide.element.findall(".//{*}fld")
        assert [f.get("type") for f in fields] == ["slidenum"], f"slide {number}: {title.text_frame.text}"
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip(), (
            title.text_frame.text
        )


@pytest.mark.parametrize("sample", SAMPLES, ids="-".join)
def test_no_text_is_smaller_than_10_pt(decks, sample):
    deck = pptx.Presentation(decks[sample])
    for slide in deck.slides:
        for shape in slide.shapes:
            frames = [shape.text_frame] if shape.has_text_frame else []
            if shape.has_table:
                frames += [cell.text_frame for row in shape.table.rows for cell in row.cells]
            for frame in frames:
                for paragraph in frame.paragraphs:
                    for run in paragraph.runs:
                        if run.text.strip():
                            # set on the run: not left to a layout's default
                            assert run.font.size is not None and run.font.size.pt >= 10, run.text
    # sizes anywhere in slides and charts (fields, chart labels, axes, legends): sz in 1/100 pt
    for name, xml in {
        **_xml(decks[sample], "ppt/slides/slide"),
        **_xml(decks[sample], "ppt/charts/"),
    }.items():
        sizes = [int(s) for s in re.findall(r'\bsz="(\d+)"', xml)]
        assert min(sizes, default=1000) >= 1000, name


@pytest.mark.parametrize("sample", SAMPLES, ids="-".join)
def test_every_font_is_the_themes(decks, sample):
    theme = _xml(decks[sample], "ppt/theme/theme1")["ppt/theme/theme1.xml"]
    scheme = re.search(r"<a:fontScheme.*</a:fontScheme>", theme, re.S).group(0)
    assert re.findall(r'<a:latin typeface="([^"]*)"', scheme) == ["Arial", "Arial"]
    for name, xml in {**_xml(decks[sample], "ppt/slides/"), **_xml(decks[sample], "ppt/charts/")}.items():
        named = set(re.findall(r'typeface="([^"]*)"', xml))
        # only the theme's heading and body fonts by reference, never a family by name
        assert named <= {"+mj-lt", "+mn-lt", "+mj-ea", "+mn-ea", "+mj-cs", "+mn-cs"}, (name, named)


def _overlap(a, b) -> bool:
    return (
        a.left < b.left + b.width
        and b.left < a.left + a.width
        and a.top < b.top + b.height
        and b.top < a.top + a.height
    )


@pytest.mark.parametrize("sample", SAMPLES, ids="-".join)
def test_no_two_text_bearing_shapes_overlap(decks, sample):
    """Not even on the Dutch summary slide, whose text box used to cover the two
    number cards (the file placed it there)."""
    deck = pptx.Presentation(decks[sample])
    for number, slide in enumerate(deck.slides, 1):
        title = slide.shapes.title.text_frame.text if slide.shapes.title else f"slide {number}"
        shapes = [s for s in slide.shapes if _bears_text(s)]
        for shape in shapes:
            assert shape.left >= 0 and shape.top >= 0, (title, shape.name)
            assert shape.left + shape.width <= deck.slide_width, (title, shape.name)
            assert shape.top + shape.height <= deck.slide_height, (title, shape.name)
        for i, a in enumerate(shapes):
            for b in shapes[i + 1 :]:
                assert not _overlap(a, b), (title, a.name, _texts(a)[:40], b.name, _texts(b)[:40])


@pytest.mark.parametrize("sample", SAMPLES, ids="-".join)
def test_no_picture_at_all(decks, sample):
    """Every view is shapes: the map, the canvas, the blueprint and the KPIs are
    tables; the emotion curve, the priority matrix, the evidence and the roles are
    charts; the persona is text. Not one picture, and no image in the file."""
    deck = pptx.Presentation(decks[sample])
    pictures = [
        (slide.shapes.title.text_frame.text, shape.name)
        for slide in deck.slides
        for shape in slide.shapes
        if shape.shape_type == MSO_SHAPE_TYPE.PICTURE
    ]
    assert pictures == []
    with zipfile.ZipFile(decks[sample]) as archive:
        assert [n for n in archive.namelist() if n.startswith("ppt/media/")] == []
    kinds = [s for slide in deck.slides for s in slide.shapes]
    # emotion curve (one or more: test_the_emotion_curve_stays_legible), priority
    # matrix, evidence; the roles' lines where there is a buying group
    others = [s for s in kinds if s.has_chart and s.name not in ("Emotion curve", "Emotiecurve")]
    assert len(others) == (3 if sample[0] == "b2b_software" else 2)
    tables = {s.name for s in kinds if s.has_table}
    assert {"Journey map", "Canvas", "Service blueprint", "KPIs"} <= tables


@pytest.mark.parametrize("sample", SAMPLES, ids="-".join)
def test_the_emotion_curve_stays_legible(decks, sample):
    """At most 16 names under one curve (the B2B journey's 24 at an angle were a
    thicket): a longer journey is shown in runs of whole phases, one slide each,
    every touchpoint once and in the map's order, on the one −3 … +3 scale."""
    from journeykit_widgets.handouts.deck.charts import MAX_POINTS
    from journeykit_widgets.model import in_map_order

    journey = load(journey_copy(*sample))
    deck = pptx.Presentation(decks[sample])
    charts = [
        (slide.shapes.title.text_frame.text, shape.chart)
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_chart and shape.name in ("Emotion curve", "Emotiecurve")
    ]
    names = [name for _, chart in charts for name in chart.plots[0].categories]
    assert names == [tp.name for tp in in_map_order(journey)]
    assert all(len(chart.plots[0].categories) <= MAX_POINTS for _, chart in charts)
    assert len({title for title, _ in charts}) == len(charts)  # each names its phases
    assert {(c.value_axis.minimum_scale, c.value_axis.maximum_scale) for _, c in charts} == {(-3, 3)}
    if sample[0] == "b2b_software":
        assert len(charts) == 2
    # a value at the bottom of the scale stands beside its point, not under it among the names
    from pptx.enum.chart import XL_LABEL_POSITION

    for title, chart in charts:
        series = chart.plots[0].series[0]
        for i, value in enumerate(series.values):
            if value == -3:
                assert series.points[i].data_label.position == XL_LABEL_POSITION.RIGHT, title


def _table_cells(deck, name: str) -> list[list[list[str]]]:
    """The rows (cell texts) of every table called ``name``, a list per slide."""
    return [
        [[cell.text for cell in row.cells] for row in shape.table.rows]
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table and shape.name == name
    ]


@pytest.mark.parametrize(("case", "lang"), SAMPLES, ids=["-".join(s) for s in SAMPLES])
def test_the_canvas_shows_ideal_and_current_of_every_phase(decks, case, lang):
    """Two rows per lane, the ideal and the current state, each cell the canvas's
    text for its phase; a current cell no research backs starts with "?"."""
    from journeykit_widgets import frameworks
    from journeykit_widgets.i18n import language, t

    journey = load(journey_copy(case, lang))
    canvas = next(c for c in journey.canvases if c.role == "")
    tables = _table_cells(pptx.Presentation(decks[(case, lang)]), "Canvas")
    with language(lang):
        tags = {state: t(f"render.canvas.tag.{state}") for state in ("ideal", "current")}
    found = {}
    for rows in tables:
        phases = rows[0][1:]
        for label, *cells in rows[1:]:
            state = next(s for s, tag in tags.items() if label.endswith(tag))
            for phase_name, text in zip(phases, cells, strict=True):
                found[(label.split("\n")[0], state, phase_name)] = text
    lanes = frameworks.lanes()
    with language(lang):
        for phase in journey.phases:
            for state in ("ideal", "current"):
                column = canvas.column(state, phase.id)
                for lane in frameworks.LANE_IDS:
                    text = getattr(column, lane).strip()
                    cell = found[(lanes[lane].label(), state, phase.label())]
                    assert text in cell, (lane, state, phase.id)
                    assumed = state == "current" and text and not column.lane_evidence(lane).researched
                    assert cell.split("\n")[-1].startswith("? ") == bool(assumed), cell


@pytest.mark.parametrize(("case", "lang"), SAMPLES, ids=["-".join(s) for s in SAMPLES])
def test_the_canvas_tints_where_current_differs_from_ideal(decks, case, lang):
    """As the printed canvas stripes them: a current cell that differs from the
    ideal is tinted, every other cell is not."""
    from journeykit_widgets import frameworks
    from journeykit_widgets.handouts.deck.drawn_grids import DIFFERS_FILL
    from journeykit_widgets.render.canvas import differs

    journey = load(journey_copy(case, lang))
    canvas = next(c for c in journey.canvases if c.role == "")
    expected = sum(
        differs(canvas.column("ideal", p.id), canvas.column("current", p.id), lane)
        for p in journey.phases
        for lane in frameworks.LANE_IDS
    )
    deck = pptx.Presentation(decks[(case, lang)])
    tinted = [
        cell.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table and shape.name == "Canvas"
        for row in list(shape.table.rows)[1:]
        for cell in list(row.cells)[1:]
        if str(cell.fill.fore_color.rgb) == DIFFERS_FILL
    ]
    assert expected > 0 and len(tinted) == expected


@pytest.mark.parametrize(("case", "lang"), SAMPLES, ids=["-".join(s) for s in SAMPLES])
def test_the_blueprint_and_the_kpis_are_tables_with_every_value(decks, case, lang):
    from journeykit_widgets.i18n import formats, language

    journey = load(journey_copy(case, lang))
    deck = pptx.Presentation(decks[(case, lang)])
    blueprint = "\n".join(c for rows in _table_cells(deck, "Service blueprint") for row in rows for c in row)
    for step in journey.blueprint:
        for text in (step.name, step.customer_actions, step.backstage, step.fail_point):
            assert text.strip() in blueprint, text
    kpis = [row for rows in _table_cells(deck, "KPIs") for row in rows]
    with language(lang):
        for kpi in journey.kpis:
            row = next(r for r in kpis if r[1].startswith(kpi.name))
            assert row[2].startswith(formats.number(kpi.actual, 1)), row
            assert row[3].startswith(formats.number(kpi.target, 1)), row
            if kpi.actual is not None and kpi.target:
                assert row[4].startswith(formats.percent(kpi.actual / kpi.target)), row


@pytest.mark.parametrize("case", ["veranda", "b2b_software"])  # b2b: seven phases, long Dutch names
def test_the_title_slide_names_organisation_date_persona_and_phases(monkeypatch, case):
    """The cover is filled: the organisation and the report date the workshop set,
    the persona, and the phases in order at its foot (not 40 % empty)."""
    from journeykit_widgets.handouts.slides import build_deck
    from journeykit_widgets.i18n import language

    monkeypatch.setenv("JOURNEYKIT_ORGANISATION", "Zonnedak Nederland")
    monkeypatch.setenv("JOURNEYKIT_REPORT_DATE", "2026-11-05")
    journey = load(journey_copy(case, "nl"))
    cover = build_deck(journey).slides[0]
    texts = [s.text_frame.text for s in cover.shapes if s.has_text_frame]
    assert "Zonnedak Nederland" in texts
    assert "5 november 2026" in texts
    assert journey.persona.who() in texts
    phases = [s.text_frame.text for s in cover.shapes if s.name.startswith("Phase ")]
    with language("nl"):
        assert phases == [p.label() for p in journey.phases]
    lowest = max(s.top + s.height for s in cover.shapes if s.name not in ("Footer", "Slide Number"))
    assert lowest >= 0.85 * 6858000


@pytest.mark.parametrize(("case", "lang"), SAMPLES, ids=["-".join(s) for s in SAMPLES])
def test_every_touchpoint_name_is_text_in_the_map(decks, case, lang):
    journey = load(journey_copy(case, lang))
    deck = pptx.Presentation(decks[(case, lang)])
    cells = [
        cell.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table and shape.name == "Journey map"
        for row in shape.table.rows
        for cell in row.cells
    ]
    words = "\n".join(cells)
    for tp in journey.touchpoints:
        assert tp.name in words, tp.name


def _needed_height(frame, width_emu: int) -> float:
    """Points a text frame's paragraphs take at their runs' sizes, wrapped to the
    frame's width inside its insets (python-pptx's defaults where none are set)."""
    from journeykit_widgets.handouts.deck.text_fit import line_height, wrap

    inner = (width_emu - (frame.margin_left + frame.margin_right)) / EMU_PT
    total = (frame.margin_top + frame.margin_bottom) / EMU_PT
    for paragraph in frame.paragraphs:
        sizes = [run.font.size.pt for run in paragraph.runs if run.font.size is not None]
        if not sizes:
            continue
        size = max(sizes)
        bold = all(run.font.bold for run in paragraph.runs)
        total += len(wrap(paragraph.text, inner, size, bold)) * line_height(size)
        total += sum(p.pt for p in (paragraph.space_before, paragraph.space_after) if p is not None)
    return total


@pytest.mark.parametrize("sample", SAMPLES, ids="-".join)
def test_every_text_box_holds_its_text(decks, sample):
    """Boxes are sized for what they hold, titles included: no last lines hidden
    under a neighbour or below the box."""
    deck = pptx.Presentation(decks[sample])
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text.strip():
                needed = _needed_height(shape.text_frame, shape.width)
                assert needed <= shape.height / EMU_PT + 2, (shape.name, shape.text_frame.text[:60])


@pytest.mark.parametrize("sample", SAMPLES, ids="-".join)
def test_a_due_date_and_its_state_each_fit_their_line(decks, sample):
    """'31 May 2026 · overdue' wrapped as '31 May 2026 ·' over a lone 'overdue' in the
    narrow due column: the date and its state are two lines, each fitting the column."""
    from journeykit_widgets.handouts.deck.text_fit import text_width

    deck = pptx.Presentation(decks[sample])
    seen = 0
    for slide in deck.slides:
        for shape in slide.shapes:
            if not (shape.has_table and shape.name == "Action list"):
                continue
            table = shape.table
            due = [cell.text for cell in table.rows[0].cells].index(
                {"en": "Due", "nl": "Deadline"}[sample[1]]
            )
            room = (table.columns[due].width - 2 * 0.2 * 360000) / EMU_PT
            for row in list(table.rows)[1:]:
                cell = row.cells[due]
                for paragraph in cell.text_frame.paragraphs:
                    size = paragraph.runs[0].font.size.pt if paragraph.runs else 12
                    assert text_width(paragraph.text, size) <= room, (paragraph.text, size)
                    assert not paragraph.text.endswith("·")
                seen += "overdue" in cell.text or "te laat" in cell.text
    assert seen  # the samples have overdue actions


def _action_type(path) -> tuple[float, list[tuple[str, float, float]]]:
    """The action table's type size, and (word, its width, its column's room) in pt."""
    from journeykit_widgets.handouts.deck.text_fit import text_width

    deck = pptx.Presentation(path)
    size, words = 0.0, []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_table and shape.name == "Action list":
                for r, row in enumerate(shape.table.rows):
                    for cell, column in zip(row.cells, shape.table.columns, strict=True):
                        room = (column.width - cell.margin_left - cell.margin_right) / EMU_PT
                        for run in (run for p in cell.text_frame.paragraphs for run in p.runs):
                            size = run.font.size.pt
                            words += [(w, text_width(w, size, bold=r == 0), room) for w in run.text.split()]
    return size, words


def test_the_dutch_action_list_is_set_as_large_as_the_english_and_no_word_is_cut(decks):
    """A long Dutch owner ("Contentmarketing", "Loyaliteitsprogramma") set the whole
    Dutch table smaller than the English one; a column now widens for its longest
    word, with room to spare (LibreOffice cut "Aankoopbeslissin-g" at an exact fit)."""
    english, _ = _action_type(decks[("veranda", "en")])
    dutch, _ = _action_type(decks[("veranda", "nl")])
    assert dutch == english == 16
    for sample in SAMPLES:
        for word, width, room in _action_type(decks[sample])[1]:
            assert width + 5 <= room, (sample, word)
