"""The render layer on matplotlib's public API: no private members, no trace in
matplotlib's global settings, one view registry, one cached PNG path, words broken
where the dictionary allows, and no text below 6 pt in print."""

from __future__ import annotations

import inspect
import re
import threading
import zlib
from pathlib import Path

import matplotlib
import pytest
from _private_api import private_uses

from journeykit_widgets import render
from journeykit_widgets.i18n import language
from journeykit_widgets.model import Goal, Journey
from journeykit_widgets.samples import load_sample

PACKAGE = Path(__file__).resolve().parent.parent / "journeykit_widgets"
# rcParams that only exist to tune matplotlib's private text path; 3.11 deprecates them.
PRIVATE_RC = ("text.kerning_factor", "text.hinting_factor")


def _private_matplotlib_uses(source: str) -> list[str]:
    """Underscored matplotlib names a module imports or reaches through a name it
    imported from matplotlib, and private methods of matplotlib classes it overrides."""
    return private_uses(source, "matplotlib", settings=PRIVATE_RC, any_override=True)


def test_the_checker_finds_what_the_old_renderer_did():
    old = (
        "from matplotlib.backends.backend_agg import RendererAgg\n"
        "from matplotlib.ft2font import FT2Font\n"
        "import matplotlib as mpl\n"
        "class R(RendererAgg):\n    def _prepare_font(self, p): ...\n"
        "f = FT2Font(x, _kerning_factor=0)\n"
        "mpl.font_manager.fontManager._find_fonts_by_props(p)\n"
        "k = mpl.rcParams['text.kerning_factor']\n"
    )
    found = _private_matplotlib_uses(old)
    assert "R._prepare_font" in found
    assert any("_find_fonts_by_props" in f for f in found)
    assert "text.kerning_factor" in found


def test_no_module_of_the_kit_uses_a_private_matplotlib_member():
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        found = _private_matplotlib_uses(path.read_text("utf-8"))
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}


def test_every_view_is_a_plain_matplotlib_figure():
    from matplotlib.figure import Figure

    journey = load_sample("veranda", "en")
    for name, view in render.VIEWS.items():
        figure = view.figure(journey)
        assert type(figure) is Figure, name


