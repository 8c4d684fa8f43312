"""The printable worksheet pack: a cover with the list of sheets, then for every
blank worksheet a page of instructions (what it is for, how to fill it in, how
long it takes) followed by the sheet itself, all in one PDF.

Drawn with matplotlib like the sheets themselves (no browser needed), in the
sheets' landscape orientation so the pack prints double-sided cleanly.
"""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.i18n import language, t

__all__ = ["PACK_SHEETS", "worksheet_pack"]

# The order a workshop uses them in: the six steps, the canvas, the templates.
PACK_SHEETS: tuple[str, ...] = (
    "persona",
    "buying_group",
    "journey",
    "priority",
    "canvas",
    "current_state",
    "future_state",
    "day_in_life",
    "service_blueprint",
    "blueprint",
)


def _line(sheet, x, y, w, h, text, size, min_size, weight="normal", **style):
    """One line of text on the page: no padding, cut rather than wrapped."""
    return sheet.text(x, y, w, h, text, size, min_size, weight, pad=0, max_lines=1, **style)


def _footer(sheet, margin, text, size):
    """A quiet line at the foot of the page."""
    from journeykit_widgets.render import style as _style

    s, W, H = sheet.scale, sheet.W, sheet.H
    _line(sheet, margin, H - 40 * s, W - 2 * margin, 16 * s, text, size, 7 * s, colour=_style.FAINT)


def _cover(paper: str, lang: str, kinds: list[str]):
    from journeykit_widgets.render import style as _style
    from journeykit_widgets.render.sheet import Sheet

    sheet = Sheet(paper)
    s, W, H = sheet.scale, sheet.W, sheet.H
    margin = 36 * s
    sheet.rect(0, 0, W, 150 * s, fc=_style.HEADER)
    sheet.rect(margin, 150 * s - 6 * s, 90 * s, 12 * s, fc=_style.ACCENT, zorder=2)
    _line(
        sheet,
        margin,
        46 * s,
        W - 2 * margin,
        20 * s,
        t("handouts.pack.kicker").upper(),
        10 * s,
        8 * s,
        "bold",
        colour=_style.ACCENT,
    )
    _line(
        sheet,
        margin,
        66 * s,
        W - 2 * margin,
        44 * s,
        t("handouts.pack.title"),
        28 * s,
        16 * s,
        "bold",
        colour="#FFFFFF",
    )
    sheet.text(
        margin,
        104 * s,
        W - 2 * margin,
        30 * s,
        t("handouts.pack.subtitle"),
        12 * s,
        9 * s,
        colour="#DDE3EA",
        pad=0,
        max_lines=2,
    )

    top = 186 * s
    col_w = (W - 2 * margin - 30 * s) / 2
    # left: how to use the pack
    _line(
        sheet,
        margin,
        top,
        col_w,
        18 * s,
        t("handouts.pack.how_title"),
        12 * s,
        9 * s,
        "bold",
        colour=_style.HEADER,
    )
    sheet.line([margin, margin + col_w], [top + 20 * s] * 2, colour=_style.HEADER, lw=1.0)
    steps = t("handouts.pack.how").split("\n")
    sheet.items(margin, top + 28 * s, col_w, H - top - 80 * s, steps, "", 10 * s, 7.5 * s, pad=0)
    # right: the sheets in this pack, with their pages
    x = margin + col_w + 30 * s
    _line(sheet, x, top, col_w, 18 * s, t("handouts.contents"), 12 * s, 9 * s, "bold", colour=_style.HEADER)
    sheet.line([x, x + col_w], [top + 20 * s] * 2, colour=_style.HEADER, lw=1.0)
    row = min(22 * s, (H - top - 90 * s) / max(len(kinds), 1))
    links = []  # (x0, y0, x1, y1) in PDF points from the lower left, page index
    for i, kind in enumerate(kinds):
        y = top + 26 * s + i * row
        page = 2 + 2 * i
        links.append(((x, H - (y + row - 5 * s), x + col_w, H - y), page - 1))
        sheet.text(
            x, y, col_w - 60 * s, row, t(f"handouts.pack.{kind}.title"), 10 * s, 7 * s, pad=0, max_lines=1
        )
        _line(
            sheet,
            x + col_w - 60 * s,
            y,
            60 * s,
            row,
            t("handouts.pack.page_ref", page=page),
            9 * s,
            7 * s,
            colour=_style.MUTED,
            ha="right",
        )
        sheet.line([x, x + col_w], [y + row - 5 * s] * 2, colour=_style.RULE, lw=0.5, ls=":")
    _footer(sheet, margin, t("handouts.made_with"), 8 * s)
    figure = sheet.finish()
    figure.journeykit_links = links
    return figure


