"""The roles chart: one line per buying-group role, the most divergent phase
shaded and labelled, the clashes in words, nothing below 6 pt on paper."""

from __future__ import annotations

from pathlib import Path

import pytest
from _render_checks import all_text

from journeykit_widgets import render
from journeykit_widgets.handouts.report import min_text_size
from journeykit_widgets.i18n import t
from journeykit_widgets.store import load

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_one_line_per_role_and_the_divergent_phase_named(lang, paper):
    journey = load(DATA / f"b2b_software.{lang}.json")
    fig = render.view("roles").figure(journey, paper=paper)
    gids = {c.get_gid() for c in fig.axes[0].collections if c.get_gid()}
    assert gids == {f"jk-role-{role.id}" for role in journey.buying_group}
    text = " ".join(all_text(fig).split())  # a label may wrap inside its cell
    assert t("lens.render.roles.most", lang=lang, spread="6") in text
    clash = {
        "en": "the low point of Procurement officer (−3) is the peak of Chief operating officer (+3)",
        "nl": "is het dieptepunt van Inkoper (−3) de piek van Operationeel directeur (+3)",
    }[lang]
    assert clash in text
    assert t("lens.render.roles.lowest", lang=lang, mean="−1,3" if lang == "nl" else "−1.3") in text
    for role in journey.buying_group:
        assert role.name in text
    assert min_text_size(fig) >= 6


def test_without_roles_the_chart_says_what_to_do():
    fig = render.view("roles").figure(load(DATA / "airline.en.json"))
    assert t("lens.render.roles.empty", lang="en") in " ".join(all_text(fig).split())
    assert not [c for c in fig.axes[0].collections if (c.get_gid() or "").startswith("jk-role-")]
