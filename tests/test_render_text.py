"""Wrapping and fitting text into boxes, measured from font metrics."""

from __future__ import annotations

from journeykit_widgets.render._text import LINE_HEIGHT, fit, fit_items, text_height, text_width, wrap

DUTCH = (
    "De nieuwe huiseigenaar zoekt op Pinterest naar overkappingsmogelijkheden en vergelijkt "
    "vergunningsinformatie van drie leveranciers; hij wil binnen een week een prijsindicatie (€ 4.500)."
)


def test_estimated_width_is_never_narrower_than_matplotlibs_own_measurement():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(dpi=72)
    renderer = FigureCanvasAgg(fig).get_renderer()
    for text in ("Klantreiskaart", "Überweisung ë € 1 234", "WWWWWWW iiiiii", DUTCH[:60]):
        for weight in ("normal", "bold"):
            artist = fig.text(0, 0, text, fontsize=10, family="DejaVu Sans", weight=weight)
            real = artist.get_window_extent(renderer).width
            estimate = text_width(text, 10, weight)
            assert real <= estimate <= real * 1.15, (text, weight, real, estimate)


def test_wrap_keeps_every_line_inside_the_width_and_loses_no_words():
    lines = wrap(DUTCH, 120, 9)
    assert len(lines) > 3
    assert all(text_width(line, 9) <= 120 for line in lines)
    # Nothing lost: a hyphen added at a line break is the only change.
    assert "".join(line.removesuffix("-") for line in lines).replace(" ", "") == DUTCH.replace(" ", "")


def test_no_break_spaces_keep_numbers_together():
    lines = wrap("Bezoeken per maand: 60\u202f000 doel", 80, 9)
    assert any("60\u202f000" in line for line in lines)


def test_fit_shrinks_before_it_cuts_and_never_overflows():
    roomy = fit(DUTCH, 300, 200, 10, 5)
    assert roomy.size == 10 and not roomy.hidden
    tight = fit(DUTCH, 120, 60, 10, 5)
    assert tight.size < 10
    assert text_height(len(tight.lines), tight.size) <= 60
    assert all(text_width(line, tight.size) <= 120 for line in tight.lines)
    cut = fit(DUTCH, 80, 20, 10, 6)
    assert cut.hidden and cut.lines[-1].endswith("…")
    assert cut.height <= 20 and all(text_width(line, 6) <= 80 for line in cut.lines)


def test_a_compound_longer_than_the_line_is_hyphenated_not_shrunk_to_the_floor():
    fitted = fit("vergunningsinformatie aanvragen", 60, 100, 9, 5)
    assert fitted.size >= 8
    assert any(line.endswith("-") for line in fitted.lines)
    assert all(text_width(line, fitted.size) <= 60 for line in fitted.lines)


def test_fit_items_shows_what_fits_and_counts_the_rest():
    items = [f"Pijnpunt nummer {i} met een wat langere uitleg" for i in range(40)]
    fitted = fit_items(items, 150, 80, 8, 6, more="+{n} meer")
    assert fitted.hidden > 0
    assert fitted.lines[-1] == f"+{fitted.hidden} meer"
    assert len(fitted.lines) * 6 * LINE_HEIGHT <= 80
    shown = sum(1 for line in fitted.lines if line.startswith("• "))
    assert shown + fitted.hidden == len(items)


def test_empty_text_fits_as_nothing():
    assert fit("", 100, 100, 9, 5).lines == ()
    assert fit_items(["", "  "], 100, 100, 9, 5).lines == ()


def test_widths_are_measured_safely_from_several_threads_at_once():
    """A widget preview draws on a worker thread while the notebook draws a map:
    both measure glyphs at the same time and must get the same widths."""
    import threading

    from journeykit_widgets.render import _text

    known = _text._font("normal").get_charmap()
    chars = [chr(c) for c in range(0x100, 0x4FF) if c in known]
    assert len(chars) > 500
    _text._advances.cache_clear()
    _text._strings.cache_clear()
    expected = {c: _text._advance(c, "normal") for c in chars}
    errors: list[BaseException] = []

    def measure(offset: int) -> None:
        try:
            for _ in range(3):
                _text._advances.cache_clear()
                for c in chars[offset:] + chars[:offset]:
                    assert _text._advance(c, "normal") == expected[c]
        except BaseException as error:  # reported in the main thread
            errors.append(error)

    threads = [threading.Thread(target=measure, args=(k * 97,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors[0]
