"""Phase models, templates, lanes and channels exactly as the method describes them."""

from __future__ import annotations

import pytest

from journeykit_widgets import frameworks
from journeykit_widgets.i18n import LANGUAGES


def _labels(entries, lang):
    return [e.label(lang) for e in entries]


def test_phase_models_and_their_phases():
    models = frameworks.phase_models()
    assert list(models) == ["touch_tell_sell_care", "b2b_five", "b2b_seven"]
    assert _labels(models["touch_tell_sell_care"].phases, "en") == ["Touch", "Tell", "Sell", "Care"]
    assert _labels(models["b2b_five"].phases, "en") == [
        "Awareness",
        "Interest",
        "Consideration",
        "Purchase",
        "Service & loyalty",
    ]
    assert _labels(models["b2b_five"].phases, "nl") == [
        "Bewustwording",
        "Interesse",
        "Overweging",
        "Aankoop",
        "Service & loyaliteit",
    ]
    assert models["b2b_seven"].phase_ids == (
        "out_of_market",
        "trigger",
        "initial_consideration",
        "active_evaluation",
        "purchase_decision",
        "experience",
        "loyalty",
    )


CURRENT_ROWS = [
    "What does the customer think or feel?",
    "What is the customer's action?",
    "What is the touchpoint with the company?",
    "What do we want to change at this step?",
    "How and/or why will we make that change?",
]
STEPS = ["Step 1", "Step 2", "Step 3", "Step 4", "Step 5"]


@pytest.mark.parametrize(
    ("template_id", "columns", "rows"),
    [
        ("current_state", STEPS, CURRENT_ROWS),
        ("future_state", STEPS, CURRENT_ROWS),
        (
            "day_in_life",
            ["Early morning", "Late morning", "Afternoon", "Early evening", "Night"],
            [
                "What does the customer think or feel?",
                "What are the customer's actions or main priorities?",
                "What are the customer's touchpoints right now?",
                "How does the customer interact with our product now?",
                "How could the customer make better use of our product?",
            ],
        ),
        (
            "service_blueprint",
            [
                "Normal use",
                "Notices a problem or has a complaint",
                "Asks for help / contacts support",
                "Talks with support or a representative",
                "Resolves the conflict or problem",
            ],
            [
                "What does the customer think or feel?",
                "Why does the customer experience this?",
                "How do we communicate with the customer?",
                "What action do we take behind the scenes?",
            ],
        ),
    ],
)
def test_templates_have_the_exact_columns_and_row_questions(template_id, columns, rows):
    spec = frameworks.template(template_id)
    assert _labels(spec.columns, "en") == columns
    assert _labels(spec.rows, "en") == rows
    assert len(_labels(spec.rows, "nl")) == len(rows)


def test_template_ids_match_the_data():
    assert tuple(frameworks.templates()) == frameworks.TEMPLATE_IDS


def test_canvas_lanes_in_order():
    lanes = frameworks.lanes()
    assert tuple(lanes) == frameworks.LANE_IDS
    assert _labels(lanes.values(), "nl") == [
        "Klantproces",
        "Intern proces",
        "Ervaring",
        "Leerdoelen en verbeterpunten",
    ]


def test_channel_catalogue_covers_the_method():
    ids = set(frameworks.channels())
    needed = {
        "website",
        "search",
        "social_media",
        "email",
        "phone",
        "chat",
        "store",
        "events",
        "demo",
        "sales_call",
        "helpdesk",
        "app",
        "advertising",
        "word_of_mouth",
    }
    assert needed <= ids
    assert list(frameworks.channels())[-1] == "other"


@pytest.mark.parametrize(
    "catalogue", [frameworks.channels, frameworks.devices, frameworks.roles, frameworks.lanes]
)
def test_every_entry_has_both_languages(catalogue):
    for entry in catalogue().values():
        for lang in LANGUAGES:
            assert entry.names.get(lang), (entry.id, lang)
            if entry.descriptions:
                assert entry.descriptions.get(lang), (entry.id, lang)


def test_descriptions_in_both_languages_for_phases_and_templates():
    for model in frameworks.phase_models().values():
        for phase in model.phases:
            assert phase.description("en") and phase.description("nl")
            assert phase.description("en") != phase.description("nl")
    for spec in frameworks.templates().values():
        assert spec.description("en") != spec.description("nl")
