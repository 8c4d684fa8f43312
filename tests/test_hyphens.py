"""Words break where the language's dictionary allows: a compound at the seam of
its parts, a loanword never inside where the language does not know it
(issue 24: "Showroombe-zoek", "Sectorben-chmark", "klantenservi-cebeurs",
"beveiligingspa-gina" were printed in Dutch reports)."""

from __future__ import annotations

import pytest

from journeykit_widgets.render import soft_hyphens
from journeykit_widgets.render._text import fit, hyphenate, text_width, wrap
from journeykit_widgets.render.hyphens import pieces

SIZE = 9.0


def _lines_for(word: str, lang: str, room_letters: int) -> list[str]:
    """The word hyphenated into a line about ``room_letters`` letters wide."""
    width = text_width(word[:room_letters], SIZE)
    return hyphenate(word, width, SIZE, lang=lang)


@pytest.mark.parametrize(
    ("word", "room", "expected"),
    [
        ("Showroombezoek", 10, ["Showroom-", "bezoek"]),
        ("Sectorbenchmark", 10, ["Sector-", "benchmark"]),
        ("klantenservicebeurs", 15, ["klantenservice-", "beurs"]),
        ("beveiligingspagina", 14, ["beveiligings-", "pagina"]),
        ("Aankoopbeslissing", 11, ["Aankoop-", "beslissing"]),
        ("vergunningsinformatie", 13, ["vergunnings-", "informatie"]),
    ],
)
def test_a_dutch_compound_breaks_at_the_seam_of_its_parts(word, room, expected):
    assert _lines_for(word, "nl", room) == expected


@pytest.mark.parametrize(
    ("word", "room", "expected"),
    [
        ("troubleshooting", 10, ["trouble-", "shooting"]),
        ("customerservice", 10, ["customer-", "service"]),
        ("dashboard", 6, ["dash-", "board"]),
    ],
)
def test_an_english_compound_breaks_at_the_seam_of_its_parts(word, room, expected):
    assert _lines_for(word, "en", room) == expected


@pytest.mark.parametrize(
    ("word", "lang", "bad"),
    [
        ("Showroombezoek", "nl", "Showroombe|zoek"),
        ("Sectorbenchmark", "nl", "Sectorben|chmark"),
        ("klantenservicebeurs", "nl", "klantenservi|cebeurs"),
        ("beveiligingspagina", "nl", "beveiligingspa|gina"),
        ("benchmark", "en", "ben|chmark"),
        ("negotiation", "en", "negotiati|on"),
    ],
)
def test_no_break_falls_where_a_reader_trips(word, lang, bad):
    allowed = pieces(word, lang)
    cut = bad.index("|")
    positions = {sum(len(p) for p in allowed[: i + 1]) for i in range(len(allowed) - 1)}
    assert cut not in positions, allowed
    # and in every narrow line the word is laid into
    for room in range(5, len(word)):
        lines = _lines_for(word, lang, room) or []
        assert bad.replace("|", "-\n") not in "\n".join(lines)


def test_an_english_loanword_the_dutch_list_does_not_know_stays_whole_in_dutch():
    # English words the Dutch word list does not have: no break inside them.
    assert pieces("negotiation", "nl") == ("negotiation",)
    assert pieces("checkout", "nl") == ("checkout",)
    assert pieces("negotiation", "en") == ("nego", "ti", "ation")
    # a word both languages know breaks only where both dictionaries agree
    assert pieces("service", "nl") == ("ser", "vice")


def test_no_short_piece_at_either_end_of_a_word():
    for word, lang in [("bezoek", "nl"), ("pagina", "nl"), ("beveiliging", "nl"), ("negotiation", "en")]:
        parts = pieces(word, lang)
        assert len(parts[0]) >= 3 and len(parts[-1]) >= 3, parts


def test_a_long_word_in_a_map_box_breaks_at_its_seam_not_shrinks_or_splits_a_syllable():
    fitted = fit("Showroombezoek plannen", text_width("Showroombe", SIZE), 100, SIZE, 5)
    assert fitted.lines[0] == "Showroom-"
    assert "bezoek" in fitted.lines[1]


def test_wrap_in_english_uses_the_english_dictionary():
    lines = wrap("A troubleshooting session", text_width("troubleshoo", SIZE), SIZE)
    assert "trouble-" in lines and not any(line.endswith("troubleshoo-") for line in lines)


def test_printed_tables_get_soft_hyphens_only_at_allowed_breaks():
    marked = soft_hyphens("Sectorbenchmark beveiligingspagina", "nl")
    assert marked == "Sec\u00adtor\u00adbenchmark bevei\u00adli\u00adgings\u00adpagina"


def test_a_word_that_needs_three_lines_breaks_at_its_seam_rather_than_a_syllable_after_it():
    lines = _lines_for("beveiligingsvragenlijst", "nl", 9)
    assert lines == ["beveili-", "gings-", "vragen-", "lijst"]  # not "gingsvra-", "genlijst"


def test_a_known_word_is_not_read_as_two_words_its_syllables_do_not_separate():
    # "kantoren" (offices) is no "kant" + "oren" (side + ears)
    assert pieces("kantoren", "nl") == ("kan", "to", "ren")


def test_a_mixed_compound_no_word_list_knows_is_not_broken_inside_an_english_part():
    # "businesscasesjabloon": the Dutch patterns alone gave "businessca-|sesjabloon"
    for room in range(6, 19):
        lines = _lines_for("businesscasesjabloon", "nl", room) or []
        assert not any(line.endswith("businessca-") or line.endswith("ca-") for line in lines), lines
