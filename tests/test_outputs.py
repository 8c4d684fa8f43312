"""What notebooks display: a participant's text arrives as typed in Markdown and
HTML outputs, prices like "$49 … $99" included (never typeset as math)."""

from __future__ import annotations

import re

import pandas as pd
from nbconvert.filters import markdown2html

from journeykit_widgets import summaries
from journeykit_widgets.exercises import classify_touchpoints
from journeykit_widgets.outputs import NO_MATH_CLASS, Table, md_escape
from journeykit_widgets.store import edit

PRICES = "Early bird $49 or flexible $99"


def _shown(markdown: str) -> str:
    """The text a reader sees once the Markdown is rendered (nbconvert's renderer)."""
    return re.sub(r"<[^>]+>", "", markdown2html(markdown)).strip()


def _bare_dollars(markup: str) -> list[str]:
    """``$`` signs MathJax could pair up: not the escaped ``<span>\\$</span>``."""
    return re.findall(r"\$", markup.replace("<span>\\$</span>", ""))


def test_md_escape_keeps_prices_as_text_and_away_from_math():
    markdown = md_escape(PRICES)
    assert not _bare_dollars(markdown)
    assert _shown(markdown) == PRICES


def test_md_escape_still_shows_markup_as_typed():
    text = "*bold* <b>x</b> [link](http://x) # head"
    markdown = md_escape(text)
    assert "<b>" not in markdown
    assert _shown(markdown).replace("&lt;", "<").replace("&gt;", ">") == text


def test_a_table_is_kept_out_of_math_typesetting():
    page = Table(pd.DataFrame({"touchpoint": [PRICES]}), caption="Offer $5 and $9")._repr_html_()
    assert PRICES in page  # shown as typed ...
    for element in ("<table", "<p"):  # ... inside elements MathJax leaves alone
        opening = re.search(rf"{element}[^>]*>", page).group(0)
        assert all(name in opening for name in NO_MATH_CLASS.split()), opening


def test_touchpoint_table_and_change_list_keep_a_participants_prices(sample_file):
    path = sample_file("airline", "en")

    def rename(journey):
        journey.touchpoint("tp-airline-01").name = PRICES

    assert not edit(path, rename, summary=f"Renamed to {PRICES}")
    page = summaries.show_touchpoints(path)._repr_html_()
    assert PRICES in page and "mathjax_ignore" in page
    changes = summaries.show_changes(path).markdown
    assert not _bare_dollars(changes)
    assert PRICES in _shown(changes)


def test_exercise_feedback_quotes_prices_without_math():
    feedback = classify_touchpoints.check({"touch": [PRICES]})
    assert not _bare_dollars(feedback._repr_markdown_())
    assert PRICES in _shown(feedback._repr_markdown_())
    page = feedback._repr_html_()
    assert page.startswith(f'<div class="{NO_MATH_CLASS}">') and PRICES in page


def test_a_date_cell_never_breaks_at_its_hyphens_and_other_text_is_untouched():
    frame = pd.DataFrame({"due": ["2026-05-15", ""], "text": ["Call 2026-05-15 team", "a-b"]})
    html = Table(frame)._repr_html_()
    assert '<span style="white-space: nowrap">2026-05-15</span></td>' in html
    assert ">Call 2026-05-15 team<" in html and ">a-b<" in html
