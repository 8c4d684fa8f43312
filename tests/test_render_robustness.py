"""The views from an empty journey to 500 touchpoints, with long Dutch and English
text everywhere: they draw, stay inside their cells and never overlap."""

from __future__ import annotations

import random

import pytest
from _render_checks import all_text, overflowing, overlapping, text_extents

from journeykit_widgets import frameworks, render
from journeykit_widgets.i18n import t
from journeykit_widgets.model import KPI, BuyingRole, Canvas, CanvasColumn, Goal, Journey, Persona, Touchpoint
from journeykit_widgets.render._common import map_counts

WORDS = {
    "nl": (
        "klantreis contactpunt overkappingsmogelijkheden vergunningsinformatie offerteaanvraag "
        "huiseigenaar vergelijkt prijzen op Pinterest en leest ervaringen van buren voordat hij "
        "de showroom bezoekt; € 4.500 inclusief montage"
    ),
    "en": (
        "customer journey touchpoint homeowner compares prices on Pinterest and reads reviews "
        "from neighbours before visiting the showroom; €4,500 including installation "
        "notwithstanding incomprehensibilities"
    ),
}


def build(n: int, lang: str = "nl", model: str = "b2b_seven", seed: int = 7) -> Journey:
    rnd = random.Random(seed)
    words = WORDS[lang].split(" ")

    def text(low, high):
        return " ".join(rnd.choice(words) for _ in range(rnd.randint(low, high)))

    journey = Journey.new(text(8, 14), model, lang, objective=text(20, 40))
    journey.personas.append(
        Persona(
            name=text(2, 4),
            role=text(3, 8),
            demographics=text(10, 60),
            buying_behaviour=text(10, 60),
            needs=text(10, 60),
            frustrations=text(10, 60),
            quote=text(10, 40),
            channels=list(frameworks.channels())[:12],
            devices=list(frameworks.devices()),
        )
    )
    journey.buying_group.extend(
        BuyingRole(
            id=f"r{k}", name=text(1, 3), kind=kind, interests=text(5, 30), responsibilities=text(5, 30)
        )
        for k, kind in enumerate(frameworks.roles())
    )
    channels, devices = list(frameworks.channels()), list(frameworks.devices())
    for i in range(n):
        journey.touchpoints.append(
            Touchpoint(
                name=text(1, 8),
                phase=rnd.choice(journey.phase_ids),
                channel=rnd.choice(channels),
                device=rnd.choice(devices),
                direct=rnd.random() > 0.3,
                action=text(3, 25),
                thoughts=text(0, 20),
                emotion=rnd.randint(-3, 3),
                importance=rnd.randint(1, 5),
                effort=rnd.randint(1, 5),
                pain_points=text(0, 20),
                opportunities=text(0, 20),
                kpi=text(0, 4),
                role=f"r{i % 6}" if i % 3 == 0 else "",
            )
        )
    for phase in journey.phase_ids:
        journey.goals.append(Goal(phase=phase, text=text(3, 12), role="r1"))
        for _ in range(rnd.randint(0, 6)):
            journey.kpis.append(
                KPI(
                    phase=phase,
                    name=text(2, 9),
                    target=rnd.choice([None, 1000, 35.5]),
                    actual=rnd.choice([None, 20, 1234567]),
                    unit=rnd.choice(["", "%", "leads"]),
                    micro_conversion=rnd.random() > 0.5,
                )
            )
    canvas = Canvas()
    for phase in journey.phase_ids:
        canvas.ideal[phase] = CanvasColumn(
            customer_process=text(5, 80),
            internal_process=text(5, 80),
            experience=text(2, 30),
            score=rnd.randint(1, 5),
            improvements=text(5, 80),
        )
        canvas.current[phase] = CanvasColumn(
            customer_process=text(5, 80),
            internal_process=text(0, 80),
            experience=text(2, 30),
            score=rnd.choice([None, 1, 3, 5]),
            improvements=text(5, 80),
        )
    journey.canvases.append(canvas)
    for template_id in frameworks.TEMPLATE_IDS:
        spec = frameworks.template(template_id)
        grid = journey.template(template_id)
        for row in spec.rows:
            grid.cells[row.id] = {c.id: text(0, 50) for c in spec.columns}
    return journey


def every_view(journey, paper="a4"):
    yield "journey", render.journey_map(journey, paper=paper)
    yield "canvas", render.canvas(journey, state="both", paper=paper)
    yield "template", render.template_grid(journey, "service_blueprint", paper=paper)
    yield "persona", render.persona_card(journey, paper=paper)
    yield "buying_group", render.buying_group(journey, paper=paper)
    yield "priority", render.priority_matrix(journey, paper=paper)
    yield "heatmap", render.channel_heatmap(journey, value="emotion", paper=paper)
    yield "funnel", render.kpi_funnel(journey, paper=paper)


def assert_clean(name, fig):
    rows = text_extents(fig)
    assert not overflowing(rows), f"{name}: text outside its cell: {overflowing(rows)[:3]}"
    assert not overlapping(rows), f"{name}: overlapping texts: {overlapping(rows)[:3]}"


