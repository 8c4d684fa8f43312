"""Names in any script and with emoji draw on every view, worksheet and chart.

A participant types "Fietsen 🚲 kopen", "中文客户" or "العميل": where a font on the
machine has the glyph it is drawn (matplotlib falls back along the kit's one
font list), where none has it a visible U+FFFD is drawn, never an exception.
"""

from __future__ import annotations

import io
import json
import logging
import warnings
from pathlib import Path

import numpy as np
import pytest
from _render_checks import all_text, overflowing, text_extents

from journeykit_widgets import render
from journeykit_widgets.model import Journey
from journeykit_widgets.render import _text, fonts, sheet
from journeykit_widgets.render.sheet import Sheet

DATA = Path(__file__).resolve().parent.parent / "data"
PRIVATE = "\ue000"
# In front of every name and free text of a sample journey, so that even a text
# cut short on a crowded map shows each: emoji with a skin tone and joined
# sequences, Chinese, Arabic, Hindi, Thai, a private-use character and control
# characters pasted from Word or PowerPoint.
MIX = f"🚲👍🏽 中文客户 العميل ग्राहक ลูกค้า ✅🙂👩\u200d💻👨\u200d👩\u200d👧 {PRIVATE} a\x0bb\rc\x00\x1b\x7f\ufffe "


def _scripted(name: str = "b2b_software.en.json") -> Journey:
    """A sample journey with ``MIX`` in front of every name and free text."""

    def walk(value, key=""):
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, str) and value and (" " in value or key in ("name", "title")):
            return MIX + value
        return value

    return Journey.model_validate(walk(json.loads((DATA / name).read_text(encoding="utf-8"))))


def _has(family_part: str) -> bool:
    return any(family_part in family for family in fonts.families())


def _png(fig, dpi=30) -> None:
    """Draw ``fig`` the way the kit does; any warning (a glyph missing from every
    font) fails the test as an error would."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.savefig(io.BytesIO(), format="png", dpi=dpi)


def _assert_scripts_drawn(fig) -> None:
    text = all_text(fig)
    assert PRIVATE not in text and fonts.REPLACEMENT in text
    assert not {"\x00", "\x0b", "\r", "\x1b", "\x7f", "\ufffe"} & set(text)
    assert "🚲" in text
    if _has("CJK"):
        assert "中文客户" in text  # drawn, not replaced


@pytest.fixture(scope="module")
def journey() -> Journey:
    return _scripted()


@pytest.mark.parametrize("view", sorted(render.VIEWS))
def test_every_view_draws_names_in_any_script_and_with_emoji(view, journey):
    fig = render.view(view).figure(journey, paper="a4")
    _png(fig)
    _assert_scripts_drawn(fig)
    # Measured in the fonts that draw them, the texts stay inside their cells.
    if getattr(fig, "journeykit_cells", None):
        assert not overflowing(text_extents(fig))


@pytest.mark.parametrize("kind", sorted(render.WORKSHEETS))
def test_blank_worksheets_draw_with_the_font_list(kind):
    _png(render.worksheet(kind, lang="nl"))


def test_the_facilitators_charts_draw_team_names_in_any_script(journey, tmp_path):
    from journeykit_widgets import collect
    from journeykit_widgets.collect.folder import Collection, Team

    teams = tuple(
        Team(tmp_path / f"{label}.json", label, journey)
        for label in ("中文客户", "Fietsen 🚲", f"a{PRIVATE}")
    )
    collection = Collection(tmp_path, teams, ())
    for fig in (collect.emotion_lines(collection), collect.touchpoints_per_phase(collection)):
        _png(fig)
        _assert_scripts_drawn(fig)


def _ink(text: str, weight: str = "normal") -> np.ndarray:
    """The pixels of ``text`` drawn large by the kit's own text path."""
    page = Sheet(size=(1.2, 0.8), dpi=40)
    page.text(0, 0, 86, 58, text, 30, 30, weight, pad=0)
    fig = page.finish()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        canvas.draw()
    return np.asarray(canvas.buffer_rgba())[..., :3].min(axis=2)


