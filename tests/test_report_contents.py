"""Where a handout's contents list goes: under the cover's facts when it is short
(in two columns up to twice as long, as a report's fifteen sections), with the
cover's foot so the two move to the next page together if the cover is full;
a long list keeps a page of its own. (That the report's contents print on page 1
is checked on the PDF in tests/browser/test_handouts_pdf.py.)"""

from __future__ import annotations

from bs4 import BeautifulSoup

from journeykit_widgets.handouts.sections import fill_contents

PAGE = """<html><body><section class="jk-cover"><div class="jk-cover-body"><dl></dl></div>
<p class="jk-cover-foot">Made with JourneyKit</p></section>
<nav class="jk-toc" id="jk-toc"><h2 class="jk-toc-title">Contents</h2><ol></ol></nav>
<main class="jk-content">{cells}</main></body></html>"""


def _filled(headings: int, report_only: bool) -> BeautifulSoup:
    cells = "".join(
        f'<div class="jp-MarkdownCell"><h2>Section {i}</h2></div><div class="jp-CodeCell"><p>text</p></div>'
        for i in range(headings)
    )
    resources = {"journeykit": {"report_only": report_only}}
    return BeautifulSoup(fill_contents(PAGE.format(cells=cells), resources), "html.parser")


def test_a_reports_fifteen_sections_are_listed_on_its_cover_in_two_columns():
    soup = _filled(15, report_only=True)
    toc = soup.select_one(".jk-cover #jk-toc")
    assert toc is not None, "the report's contents are not on its cover"
    assert "jk-toc-columns" in toc["class"]
    assert len(toc.select("li")) == 15
    assert "repeat(8, auto)" in toc.find("ol")["style"]  # down the first column, then the second
    # the contents and the cover's foot are one block that never splits
    together = toc.parent
    assert "jk-keep" in together["class"] and together.select_one(".jk-cover-foot") is not None


def test_a_short_list_is_one_column_and_a_long_one_keeps_its_own_page():
    short = _filled(5, report_only=False).select_one(".jk-cover #jk-toc")
    assert short is not None and "jk-toc-columns" not in short["class"]
    # a handout's eight headings: two columns, so the cover with its facts keeps them
    handout = _filled(8, report_only=False).select_one(".jk-cover #jk-toc")
    assert handout is not None and "jk-toc-columns" in handout["class"]
    long = _filled(25, report_only=True)
    assert long.select_one(".jk-cover #jk-toc") is None
    assert "jk-toc-on-cover" not in long.select_one("#jk-toc")["class"]
