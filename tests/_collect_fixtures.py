"""A hand-in folder of twelve journeys, as a facilitator would find it after a day:
the three samples, variants of them (other emotions, fewer or extra touchpoints,
a moved touchpoint, a changed canvas), one in the other language, one only half
begun, one damaged and one empty."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.model import Journey, Persona, Touchpoint
from journeykit_widgets.samples import load_sample
from journeykit_widgets.store import save

TEAMS_READABLE = 10  # twelve files: two cannot be read
TEAMS_COMPARED = 9  # the half-begun one has no touchpoints yet


def build_handin(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    save(load_sample("airline", "en"), folder / "airline.json")
    save(load_sample("veranda", "en"), folder / "veranda.json")
    save(load_sample("b2b_software", "en"), folder / "software.json")
    save(load_sample("airline", "nl"), folder / "airline_nl.json")

    gloomy = load_sample("airline", "en")
    gloomy.title = "Airline, seen by service"
    for tp in gloomy.touchpoints:
        tp.emotion = max(-3, tp.emotion - 2)
    save(gloomy, folder / "airline_service.json")

    short = load_sample("airline", "en")
    short.title = "Airline, first draft"
    short.touchpoints = short.touchpoints[::2]
    short.touchpoints[0].phase = "tell"
    short.revisions = [r for r in short.revisions if r.kind != "review"]
    for tp in short.touchpoints:
        tp.importance = tp.effort = 3
    save(short, folder / "airline_draft.json")

    extra = load_sample("airline", "en")
    extra.title = "Airline, sales team"
    extra.touchpoints.append(Touchpoint(name="Price alert e-mail", phase="sell", channel="email", emotion=2))
    extra.touchpoints.append(Touchpoint(name="Upgrade offer at the gate", phase="care", emotion=-1))
    save(extra, folder / "airline_sales.json")

    veranda = load_sample("veranda", "en")
    veranda.title = "Veranda, installers' view"
    canvas = veranda.canvases[0]
    first_phase = veranda.phase_ids[0]
    canvas.ideal[first_phase].experience = "A fitter visits within three days"
    save(veranda, folder / "veranda_installers.json")

    software = load_sample("b2b_software", "en")
    software.title = "Software purchase, IT team"
    for tp in software.touchpoints[:6]:
        tp.emotion = min(3, tp.emotion + 1)
    save(software, folder / "software_it.json")

    begun = Journey.new("Our own case", language="en")
    begun.personas.append(Persona(name="Maria"))
    save(begun, folder / "own_case.json")

    (folder / "damaged.json").write_text('{"title": "half a file", "phases": [', encoding="utf-8")
    (folder / "empty.json").write_text("", encoding="utf-8")
    return folder