@pytest.mark.parametrize(
    ("char", "family"),
    [("中", "CJK"), ("ग", "Devanagari"), ("ก", "Thai"), ("🚲", "Symbola"), ("ع", "DejaVu")],
)
def test_a_character_is_measured_and_drawn_in_the_first_font_that_has_it(char, family):
    if not _has(family):
        pytest.skip(f"no {family} font on this machine")
    assert family in fonts.families()[fonts.source(char)]
    for weight in ("normal", "bold"):
        drawn, replaced = _ink(char, weight), _ink(fonts.REPLACEMENT, weight)
        assert (drawn < 128).sum() > 20  # ink, not an empty glyph
        assert (np.abs(drawn.astype(int) - replaced) > 64).sum() > 20  # not the replacement's shape
    # A CJK character is a full em wide: measured in its own font, not DejaVu's.
    if family == "CJK":
        assert _text.text_width(char, 10) == pytest.approx(10 * _text._SAFETY, rel=0.02)


def test_a_character_no_font_has_is_drawn_as_a_visible_replacement():
    for missing in (PRIVATE, "\U000f0001", "\U0003fffd", "\ud83d"):  # private use, unassigned, lone surrogate
        assert fonts.drawable(f"a{missing}b") == f"a{fonts.REPLACEMENT}b"
    fitted = _text.fit(f"logo {PRIVATE}", 200, 40, 9, 6)
    assert fitted.lines == (f"logo {fonts.REPLACEMENT}",)
    assert (_ink(PRIVATE) < 128).sum() > 20  # something is seen where the character was
    assert _text.text_width(PRIVATE, 10) == _text.text_width(fonts.REPLACEMENT, 10) > 0


def test_emoji_sequences_are_drawn_as_their_parts():
    # matplotlib cannot join emoji sequences: the skin tone and variation selectors
    # are left out and a joined emoji is drawn as the emoji it is made of.
    assert fonts.drawable("👍🏽") == "👍"
    assert fonts.drawable("👩‍💻") == "👩💻"
    assert fonts.drawable("👨‍👩‍👧") == "👨👩👧"
    assert fonts.drawable("❤️") == "❤"
    # Inside a Devanagari word a joiner shapes the letters: it stays.
    assert fonts.drawable("क्\u200dष") == "क्\u200dष"


def test_control_characters_break_lines_or_disappear_and_never_raise():
    assert _text.fit("een\rtwee\r\ndrie\x0bvier\x0cvijf", 300, 200, 9, 6).lines == (
        "een",
        "twee",
        "drie",
        "vier",
        "vijf",
    )
    assert fonts.drawable("x\x00\x1b\x7fy\ufffe") == f"xy{fonts.REPLACEMENT}"
    assert _text.text_width("\x00\x1b\x7f", 9) == 0
    _ink("a\x00\x1b\x7f\ufffe\x0bb")


def test_the_font_list_starts_with_dejavu_and_keeps_only_installed_fonts(monkeypatch, caplog):
    assert fonts.families()[0] == "DejaVu Sans"  # the kit's measured layout depends on it
    monkeypatch.setattr(fonts, "CANDIDATES", (("DejaVu Sans",), ("No Such Font Sans", "Symbola")))
    fonts.families.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="matplotlib.font_manager"):
            found = fonts.families()
        assert "No Such Font Sans" not in found
        assert not caplog.records
    finally:
        fonts.families.cache_clear()


def test_bold_text_with_emoji_logs_no_font_weight_warnings(caplog):
    if not _has("Symbola"):
        pytest.skip("no emoji font on this machine")
    with caplog.at_level(logging.WARNING, logger="matplotlib.font_manager"):
        for size in (17.5, 18.5, 19.5):  # sizes no other test draws: fresh font look-ups
            page = Sheet(size=(2, 1), dpi=30)
            page.text(0, 0, 140, 70, "Fietsen 🚲 kopen", size, size, "bold")
            _png(page.finish())
    assert not [r for r in caplog.records if "font weight" in r.getMessage()]


@pytest.fixture
def no_fallback_fonts(monkeypatch):
    """A laptop with DejaVu Sans only (matplotlib's own font)."""

    def reset():
        for cached in (fonts.families, fonts.paths, fonts._sources, fonts._memo, _text._advances):
            cached.cache_clear()
        _text._strings.cache_clear()
        sheet._font.cache_clear()

    monkeypatch.setattr(fonts, "CANDIDATES", (("DejaVu Sans",),))
    reset()
    yield
    monkeypatch.undo()
    reset()


def test_a_machine_without_the_fonts_draws_replacements_instead_of_failing(no_fallback_fonts, journey):
    assert fonts.families() == ("DejaVu Sans",)
    fig = render.journey_map(journey)
    _png(fig)
    text = all_text(fig)
    assert "中" not in text and fonts.REPLACEMENT in text
