"""Measurements of a printed report, taken from the PDF itself (pdfplumber):
the smallest text, how full each page is, where tables end, and how small the
maps' type prints. Read from the one pdfplumber pass of ``_document_checks``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from _document_checks import plumber_pages

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


def _marks(page) -> list[tuple[float, float]]:
    body_bottom = page.height - FOOTER_BAND
    boxes = []
    for kind, objects in page.objects.items():
        for obj in objects:
            # a white background (the page's, a box's) is not content
            if kind == "rects" and _white(obj.get("non_stroking_color")) and not obj.get("stroke"):
                continue
            if obj["bottom"] <= body_bottom and obj["top"] >= 0:
                boxes.append((obj["top"], obj["bottom"]))
    return boxes


def page_facts(pdf: Path) -> list[PageFacts]:
    facts = []
    for number, page in enumerate(plumber_pages(pdf), 1):
        chars = [c for c in page.objects["chars"] if c["text"].strip()]
        boxes = _marks(page)
        filled = (max(b for _, b in boxes) - min(t for t, _ in boxes)) / page.height if boxes else 0.0
        rects = [r for r in page.objects["rects"] if r["width"] < page.width * 0.98]  # not a full-bleed band
        facts.append(
            PageFacts(
                number=number,
                width=page.width,
                height=page.height,
                text=page.text,
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
                    for i in page.objects["images"]
                ],
                table_right=max((r["x1"] for r in rects), default=None),
            )
        )
    return facts
