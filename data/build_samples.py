"""Build the sample journey files in this folder: ``<case>.<en|nl>.json``.

Run from the repository root::

    python data/build_samples.py            # writes into data/
    python data/build_samples.py OUTDIR     # writes into another folder

Each case is one function below that returns the journey as plain Python data in
which every text is a pair ``("English", "Nederlands")``. Keeping both languages
side by side keeps the two files in step: same ids, same phases, same numbers;
only the words differ. ``build(case, lang)`` picks one language and turns the data
into ``journeykit_widgets.model`` objects; the files are written with
``journeykit_widgets.store``. The output is deterministic (fixed ids and revision
dates), so rerunning the script reproduces the committed files byte for byte.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from journeykit_widgets.model import (
    KPI,
    BuyingRole,
    Canvas,
    CanvasColumn,
    Goal,
    Journey,
    Persona,
    Phase,
    Revision,
    TemplateGrid,
    Touchpoint,
)
from journeykit_widgets.store import save, to_json

LANGUAGES = ("en", "nl")
HERE = Path(__file__).resolve().parent


def pick(value, lang: str):
    """Replace every ``(en, nl)`` pair in nested data by the text in ``lang``."""
    if isinstance(value, tuple):
        if len(value) != 2 or not all(isinstance(v, str) for v in value):
            raise ValueError(f"a text must be an (en, nl) pair of strings: {value!r}")
        return value[LANGUAGES.index(lang)]
    if isinstance(value, dict):
        return {key: pick(item, lang) for key, item in value.items()}
    if isinstance(value, list):
        return [pick(item, lang) for item in value]
    return value


def when(text: str) -> datetime:
    """A fixed revision time, e.g. ``when("2026-03-02 09:30")`` (UTC)."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def _template(template_id: str, rows: dict[str, list[str]]) -> TemplateGrid:
    from journeykit_widgets import frameworks

    columns = [c.id for c in frameworks.template(template_id).columns]
    cells: dict[str, dict[str, str]] = {}
    for row, texts in rows.items():
        if len(texts) > len(columns):
            raise ValueError(f"{template_id}.{row}: {len(texts)} cells for {len(columns)} columns")
        cells[row] = {column: text for column, text in zip(columns, texts, strict=False) if text}
    return TemplateGrid(cells=cells)


def _canvas(spec: dict) -> Canvas:
    return Canvas(
        role=spec.get("role", ""),
        ideal={phase: CanvasColumn(**col) for phase, col in spec.get("ideal", {}).items()},
        current={phase: CanvasColumn(**col) for phase, col in spec.get("current", {}).items()},
    )


def build(case: str, lang: str) -> Journey:
    """The journey of a sample case in one language."""
    data = pick(CASES[case](), lang)
    return Journey(
        title=data["title"],
        objective=data["objective"],
        language=lang,
        phase_model=data["phase_model"],
        phases=[Phase(id=phase) for phase in data["phases"]],
        personas=[Persona(**p) for p in data["personas"]],
        buying_group=[BuyingRole(**r) for r in data.get("buying_group", [])],
        goals=[Goal(**g) for g in data["goals"]],
        touchpoints=[Touchpoint(**tp) for tp in data["touchpoints"]],
        canvases=[_canvas(c) for c in data.get("canvases", [])],
        templates={tid: _template(tid, rows) for tid, rows in data.get("templates", {}).items()},
        kpis=[KPI(**k) for k in data["kpis"]],
        revisions=[Revision(**{**r, "at": when(r["at"])}) for r in data["revisions"]],
    )


