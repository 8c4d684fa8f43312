"""Journeys for the store tests, built in code so the tests do not depend on the samples."""

from __future__ import annotations

from datetime import UTC, datetime

from journeykit_widgets.model import (
    KPI,
    BuyingRole,
    Canvas,
    CanvasColumn,
    Goal,
    Journey,
    Persona,
    Revision,
    TemplateGrid,
    Touchpoint,
)

# Text that has broken CSV/Excel/HTML/Mermaid exports elsewhere.
TRICKY_TEXTS = [
    "Zoekt 's avonds op de bank naar een veranda",
    'She said "cheap fares"; then: left',
    "line one\nline two\r\nline three",
    "<script>alert('x')</script> & <b>bold</b>",
    "Café, reünie, naïef, coördinatie, müsli, ĳsje 🎉🙂",
    "=SUM(A1)",
    "+31 20 123 4567",
    "-5% korting",
    "@support",
    "'already quoted",
    "''two quotes",
    "  leading and trailing spaces  ",
    "#hashtag: a ; b",
    "x" * 5000,
]


def rich_journey(language: str = "en", touchpoints: int = 0) -> Journey:
    """A journey with every part filled in: personas, buying group, goals, touchpoints
    (with the tricky texts), canvases, templates, KPIs and revisions."""
    journey = Journey.new(
        "Veranda – zomer 2026" if language == "nl" else "Veranda: summer 2026",
        phase_model="b2b_five",
        language=language,
        objective="Meer aanvragen via Pinterest",
    )
    journey.personas = [
        Persona(
            id="persona-anna",
            name="Anna de Vries",
            role="new homeowner",
            channels=["search", "social_media"],
            devices=["smartphone", "computer"],
            quote="Ik wil ook bij slecht weer buiten zitten.",
        )
    ]
    journey.buying_group = [
        BuyingRole(id="role-buyer", name="Inkoper, Jan", kind="purchaser", persona_id="persona-anna"),
        BuyingRole(id="role-user", name="Gebruiker", kind="user"),
    ]
    journey.goals = [Goal(id="goal-1", phase="awareness", text="Find shelter ideas", role="role-user")]
    phases = journey.phase_ids
    channels = ["website", "search", "social_media", "email", "phone", "store", "demo", "other"]
    devices = ["smartphone", "tablet", "computer", "in_person", "any"]
    items = []
    for i, text in enumerate(TRICKY_TEXTS):
        items.append(
            Touchpoint(
                id=f"tp-{i:03d}",
                name=text[:300],
                phase=phases[i % len(phases)],
                channel=channels[i % len(channels)],
                device=devices[i % len(devices)],
                direct=i % 3 != 0,
                owner="Marketing" if i % 2 else "",
                action=text,
                thoughts=TRICKY_TEXTS[(i + 3) % len(TRICKY_TEXTS)],
                emotion=(i % 7) - 3,
                importance=1 + i % 5,
                effort=1 + (i * 2) % 5,
                pain_points="wachten" if i % 4 == 0 else "",
                kpi="CTR",
                role=["", "role-buyer", "role-user"][i % 3],
            )
        )
    for i in range(touchpoints):
        items.append(
            Touchpoint(
                id=f"tp-bulk-{i:05d}",
                name=f"Touchpoint {i}",
                phase=phases[i % len(phases)],
                channel=channels[i % len(channels)],
                emotion=(i % 7) - 3,
                thoughts=("gedachte " * 60).strip(),
            )
        )
    journey.touchpoints = items
    journey.canvases = [
        Canvas(
            role="",
            ideal={"awareness": CanvasColumn(customer_process="zoekt", score=5)},
            current={"awareness": CanvasColumn(customer_process="zoekt lang", score=2, improvements="SEO")},
        )
    ]
    journey.templates = {
        "day_in_life": TemplateGrid(cells={"think_feel": {"early_morning": "moe", "night": "tevreden"}})
    }
    journey.kpis = [
        KPI(id="kpi-1", phase="interest", name="Pins saved", target=100.0, actual=42.5, unit="pins")
    ]
    journey.revisions.append(
        Revision(
            at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
            author="Trainer",
            kind="review",
            summary="Eerste ronde",
        )
    )
    return journey.revalidated()
