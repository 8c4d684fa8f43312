"""How a handout's HTML is laid out in pages: sections of one orientation for a
report, headings kept with their figures, the contents list filled from the
headings the notebook produced."""

from __future__ import annotations

from itertools import pairwise

__all__ = ["fill_contents", "keep_with_figures", "report_sections"]

_KEEP_TEXT_CHARS = 700  # a longer introduction may be split from its figure
_WIDE_TABLE_COLUMNS = 7


_COMPACT_ROWS = 16
# About four lines of the cover's objective (11 pt in its 110 mm column): as much as
# a cover that also holds the contents has room for.
_COVER_OBJECTIVE_CHARS = 280


def report_sections(soup) -> None:
    """Group a report into sections, one per heading, each on pages of one
    orientation: a section with a map prints on a landscape page of its own,
    text sections flow on portrait pages."""
    content = soup.select_one(".jk-content")
    if content is None:
        return
    body = soup.find("body")
    if body is not None:
        body["class"] = [*(body.get("class") or []), "jk-report-doc"]
    cells = [c for c in content.find_all(recursive=False) if c.name == "div"]
    sections: list[list] = []
    for cell in cells:
        opens = "jp-MarkdownCell" in (cell.get("class") or []) and cell.find(["h1", "h2"]) is not None
        if opens or not sections:
            sections.append([])
        sections[-1].append(cell)
    for members in sections:
        if any(c.select_one(".jk-reading-alone") for c in members):
            # A map with nothing to draw: its heading alone would waste a page.
            for cell in members:
                cell.decompose()
            continue
        figures = [f for c in members for f in c.select("figure.jk-landscape")]
        classes = ["jk-section"]
        if figures:
            classes.append("jk-section-wide")
            # Nothing after the map: it may take the whole page height.
            last = members[-1]
            if (
                last.select("figure.jk-landscape")
                and last.find_all("figure")[-1] is last.find_all(["figure", "table", "ul", "ol"])[-1]
            ):
                classes.append("jk-figure-only")
        elif sum(len(c.find_all("tr")) for c in members) <= _COMPACT_ROWS:
            # A short text section moves to the next page whole rather than leave
            # its last lines alone on a page.
            classes.append("jk-section-compact")
        section = soup.new_tag("section", attrs={"class": " ".join(classes)})
        members[0].insert_before(section)
        for cell in members:
            section.append(cell.extract())


def keep_with_figures(soup) -> None:
    """Wrap a Markdown cell and the figure cell after it in one unbreakable block,
    so a heading never ends a page with its map on the next one."""
    content = soup.select_one(".jk-content")
    if content is None:
        return
    cells = [c for c in content.find_all(recursive=False) if c.name == "div"]
    for cell in cells:
        # A table with many columns (the action list) reads better across a landscape page.
        for table in cell.find_all("table"):
            header = table.find("tr")
            if header is not None and len(header.find_all(["th", "td"])) >= _WIDE_TABLE_COLUMNS:
                cell["class"] = [*(cell.get("class") or []), "jk-wide-table"]
                break
    for text_cell, next_cell in pairwise(cells):
        if "jp-MarkdownCell" not in (text_cell.get("class") or []):
            continue
        wide_table = "jk-wide-table" in (next_cell.get("class") or [])
        if next_cell.find("figure") is None and not wide_table:
            continue
        if len(text_cell.get_text(" ", strip=True)) > _KEEP_TEXT_CHARS:
            continue
        # A wall map or a wide table takes its heading along to its landscape page.
        wide = next_cell.select_one(".jk-landscape") is not None or wide_table
        block = soup.new_tag("div", attrs={"class": "jk-keep jk-landscape-block" if wide else "jk-keep"})
        text_cell.insert_before(block)
        block.append(text_cell.extract())
        block.append(next_cell.extract())


