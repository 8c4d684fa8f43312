"""The report variant of notebook 08 is the report and nothing else: an
executive summary, the maps with a one-line reading each, no lesson text in
either language; participant and facilitator copies lose the set-up chatter.
Also the summary's and readings' facts against the analysis layer."""

from __future__ import annotations

import re
from html import unescape

import pytest
from _handouts_support import CASES, LANGS, executed_many, journey_copy

from journeykit_widgets import analysis
from journeykit_widgets.handouts import report
from journeykit_widgets.handouts.batch import export_notebook
from journeykit_widgets.store import load

# Lesson text that must never reach a report, in both languages.
FORBIDDEN = {
    "en": [
        "Run all cells",
        "Run All Cells",
        "This notebook works on",
        "You are working on",
        "start it in 00_start_here",
        "Your turn",
        "Key points",
        "run this cell again",
        "What you will learn",
        "Time needed",
        "Trainer",
        "Model answer",
        "In a terminal",
        "journeykit export",
    ],
    "nl": [
        "Voer alle cellen uit",
        "Dit notebook werkt aan",
        "Je werkt aan",
        "begin die in 00_start_here",
        "Aan de slag",
        "Kernpunten",
        "voer deze cel",
        "Wat je leert",
        "Tijd:",
        "Trainer",
        "Modelantwoord",
        "In een terminal",
        "journeykit export",
    ],
}
SETUP_CHATTER = {
    "en": ["This notebook works on", "You are working on"],
    "nl": ["Dit notebook werkt aan", "Je werkt aan"],
}
COMBOS = [("08_report", case, lang) for case in CASES for lang in LANGS]


def text_of(page: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", page.split("</head>")[-1])).split())


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Each sample in each language, the three variants as HTML (one execution each)."""
    done = executed_many(COMBOS)
    out = tmp_path_factory.mktemp("report-html")
    pages = {}
    for (_name, case, lang), path in done.items():
        for variant in ("report", "participant", "facilitator"):
            target = out / f"{case}.{lang}.{variant}.html"
            export_notebook(path, journey_copy(case, lang), target, variant=variant, lang=lang, execute=False)
            pages[(case, lang, variant)] = target.read_text("utf-8")
    return pages


@pytest.mark.parametrize(("case", "lang"), [(c, lang) for c in CASES for lang in LANGS])
def test_report_has_no_lesson_text(exported, case, lang):
    text = text_of(exported[(case, lang, "report")])
    found = [phrase for phrase in FORBIDDEN[lang] if phrase.lower() in text.lower()]
    assert not found, found


@pytest.mark.parametrize(("case", "lang"), [(c, lang) for c in CASES for lang in LANGS])
def test_handouts_lose_the_setup_chatter(exported, case, lang):
    for variant in ("participant", "facilitator"):
        text = text_of(exported[(case, lang, variant)])
        assert not [p for p in SETUP_CHATTER[lang] if p in text], variant
    # ...but the participant copy is still the lesson
    assert {"en": "Your turn", "nl": "Aan de slag"}[lang] in text_of(exported[(case, lang, "participant")])


@pytest.mark.parametrize(("case", "lang"), [(c, lang) for c in CASES for lang in LANGS])
def test_report_opens_with_the_executive_summary_and_reads_every_map(exported, case, lang):
    page = exported[(case, lang, "report")]
    journey = load(journey_copy(case, lang))
    body = page.split('<main class="jk-content">')[1]
    first = re.search(r"<h2[^>]*>(.*?)</h2>", body).group(1)
    assert first == {"en": "Executive summary", "nl": "Managementsamenvatting"}[lang]
    summary = text_of(body.split("jk-section-wide")[0])
    assert journey.title in summary and journey.objective in summary
    assert journey.scenario in summary and journey.expectations in summary
    result = analysis.peak_end(journey)
    for moment in (result.peaks[0], result.lows[0], result.end):
        assert moment.name in summary
    gaps = analysis.gap_analysis(journey)
    counts = re.findall(r"jk-sum-count\">(\d+)<", body)
    assert counts == [str(len(gaps.under_investment)), str(len(gaps.over_investment))]
    for action in report.top_actions(journey):
        assert unescape(action["owner"]) in summary and action["phase"] in summary
    # one section per map, each with its reading straight above the picture
    sections = body.split('<section class="jk-section jk-section-wide')[1:]
    drawn = [v for v in report.views() if report.has_content(journey, v)]
    assert len(sections) == len(drawn)
    for section in sections:
        assert section.index('class="jk-reading"') < section.index("<figure")
    # the cover is named after the journey, not after the lesson
    cover = text_of(page.split('<main class="jk-content">')[0])
    assert journey.title in cover and {"en": "the report", "nl": "het rapport"}[lang] not in cover


def test_html_report_is_one_self_contained_file(exported):
    page = exported[("veranda", "nl", "report")]
    assert "<script" not in page and "<link" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    # veranda has every map but the buying-group roles chart (a consumer has no buying group)
    # (maps written into the page as SVG, their texts as text)
    assert len(re.findall(r"<svg\b", page)) >= len(report.views()) - 1
    assert "@media print" in page and "@page report-map" in page


def test_readings_say_what_the_analysis_says():
    journey = load(journey_copy("veranda", "en"))
    gaps = analysis.gap_analysis(journey)
    text = str(report.reading(journey, "priority"))
    assert f"{len(gaps.under_investment)} touchpoints are under-invested" in text
    assert f"{len(gaps.over_investment)} over-invested" in text
    low = analysis.peak_end(journey).lows[0]
    assert low.name in str(report.reading(journey, "journey"))
    airline = load(journey_copy("airline", "en"))
    assert "do not differ yet" in str(report.reading(airline, "canvas"))
    # without an action list the summary falls back on the under-invested touchpoints
    actions = report.top_actions(airline.model_copy(update={"actions": []}))
    assert actions and all(a["owner"] != "—" for a in actions)
    assert analysis.gap_analysis(airline).under_investment.iloc[0]["touchpoint"] in actions[0]["what"]


def test_action_table_escapes_and_keeps_every_row():
    journey = load(journey_copy("b2b_software", "nl"))
    html = report.action_table(journey)._repr_html_()
    assert html.count("<tr>") == len(journey.actions) + 1  # the owned actions
    assert "<thead>" in html and "jk-col-status" in html
    # without owned actions: the differences between ideal and current
    bare = journey.model_copy(update={"actions": []})
    html = report.action_table(bare)._repr_html_()
    assert html.count("<tr>") == len(analysis.ideal_vs_current(bare)) + 1
    assert "<thead>" in html and "jk-col-change" in html


def test_a_map_with_nothing_to_draw_leaves_the_report(exported):
    """The airline sample has no canvas: no empty canvas page, no editor's note."""
    page = exported[("airline", "en", "report")]
    assert "Ideal versus current" not in page and "canvas editor" not in page
    assert "Ideal versus current" in exported[("veranda", "en", "report")]
