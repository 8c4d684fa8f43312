"""Peak–end as one lens (trough, the research's score, disagreement with the mean,
cautions) and the buying group as a group: every number computed by hand."""

from __future__ import annotations

import math

import pytest
from _analysis_fixtures import journey_with

from journeykit_widgets.analysis import buying_group, peak_end
from journeykit_widgets.analysis.peak_end import classic_score, tell_apart
from journeykit_widgets.i18n import language
from journeykit_widgets.model import BuyingRole, Canvas, CanvasColumn, Goal

# ----------------------------------------------------------------- peak–end


def _valley():
    # Touch holds the single worst moment (B, -3) but also the best (A, +3): its mean is 0.
    # Tell stays low throughout (-1, -1): the trough is Tell, not the low point's phase.
    return journey_with(
        ("A", "touch", 3, 3, 3),
        ("B", "touch", -3, 3, 3),
        ("C", "tell", -1, 3, 3),
        ("D", "tell", -1, 3, 3),
        ("E", "sell", 1, 3, 3),
        ("F", "care", 1, 3, 3),
    )


def test_trough_is_the_lowest_phase_not_the_lowest_touchpoint():
    result = peak_end(_valley())
    assert [m.name for m in result.lows] == ["B"]
    assert result.trough.phase == "tell"
    assert result.trough.mean == pytest.approx(-1)
    assert result.trough.count == 2


def test_classic_score_mean_and_disagreement_by_hand():
    result = peak_end(_valley())
    assert result.classic == pytest.approx((3 + 1) / 2)  # best + end
    assert result.mean == pytest.approx((3 - 3 - 1 - 1 + 1 + 1) / 6)  # 0
    assert result.disagree  # 2 points apart
    assert result.cautions == () and result.applies and result.warning() == ""
    with language("en"):
        text = result.summary()
    assert "Trough: Tell is the lowest stretch of the journey (average \u22121 over 2 touchpoints)." in text
    # One statement: which lens and why, with one score (best + worst + end) / 3 = 1/3.
    assert "Peak–end is the lens here: one customer lives this journey from a clear beginning" in text
    assert "Remembered score +0.3 against an average of 0" in text
    assert "check both" not in text and "Careful" not in text


def test_classic_score_formula():
    assert classic_score([]) is None
    assert classic_score([0, 3, -3, 1]) == pytest.approx(2)  # (3 + 1) / 2: the low point does not count


@pytest.mark.parametrize(
    ("score", "mean", "differ"),
    [
        (1.5, 0.5, True),  # exactly one point apart
        (1.4, 0.5, False),  # 0.9 apart, same side
        (0.5, -0.25, True),  # only 0.75 apart, but on opposite sides of zero
        (0.5, 0.0, False),  # zero is neither side
        (-2.0, -0.5, True),  # 1.5 apart, both negative
        (None, 1.0, False),
    ],
)
def test_when_peak_end_and_the_mean_tell_different_things(score, mean, differ):
    assert tell_apart(score, mean) is differ


def test_the_summary_names_one_lens_and_one_score():
    journey = journey_with(("A", "touch", 1, 3, 3), ("B", "tell", 2, 3, 3), ("C", "care", 1, 3, 3))
    result = peak_end(journey)
    # classic (2 + 1) / 2 = 1.5, mean 4 / 3: 0.17 apart, both positive
    assert result.classic == pytest.approx(1.5) and result.mean == pytest.approx(4 / 3)
    assert not result.disagree
    with language("nl"):
        text = result.summary()
    assert (
        "Piek-eind is hier de bril" in text
        and "Herinnerde score +1,3 tegenover een gemiddelde van +1,3" in text
    )
    assert "piek-eindscore" not in text  # the research's (peak + end) / 2 is not a second score


@pytest.mark.parametrize(
    ("model", "phase", "cautions"),
    [
        ("b2b_five", "service_loyalty", ("long_b2b", "loops")),
        ("b2b_five", "purchase", ("long_b2b",)),
        ("b2b_seven", "loyalty", ("long_b2b", "loops")),
        ("touch_tell_sell_care", "care", ()),
    ],
)
def test_cautions_follow_the_documented_rule(model, phase, cautions):
    journey = journey_with(("Early", phase, 1, 3, 3), ("Late", phase, -1, 3, 3), phase_model=model)
    result = peak_end(journey)
    assert result.cautions == cautions
    assert result.applies is (not cautions)


