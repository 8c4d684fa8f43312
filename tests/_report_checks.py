"""Measurements of a printed report, taken from the PDF itself (pdfplumber):
the smallest text, how full each page is, where tables end, and how small the
maps' type prints. Shared by the report tests and the benchmark."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FOOTER_BAND = 32  # pt at the bottom of a page where Chromium prints the footer


@dataclass
class PageFacts:
    number: int
    width: float
    height: float
    text: str
    min_char_pt: float | None
    filled: float  # share of the page height between the first and last mark above the footer
    images: list[dict]
    table_right: float | None  # right edge of the furthest-reaching table rule or cell background

    @property
    def landscape(self) -> bool:
        return self.width > self.height


def _white(colour) -> bool:
    if colour is None:
        return False
    values = colour if isinstance(colour, (list, tuple)) else (colour,)
    return len(values) in (1, 3) and all(isinstance(v, (int, float)) and v >= 0.99 for v in values)


def _marks(page):
    body_bottom = page.height - FOOTER_BAND
    boxes = []
    for kind in ("chars", "images", "rects", "lines", "curves"):
        for obj in getattr(page, kind):
            # a white background (the page's, a box's) is not content
            if kind == "rects" and _white(obj.get("non_stroking_color")) and not obj.get("stroke"):
                continue
            if obj["bottom"] <= body_bottom and obj["top"] >= 0:
                boxes.append((obj["top"], obj["bottom"]))
    return boxes


def page_facts(pdf: Path) -> list[PageFacts]:
    import pdfplumber

    facts = []
    with pdfplumber.open(pdf) as doc:
        for number, page in enumerate(doc.pages, 1):
            chars = [c for c in page.chars if c["text"].strip()]
            boxes = _marks(page)
            filled = (max(b for _, b in boxes) - min(t for t, _ in boxes)) / page.height if boxes else 0.0
            rects = [r for r in page.rects if r["width"] < page.width * 0.98]  # not a full-bleed band
            facts.append(
                PageFacts(
                    number=number,
                    width=float(page.width),
                    height=float(page.height),
                    text=page.extract_text() or "",
                    min_char_pt=min((c["size"] for c in chars), default=None),
                    filled=filled,
                    images=[
                        {
                            "x0": i["x0"],
                            "x1": i["x1"],
                            "top": i["top"],
                            "bottom": i["bottom"],
                            "src": i["srcsize"],
                        }
                        for i in page.images
                    ],
                    table_right=max((r["x1"] for r in rects), default=None),
                )
            )
    return facts


def printed_min_pt(image: dict, figure_min_pt: float, figure_width_in: float) -> float:
    """The smallest type of a figure as printed: its own smallest size times how
    much the page scaled it (printed width in pt over the figure's width in pt)."""
    printed_width = image["x1"] - image["x0"]
    return figure_min_pt * printed_width / (figure_width_in * 72)