def test_drawing_on_a_worker_leaves_the_users_matplotlib_settings_alone():
    """An editor preview draws on a worker thread while the participant's own
    code draws a plot with mathtext: the plot keeps its maths, and afterwards
    every global setting is what it was."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    journey = load_sample("airline", "en")
    before = dict(matplotlib.rcParams)
    errors: list[BaseException] = []
    done = threading.Event()

    def worker():
        try:
            for paper in ("a4", "a3", "a4", "a3"):
                render.clear_cache()
                render.png("journey", journey, dpi=40, paper=paper)
                render.save_figure(render.view("priority").figure(journey), Path(tmp) / "p.svg")
        except BaseException as error:  # reported by the main thread
            errors.append(error)
        finally:
            done.set()

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        thread = threading.Thread(target=worker)
        thread.start()
        user_draws = 0
        while not done.is_set() or user_draws < 3:
            fig = Figure(figsize=(3, 2))
            text = fig.text(0.1, 0.5, r"$\alpha^2$ costs $5")
            FigureCanvasAgg(fig).draw()
            assert text.get_parse_math() and matplotlib.rcParams["text.parse_math"]
            assert matplotlib.rcParams["svg.fonttype"] == before["svg.fonttype"] or not done.is_set()
            user_draws += 1
        thread.join()
    assert not errors
    assert dict(matplotlib.rcParams) == before


def _goal_edit(journey: Journey) -> Journey:
    changed = journey.model_copy(deep=True)
    changed.goals.append(Goal(phase=changed.phases[0].id, text="Fewer calls"))
    return changed


def test_the_same_picture_twice_is_a_cache_hit_and_a_field_it_does_not_draw_reuses_it():
    render.clear_cache()
    journey = load_sample("airline", "en")
    first = render.png("journey", journey, dpi=40)
    assert render.png("journey", journey, dpi=40) == first
    assert render.png("journey", _goal_edit(journey), dpi=40) == first  # goals are not on the map
    assert render.cache_info().draws == 1 and render.cache_info().hits == 2
    moved = journey.model_copy(deep=True)
    moved.touchpoints[0].name = "A completely different first touchpoint"
    assert render.png("journey", moved, dpi=40) != first
    assert render.png("journey", journey, dpi=50) != first  # another resolution is another picture
    assert render.cache_info().draws == 3


def test_the_cache_is_bounded(monkeypatch):
    from journeykit_widgets.render import pictures

    monkeypatch.setattr(pictures, "MAX_PICTURES", 3)
    render.clear_cache()
    journey = load_sample("veranda", "nl")
    for dpi in (20, 21, 22, 23, 24):
        render.png("priority", journey, dpi=dpi)
    assert render.cache_info().pictures == 3


def test_every_field_a_view_module_reads_is_in_its_views_reads():
    """The cache is keyed on ``reads``: a field drawn but missing there would show
    a stale picture after an edit."""
    fields = set(Journey.model_fields) | {"persona", "phase_ids"}
    by_module: dict[str, set[str]] = {}
    for view in render.VIEWS.values():
        module = inspect.getmodule(inspect.unwrap(view.draw))
        by_module.setdefault(module.__name__, set()).update(view.reads)
    for module_name, reads in by_module.items():
        source = inspect.getsource(__import__(module_name, fromlist=["x"]))
        used = set(re.findall(r"\bjourney\.(\w+)", source)) & fields
        used = {"personas" if f == "persona" else "phases" if f == "phase_ids" else f for f in used}
        assert used <= reads, (module_name, used - reads)


def test_an_unknown_view_or_option_is_named_in_the_users_language():
    with language("nl"), pytest.raises(ValueError, match=r"onbekende weergave 'map'.*journey"):
        render.view("map")
    with pytest.raises(ValueError, match="state"):
        render.view("canvas").figure(load_sample("b2b_software", "en"), state="later")


BAD_BREAKS = {
    "en": ("negotiati-", "questio-", "Referen-", "worksh-", "communi-"),
    "nl": ("Vergunningsche-",),
}
WORDS = {
    "en": ("negotiation", "questionnaire", "Reference", "workshop", "community"),
    "nl": ("Vergunningscheck", "vergunningsinformatie", "onderhandeling"),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_long_words_break_only_where_the_dictionary_allows(lang):
    from journeykit_widgets.render._text import fit, text_width

    for word in WORDS[lang]:
        for width in (26, 34, 44, 60):
            with language(lang):
                fitted = fit(f"The {word}", width, 200, 8, 6)
            assert fitted.lines, (word, width)
            pieces = [line for line in fitted.lines if not line.endswith("…")]
            assert all(text_width(line, fitted.size) <= width for line in pieces)
            for line in fitted.lines:
                assert not any(line.endswith(bad) for bad in BAD_BREAKS[lang]), (word, width, fitted.lines)
                if line.endswith("-"):
                    # The rest of the word is at least two letters and a real syllable break.
                    assert len(line.split()[-1]) >= 3, fitted.lines
    with language("nl"):
        lines = fit("Vergunningscheck", 34, 200, 8, 6).lines
    assert "".join(line.removesuffix("-") for line in lines) == "Vergunningscheck"
    cuts, at = set(), 0
    for line in lines[:-1]:
        at += len(line) - 1
        cuts.add(at)
    assert cuts and cuts <= {3, 6, 11}  # Ver-gun-nings-check


def _pdf_font_sizes(path: Path) -> list[float]:
    """The font size of every text drawn in a PDF (its ``Tf`` operators)."""
    data = path.read_bytes()
    sizes = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:
            content = stream
        sizes += [float(s) for s in re.findall(rb"/F\d+ ([\d.]+) Tf", content)]
    return sizes


@pytest.mark.parametrize("case", ["b2b_software", "airline"])
def test_no_printed_text_is_smaller_than_6_pt_and_a_crowded_map_gets_more_pages(case, tmp_path):
    from journeykit_widgets.cli import main

    journey_file = Path(__file__).resolve().parent.parent / "data" / f"{case}.nl.json"
    out = tmp_path / "map.pdf"
    assert main(["map", str(journey_file), "-o", str(out), "--paper", "a4"]) == 0
    sizes = _pdf_font_sizes(out)
    assert sizes and min(sizes) >= 6.0
    from pypdf import PdfReader

    pages = len(PdfReader(out).pages)
    expected = render.print_pages(load_sample(case, "nl"), "journey", "a4")
    assert pages == len(expected)
    if case == "b2b_software":  # seven crowded phases do not fit one readable page
        assert pages > 1
        # The end of the journey is marked once, on the page with the last phase.
        ends = [any(c.get_gid() == "jk-end" for c in page.axes[0].collections) for page in expected]
        assert ends == [False] * (pages - 1) + [True]


def _crowded(figure) -> int:
    return figure.journeykit_crowded


@pytest.mark.parametrize("case", ["b2b_software", "airline", "veranda"])
def test_a_map_takes_another_page_only_where_it_saves_enough_cut_texts(case):
    from journeykit_widgets.render.printing import PAGE_WORTH

    journey = load_sample(case, "nl")
    one_page = render.view("journey").figure(journey, paper="a3")
    pages = render.print_pages(journey, "journey", "a3")
    cut = sum(_crowded(page) for page in pages)
    # every extra page has paid for itself in texts no longer cut short
    assert _crowded(one_page) - cut > PAGE_WORTH * (len(pages) - 1) or len(pages) == 1
    # and one page more would not have paid for itself
    phases = journey.phase_ids
    if len(pages) < len(phases):
        per_page = -(-len(phases) // (len(pages) + 1))
        more = [
            render.view("journey").figure(journey, paper="a3", phases=tuple(phases[i : i + per_page]))
            for i in range(0, len(phases), per_page)
        ]
        assert cut + PAGE_WORTH * (len(pages) - 1) <= sum(map(_crowded, more)) + PAGE_WORTH * (len(more) - 1)


def test_long_notes_that_no_paper_holds_do_not_split_a_map():
    from journeykit_widgets.model import Touchpoint

    journey = Journey.new("Long notes", language="en")
    for phase in journey.phase_ids:
        for k in range(2):
            journey.touchpoints.append(
                Touchpoint(name=f"Contact {k}", phase=phase, pain_points="A very long remark. " * 240)
            )
    pages = render.print_pages(journey, "journey", "a3")
    assert len(pages) == 1
    assert _crowded(pages[0]) > 0  # the notes are cut short, and that alone is no reason for a page