def test_the_warning_comes_first_in_both_languages():
    journey = journey_with(
        ("Search", "awareness", 1, 3, 3), ("Review", "service_loyalty", 2, 3, 3), phase_model="b2b_five"
    )
    result = peak_end(journey)
    with language("en"):
        first = result.summary().splitlines()[0]
        assert first == result.warning()
        assert first.startswith("⚠ Careful with peak–end here.")
        assert "It ends in Service & loyalty" in first
    with language("nl"):
        assert result.summary().splitlines()[0].startswith("⚠ Voorzichtig met piek-eind hier.")


def test_flat_and_single_phase_lines_have_no_trough():
    assert peak_end(journey_with(("A", "touch", 1, 3, 3), ("B", "tell", 1, 3, 3))).trough is None
    assert peak_end(journey_with(("A", "tell", 2, 3, 3), ("B", "tell", -1, 3, 3))).trough is None


# ------------------------------------------------------------- buying group

ROLES = [
    BuyingRole(id="u", name="User", kind="user"),
    BuyingRole(id="p", name="Purchaser", kind="purchaser"),
    BuyingRole(id="d", name="Decider", kind="decision_maker"),
]


def _group():
    """User: awareness +1, consideration +2, purchase +3, service 0.
    Purchaser: consideration -1, purchase -3 and -1 (mean -2), service +1.
    Decider: awareness 0, purchase +1."""
    journey = journey_with(
        ("U1", "awareness", 1, 3, 3, {"role": "u"}),
        ("D1", "awareness", 0, 3, 3, {"role": "d"}),
        ("U2", "consideration", 2, 3, 3, {"role": "u"}),
        ("P1", "consideration", -1, 3, 3, {"role": "p", "opportunities": "Answer library"}),
        ("U3", "purchase", 3, 3, 3, {"role": "u"}),
        (
            "P2",
            "purchase",
            -3,
            3,
            3,
            {"role": "p", "opportunities": "All-in price", "pain_points": "Add-ons"},
        ),
        ("P3", "purchase", -1, 3, 3, {"role": "p", "pain_points": "Five add-ons"}),
        ("D2", "purchase", 1, 3, 3, {"role": "d"}),
        ("U4", "service_loyalty", 0, 3, 3, {"role": "u"}),
        ("P4", "service_loyalty", 1, 3, 3, {"role": "p", "opportunities": "not where it hurts"}),
        phase_model="b2b_five",
        buying_group=ROLES,
    )
    journey.goals += [
        Goal(phase="purchase", text="Sign", role=""),
        Goal(phase="purchase", text="One price", role="p"),
        Goal(phase="purchase", text="Payback", role="d"),
        Goal(phase="purchase", text="Also payback", role="d"),  # one role, one need
        Goal(phase="consideration", text="Comparable answers", role="p"),
    ]
    journey.canvases.append(
        Canvas(
            role="p",
            current={
                "purchase": CanvasColumn(improvements="Send one quote"),
                "service_loyalty": CanvasColumn(improvements="Not chosen"),
            },
        )
    )
    return journey.revalidated()


def test_one_line_per_role_with_phase_means():
    result = buying_group(_group())
    assert result.applies
    assert [line.name for line in result.lines] == ["User", "Purchaser", "Decider"]
    assert result.line("u").emotions == (1, None, 2, 3, 0)
    assert result.line("p").emotions == (None, None, -1, -2, 1)
    assert result.line("d").emotions == (0, None, None, 1, None)
    assert result.line("u").mean == pytest.approx(1.5)
    assert result.line("p").mean == pytest.approx(-1.0)  # (-1 - 3 - 1 + 1) / 4
    assert result.line("d").mean == pytest.approx(0.5)


def test_divergence_per_phase_by_hand():
    result = buying_group(_group())
    assert result.spread("awareness").spread == pytest.approx(1)
    assert result.spread("awareness").std == pytest.approx(0.5)
    assert result.spread("interest").spread is None and result.spread("interest").roles == ()
    assert result.spread("consideration").spread == pytest.approx(3)
    assert result.spread("consideration").std == pytest.approx(1.5)
    purchase = result.spread("purchase")
    assert purchase.spread == pytest.approx(5)  # +3 (user) to -2 (purchaser)
    assert purchase.std == pytest.approx(math.sqrt(114 / 27))  # around the mean 2/3
    assert (purchase.highest, purchase.lowest) == ("u", "p")
    # Needs: roles with a goal of their own (the shared goal and a second goal of one role don't count)
    assert purchase.own_goals == 2
    assert result.spread("consideration").own_goals == 1
    assert result.spread("awareness").own_goals == 0
    assert result.most_divergent == ("purchase",)