def _instructions(kind: str, number: int, paper: str):
    from journeykit_widgets.render import style as _style
    from journeykit_widgets.render.sheet import Sheet

    sheet = Sheet(paper)
    s, W, H = sheet.scale, sheet.W, sheet.H
    margin = 36 * s
    sheet.rect(0, 0, 14 * s, H, fc=_style.HEADER)
    _line(
        sheet,
        margin,
        40 * s,
        W - 2 * margin,
        16 * s,
        t("handouts.pack.sheet_number", number=number).upper(),
        9.5 * s,
        7.5 * s,
        "bold",
        colour=_style.ACCENT,
    )
    _line(
        sheet,
        margin,
        58 * s,
        W - 2 * margin,
        36 * s,
        t(f"handouts.pack.{kind}.title"),
        24 * s,
        14 * s,
        "bold",
        colour=_style.HEADER,
    )
    sheet.line([margin, W - margin], [100 * s] * 2, colour=_style.HEADER, lw=1.2)

    top = 122 * s
    left_w = (W - 2 * margin) * 0.38
    x2 = margin + left_w + 34 * s
    right_w = W - margin - x2
    _line(
        sheet,
        margin,
        top,
        left_w,
        16 * s,
        t("handouts.pack.purpose").upper(),
        8.5 * s,
        7 * s,
        "bold",
        colour=_style.MUTED,
    )
    sheet.text(
        margin, top + 20 * s, left_w, 150 * s, t(f"handouts.pack.{kind}.purpose"), 11 * s, 8 * s, pad=0
    )
    box_y = top + 190 * s
    sheet.rect(margin, box_y, left_w, 70 * s, fc=_style.PANEL, ec=_style.RULE, lw=0.6)
    _line(
        sheet,
        margin + 12 * s,
        box_y + 10 * s,
        left_w - 24 * s,
        14 * s,
        t("handouts.pack.time").upper(),
        8 * s,
        7 * s,
        "bold",
        colour=_style.MUTED,
    )
    sheet.text(
        margin + 12 * s,
        box_y + 28 * s,
        left_w - 24 * s,
        34 * s,
        t(f"handouts.pack.{kind}.time"),
        11 * s,
        8 * s,
        "bold",
        colour=_style.HEADER,
        pad=0,
        max_lines=2,
    )

    _line(
        sheet,
        x2,
        top,
        right_w,
        16 * s,
        t("handouts.pack.steps").upper(),
        8.5 * s,
        7 * s,
        "bold",
        colour=_style.MUTED,
    )
    steps = [line for line in t(f"handouts.pack.{kind}.steps").split("\n") if line.strip()]
    y = top + 22 * s
    step_h = (H - y - 60 * s) / max(len(steps), 1)
    for i, step in enumerate(steps, 1):
        h = min(step_h, 62 * s)
        sheet.rect(x2, y + 2 * s, 20 * s, 20 * s, fc=_style.ACCENT, radius=3 * s, zorder=2)
        _line(
            sheet,
            x2,
            y + 2 * s,
            20 * s,
            20 * s,
            str(i),
            10 * s,
            8 * s,
            "bold",
            colour="#FFFFFF",
            ha="center",
            va="center",
        )
        sheet.text(x2 + 32 * s, y, right_w - 32 * s, h, step, 10.5 * s, 7.5 * s, pad=0)
        y += h
    _footer(sheet, margin, t("handouts.pack.next_page"), 8.5 * s)
    return sheet.finish()


def worksheet_pack(path: Path | str, *, lang: str = "en", paper: str = "a4", kinds=None) -> tuple[Path, int]:
    """Write the pack to ``path``; returns the path and its number of pages."""
    from journeykit_widgets.render.export import pdf_pages
    from journeykit_widgets.render.worksheets import WORKSHEETS, worksheet

    kinds = list(kinds or [k for k in PACK_SHEETS if k in WORKSHEETS])
    unknown = [k for k in kinds if k not in WORKSHEETS]
    if unknown:
        raise ValueError(t("render.error.worksheet", value=unknown[0], choices=", ".join(WORKSHEETS)))
    path = Path(path)
    total = 1 + 2 * len(kinds)
    with language(lang):
        cover = _cover(paper, lang, kinds)
        with pdf_pages(path) as pdf:
            pdf.savefig(_numbered(cover, 1, total))
            for number, kind in enumerate(kinds, 1):
                pdf.savefig(_numbered(_instructions(kind, number, paper), 2 * number, total))
                pdf.savefig(_numbered(worksheet(kind, lang=lang, paper=paper), 2 * number + 1, total))
        contents = [(t(f"handouts.pack.{kind}.title"), 2 * i + 1) for i, kind in enumerate(kinds, 0)]
        _navigable(path, lang, cover.journeykit_links, contents)
    return path, total


def _numbered(figure, page: int, total: int):
    """``figure`` with "Page p of n" in its lower right corner, inside the margin a
    printer leaves."""
    from journeykit_widgets.render import style as _style
    from journeykit_widgets.render.fonts import families

    width, height = figure.get_size_inches()
    figure.text(
        1 - 0.33 / width,
        0.2 / height,
        t("hp.pack.page_of", page=page, pages=total),
        ha="right",
        va="bottom",
        fontsize=7.5,
        color=_style.MUTED,
        fontfamily=list(families()),
    )
    return figure


def _navigable(path: Path, lang: str, links, contents) -> None:
    """The pack's PDF made navigable: the cover's list links to the sheets, one
    bookmark per sheet, title, subject and language in its metadata."""
    from pypdf import PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=str(path))
    writer.add_metadata(
        {"/Title": t("handouts.pack.title"), "/Subject": t("hp.pack.subject"), "/Creator": "JourneyKit"}
    )
    writer.root_object[NameObject("/Lang")] = TextStringObject(lang)
    writer.create_viewer_preferences()
    writer.viewer_preferences.display_doctitle = True
    for rect, target in links:
        writer.add_annotation(0, Link(rect=rect, target_page_index=target))
    for title, page_index in contents:
        writer.add_outline_item(title=title, page_number=page_index)
    writer.page_mode = "/UseOutlines"
    with open(path, "wb") as out:
        writer.write(out)