# Up to this many contents entries read best as one list on the cover; more go in two
# columns, half as tall, so a handout's cover (persona, goal and team among its facts)
# keeps them: the contents and the cover's foot move together, and on a page of
# their own they left that page three quarters empty.
ONE_COLUMN = 5


def fill_contents(html_text: str, resources, toc_depth: int = 2, toc_on_cover: int = 9) -> str:
    """Fill the contents list from the headings the notebook produced, and
    keep each short introduction on the same page as the figure it introduces."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html_text, features="html.parser")
    if resources.get("journeykit", {}).get("report_only"):
        report_sections(soup)
    else:
        keep_with_figures(soup)
    toc = soup.find(id="jk-toc")
    if toc is None:
        return str(soup)
    entries = []
    if toc_depth > 0:
        levels = [f"h{i}" for i in range(1, min(toc_depth, 6) + 1)]
        for cell in soup.select(".jk-content .jp-MarkdownCell"):
            for node in cell.find_all(levels):
                if not node.get("id"):
                    node["id"] = f"jk-section-{len(entries) + 1}"
                entries.append((int(node.name[1]), node["id"], node.get_text(" ", strip=True)))
    if len(entries) < 2:  # a contents page for one heading is wasted paper
        toc.decompose()
        return str(soup)
    # A short list fits under the cover's facts; a page of its own would be mostly
    # empty. Up to twice as many entries go there in two columns (a report's
    # fifteen sections: alone on a page they filled less than half of it).
    if len(entries) <= 2 * toc_on_cover:
        cover_foot = soup.select_one(".jk-cover-foot")
        if cover_foot is not None:
            columns = ["jk-toc-columns"] if len(entries) > ONE_COLUMN else []
            toc["class"] = [*toc.get("class", []), "jk-toc-on-cover", *columns]
            # The contents and the cover's foot stay together: a cover too full for
            # them moves both to the next page, never the foot alone.
            together = soup.new_tag("div", attrs={"class": "jk-keep"})
            cover_foot.insert_before(together)
            together.append(toc.extract())
            together.append(cover_foot.extract())
            shorten_repeated_objective(soup, resources.get("journeykit", {}).get("lang"))
    top = min(level for level, _, _ in entries)
    listing = toc.find("ol")
    if "jk-toc-columns" in toc.get("class", []):  # down the first column, then the second
        listing["style"] = f"grid-template-rows: repeat({-(-len(entries) // 2)}, auto)"
    for level, anchor, text in entries:
        item = soup.new_tag("li", attrs={"class": f"jk-toc-level-{level - top + 1}"})
        link = soup.new_tag("a", href=f"#{anchor}")
        link.string = text  # BeautifulSoup escapes it on output
        item.append(link)
        listing.append(item)
    return str(soup)


def shorten_repeated_objective(soup, lang: str | None) -> None:
    """On a cover that also holds the contents, a long objective shows its first lines
    and says where it stands in full, when the document gives it whole further on (the
    report's summary). Whole on the cover it pushed the contents to a page of their own,
    mostly empty. An objective given only on the cover stays whole there."""
    from journeykit_widgets.i18n import t

    objective = soup.select_one(".jk-cover-objective")
    if objective is None:
        return
    text = " ".join(objective.get_text(" ").split())
    if len(text) <= _COVER_OBJECTIVE_CHARS:
        return
    for cell in soup.select(".jk-content td, .jk-content p, .jk-content li"):
        if " ".join(cell.get_text(" ").split()) != text:
            continue
        heading = cell.find_previous(["h1", "h2"])
        if heading is None:
            return
        shown = soup.new_tag("span", attrs={"class": "jk-cover-shortened"})
        shown.string = objective.get_text()
        more = soup.new_tag("span", attrs={"class": "jk-cover-more"})
        more.string = t("handouts.objective_in_full", lang=lang, section=heading.get_text(" ", strip=True))
        objective.clear()
        objective.append(shown)
        objective.append(more)
        return
