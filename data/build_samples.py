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


CASES = {"airline": airline}


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else HERE
    for path in write_all(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