def write_all(folder: Path) -> list[Path]:
    """Write every case in every language into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for case in CASES:
        for lang in LANGUAGES:
            path = folder / f"{case}.{lang}.json"
            journey = build(case, lang)
            # keep=0: no backup folder next to the committed samples.
            save(journey, path, keep=0)
            assert path.read_text("utf-8") == to_json(journey.revalidated())
            written.append(path)
    return written


# ======================================================================= airline
def airline() -> dict:
    def tp(n: int, **fields) -> dict:
        return {"id": f"tp-airline-{n:02d}", **fields}

    return {
        "title": ("Book a family city trip with SkyLark Air", "Een stedentrip boeken bij SkyLark Air"),
        "objective": (
            "Follow one leisure traveller through our spring campaign, from the safety-award banner "
            "to the loyalty points, and find where to invest and where to stop.",
            "Volg één vakantiereiziger door onze voorjaarscampagne, van de banner over de "
            "veiligheidsprijs tot de spaarpunten, en ontdek waar we moeten investeren en waar stoppen.",
        ),
        "phase_model": "touch_tell_sell_care",
        "phases": ["touch", "tell", "sell", "care"],
        "personas": [
            {
                "id": "persona-airline-sanne",
                "name": ("Sanne, the family planner", "Sanne, de gezinsplanner"),
                "role": ("Leisure traveller", "Vakantiereiziger"),
                "demographics": (
                    "34, primary-school teacher in Utrecht; partner and a daughter of 6; "
                    "household income around €65,000.",
                    "34 jaar, leerkracht basisschool in Utrecht; partner en een dochter van 6; "
                    "gezinsinkomen rond € 65.000.",
                ),
                "buying_behaviour": (
                    "Flies 2–3 times a year in school holidays. Compares fares for weeks on her phone, "
                    "then books in one go on the laptop at night.",
                    "Vliegt 2 à 3 keer per jaar in de schoolvakanties. Vergelijkt wekenlang prijzen op "
                    "haar telefoon en boekt daarna in één keer 's avonds op de laptop.",
                ),
                "needs": (
                    "A safe airline, an honest total price with luggage included, seats together "
                    "and quick help when plans change.",
                    "Een veilige maatschappij, een eerlijke totaalprijs inclusief bagage, naast "
                    "elkaar zitten en snelle hulp als er iets verandert.",
                ),
                "frustrations": (
                    "Hidden fees for bags and seats, long booking forms, and call-centre queues "
                    "when a flight is delayed.",
                    "Verborgen kosten voor bagage en stoelen, lange boekingsformulieren en "
                    "wachtrijen bij het callcenter als een vlucht vertraagd is.",
                ),
                "channels": ["search", "social_media", "website", "email", "app", "reviews"],
                "devices": ["smartphone", "computer", "tablet"],
                "quote": (
                    "“Just tell me what it really costs and that we'll sit together.”",
                    "“Zeg me gewoon wat het echt kost en dat we naast elkaar zitten.”",
                ),
            }
        ],
        "goals": [
            {
                "id": "goal-airline-touch-1",
                "phase": "touch",
                "text": (
                    "Find inspiration for a spring city trip with the family.",
                    "Inspiratie vinden voor een stedentrip in de meivakantie.",
                ),
            },
            {
                "id": "goal-airline-touch-2",
                "phase": "touch",
                "text": (
                    "Feel sure the airline is safe and reliable.",
                    "Zeker weten dat de maatschappij veilig en betrouwbaar is.",
                ),
            },
            {
                "id": "goal-airline-tell-1",
                "phase": "tell",
                "text": (
                    "Know the real total price, including hand luggage.",
                    "De echte totaalprijs kennen, inclusief handbagage.",
                ),
            },
            {
                "id": "goal-airline-tell-2",
                "phase": "tell",
                "text": (
                    "Find the cheapest dates without checking every day.",
                    "De goedkoopste data vinden zonder elke dag te kijken.",
                ),
            },
            {
                "id": "goal-airline-sell-1",
                "phase": "sell",
                "text": (
                    "Book three seats together in under ten minutes.",
                    "Binnen tien minuten drie stoelen naast elkaar boeken.",
                ),
            },
            {
                "id": "goal-airline-sell-2",
                "phase": "sell",
                "text": (
                    "Get the early-booker discount without hunting for a code.",
                    "De vroegboekkorting krijgen zonder naar een code te zoeken.",
                ),
            },
            {
                "id": "goal-airline-care-1",
                "phase": "care",
                "text": (
                    "Check in and board without stress, all on the phone.",
                    "Zonder stress inchecken en instappen, alles op de telefoon.",
                ),
            },
            {
                "id": "goal-airline-care-2",
                "phase": "care",
                "text": (
                    "Be helped fast and personally when something goes wrong.",
                    "Snel en persoonlijk geholpen worden als er iets misgaat.",
                ),
            },
        ],
        "touchpoints": [
            tp(
                1,
                name=("Safety-award banner", "Banner veiligheidsprijs"),
                phase="touch",
                channel="advertising",
                device="computer",
                direct=True,
                owner=("Brand & media", "Merk & media"),
                action=(
                    "Sees a banner on a news site: “Safest airline of 2026”.",
                    "Ziet op een nieuwssite een banner: “Veiligste maatschappij van 2026”.",
                ),
                thoughts=(
                    "Nice to know, but I'm not planning a trip right now.",
                    "Goed om te weten, maar ik ben nu niet met een reis bezig.",
                ),
                emotion=0,
                importance=2,
                effort=5,
                pain_points=(
                    "Shown to everyone, all year; hardly anyone clicks.",
                    "Wordt het hele jaar aan iedereen getoond; bijna niemand klikt.",
                ),
                opportunities=(
                    "Use the award as a trust badge in the booking module instead.",
                    "Gebruik de prijs liever als keurmerk in de boekingsmodule.",
                ),
                kpi=("Click-through rate 0.08%", "Doorklikratio 0,08%"),
                evidence=("Ad server report, March", "Rapport advertentieserver, maart"),
            ),
            tp(
                2,
                name=("TV spot in prime time", "Tv-spot op primetime"),
                phase="touch",
                channel="advertising",
                device="any",
                direct=True,
                owner=("Brand & media", "Merk & media"),
                action=(
                    "Half-watches a 20-second spot during the evening news.",
                    "Ziet met een half oog een spot van 20 seconden tijdens het journaal.",
                ),
                thoughts=("Was that SkyLark or another one?", "Was dat nou SkyLark of een andere?"),
                emotion=0,
                importance=1,
                effort=5,
                pain_points=(
                    "Biggest media budget, lowest recall among families.",
                    "Grootste mediabudget, laagste herinnering bij gezinnen.",
                ),
                opportunities=(
                    "Move budget to search and social, where families plan trips.",
                    "Verschuif budget naar zoekmachine en social, waar gezinnen hun reis plannen.",
                ),
                kpi=("Aided recall 11%", "Geholpen herinnering 11%"),
                evidence=("Brand tracker, Q1", "Merkonderzoek, Q1"),
            ),
            tp(
                3,
                name=("Friend's holiday photos", "Vakantiefoto's van een vriendin"),
                phase="touch",
                channel="social_media",
                device="smartphone",
                direct=False,
                owner=("Social media team", "Socialmediateam"),
                action=(
                    "Scrolls Instagram and sees a friend's photos from Lisbon, tagged SkyLark.",
                    "Scrolt door Instagram en ziet foto's van een vriendin uit Lissabon, met SkyLark getagd.",
                ),
                thoughts=("Lisbon in May… that looks lovely.", "Lissabon in mei… dat ziet er heerlijk uit."),
                emotion=1,
                importance=4,
                effort=2,
                pain_points=(
                    "We don't see or thank customers who tag us.",
                    "We zien en bedanken klanten die ons taggen niet.",
                ),
                opportunities=(
                    "Repost customer photos with a link to family fares.",
                    "Deel klantfoto's opnieuw met een link naar gezinstarieven.",
                ),
                kpi=("Tagged posts per month", "Getagde posts per maand"),
                evidence=("Social listening tool", "Social-listeningtool"),
            ),
            tp(
                4,
                name=("Search “cheap flights Lisbon”", "Zoeken “goedkope vlucht Lissabon”"),
                phase="touch",
                channel="search",
                device="smartphone",
                direct=True,
                owner=("Online marketing", "Online marketing"),
                action=(
                    "Googles cheap flights to Lisbon in May on her phone.",
                    "Googelt op haar telefoon naar goedkope vluchten naar Lissabon in mei.",
                ),
                thoughts=(
                    "Let's see who flies there and what it costs.",
                    "Eens kijken wie erheen vliegt en wat het kost.",
                ),
                emotion=0,
                importance=4,
                effort=3,
                pain_points=(
                    "Our ad leads to the home page, not to Lisbon fares.",
                    "Onze advertentie leidt naar de homepage, niet naar tarieven voor Lissabon.",
                ),
                opportunities=(
                    "Landing pages per destination with the fare calendar.",
                    "Landingspagina's per bestemming met de tariefkalender.",
                ),
                kpi=("Search click-through 3.1%", "Doorklikratio zoekadvertentie 3,1%"),
                evidence=("Search ads dashboard", "Dashboard zoekadvertenties"),
            ),
            tp(
                5,
                name=("YouTube ad: fares + hand luggage", "YouTube-ad: prijzen + handbagage"),
                phase="tell",
                channel="advertising",
                device="smartphone",
                direct=True,
                owner=("Online marketing", "Online marketing"),
                action=(
                    "Watches a 15-second ad: fares from €49 with an extra 10 kg of hand luggage.",
                    "Kijkt een advertentie van 15 seconden: vanaf € 49 met 10 kilo extra handbagage.",
                ),
                thoughts=(
                    "Extra hand luggage for free? That saves us a suitcase.",
                    "Gratis extra handbagage? Dan hebben we geen koffer nodig.",
                ),
                emotion=1,
                importance=3,
                effort=4,
                pain_points=(
                    "The ad doesn't say that the offer ends on 31 March.",
                    "In de advertentie staat niet dat de actie op 31 maart stopt.",
                ),
                opportunities=(
                    "Show the end date and link straight to the fare calendar.",
                    "Toon de einddatum en link direct naar de tariefkalender.",
                ),
                kpi=("View rate 38%, 2,400 site visits", "Kijkratio 38%, 2.400 websitebezoeken"),
                evidence=("YouTube Ads report", "Rapport YouTube Ads"),
            ),
            tp(
                6,
                name=("Fare calendar on the website", "Tariefkalender op de website"),
                phase="tell",
                channel="website",
                device="smartphone",
                direct=True,
                owner=("E-commerce", "E-commerce"),
                action=(
                    "Checks the fare calendar for May on her phone during lunch break.",
                    "Bekijkt in haar lunchpauze op haar telefoon de tariefkalender voor mei.",
                ),
                thoughts=(
                    "The 3rd of May is cheap. I'll show it to Tom tonight.",
                    "3 mei is goedkoop. Ik laat het vanavond aan Tom zien.",
                ),
                emotion=1,
                importance=4,
                effort=3,
                pain_points=(
                    "Prices shown per person without luggage; no family total.",
                    "Prijzen per persoon zonder bagage; geen totaal voor het gezin.",
                ),
                opportunities=(
                    "A family-total toggle that includes the hand luggage.",
                    "Een knop ‘totaal voor het gezin’, inclusief handbagage.",
                ),
                kpi=("Calendar → booking start 21%", "Kalender → start boeking 21%"),
                evidence=("Web analytics, funnel report", "Webanalyse, trechterrapport"),
            ),
            tp(
                7,
                name=("Price comparison site", "Prijsvergelijkingssite"),
                phase="tell",
                channel="reviews",
                device="smartphone",
                direct=False,
                owner=("Revenue management", "Revenue management"),
                action=(
                    "Compares SkyLark with two rivals on a comparison site.",
                    "Vergelijkt SkyLark met twee concurrenten op een vergelijkingssite.",
                ),
                thoughts=(
                    "Why are we more expensive here than on their own site?",
                    "Waarom zijn ze hier duurder dan op hun eigen site?",
                ),
                emotion=-1,
                importance=4,
                effort=1,
                pain_points=(
                    "The site gets our fares without the free hand luggage, so we look dearer.",
                    "De site krijgt onze tarieven zonder de gratis handbagage, dus lijken we duurder.",
                ),
                opportunities=(
                    "Send complete fare data, luggage included, to comparison sites.",
                    "Lever complete tariefdata, inclusief bagage, aan vergelijkingssites.",
                ),
                kpi=("Share of comparison clicks 12%", "Aandeel kliks via vergelijkers 12%"),
                evidence=("Partner report; 14 customer interviews", "Partnerrapport; 14 klantinterviews"),
            ),
            tp(
                8,
                name=("Fare alert newsletter", "Nieuwsbrief met prijsalarm"),
                phase="tell",
                channel="email",
                device="smartphone",
                direct=True,
                owner=("CRM team", "CRM-team"),
                action=(
                    "Signs up for a price alert for Lisbon in May.",
                    "Meldt zich aan voor een prijsalarm voor Lissabon in mei.",
                ),
                thoughts=("Now I don't have to check every day.", "Nu hoef ik niet elke dag te kijken."),
                emotion=1,
                importance=3,
                effort=2,
                pain_points=(
                    "The sign-up asks for seven fields, including date of birth.",
                    "De aanmelding vraagt zeven velden, waaronder geboortedatum.",
                ),
                opportunities=(
                    "Ask only for the e-mail address and the route.",
                    "Vraag alleen het e-mailadres en de route.",
                ),
                kpi=("Newsletter sign-ups 2,100/month", "Aanmeldingen nieuwsbrief 2.100/maand"),
                evidence=("E-mail platform", "E-mailplatform"),
            ),
            tp(
                9,
                name=("Fast booking module", "Snelle boekingsmodule"),
                phase="sell",
                channel="website",
                device="computer",
                direct=True,
                owner=("E-commerce", "E-commerce"),
                action=(
                    "At night on the laptop: books three seats in four steps; early-booker discount "
                    "applied automatically.",
                    "'s Avonds op de laptop: boekt drie stoelen in vier stappen; de vroegboekkorting "
                    "wordt vanzelf verrekend.",
                ),
                thoughts=(
                    "That was quick, and €45 off without a code!",
                    "Dat ging snel, en € 45 korting zonder code!",
                ),
                emotion=2,
                importance=5,
                effort=4,
                pain_points=(
                    "Her search from the phone is gone; she starts again on the laptop.",
                    "Haar zoekopdracht van de telefoon is weg; ze begint op de laptop opnieuw.",
                ),
                opportunities=(
                    "Remember searches across devices once she has an account.",
                    "Onthoud zoekopdrachten over apparaten heen zodra ze een account heeft.",
                ),
                kpi=("Booking conversion 3.2%", "Boekingsconversie 3,2%"),
                evidence=(
                    "Web analytics; usability test with 8 families",
                    "Webanalyse; gebruikstest met 8 gezinnen",
                ),
            ),
            tp(
                10,
                name=("Seats and payment", "Stoelen en betalen"),
                phase="sell",
                channel="website",
                device="computer",
                direct=True,
                owner=("E-commerce", "E-commerce"),
                action=(
                    "Picks seats together, pays; the payment page times out once.",
                    "Kiest stoelen naast elkaar en betaalt; de betaalpagina loopt één keer vast.",
                ),
                thoughts=(
                    "€12 per seat to sit with my own child? And now it's stuck?",
                    "€ 12 per stoel om naast mijn eigen kind te zitten? En nu loopt het vast?",
                ),
                emotion=-2,
                importance=5,
                effort=2,
                pain_points=(
                    "Seat fee feels unfair for families; 9% of payments time out.",
                    "Stoelkosten voelen oneerlijk voor gezinnen; 9% van de betalingen loopt vast.",
                ),
                opportunities=(
                    "Free seats together for children under 12; fix the payment timeout.",
                    "Gratis naast elkaar zitten met kinderen onder 12; los de betaalstoring op.",
                ),
                kpi=("Payment drop-off 18%", "Uitval bij betalen 18%"),
                evidence=("Payment provider logs; complaints", "Logboek betaalprovider; klachten"),
            ),
            tp(
                11,
                name=("Booking confirmation e-mail", "Bevestigingsmail van de boeking"),
                phase="sell",
                channel="email",
                device="smartphone",
                direct=True,
                owner=("CRM team", "CRM-team"),
                action=(
                    "Waits for the confirmation, which arrives 25 minutes later as a PDF.",
                    "Wacht op de bevestiging, die na 25 minuten als pdf binnenkomt.",
                ),
                thoughts=(
                    "Did it go through? I can't read this PDF on my phone.",
                    "Is het gelukt? Deze pdf kan ik op mijn telefoon niet lezen.",
                ),
                emotion=-1,
                importance=5,
                effort=1,
                pain_points=(
                    "Slow, not mobile-friendly; no link to create an account or add the app.",
                    "Traag en niet mobielvriendelijk; geen link om een account of de app toe te voegen.",
                ),
                opportunities=(
                    "Instant, mobile-first mail with ‘add to app’ and a checklist for the trip.",
                    "Directe, mobielvriendelijke mail met ‘zet in de app’ en een checklist voor de reis.",
                ),
                kpi=("Accounts created after booking 28%", "Accounts aangemaakt na boeking 28%"),
                evidence=(
                    "E-mail platform; 31 calls “did my booking work?”",
                    "E-mailplatform; 31 telefoontjes “is mijn boeking gelukt?”",
                ),
            ),
            tp(
                12,
                name=("Check-in in the app", "Inchecken in de app"),
                phase="care",
                channel="app",
                device="smartphone",
                direct=True,
                owner=("Digital products", "Digitale producten"),
                action=(
                    "Checks in the family 24 hours before and saves the boarding passes.",
                    "Checkt het gezin 24 uur van tevoren in en bewaart de instapkaarten.",
                ),
                thoughts=(
                    "Easy, three passes in my wallet.",
                    "Makkelijk, drie instapkaarten in mijn wallet.",
                ),
                emotion=1,
                importance=5,
                effort=2,
                pain_points=(
                    "She must type the booking code again; the app forgot her.",
                    "Ze moet de boekingscode opnieuw intypen; de app kent haar niet.",
                ),
                opportunities=(
                    "Link the booking to the app automatically from the confirmation mail.",
                    "Koppel de boeking automatisch aan de app vanuit de bevestigingsmail.",
                ),
                kpi=("App check-in rate 52%", "Inchecken via app 52%"),
                evidence=("App analytics", "App-analyse"),
            ),
            tp(
                13,
                name=("Delay message", "Melding van vertraging"),
                phase="care",
                channel="app",
                device="smartphone",
                direct=True,
                owner=("Operations control", "Operations control"),
                action=(
                    "At the gate, gets a push message: flight delayed by three hours.",
                    "Krijgt bij de gate een pushbericht: de vlucht is drie uur vertraagd.",
                ),
                thoughts=(
                    "Three hours with a tired six-year-old. What now?",
                    "Drie uur met een moe kind van zes. Wat nu?",
                ),
                emotion=-3,
                importance=5,
                effort=3,
                pain_points=(
                    "The message gives no reason, no options and no meal voucher.",
                    "Het bericht geeft geen reden, geen opties en geen maaltijdbon.",
                ),
                opportunities=(
                    "Send the reason, a voucher and a rebooking button with the message.",
                    "Stuur reden, maaltijdbon en een omboekknop mee met het bericht.",
                ),
                kpi=("Complaints per delayed flight", "Klachten per vertraagde vlucht"),
                evidence=("Complaint log; 6 interviews", "Klachtenregistratie; 6 interviews"),
            ),
            tp(
                14,
                name=("Personal rebooking via WhatsApp", "Persoonlijk omboeken via WhatsApp"),
                phase="care",
                channel="chat",
                device="smartphone",
                direct=True,
                owner=("Customer service", "Klantenservice"),
                action=(
                    "Chats with agent Mila, who rebooks the family on an earlier flight in five minutes.",
                    "Appt met medewerker Mila, die het gezin binnen vijf minuten omboekt naar een eerdere vlucht.",
                ),
                thoughts=(
                    "Wow, a real person who fixes it right away. Thank you!",
                    "Wauw, een echt mens die het meteen regelt. Dank je wel!",
                ),
                emotion=3,
                importance=5,
                effort=4,
                pain_points=(
                    "Only works when Mila's team is staffed; at night the bot can't rebook.",
                    "Werkt alleen als het team van Mila bezet is; 's nachts kan de bot niet omboeken.",
                ),
                opportunities=(
                    "Make this the signature moment: staff it at every disruption.",
                    "Maak dit het kenmerkende moment: bemensen bij elke verstoring.",
                ),
                kpi=("Chat satisfaction 4.7/5", "Tevredenheid chat 4,7/5"),
                evidence=("Chat survey; Trustpilot reviews", "Chatenquête; reviews op Trustpilot"),
            ),
            tp(
                15,
                name=("Thank-you card at home", "Bedankkaart op de mat"),
                phase="care",
                channel="direct_mail",
                device="print",
                direct=True,
                owner=("Customer service", "Klantenservice"),
                action=(
                    "Finds a card from the crew with a drawing for her daughter and 500 bonus points.",
                    "Vindt een kaart van de crew met een kleurplaat voor haar dochter en 500 bonuspunten.",
                ),
                thoughts=("Such a sweet gesture after that delay.", "Wat een lief gebaar na die vertraging."),
                emotion=2,
                importance=3,
                effort=2,
                pain_points=(
                    "Sent by hand, only when a crew member thinks of it.",
                    "Handmatig verstuurd, alleen als een crewlid eraan denkt.",
                ),
                opportunities=(
                    "Send it after every disrupted family trip.",
                    "Stuur hem na elke verstoorde gezinsreis.",
                ),
                kpi=("Shares of the card on social media", "Keren dat de kaart online gedeeld wordt"),
                evidence=("Instagram posts; crew feedback", "Instagramposts; feedback van de crew"),
            ),
            tp(
                16,
                name=("Loyalty points statement", "Overzicht spaarpunten"),
                phase="care",
                channel="email",
                device="computer",
                direct=True,
                owner=("Loyalty programme", "Loyaliteitsprogramma"),
                action=(
                    "Six weeks later receives a points statement she doesn't understand.",
                    "Krijgt zes weken later een puntenoverzicht dat ze niet begrijpt.",
                ),
                thoughts=(
                    "1,240 points… what can I actually do with that?",
                    "1.240 punten… wat kan ik daar eigenlijk mee?",
                ),
                emotion=0,
                importance=4,
                effort=2,
                pain_points=(
                    "Late, full of jargon, and no offer for the next trip.",
                    "Laat, vol jargon, en geen aanbod voor de volgende reis.",
                ),
                opportunities=(
                    "Right after the trip: ‘your points = €25 off the summer holiday’.",
                    "Direct na de reis: ‘jouw punten = € 25 korting op de zomervakantie’.",
                ),
                kpi=("Repeat booking within 12 months 27%", "Herhaalboeking binnen 12 maanden 27%"),
                evidence=("Loyalty database; CRM", "Loyaliteitsdatabase; CRM"),
            ),
        ],
        "kpis": [
            {
                "id": "kpi-airline-touch-1",
                "phase": "touch",
                "name": ("Aided brand recall, families", "Geholpen merkherinnering, gezinnen"),
                "target": 25,
                "actual": 18,
                "unit": "%",
            },
            {
                "id": "kpi-airline-touch-2",
                "phase": "touch",
                "name": ("Visits from search and social", "Bezoeken via zoekmachine en social"),
                "target": 60000,
                "actual": 48500,
                "unit": ("visits/month", "bezoeken/maand"),
            },
            {
                "id": "kpi-airline-tell-1",
                "phase": "tell",
                "name": ("Fare-alert sign-ups", "Aanmeldingen prijsalarm"),
                "target": 3000,
                "actual": 2100,
                "unit": ("per month", "per maand"),
                "micro_conversion": True,
            },
            {
                "id": "kpi-airline-tell-2",
                "phase": "tell",
                "name": ("Booking starts", "Gestarte boekingen"),
                "target": 12000,
                "actual": 10200,
                "unit": ("per month", "per maand"),
            },
            {
                "id": "kpi-airline-sell-1",
                "phase": "sell",
                "name": ("Account created at booking", "Account aangemaakt bij boeking"),
                "target": 40,
                "actual": 28,
                "unit": "%",
                "micro_conversion": True,
            },
            {
                "id": "kpi-airline-sell-2",
                "phase": "sell",
                "name": ("Completed bookings", "Afgeronde boekingen"),
                "target": 1900,
                "actual": 1550,
                "unit": ("per month", "per maand"),
            },
            {
                "id": "kpi-airline-care-1",
                "phase": "care",
                "name": ("Check-in via the app", "Inchecken via de app"),
                "target": 70,
                "actual": 52,
                "unit": "%",
                "micro_conversion": True,
            },
            {
                "id": "kpi-airline-care-2",
                "phase": "care",
                "name": ("Repeat booking within 12 months", "Herhaalboeking binnen 12 maanden"),
                "target": 35,
                "actual": 27,
                "unit": "%",
            },
        ],
        "templates": {
            "current_state": {
                "think_feel": [
                    ("Curious, but not planning yet.", "Nieuwsgierig, maar nog niet aan het plannen."),
                    ("Hopeful: it looks cheap.", "Hoopvol: het lijkt goedkoop."),
                    ("Unsure what the total will be.", "Onzeker over de totaalprijs."),
                    (
                        "Annoyed by seat fees and a frozen page.",
                        "Geërgerd door stoelkosten en een vastgelopen pagina.",
                    ),
                    (
                        "Stressed by the delay, then relieved.",
                        "Gestrest door de vertraging, daarna opgelucht.",
                    ),
                ],
                "action": [
                    ("Sees a banner and a friend's photos.", "Ziet een banner en foto's van een vriendin."),
                    (
                        "Watches the YouTube ad, opens the fare calendar.",
                        "Kijkt de YouTube-ad, opent de tariefkalender.",
                    ),
                    ("Compares prices on a comparison site.", "Vergelijkt prijzen op een vergelijkingssite."),
                    ("Books and pays on the laptop.", "Boekt en betaalt op de laptop."),
                    (
                        "Checks in, is delayed, rebooks via WhatsApp.",
                        "Checkt in, heeft vertraging, boekt om via WhatsApp.",
                    ),
                ],
                "touchpoint": [
                    ("Banner, TV, Instagram", "Banner, tv, Instagram"),
                    ("YouTube ad, website", "YouTube-ad, website"),
                    ("Comparison site, newsletter", "Vergelijkingssite, nieuwsbrief"),
                    ("Booking module, confirmation e-mail", "Boekingsmodule, bevestigingsmail"),
                    ("App, WhatsApp, card, points e-mail", "App, WhatsApp, kaart, puntenmail"),
                ],
                "change": [
                    (
                        "Less TV and banners, more search and social.",
                        "Minder tv en banners, meer zoekmachine en social.",
                    ),
                    ("Show family totals with luggage.", "Toon gezinstotalen inclusief bagage."),
                    ("Complete fare data at comparison sites.", "Complete tariefdata bij vergelijkers."),
                    (
                        "Free seats together for kids; fix payment.",
                        "Gratis samen zitten met kinderen; betalen repareren.",
                    ),
                    (
                        "Proactive delay help; points worth something now.",
                        "Proactieve hulp bij vertraging; punten die nu iets waard zijn.",
                    ),
                ],
                "how_why": [
                    (
                        "Banners and TV cost most and move least.",
                        "Banners en tv kosten het meest en doen het minst.",
                    ),
                    ("A clear total prevents drop-off later.", "Een helder totaal voorkomt uitval later."),
                    ("We lose clicks because we look dearer.", "We verliezen kliks omdat we duurder lijken."),
                    (
                        "18% drop-off at payment is our biggest leak.",
                        "18% uitval bij betalen is ons grootste lek.",
                    ),
                    (
                        "The end decides how the trip is remembered.",
                        "Het einde bepaalt hoe de reis wordt onthouden.",
                    ),
                ],
            },
            "future_state": {
                "think_feel": [
                    (
                        "“That's the airline my friend loved.”",
                        "“Dat is de maatschappij waar mijn vriendin zo blij mee was.”",
                    ),
                    ("Confident: the price is the price.", "Zeker: de prijs is de prijs."),
                    (
                        "Calm: the alert tells me when to book.",
                        "Rustig: het alarm zegt wanneer ik moet boeken.",
                    ),
                    (
                        "Pleased: booked in five minutes, seats together.",
                        "Blij: in vijf minuten geboekt, naast elkaar.",
                    ),
                    ("Looked after, even when things go wrong.", "Goed verzorgd, ook als er iets misgaat."),
                ],
                "action": [
                    ("Clicks a reposted customer photo.", "Klikt op een gedeelde klantfoto."),
                    (
                        "Sets the family-total toggle in the calendar.",
                        "Zet in de kalender ‘totaal voor het gezin’ aan.",
                    ),
                    (
                        "Gets a price alert and opens it on her phone.",
                        "Krijgt een prijsalarm en opent het op haar telefoon.",
                    ),
                    (
                        "Continues the saved search on the laptop and books.",
                        "Gaat op de laptop verder met de bewaarde zoekopdracht en boekt.",
                    ),
                    (
                        "Taps ‘rebook’ in the delay message; redeems points.",
                        "Tikt op ‘omboeken’ in de melding; wisselt punten in.",
                    ),
                ],
                "touchpoint": [
                    ("Instagram, search landing page", "Instagram, landingspagina zoekmachine"),
                    ("Fare calendar with family totals", "Tariefkalender met gezinstotaal"),
                    ("Price-alert e-mail", "Mail met prijsalarm"),
                    ("Booking module with account", "Boekingsmodule met account"),
                    ("App, WhatsApp team, points offer", "App, WhatsApp-team, puntenaanbod"),
                ],
                "change": [
                    (
                        "Customer stories replace generic banners.",
                        "Klantverhalen vervangen algemene banners.",
                    ),
                    ("One honest total price.", "Eén eerlijke totaalprijs."),
                    ("Two-field sign-up.", "Aanmelden met twee velden."),
                    (
                        "Cross-device saved searches; seats together free.",
                        "Bewaarde zoekopdrachten op elk apparaat; gratis samen zitten.",
                    ),
                    (
                        "Delay message with options; points shown in euros.",
                        "Vertragingsbericht met opties; punten in euro's.",
                    ),
                ],
                "how_why": [
                    (
                        "Word of mouth scores highest on importance.",
                        "Mond-tot-mond scoort het hoogst op belang.",
                    ),
                    ("Fewer surprises, fewer drop-outs.", "Minder verrassingen, minder afhakers."),
                    (
                        "Micro-conversion feeds the booking funnel.",
                        "Microconversie voedt de boekingstrechter.",
                    ),
                    (
                        "Target: booking conversion from 3.2% to 4%.",
                        "Doel: boekingsconversie van 3,2% naar 4%.",
                    ),
                    (
                        "Peak–end: a strong end drives rebooking.",
                        "Piek-eind: een sterk einde zorgt voor herhaalboekingen.",
                    ),
                ],
            },
            "service_blueprint": {
                "think_feel": [
                    (
                        "Relaxed: checked in, passes on the phone.",
                        "Ontspannen: ingecheckt, instapkaarten op de telefoon.",
                    ),
                    (
                        "Shocked: three hours' delay with a child.",
                        "Geschrokken: drie uur vertraging met een kind.",
                    ),
                    ("Doubtful: will anyone answer?", "Twijfel: neemt er wel iemand op?"),
                    ("Relieved: someone takes it seriously.", "Opgelucht: iemand neemt het serieus."),
                    ("Grateful, and tells friends about it.", "Dankbaar, en vertelt het aan vrienden."),
                ],
                "why": [
                    ("The app worked well so far.", "De app werkte tot nu toe goed."),
                    (
                        "The push message gives no reason or options.",
                        "Het pushbericht geeft geen reden of opties.",
                    ),
                    (
                        "Last time the call centre queue was 40 minutes.",
                        "Vorige keer stond ze 40 minuten in de wacht.",
                    ),
                    ("Mila knows her booking and acts at once.", "Mila kent haar boeking en handelt meteen."),
                    (
                        "Earlier flight, voucher and a card for her daughter.",
                        "Eerdere vlucht, maaltijdbon en een kaart voor haar dochter.",
                    ),
                ],
                "communicate": [
                    ("Boarding pass and gate info in the app.", "Instapkaart en gate-informatie in de app."),
                    ("Push message: “Flight delayed 3 hrs.”", "Pushbericht: “Vlucht 3 uur vertraagd.”"),
                    ("WhatsApp link on the gate screen.", "WhatsApp-link op het scherm bij de gate."),
                    (
                        "Personal chat, agent uses her first name.",
                        "Persoonlijke chat, medewerker noemt haar bij naam.",
                    ),
                    ("Confirmation in the app; card by post.", "Bevestiging in de app; kaart per post."),
                ],
                "behind_scenes": [
                    (
                        "Operations monitors the aircraft rotation.",
                        "Operations volgt de inzet van het toestel.",
                    ),
                    (
                        "Ops control decides the delay; reason not shared.",
                        "Operations control besluit tot vertraging; reden niet gedeeld.",
                    ),
                    (
                        "Chat team gets a list of families on the flight.",
                        "Chatteam krijgt een lijst met gezinnen op de vlucht.",
                    ),
                    (
                        "Agent rebooks and issues a voucher without approval.",
                        "Medewerker boekt om en geeft een bon zonder goedkeuring.",
                    ),
                    (
                        "Case logged; crew sends the card; points added.",
                        "Zaak vastgelegd; crew stuurt de kaart; punten bijgeschreven.",
                    ),
                ],
            },
        },
        "revisions": [
            {
                "at": "2026-03-02 09:30",
                "author": "Marieke (CX lead)",
                "kind": "created",
                "summary": ("First map from the campaign workshop.", "Eerste kaart uit de campagneworkshop."),
            },
            {
                "at": "2026-03-09 14:00",
                "author": "Joost (Customer service)",
                "kind": "change",
                "summary": (
                    "Added the care phase touchpoints after complaint analysis.",
                    "Contactpunten in de care-fase toegevoegd na analyse van klachten.",
                ),
                "changes": [
                    (
                        "Added: delay message, WhatsApp rebooking, thank-you card",
                        "Toegevoegd: vertragingsmelding, omboeken via WhatsApp, bedankkaart",
                    )
                ],
            },
            {
                "at": "2026-03-16 11:15",
                "author": "Marieke (CX lead)",
                "kind": "change",
                "summary": (
                    "Re-scored importance and effort with survey results (n=412).",
                    "Belang en inspanning opnieuw gescoord met enquêteresultaten (n=412).",
                ),
                "changes": [
                    ("TV spot: importance 3 → 1", "Tv-spot: belang 3 → 1"),
                    ("Confirmation e-mail: importance 3 → 5", "Bevestigingsmail: belang 3 → 5"),
                ],
            },
            {
                "at": "2026-03-30 10:00",
                "author": ("Management team", "Managementteam"),
                "kind": "review",
                "summary": (
                    "Reviewed: shift 30% of TV budget to booking flow and app; revisit in June.",
                    "Beoordeeld: 30% van het tv-budget naar boekingsflow en app; in juni opnieuw bekijken.",
                ),
            },
        ],
    }


# ======================================================================= veranda
def veranda() -> dict:
    def tp(n: int, **fields) -> dict:
        return {"id": f"tp-veranda-{n:02d}", **fields}

    def col(customer, internal, experience, score, improvements) -> dict:
        return {
            "customer_process": customer,
            "internal_process": internal,
            "experience": experience,
            "score": score,
            "improvements": improvements,
        }

    return {
        "title": ("From rainy garden to veranda at Zonnedak", "Van natte tuin naar veranda bij Zonnedak"),
        "objective": (
            "Understand how new homeowners find, choose and buy a veranda, and make sure our "
            "content appears first where they search: Google and Pinterest.",
            "Begrijpen hoe nieuwe huiseigenaren een veranda vinden, kiezen en kopen, en zorgen dat "
            "onze content als eerste verschijnt waar zij zoeken: Google en Pinterest.",
        ),
        "phase_model": "b2b_five",
        "phases": ["awareness", "interest", "consideration", "purchase", "service_loyalty"],
        "personas": [
            {
                "id": "persona-veranda-daan",
                "name": ("Daan, the new homeowner", "Daan, de nieuwe huiseigenaar"),
                "role": ("Homeowner, first house with a garden", "Huiseigenaar, eerste huis met tuin"),
                "demographics": (
                    "38, IT project manager; bought a 1970s terraced house in Amersfoort with his "
                    "partner Lotte and their two young children; garden faces north-west.",
                    "38 jaar, IT-projectleider; kocht met zijn partner Lotte een rijtjeshuis uit 1970 "
                    "in Amersfoort, met hun twee jonge kinderen; de tuin ligt op het noordwesten.",
                ),
                "buying_behaviour": (
                    "Collects ideas on Pinterest for months, reads reviews, wants a price range "
                    "online before he visits a showroom. Budget €6,000–9,000.",
                    "Verzamelt maandenlang ideeën op Pinterest, leest reviews en wil online een "
                    "prijsindicatie voordat hij naar een showroom gaat. Budget € 6.000–9.000.",
                ),
                "needs": (
                    "Sit outside in spring and autumn, also when it rains; a design that suits the "
                    "house; clarity about permits and delivery time.",
                    "In voorjaar en najaar buiten zitten, ook als het regent; een ontwerp dat bij het "
                    "huis past; duidelijkheid over vergunning en levertijd.",
                ),
                "frustrations": (
                    "Sites without prices, quotes that take weeks, and not knowing whether a permit "
                    "is needed.",
                    "Sites zonder prijzen, offertes die weken duren en niet weten of er een "
                    "vergunning nodig is.",
                ),
                "channels": ["social_media", "search", "website", "reviews", "store", "email"],
                "devices": ["tablet", "smartphone", "computer", "in_person"],
                "quote": (
                    "“We bought the house for the garden, and now we sit inside every evening.”",
                    "“We kochten het huis voor de tuin, en nu zitten we elke avond binnen.”",
                ),
            }
        ],
        "goals": [
            {
                "id": "goal-veranda-awareness-1",
                "phase": "awareness",
                "text": (
                    "Find a way to sit outside when the weather is bad.",
                    "Een manier vinden om buiten te zitten als het weer tegenzit.",
                ),
            },
            {
                "id": "goal-veranda-interest-1",
                "phase": "interest",
                "text": (
                    "Learn which type of veranda suits a north-west garden.",
                    "Leren welk type veranda past bij een tuin op het noordwesten.",
                ),
            },
            {
                "id": "goal-veranda-interest-2",
                "phase": "interest",
                "text": ("Know whether a permit is needed.", "Weten of er een vergunning nodig is."),
            },
            {
                "id": "goal-veranda-consideration-1",
                "phase": "consideration",
                "text": (
                    "Compare prices and quality without pressure from a salesperson.",
                    "Prijzen en kwaliteit vergelijken zonder druk van een verkoper.",
                ),
            },
            {
                "id": "goal-veranda-consideration-2",
                "phase": "consideration",
                "text": (
                    "See and feel the materials before deciding.",
                    "De materialen zien en voelen voordat we beslissen.",
                ),
            },
            {
                "id": "goal-veranda-purchase-1",
                "phase": "purchase",
                "text": (
                    "Get a clear, complete quote within a few days.",
                    "Binnen een paar dagen een duidelijke, complete offerte krijgen.",
                ),
            },
            {
                "id": "goal-veranda-service_loyalty-1",
                "phase": "service_loyalty",
                "text": (
                    "A veranda installed on the promised day, garden left clean.",
                    "Een veranda die op de beloofde dag staat, met een opgeruimde tuin.",
                ),
            },
            {
                "id": "goal-veranda-service_loyalty-2",
                "phase": "service_loyalty",
                "text": (
                    "Know who to call if something leaks or breaks.",
                    "Weten wie ik bel als er iets lekt of kapotgaat.",
                ),
            },
        ],
        "touchpoints": [
            tp(
                1,
                name=("Pinterest: “veranda ideas”", "Pinterest: “veranda ideeën”"),
                phase="awareness",
                channel="social_media",
                device="tablet",
                direct=True,
                owner=("Content marketing", "Contentmarketing"),
                action=(
                    "Searches Pinterest on the tablet on the sofa and saves ten pins to a board.",
                    "Zoekt op de bank op Pinterest via de tablet en bewaart tien pins op een bord.",
                ),
                thoughts=(
                    "A glass roof with heaters… that's what we want.",
                    "Een glazen dak met heaters… dat willen wij.",
                ),
                emotion=1,
                importance=5,
                effort=2,
                pain_points=(
                    "Our pins are old photos without a link to the site; rivals show up first.",
                    "Onze pins zijn oude foto's zonder link naar de site; concurrenten staan bovenaan.",
                ),
                opportunities=(
                    "Weekly pins of real gardens, each linking to its project page.",
                    "Elke week pins van echte tuinen, elk met een link naar de projectpagina.",
                ),
                kpi=("Pins saved: 400/month", "Bewaarde pins: 400/maand"),
                evidence=("Pinterest Analytics", "Pinterest Analytics"),
            ),
            tp(
                2,
                name=("Google: “roof over patio rain”", "Google: “overkapping terras regen”"),
                phase="awareness",
                channel="search",
                device="smartphone",
                direct=True,
                owner=("Online marketing", "Online marketing"),
                action=(
                    "Googles on his phone how to keep the patio dry.",
                    "Googelt op zijn telefoon hoe hij het terras droog houdt.",
                ),
                thoughts=(
                    "Awning, veranda, pergola… what's the difference?",
                    "Zonnescherm, veranda, pergola… wat is het verschil?",
                ),
                emotion=0,
                importance=5,
                effort=3,
                pain_points=(
                    "We rank on page 2 for this question; only the brand name ranks first.",
                    "We staan op pagina 2 voor deze vraag; alleen op onze merknaam staan we bovenaan.",
                ),
                opportunities=(
                    "A clear guide page ‘veranda, pergola or awning?’.",
                    "Een heldere gidspagina ‘veranda, pergola of zonnescherm?’.",
                ),
                kpi=("Average position 14", "Gemiddelde positie 14"),
                evidence=("Search Console", "Search Console"),
            ),
            tp(
                3,
                name=("The neighbours' veranda", "De veranda van de buren"),
                phase="awareness",
                channel="word_of_mouth",
                device="in_person",
                direct=False,
                owner=("Sales", "Verkoop"),
                action=(
                    "Has a drink under the neighbours' veranda during a shower.",
                    "Drinkt tijdens een regenbui iets onder de veranda van de buren.",
                ),
                thoughts=(
                    "Dry and warm in October. Where did they buy it?",
                    "Droog en warm in oktober. Waar hebben zij die gekocht?",
                ),
                emotion=2,
                importance=4,
                effort=1,
                pain_points=(
                    "No sticker or card; the neighbours don't remember our name.",
                    "Geen sticker of kaartje; de buren weten onze naam niet meer.",
                ),
                opportunities=(
                    "A small name plate and a ‘recommend a neighbour’ voucher.",
                    "Een klein naamplaatje en een ‘tip de buren’-bon.",
                ),
                kpi=("Leads via referral: 6%", "Leads via aanbeveling: 6%"),
                evidence=("Lead source in CRM", "Leadbron in het CRM"),
            ),
            tp(
                4,
                name=("Guide: veranda for shady gardens", "Gids: veranda in een schaduwtuin"),
                phase="interest",
                channel="website",
                device="smartphone",
                direct=True,
                owner=("Content marketing", "Contentmarketing"),
                action=(
                    "Reads a blog on which roof lets the most light into a north-facing garden.",
                    "Leest een blog over welk dak het meeste licht doorlaat in een tuin op het noorden.",
                ),
                thoughts=(
                    "Clear glass, not polycarbonate. Useful!",
                    "Helder glas, geen polycarbonaat. Handig!",
                ),
                emotion=1,
                importance=4,
                effort=2,
                pain_points=(
                    "Page loads slowly on mobile and has no next step.",
                    "Pagina laadt traag op mobiel en heeft geen volgende stap.",
                ),
                opportunities=(
                    "Add a ‘plan your veranda’ button and faster images.",
                    "Voeg een knop ‘plan je veranda’ toe en snellere afbeeldingen.",
                ),
                kpi=("Time on site from search 1.4 min", "Tijd op site vanuit zoeken 1,4 min"),
                evidence=("Web analytics", "Webanalyse"),
            ),
            tp(
                5,
                name=("Chat question about the permit", "Chatvraag over de vergunning"),
                phase="interest",
                channel="chat",
                device="computer",
                direct=True,
                owner=("Customer service", "Klantenservice"),
                action=(
                    "Asks in the chat whether a 4 × 3 m veranda needs a permit.",
                    "Vraagt in de chat of een veranda van 4 × 3 meter een vergunning nodig heeft.",
                ),
                thoughts=(
                    "The bot sends me a general link. That's not my question.",
                    "De bot stuurt een algemene link. Dat is mijn vraag niet.",
                ),
                emotion=-1,
                importance=4,
                effort=2,
                pain_points=(
                    "Bot can't answer; staff only online 9–17, when he's at work.",
                    "De bot weet het niet; medewerkers alleen online van 9 tot 17, als hij werkt.",
                ),
                opportunities=(
                    "A permit check tool plus evening chat staffing.",
                    "Een vergunningscheck plus chatbezetting in de avond.",
                ),
                kpi=("Chats answered by a person: 35%", "Chats door een mens beantwoord: 35%"),
                evidence=("Chat logs", "Chatlogs"),
            ),
            tp(
                6,
                name=("Folder in the local paper", "Folder in het huis-aan-huisblad"),
                phase="interest",
                channel="advertising",
                device="print",
                direct=True,
                owner=("Marketing", "Marketing"),
                action=(
                    "Throws the folder away with the rest of the paper.",
                    "Gooit de folder weg met de rest van de krant.",
                ),
                thoughts=("I don't read these.", "Die lees ik nooit."),
                emotion=0,
                importance=1,
                effort=4,
                pain_points=(
                    "€2,500 a month, no measurable leads.",
                    "€ 2.500 per maand, geen meetbare leads.",
                ),
                opportunities=(
                    "Stop, and put the budget into Pinterest and SEO content.",
                    "Stoppen, en het budget naar Pinterest- en SEO-content.",
                ),
                kpi=("Leads with folder code: 2/month", "Leads met foldercode: 2/maand"),
                evidence=("Coupon code count", "Telling kortingscodes"),
            ),
            tp(
                7,
                name=("Reviews on Google", "Reviews op Google"),
                phase="consideration",
                channel="reviews",
                device="smartphone",
                direct=False,
                owner=("Customer service", "Klantenservice"),
                action=(
                    "Reads 4.6★ reviews; notices two about late delivery.",
                    "Leest reviews met 4,6★; ziet er twee over late levering.",
                ),
                thoughts=(
                    "Good quality, but will they be on time?",
                    "Goede kwaliteit, maar zijn ze op tijd?",
                ),
                emotion=1,
                importance=5,
                effort=1,
                pain_points=(
                    "We never respond to reviews, not even the negative ones.",
                    "We reageren nooit op reviews, ook niet op de negatieve.",
                ),
                opportunities=(
                    "Answer every review within two days.",
                    "Elke review binnen twee dagen beantwoorden.",
                ),
                kpi=("Average rating 4.6; 0% answered", "Gemiddelde score 4,6; 0% beantwoord"),
                evidence=("Google Business Profile", "Google Bedrijfsprofiel"),
            ),
            tp(
                8,
                name=("Online configurator", "Online configurator"),
                phase="consideration",
                channel="website",
                device="computer",
                direct=True,
                owner=("E-commerce", "E-commerce"),
                action=(
                    "Designs a veranda on the laptop with Lotte; must leave his details to see a price.",
                    "Ontwerpt met Lotte op de laptop een veranda; moet gegevens achterlaten om een prijs te zien.",
                ),
                thoughts=(
                    "Why can't I just see what it costs?",
                    "Waarom kan ik niet gewoon zien wat het kost?",
                ),
                emotion=-1,
                importance=5,
                effort=3,
                pain_points=(
                    "62% leave at the contact form; no price range shown.",
                    "62% haakt af bij het contactformulier; geen prijsindicatie.",
                ),
                opportunities=(
                    "Show a price range at once; ask details only to save the design.",
                    "Toon direct een prijsindicatie; vraag gegevens pas bij het bewaren.",
                ),
                kpi=("Designs saved: 9% of sessions", "Bewaarde ontwerpen: 9% van de sessies"),
                evidence=("Configurator funnel", "Trechter configurator"),
            ),
            tp(
                9,
                name=("Showroom visit with 3D design", "Showroombezoek met 3D-ontwerp"),
                phase="consideration",
                channel="store",
                device="in_person",
                direct=True,
                owner=("Showroom team", "Showroomteam"),
                action=(
                    "Visits the showroom on Saturday; an adviser shows the design in 3D in their own garden.",
                    "Bezoekt zaterdag de showroom; een adviseur toont het ontwerp in 3D in hun eigen tuin.",
                ),
                thoughts=(
                    "Now we can really see it. This is the one.",
                    "Nu zien we het echt voor ons. Deze wordt het.",
                ),
                emotion=3,
                importance=5,
                effort=5,
                pain_points=("Saturday slots are full for three weeks.", "Zaterdagen zijn drie weken vol."),
                opportunities=("Video consult on weekday evenings.", "Videoadvies op doordeweekse avonden."),
                kpi=("Showroom visit → order 41%", "Showroombezoek → order 41%"),
                evidence=("Appointment system; CRM", "Afsprakensysteem; CRM"),
            ),
            tp(
                10,
                name=("Quote by e-mail", "Offerte per e-mail"),
                phase="purchase",
                channel="email",
                device="computer",
                direct=True,
                owner=("Sales office", "Verkoop binnendienst"),
                action=(
                    "Waits nine days for the quote; it lacks the heaters and the permit advice.",
                    "Wacht negen dagen op de offerte; de heaters en het vergunningsadvies ontbreken.",
                ),
                thoughts=(
                    "Nine days, and it's still incomplete? Do they want my order?",
                    "Negen dagen, en nog niet compleet? Willen ze mijn opdracht wel?",
                ),
                emotion=-2,
                importance=5,
                effort=2,
                pain_points=(
                    "Quotes are typed by hand from the adviser's notes.",
                    "Offertes worden met de hand overgetypt uit de notities van de adviseur.",
                ),
                opportunities=(
                    "Quote generated from the 3D design, sent within 48 hours.",
                    "Offerte direct uit het 3D-ontwerp, verstuurd binnen 48 uur.",
                ),
                kpi=("Quotes within 2 days: 20%", "Offertes binnen 2 dagen: 20%"),
                evidence=("Sales office log", "Logboek binnendienst"),
            ),
            tp(
                11,
                name=("Order and deposit", "Opdracht en aanbetaling"),
                phase="purchase",
                channel="sales_call",
                device="phone_call",
                direct=True,
                owner=("Sales", "Verkoop"),
                action=(
                    "Calls the adviser, agrees on the heaters and pays a 30% deposit.",
                    "Belt de adviseur, spreekt de heaters af en betaalt 30% aan.",
                ),
                thoughts=(
                    "Good, he sorted it right away. Now the date.",
                    "Goed, hij regelt het meteen. Nu de datum nog.",
                ),
                emotion=1,
                importance=4,
                effort=3,
                pain_points=(
                    "Deposit only by bank transfer; no delivery date yet.",
                    "Aanbetalen alleen per overschrijving; nog geen leverdatum.",
                ),
                opportunities=(
                    "iDEAL link and a delivery week in the order confirmation.",
                    "iDEAL-link en een leverweek in de orderbevestiging.",
                ),
                kpi=("Quote → order 38%", "Offerte → opdracht 38%"),
                evidence=("CRM", "CRM"),
            ),
            tp(
                12,
                name=("Installation day", "Montagedag"),
                phase="service_loyalty",
                channel="other",
                device="in_person",
                direct=True,
                owner=("Installation team", "Montageteam"),
                action=(
                    "Two fitters build the veranda in one day and leave the garden clean.",
                    "Twee monteurs bouwen de veranda in één dag en laten de tuin netjes achter.",
                ),
                thoughts=(
                    "Friendly, tidy, done by five. The first evening outside!",
                    "Vriendelijk, netjes, om vijf uur klaar. De eerste avond buiten!",
                ),
                emotion=2,
                importance=5,
                effort=4,
                pain_points=(
                    "Delivery date was moved once, by text message.",
                    "De leverdatum is één keer verschoven, per sms.",
                ),
                opportunities=(
                    "Fitters take a photo for the customer's own Pinterest pin.",
                    "Monteurs maken een foto voor de eigen Pinterest-pin van de klant.",
                ),
                kpi=("Installed on the promised day: 81%", "Op de beloofde dag gemonteerd: 81%"),
                evidence=("Planning system", "Planningssysteem"),
            ),
            tp(
                13,
                name=("Aftercare mail and review request", "Nazorgmail en reviewverzoek"),
                phase="service_loyalty",
                channel="email",
                device="smartphone",
                direct=True,
                owner=("Customer service", "Klantenservice"),
                action=(
                    "Gets maintenance tips and a request to leave a review.",
                    "Krijgt onderhoudstips en een verzoek om een review te schrijven.",
                ),
                thoughts=(
                    "Handy tips. Sure, I'll give them five stars.",
                    "Handige tips. Prima, ze krijgen vijf sterren.",
                ),
                emotion=1,
                importance=3,
                effort=1,
                pain_points=(
                    "Sent only to half of the customers; no contact for service.",
                    "Gaat maar naar de helft van de klanten; geen contact voor service.",
                ),
                opportunities=(
                    "Send to everyone, with a service number and a referral voucher.",
                    "Naar iedereen, met servicenummer en een ‘tip de buren’-bon.",
                ),
                kpi=("Reviews per 100 installations: 14", "Reviews per 100 montages: 14"),
                evidence=("E-mail platform", "E-mailplatform"),
            ),
            tp(
                14,
                name=("Sharing the new veranda", "De nieuwe veranda delen"),
                phase="service_loyalty",
                channel="social_media",
                device="smartphone",
                direct=False,
                owner=("Content marketing", "Contentmarketing"),
                action=(
                    "Pins a photo of the veranda with fairy lights; the neighbours ask for the address.",
                    "Pint een foto van de veranda met lichtjes; de buren vragen om het adres.",
                ),
                thoughts=("Our favourite spot of the house now.", "Nu de favoriete plek van het huis."),
                emotion=2,
                importance=4,
                effort=1,
                pain_points=(
                    "We don't ask customers to tag us, so the pin can't be traced.",
                    "We vragen klanten niet om ons te taggen, dus de pin is niet te herleiden.",
                ),
                opportunities=(
                    "Invite customers to a ‘Zonnedak at home’ group board.",
                    "Nodig klanten uit voor een groepsbord ‘Zonnedak thuis’.",
                ),
                kpi=("Customer pins tagged: 3/month", "Getagde klantpins: 3/maand"),
                evidence=("Pinterest Analytics", "Pinterest Analytics"),
            ),
        ],
        "canvases": [
            {
                "role": "",
                "ideal": {
                    "awareness": col(
                        (
                            "Searches ‘veranda ideas’ and sees our pins and guide first.",
                            "Zoekt ‘veranda ideeën’ en ziet onze pins en gids als eerste.",
                        ),
                        (
                            "Publish 3 pins a week from real projects; SEO guide pages per question.",
                            "Elke week 3 pins van echte projecten; SEO-gidspagina's per vraag.",
                        ),
                        (
                            "1,500 pins saved a month; top-3 ranking on 20 key searches.",
                            "1.500 bewaarde pins per maand; top 3 op 20 belangrijke zoekwoorden.",
                        ),
                        5,
                        (
                            "Learn which pins lead to site visits.",
                            "Leren welke pins tot websitebezoek leiden.",
                        ),
                    ),
                    "interest": col(
                        (
                            "Reads the guide, gets a permit answer any time, plans a visit.",
                            "Leest de gids, krijgt altijd antwoord over de vergunning, plant een bezoek.",
                        ),
                        (
                            "Permit check tool; chat staffed until 21:00; fast mobile pages.",
                            "Vergunningscheck; chat bemand tot 21.00 uur; snelle mobiele pagina's.",
                        ),
                        (
                            "Time on site from search 3+ min; 60% of chats answered by a person.",
                            "Tijd op site vanuit zoeken 3+ min; 60% van de chats door een mens beantwoord.",
                        ),
                        5,
                        (
                            "Know the top 10 questions and answer them on the site.",
                            "De top 10 vragen kennen en op de site beantwoorden.",
                        ),
                    ),
                    "consideration": col(
                        (
                            "Designs online with a price range, then sees it in 3D in the showroom.",
                            "Ontwerpt online met prijsindicatie en ziet het daarna in 3D in de showroom.",
                        ),
                        (
                            "Price range in the configurator; evening video consults; answer reviews.",
                            "Prijsindicatie in de configurator; videoadvies 's avonds; reviews beantwoorden.",
                        ),
                        (
                            "25% of sessions save a design; all reviews answered.",
                            "25% van de sessies bewaart een ontwerp; alle reviews beantwoord.",
                        ),
                        4,
                        (
                            "Test which price display keeps people in the configurator.",
                            "Testen welke prijsweergave mensen in de configurator houdt.",
                        ),
                    ),
                    "purchase": col(
                        (
                            "Gets a complete quote within 48 hours and signs online.",
                            "Krijgt binnen 48 uur een complete offerte en tekent online.",
                        ),
                        (
                            "Quote generated from the 3D design; e-signature and iDEAL deposit.",
                            "Offerte direct uit het 3D-ontwerp; digitaal tekenen en aanbetalen via iDEAL.",
                        ),
                        (
                            "90% of quotes within 2 days; quote → order 50%.",
                            "90% van de offertes binnen 2 dagen; offerte → opdracht 50%.",
                        ),
                        5,
                        (
                            "One quote template shared by showroom and sales office.",
                            "Eén offertesjabloon voor showroom en binnendienst.",
                        ),
                    ),
                    "service_loyalty": col(
                        (
                            "Veranda installed on the promised day; shares it and recommends us.",
                            "Veranda staat er op de beloofde dag; deelt hem en beveelt ons aan.",
                        ),
                        (
                            "Fixed installation week at order; aftercare mail to all; referral voucher.",
                            "Vaste montageweek bij de opdracht; nazorgmail voor iedereen; ‘tip de buren’-bon.",
                        ),
                        (
                            "95% on time; review score 4.8; 20% of leads via referral.",
                            "95% op tijd; reviewscore 4,8; 20% van de leads via aanbeveling.",
                        ),
                        5,
                        (
                            "Turn happy customers into visible ambassadors.",
                            "Tevreden klanten zichtbare ambassadeurs maken.",
                        ),
                    ),
                },
                "current": {
                    "awareness": col(
                        (
                            "Searches Pinterest and Google; finds rivals first.",
                            "Zoekt op Pinterest en Google; vindt eerst concurrenten.",
                        ),
                        (
                            "Occasional pins of old photos; no SEO plan; budget goes to print folders.",
                            "Af en toe pins van oude foto's; geen SEO-plan; budget gaat naar folders.",
                        ),
                        (
                            "400 pins saved a month; average position 14.",
                            "400 bewaarde pins per maand; gemiddelde positie 14.",
                        ),
                        2,
                        (
                            "Stop the folder; start a pin calendar with real projects.",
                            "Stop de folder; start een pinkalender met echte projecten.",
                        ),
                    ),
                    "interest": col(
                        (
                            "Reads a slow blog; the chat bot can't answer the permit question.",
                            "Leest een trage blog; de chatbot weet het antwoord over de vergunning niet.",
                        ),
                        (
                            "Chat staffed 9–17 only; no permit information on the site.",
                            "Chat alleen bemand van 9 tot 17; geen vergunningsinformatie op de site.",
                        ),
                        (
                            "Time on site from search 1.4 min; 35% of chats answered by a person.",
                            "Tijd op site vanuit zoeken 1,4 min; 35% van de chats door een mens beantwoord.",
                        ),
                        3,
                        (
                            "Build the permit check; staff the chat in the evening.",
                            "Bouw de vergunningscheck; bemens de chat 's avonds.",
                        ),
                    ),
                    "consideration": col(
                        (
                            "Must give details to see a price; waits three weeks for the showroom.",
                            "Moet gegevens geven om een prijs te zien; wacht drie weken op de showroom.",
                        ),
                        (
                            "Configurator hides prices; reviews unanswered; Saturdays fully booked.",
                            "Configurator verbergt prijzen; reviews onbeantwoord; zaterdagen vol.",
                        ),
                        (
                            "9% of sessions save a design; 62% leave at the form.",
                            "9% van de sessies bewaart een ontwerp; 62% haakt af bij het formulier.",
                        ),
                        3,
                        (
                            "Show a price range; add evening video consults.",
                            "Toon een prijsindicatie; voeg videoadvies in de avond toe.",
                        ),
                    ),
                    "purchase": col(
                        (
                            "Waits nine days for an incomplete quote; pays the deposit by transfer.",
                            "Wacht negen dagen op een onvolledige offerte; maakt de aanbetaling over.",
                        ),
                        (
                            "Sales office retypes the adviser's notes; no delivery date at order.",
                            "Binnendienst typt de notities van de adviseur over; geen leverdatum bij de opdracht.",
                        ),
                        (
                            "20% of quotes within 2 days; quote → order 38%.",
                            "20% van de offertes binnen 2 dagen; offerte → opdracht 38%.",
                        ),
                        2,
                        (
                            "Generate quotes from the 3D design; 48-hour promise.",
                            "Offertes uit het 3D-ontwerp; belofte van 48 uur.",
                        ),
                    ),
                    "service_loyalty": col(
                        (
                            "Installation goes well, after one date change; shares a photo untagged.",
                            "Montage gaat goed, na één verschoven datum; deelt een foto zonder tag.",
                        ),
                        (
                            "Planning by text message; aftercare mail to half of the customers.",
                            "Planning per sms; nazorgmail naar de helft van de klanten.",
                        ),
                        (
                            "81% on time; review score 4.6; 6% of leads via referral.",
                            "81% op tijd; reviewscore 4,6; 6% van de leads via aanbeveling.",
                        ),
                        4,
                        (
                            "Fix the week at order; aftercare and referral voucher for all.",
                            "Leg de week vast bij de opdracht; nazorg en ‘tip de buren’-bon voor iedereen.",
                        ),
                    ),
                },
            }
        ],
        "templates": {
            "day_in_life": {
                "think_feel": [
                    (
                        "Grey and wet again; coffee inside, looking at the garden.",
                        "Weer grijs en nat; koffie binnen, kijkend naar de tuin.",
                    ),
                    (
                        "Busy at work; daydreams about summer evenings.",
                        "Druk op het werk; dagdroomt over zomeravonden.",
                    ),
                    (
                        "Curious: a colleague mentions her new veranda.",
                        "Nieuwsgierig: een collega vertelt over haar nieuwe veranda.",
                    ),
                    (
                        "Frustrated: a lovely evening, but it starts to drizzle.",
                        "Gefrustreerd: mooie avond, maar het begint te miezeren.",
                    ),
                    (
                        "Inspired, planning together with Lotte.",
                        "Geïnspireerd, samen met Lotte aan het plannen.",
                    ),
                ],
                "actions_priorities": [
                    (
                        "Takes the kids to school, checks the weather app.",
                        "Brengt de kinderen naar school, kijkt op de weerapp.",
                    ),
                    (
                        "Meetings; reads news on his phone in between.",
                        "Vergaderingen; leest tussendoor nieuws op zijn telefoon.",
                    ),
                    (
                        "Lunch walk; googles ‘veranda permit’.",
                        "Lunchwandeling; googelt ‘veranda vergunning’.",
                    ),
                    (
                        "Cooks, tries to eat outside, moves back in.",
                        "Kookt, probeert buiten te eten, gaat weer naar binnen.",
                    ),
                    ("On the sofa with the tablet, saving pins.", "Op de bank met de tablet, pins bewaren."),
                ],
                "touchpoints_now": [
                    ("Weather app, radio", "Weerapp, radio"),
                    ("News sites, LinkedIn", "Nieuwssites, LinkedIn"),
                    ("Google, our guide page", "Google, onze gidspagina"),
                    ("None; the garden itself", "Geen; de tuin zelf"),
                    ("Pinterest, Instagram, our configurator", "Pinterest, Instagram, onze configurator"),
                ],
                "product_use_now": [
                    ("Not yet a customer.", "Nog geen klant."),
                    (
                        "Sees our ad on a news site, ignores it.",
                        "Ziet onze advertentie op een nieuwssite, negeert die.",
                    ),
                    ("Reads half the guide, phone too slow.", "Leest de gids half, telefoon te traag."),
                    ("—", "—"),
                    (
                        "Tries the configurator, stops at the form.",
                        "Probeert de configurator, stopt bij het formulier.",
                    ),
                ],
                "better_use": [
                    (
                        "A rainy-morning pin: ‘coffee outside, even today’.",
                        "Een pin voor regenochtenden: ‘vandaag toch buiten koffie’.",
                    ),
                    (
                        "A short video ad on LinkedIn for homeowners.",
                        "Een korte video-advertentie op LinkedIn voor huiseigenaren.",
                    ),
                    ("A fast permit check on mobile.", "Een snelle vergunningscheck op mobiel."),
                    (
                        "An evening chat to ask questions while it rains.",
                        "Een avondchat om vragen te stellen terwijl het regent.",
                    ),
                    (
                        "Price range shown at once; save the design to the board.",
                        "Direct een prijsindicatie; ontwerp bewaren op het bord.",
                    ),
                ],
            },
        },
        "kpis": [
            {
                "id": "kpi-veranda-awareness-1",
                "phase": "awareness",
                "name": ("Pins saved", "Bewaarde pins"),
                "target": 1500,
                "actual": 400,
                "unit": ("per month", "per maand"),
                "micro_conversion": True,
            },
            {
                "id": "kpi-veranda-awareness-2",
                "phase": "awareness",
                "name": ("Visits from search and Pinterest", "Bezoeken via zoekmachine en Pinterest"),
                "target": 12000,
                "actual": 5200,
                "unit": ("per month", "per maand"),
            },
            {
                "id": "kpi-veranda-interest-1",
                "phase": "interest",
                "name": ("Time on site from search", "Tijd op site vanuit zoeken"),
                "target": 3,
                "actual": 1.4,
                "unit": ("minutes", "minuten"),
            },
            {
                "id": "kpi-veranda-interest-2",
                "phase": "interest",
                "name": ("Inspiration brochure downloads", "Downloads inspiratiebrochure"),
                "target": 600,
                "actual": 310,
                "unit": ("per month", "per maand"),
                "micro_conversion": True,
            },
            {
                "id": "kpi-veranda-consideration-1",
                "phase": "consideration",
                "name": ("Designs saved in configurator", "Bewaarde ontwerpen in configurator"),
                "target": 450,
                "actual": 160,
                "unit": ("per month", "per maand"),
                "micro_conversion": True,
            },
            {
                "id": "kpi-veranda-consideration-2",
                "phase": "consideration",
                "name": ("Showroom appointments", "Showroomafspraken"),
                "target": 120,
                "actual": 85,
                "unit": ("per month", "per maand"),
            },
            {
                "id": "kpi-veranda-purchase-1",
                "phase": "purchase",
                "name": ("Orders signed", "Getekende opdrachten"),
                "target": 55,
                "actual": 33,
                "unit": ("per month", "per maand"),
            },
            {
                "id": "kpi-veranda-service_loyalty-1",
                "phase": "service_loyalty",
                "name": ("Review score", "Reviewscore"),
                "target": 4.8,
                "actual": 4.6,
                "unit": ("of 5", "van 5"),
            },
            {
                "id": "kpi-veranda-service_loyalty-2",
                "phase": "service_loyalty",
                "name": ("Leads via referral", "Leads via aanbeveling"),
                "target": 20,
                "actual": 6,
                "unit": "%",
            },
        ],
        "revisions": [
            {
                "at": "2026-02-10 13:00",
                "author": "Ilse (marketing)",
                "kind": "created",
                "summary": (
                    "Canvas filled in the team session: ideal first, then current.",
                    "Canvas ingevuld in de teamsessie: eerst ideaal, dan huidig.",
                ),
            },
            {
                "at": "2026-02-24 10:30",
                "author": "Ruud (sales)",
                "kind": "change",
                "summary": (
                    "Added quote and deposit figures from the CRM.",
                    "Cijfers over offertes en aanbetaling uit het CRM toegevoegd.",
                ),
                "changes": [("Purchase score current 3 → 2", "Score aankoop huidig 3 → 2")],
            },
            {
                "at": "2026-03-10 16:00",
                "author": ("Management", "Directie"),
                "kind": "review",
                "summary": (
                    "Approved: stop the print folder, fund a Pinterest content calendar.",
                    "Goedgekeurd: folder stoppen, budget voor een Pinterest-contentkalender.",
                ),
            },
        ],
    }


CASES = {"airline": airline, "veranda": veranda}


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else HERE
    for path in write_all(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