@pytest.mark.parametrize(("n", "lang", "paper"), [(0, "nl", "a4"), (60, "en", "a4"), (500, "nl", "a3")])
def test_views_stay_clean_from_empty_to_crowded(n, lang, paper):
    journey = build(n, lang)
    if n == 0:
        journey.canvases.clear()
        journey.kpis.clear()
    for name, fig in every_view(journey, paper):
        assert_clean(name, fig)


def test_an_empty_journey_says_what_to_do_instead_of_drawing_nothing():
    journey = Journey.new("Leeg", "touch_tell_sell_care", "nl")
    expected = {
        "journey": "render.empty.touchpoints",
        "canvas": "render.empty.canvas",
        "persona": "render.empty.persona",
        "buying_group": "render.empty.group",
        "priority": "render.empty.priority",
        "funnel": "render.empty.kpi",
    }
    views = dict(every_view(journey))
    for name, key in expected.items():
        text = " ".join(all_text(views[name]).split())
        assert t(key, lang="nl") in text, name
        assert t("render.empty.title", lang="nl") in text


def test_a_crowded_phase_groups_the_rest_under_plus_n_more():
    journey = build(500, "en", "touch_tell_sell_care")
    fig = render.journey_map(journey)
    text = all_text(fig)
    assert "more" in text
    counts = [int(s.split()[0][1:]) for s in text.split("\n") if s.startswith("+") and s.endswith("more")]
    assert counts and all(c > 0 for c in counts)
    # Every touchpoint is either drawn as a card or counted in a "+N more" card.
    cards = sum(1 for tp in journey.touchpoints if any(tp.name[:6] in s for s in text.split("\n")))
    assert cards > 20


def test_text_shrinks_no_further_than_the_floor():
    fig = render.journey_map(build(500, "nl"), paper="a4")
    sizes = [artist.get_fontsize() for artist, _ax, _box in fig.journeykit_cells]
    assert min(sizes) >= 4.5


def test_a_role_draws_only_that_roles_touchpoints():
    journey = build(30, "en")
    mine = [tp for tp in journey.touchpoints if tp.role == "r0"]
    fig = render.journey_map(journey, role="r0")
    text = all_text(fig)
    assert map_counts(len(mine), len({tp.channel for tp in mine})) in text


def test_wrong_options_fail_with_a_clear_message():
    journey = build(3, "en")
    with pytest.raises(ValueError, match="sideways"):
        render.canvas(journey, state="sideways")
    with pytest.raises(ValueError, match="median"):
        render.channel_heatmap(journey, value="median")
    with pytest.raises(ValueError, match="a5"):
        render.journey_map(journey, paper="a5")


def test_channel_colours_are_fixed_distinct_and_used_for_cards_and_legend():
    colours = render.channel_colours()
    assert set(colours) == set(frameworks.channels())
    assert len(set(colours.values())) == len(colours)
    journey = build(40, "en")
    fig = render.journey_map(journey)
    from matplotlib.colors import to_hex

    edge_colours = set()
    for collection in fig.axes[0].collections:
        for colour in collection.get_edgecolor():
            edge_colours.add(to_hex(colour))
    for channel in {tp.channel for tp in journey.touchpoints}:
        assert colours[channel].lower() in edge_colours


def test_blank_worksheets_have_the_guiding_questions_and_stay_clean():
    for kind in render.WORKSHEETS:
        for lang in ("en", "nl"):
            fig = render.worksheet(kind, lang=lang)
            assert_clean(f"{kind}-{lang}", fig)
    text = all_text(render.worksheet("current_state", lang="nl"))
    for row in frameworks.template("current_state").rows:
        assert row.label("nl") in " ".join(text.split()) or row.label("nl") in text
    canvas_text = " ".join(all_text(render.worksheet("canvas", lang="nl")).split())
    for lane in frameworks.lanes().values():
        assert lane.description("nl") in canvas_text


@pytest.mark.parametrize("fmt", render.FORMATS)
def test_dollar_signs_and_backslashes_are_text_not_mathematics(tmp_path, fmt):
    """Two dollar signs in a field made matplotlib read the text between them as
    TeX: "$49 or $99_plus" came out in math italics and "$\\frac{$" stopped the
    whole picture with a parse error."""
    journey = build(12, "en")
    journey.title = "Fares from $49 or $99_plus"
    journey.touchpoints[0].name = "Upgrade $\\frac{$ now"
    journey.touchpoints[0].phase = journey.phase_ids[0]
    journey.personas[0].name = "Pat $x^2$"
    journey.canvases[0].ideal[journey.phase_ids[0]].customer_process = "Pays $5 then $10"
    for name, fig in every_view(journey):
        render.save_figure(fig, tmp_path / f"{name}.{fmt}")
        texts = fig.findobj(lambda a: hasattr(a, "get_parse_math") and a.get_text())
        assert texts and not any(artist.get_parse_math() for artist in texts), name
    assert "$\\frac{$" in all_text(render.journey_map(journey))