def test_clashes_low_point_of_one_role_is_peak_of_another():
    result = buying_group(_group())
    found = [(c.phase, c.low_role, c.high_role) for c in result.clashes]
    assert found == [
        ("purchase", "Purchaser", "User"),
        ("purchase", "Purchaser", "Decider"),
        ("service_loyalty", "User", "Purchaser"),
    ]
    with language("en"):
        text = result.summary()
    assert "In Purchase, the low point of Purchaser (\u22122) is the peak of User (+3)." in text
    assert (
        "The roles disagree most in Purchase: 5 points between Purchaser (lowest) and User (highest)" in text
    )
    with language("nl"):  # phase names are taken in the language of the analysis
        dutch = buying_group(_group()).summary()
    assert "In Aankoop is het dieptepunt van Purchaser (\u22122) de piek van User (+3)." in dutch


def test_actions_serve_the_lowest_role_where_it_feels_worst():
    result = buying_group(_group())
    assert result.lowest_role.role == "p"
    # Phases below zero for the purchaser: consideration and purchase (not service).
    # Worst touchpoint first; the pain point only where no opportunity is written.
    assert [(a.phase, a.kind, a.text) for a in result.actions] == [
        ("purchase", "opportunity", "All-in price"),
        ("consideration", "opportunity", "Answer library"),
        ("purchase", "pain_point", "Five add-ons"),
        ("purchase", "improvement", "Send one quote"),
    ]
    with language("en"):
        assert (
            "Purchaser has the lowest experience of the group (average \u22121 over 4 touchpoints)"
            in result.summary()
        )


def test_a_group_that_agrees_and_a_group_of_one():
    calm = journey_with(
        ("U", "awareness", 1, 3, 3, {"role": "u"}),
        ("P", "awareness", 0, 3, 3, {"role": "p"}),
        phase_model="b2b_five",
        buying_group=ROLES,
    )
    result = buying_group(calm)
    assert result.most_divergent == ()  # 1 point is below DIVERGENT_SPREAD
    assert result.clashes == ()
    with language("en"):
        assert "feel about the same" in result.summary()
    alone = journey_with(
        ("U", "awareness", 1, 3, 3, {"role": "u"}), phase_model="b2b_five", buying_group=ROLES
    )
    result = buying_group(alone)
    assert not result.applies and result.actions == ()
    assert buying_group(journey_with(("X", "touch", 1, 3, 3))).lines == ()


def test_equal_spreads_flag_every_phase():
    journey = journey_with(
        ("U1", "awareness", 2, 3, 3, {"role": "u"}),
        ("P1", "awareness", -1, 3, 3, {"role": "p"}),
        ("U2", "purchase", -1, 3, 3, {"role": "u"}),
        ("P2", "purchase", 2, 3, 3, {"role": "p"}),
        phase_model="b2b_five",
        buying_group=ROLES,
    )
    assert buying_group(journey).most_divergent == ("awareness", "purchase")


def test_the_b2b_sample_roles_really_disagree():
    from pathlib import Path

    from journeykit_widgets.store import load

    data = Path(__file__).resolve().parent.parent / "data"
    for lang in ("en", "nl"):
        result = buying_group(load(data / f"b2b_software.{lang}.json"))
        assert result.most_divergent == ("purchase_decision",)
        assert result.spread("purchase_decision").spread == pytest.approx(6)
        clash = result.clashes[0]
        assert clash.phase == "purchase_decision" and (clash.low, clash.high) == (-3, 3)
        assert result.lowest_role.role == "role-b2b-purchaser"


def test_the_short_warning_only_with_a_caution():
    b2b = peak_end(
        journey_with(("A", "awareness", 1, 3, 3), ("B", "purchase", -1, 3, 3), phase_model="b2b_five")
    )
    with language("en"):
        assert b2b.short_warning().startswith("⚠ This journey has no clear beginning and end")
    assert peak_end(_valley()).short_warning() == ""
