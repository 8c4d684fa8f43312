"""Handouts from the real workshop notebooks: report, participant and facilitator
copies of two notebooks for every sample case in both languages, as HTML.

The notebooks run once per session against copies of the samples (see
``_handouts_support``); each variant is then a conversion without a kernel.
"""

from __future__ import annotations

import re
from html import escape, unescape

import pytest
from _handouts_support import (
    CASES,
    HANDOUT_NOTEBOOKS,
    LANGS,
    code_sources,
    distinctive_line,
    executed,
    executed_many,
    headings,
    journey_copy,
    markdown_by_tag,
)

from journeykit_widgets.handouts.batch import export_notebook
from journeykit_widgets.store import load

pytestmark = pytest.mark.slow

VARIANTS = ("report", "participant", "facilitator")
ALL = [(n, c, lang) for n in HANDOUT_NOTEBOOKS for c in CASES for lang in LANGS]


def text_of(page: str) -> str:
    """What a reader sees: tags removed, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", page))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Every (notebook, case, language, variant) as HTML text."""
    out = tmp_path_factory.mktemp("handouts-html")
    executed_many(ALL)
    pages = {}
    for name in HANDOUT_NOTEBOOKS:
        for case in CASES:
            for lang in LANGS:
                source = executed(name, case, lang)
                for variant in VARIANTS:
                    target = out / f"{case}.{lang}" / f"{name}-{variant}.html"
                    export_notebook(
                        source,
                        journey_copy(case, lang),
                        target,
                        to="html",
                        variant=variant,
                        lang=lang,
                        execute=False,
                    )
                    pages[(name, case, lang, variant)] = target.read_text("utf-8")
    return pages


@pytest.mark.parametrize(("name", "case", "lang"), ALL)
def test_every_variant_has_the_cover_and_the_notebooks_headings(exported, name, case, lang):
    journey = load(journey_copy(case, lang))
    sections = headings("\n".join(markdown_by_tag(name, lang)[""]))
    assert len(sections) >= 3
    for variant in VARIANTS:
        page = exported[(name, case, lang, variant)]
        cover = page.split('<main class="jk-content">')[0]
        assert escape(journey.title, quote=False) in cover
        assert escape(journey.persona.name if journey.persona else journey.buying_group[0].name) in cover
        assert f'<html lang="{lang}">' in page
        assert ("Inhoud" if lang == "nl" else "Contents") in cover
        for heading in sections:
            assert re.search(rf"<h[12][^>]*>\s*{re.escape(escape(heading, quote=False))}", page), (
                variant,
                heading,
            )
            # and it is listed in the contents
            assert f">{escape(heading, quote=False)}</a>" in cover


@pytest.mark.parametrize(("name", "case", "lang"), ALL)
def test_no_code_no_widgets_no_scripts_in_report_and_participant_copy(exported, name, case, lang):
    for variant in ("report", "participant"):
        page = exported[(name, case, lang, variant)]
        for source in code_sources(name, lang):
            first_line = source.strip().splitlines()[0]
            if len(first_line) > 12:
                assert escape(first_line, quote=False) not in page, (variant, first_line)
        assert "jk.show_" not in page and "journey_path(" not in page
        assert "widget-view+json" not in page and "widget-state" not in page
        assert "<script" not in page
        assert "http://" not in page.split("</head>")[0] and "https://" not in page.split("</head>")[0]


@pytest.mark.parametrize(("name", "case", "lang"), ALL)
def test_solutions_and_trainer_notes_only_where_they_belong(exported, name, case, lang):
    tagged = markdown_by_tag(name, lang)
    solutions = [distinctive_line(s) for s in tagged.get("solution", [])]
    notes = [distinctive_line(s) for s in tagged.get("facilitator", [])]
    assert solutions and notes and all(solutions) and all(notes)
    seen = {v: text_of(exported[(name, case, lang, v)]) for v in VARIANTS}
    for line in solutions:
        assert line not in seen["report"]
        assert line not in seen["participant"]
        assert line in seen["facilitator"]
    for line in notes:
        for variant in ("report", "participant"):
            assert line not in seen[variant]
        assert line in seen["facilitator"]
    facilitator = exported[(name, case, lang, "facilitator")]
    assert ("Modelantwoord" if lang == "nl" else "Model answer") in facilitator
    assert ("Notitie voor de trainer" if lang == "nl" else "Trainer note") in facilitator


@pytest.mark.parametrize(("case", "lang"), [(c, lang) for c in CASES for lang in LANGS])
def test_touchpoint_inventory_is_a_table_of_the_journeys_touchpoints(exported, case, lang):
    journey = load(journey_copy(case, lang))
    page = exported[("01_touchpoints", case, lang, "report")]
    assert "<table" in page and re.search(r"<th[ >]", page)
    cells = set(re.findall(r"<td[^>]*>(.*?)</td>", page, re.S))
    missing = [tp.name for tp in journey.touchpoints if escape(tp.name, quote=False) not in cells]
    assert not missing


@pytest.mark.parametrize(("case", "lang"), [(c, lang) for c in CASES for lang in LANGS])
def test_flow_report_has_its_figures_with_alt_text(exported, case, lang):
    page = exported[("04_flow", case, lang, "report")]
    tags = [
        tag
        for tag in re.findall(r"<img [^>]+>", page)
        if re.search(r'src="data:image/png;base64,[^"]{200,}"', tag)
    ]
    assert len(tags) >= 2
    alts = [re.search(r'alt="([^"]+)"', tag) for tag in tags]
    assert all(alts), "every figure has a text alternative"
    journey = load(journey_copy(case, lang))
    assert any(journey.title in unescape(alt.group(1)) for alt in alts)
    assert 'class="jp-RenderedImage jp-OutputArea-output jk-figure jk-landscape"' in page  # the wall map


def test_participant_copy_leaves_room_to_write_where_the_form_is(exported):
    page = exported[("01_touchpoints", "airline", "nl", "participant")]
    assert page.count('class="jp-Cell jk-write-in"') == 1
    assert "Jouw aantekeningen" in page
    assert 'class="jp-Cell jk-write-in"' not in exported[("01_touchpoints", "airline", "nl", "report")]
    marker = exported[("01_touchpoints", "airline", "en", "facilitator")]
    assert "<code>journey_board</code>" in marker
