"""The worksheet pack navigates like a document: every page says "page p of n",
the cover's list links to the pages it cites, one bookmark per sheet, title and
language in the PDF, and no word below 6 pt on A4."""

from __future__ import annotations

import re

import pytest
from _document_checks import bookmarks, document_facts, links, page_texts, smallest_words

from journeykit_widgets.handouts import worksheet_pack
from journeykit_widgets.i18n import t

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_pack_pages_are_numbered_and_its_contents_link_to_them(tmp_path, lang):
    kinds = ["persona", "journey", "priority"]
    pdf, count = worksheet_pack(tmp_path / "pack.pdf", lang=lang, kinds=kinds)
    texts = page_texts(pdf)
    assert len(texts) == count == 7
    for number, text in enumerate(texts, 1):
        assert t("hp.pack.page_of", lang=lang, page=number, pages=count) in text, number

    # the cover cites a page for each sheet; its link goes there, and the page
    # printed with that number is the sheet's instructions
    cited = [int(n) for n in re.findall(t("handouts.pack.page_ref", lang=lang, page=r"(\d+)"), texts[0])]
    assert cited == [2, 4, 6]
    assert sorted(to for on, to in links(pdf) if on == 1) == cited
    titles = [t(f"handouts.pack.{kind}.title", lang=lang) for kind in kinds]
    marks = bookmarks(pdf)
    assert [title for title, _ in marks] == titles
    for (title, page), number in zip(marks, cited, strict=True):
        assert page == number and title in texts[page - 1]

    facts = document_facts(pdf)
    assert facts["title"] == t("handouts.pack.title", lang=lang)
    assert facts["lang"] == lang
    # 6 pt, less at most the measuring error of the size Chromium writes (0.01 px steps)
    assert smallest_words(pdf, 1)[0].a4_pt >= 6.0 - 0.005
