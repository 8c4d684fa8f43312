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
                effort=4,
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
                effort=4,
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
                name=("Price comparison site", "Vergelijkingssite"),
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
                effort=4,
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
                "author": ("Marieke (CX lead)", "Marieke (CX-lead)"),
                "kind": "created",
                "summary": ("First map from the campaign workshop.", "Eerste kaart uit de campagneworkshop."),
            },
            {
                "at": "2026-03-09 14:00",
                "author": ("Joost (customer service)", "Joost (klantenservice)"),
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
                "author": ("Marieke (CX lead)", "Marieke (CX-lead)"),
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
                effort=4,
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
                effort=4,
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
                effort=4,
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
                importance=3,
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
                "author": ("Ruud (sales)", "Ruud (verkoop)"),
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


# ================================================================== b2b_software
def b2b_software() -> dict:
    def tp(n: int, **fields) -> dict:
        return {"id": f"tp-b2b-{n:02d}", **fields}

    def col(customer, internal, experience, score, improvements) -> dict:
        return {
            "customer_process": customer,
            "internal_process": internal,
            "experience": experience,
            "score": score,
            "improvements": improvements,
        }

    def goal(phase: str, role: str, n: int, text: tuple[str, str]) -> dict:
        who = role.removeprefix("role-b2b-") or "group"
        return {"id": f"goal-b2b-{phase}-{who}-{n}", "phase": phase, "role": role, "text": text}

    INI, USR, INF, DEC, PUR = (
        "role-b2b-initiator",
        "role-b2b-user",
        "role-b2b-influencer",
        "role-b2b-decision_maker",
        "role-b2b-purchaser",
    )

    return {
        "title": (
            "Buying DeskPilot: a service platform for Waterland Energie",
            "DeskPilot kopen: een serviceplatform voor Waterland Energie",
        ),
        "objective": (
            "Map how the buying group of a mid-size energy supplier finds, evaluates, buys and expands "
            "our ticketing platform, role by role, and where we lose them.",
            "In kaart brengen hoe de koopgroep van een middelgrote energieleverancier ons "
            "ticketplatform vindt, beoordeelt, koopt en uitbreidt, per rol, en waar we ze kwijtraken.",
        ),
        "phase_model": "b2b_seven",
        "phases": [
            "out_of_market",
            "trigger",
            "initial_consideration",
            "active_evaluation",
            "purchase_decision",
            "experience",
            "loyalty",
        ],
        "personas": [
            {
                "id": "persona-b2b-esther",
                "name": ("Esther, head of customer service", "Esther, manager klantenservice"),
                "role": ("Head of customer service (initiator)", "Manager klantenservice (initiatiefnemer)"),
                "demographics": (
                    "46, 12 years at Waterland Energie (420 staff); leads 40 agents.",
                    "46 jaar, 12 jaar bij Waterland Energie (420 medewerkers); leidt 40 medewerkers.",
                ),
                "buying_behaviour": (
                    "Reads LinkedIn and benchmark reports; starts projects when numbers go red.",
                    "Leest LinkedIn en benchmarkrapporten; start projecten als de cijfers rood kleuren.",
                ),
                "needs": (
                    "One view of every customer contact; faster answers; proof for the board.",
                    "Eén overzicht van elk klantcontact; snellere antwoorden; bewijs voor de directie.",
                ),
                "frustrations": (
                    "Four mailboxes and a phone system that don't talk to each other.",
                    "Vier mailboxen en een telefooncentrale die niet met elkaar praten.",
                ),
                "channels": ["social_media", "search", "events", "demo", "sales_call"],
                "devices": ["computer", "smartphone", "in_person"],
                "quote": (
                    "“My team answers the same question three times because nobody sees the history.”",
                    "“Mijn team beantwoordt dezelfde vraag drie keer, omdat niemand de historie ziet.”",
                ),
            },
            {
                "id": "persona-b2b-youssef",
                "name": ("Youssef, team lead service desk", "Youssef, teamleider servicedesk"),
                "role": ("Team lead and daily user", "Teamleider en dagelijkse gebruiker"),
                "demographics": (
                    "31, started as an agent; leads a team of 12 on the phone and chat.",
                    "31 jaar, begon als medewerker; leidt een team van 12 aan telefoon en chat.",
                ),
                "buying_behaviour": (
                    "Trusts peer reviews and hands-on trials more than sales slides.",
                    "Vertrouwt reviews van vakgenoten en zelf uitproberen meer dan verkoopslides.",
                ),
                "needs": (
                    "A tool agents learn in a day, in Dutch, with templates and a clear queue.",
                    "Een tool die medewerkers in een dag leren, in het Nederlands, met sjablonen en een heldere wachtrij.",
                ),
                "frustrations": (
                    "Copy-pasting between systems; no overview at peak times.",
                    "Knippen en plakken tussen systemen; geen overzicht in drukke tijden.",
                ),
                "channels": ["reviews", "demo", "events", "helpdesk"],
                "devices": ["computer", "smartphone"],
                "quote": (
                    "“If my agents need a manual, we've already lost.”",
                    "“Als mijn mensen een handleiding nodig hebben, zijn we al verloren.”",
                ),
            },
            {
                "id": "persona-b2b-pieter",
                "name": ("Pieter, IT architect", "Pieter, IT-architect"),
                "role": ("IT architect (influencer)", "IT-architect (beïnvloeder)"),
                "demographics": (
                    "52, guards the SAP landscape and data security.",
                    "52 jaar, bewaakt het SAP-landschap en de informatiebeveiliging.",
                ),
                "buying_behaviour": (
                    "Reads API documentation first; vetoes anything without ISO 27001 and EU hosting.",
                    "Leest eerst de API-documentatie; blokkeert alles zonder ISO 27001 en EU-hosting.",
                ),
                "needs": (
                    "Open APIs, single sign-on, a data processing agreement, a clean migration.",
                    "Open API's, single sign-on, een verwerkersovereenkomst, een nette migratie.",
                ),
                "frustrations": (
                    "Vendors who answer security questions with marketing.",
                    "Leveranciers die beveiligingsvragen met marketing beantwoorden.",
                ),
                "channels": ["website", "email", "sales_call"],
                "devices": ["computer"],
                "quote": ("“Show me the API, not the brochure.”", "“Laat me de API zien, niet de brochure.”"),
            },
            {
                "id": "persona-b2b-karin",
                "name": ("Karin, chief operating officer", "Karin, operationeel directeur"),
                "role": ("COO (decision maker)", "COO (beslisser)"),
                "demographics": (
                    "55, member of the board; owns the customer-satisfaction target.",
                    "55 jaar, lid van de directie; eigenaar van de doelstelling klanttevredenheid.",
                ),
                "buying_behaviour": (
                    "Decides on a one-page business case and a reference from a peer.",
                    "Beslist op basis van een businesscase van één pagina en een referentie van een collega-bedrijf.",
                ),
                "needs": (
                    "Lower complaint volume, a better NPS, predictable costs.",
                    "Minder klachten, een hogere NPS, voorspelbare kosten.",
                ),
                "frustrations": (
                    "IT projects that run late and never show results.",
                    "IT-projecten die uitlopen en nooit resultaat laten zien.",
                ),
                "channels": ["word_of_mouth", "reviews", "sales_call"],
                "devices": ["tablet", "in_person"],
                "quote": (
                    "“What will this do for our NPS within a year?”",
                    "“Wat doet dit binnen een jaar voor onze NPS?”",
                ),
            },
            {
                "id": "persona-b2b-bram",
                "name": ("Bram, procurement officer", "Bram, inkoper"),
                "role": ("Procurement (purchaser)", "Inkoop (inkoper)"),
                "demographics": (
                    "39, buys all software and services above €25,000.",
                    "39 jaar, koopt alle software en diensten boven € 25.000 in.",
                ),
                "buying_behaviour": (
                    "Runs an RFI with a scoring sheet; negotiates on total cost over three years.",
                    "Houdt een RFI met een scoringsmodel; onderhandelt op de totale kosten over drie jaar.",
                ),
                "needs": (
                    "Comparable offers, clear licence terms, no surprises after signing.",
                    "Vergelijkbare offertes, heldere licentievoorwaarden, geen verrassingen na ondertekening.",
                ),
                "frustrations": (
                    "Per-seat prices that hide onboarding and integration fees.",
                    "Prijzen per gebruiker waarin kosten voor onboarding en koppelingen verstopt zitten.",
                ),
                "channels": ["email", "sales_call", "website"],
                "devices": ["computer", "phone_call"],
                "quote": (
                    "“I want one price for three years, everything in.”",
                    "“Ik wil één prijs voor drie jaar, alles inbegrepen.”",
                ),
            },
        ],
        "buying_group": [
            {
                "id": INI,
                "name": ("Head of customer service", "Manager klantenservice"),
                "kind": "initiator",
                "persona_id": "persona-b2b-esther",
                "interests": (
                    "Faster answers, fewer repeat contacts, a team that enjoys its work.",
                    "Snellere antwoorden, minder herhaalcontact, een team dat plezier heeft in het werk.",
                ),
                "responsibilities": (
                    "Starts the project, writes the requirements, leads the project group.",
                    "Start het project, schrijft de eisen, leidt de projectgroep.",
                ),
            },
            {
                "id": USR,
                "name": ("Service desk team lead", "Teamleider servicedesk"),
                "kind": "user",
                "persona_id": "persona-b2b-youssef",
                "interests": (
                    "Ease of use, Dutch interface, templates, a clear queue.",
                    "Gebruiksgemak, Nederlandse interface, sjablonen, een heldere wachtrij.",
                ),
                "responsibilities": (
                    "Tests the trial with agents; trains the team; reports adoption.",
                    "Test de proefversie met medewerkers; traint het team; rapporteert het gebruik.",
                ),
            },
            {
                "id": INF,
                "name": ("IT architect", "IT-architect"),
                "kind": "influencer",
                "persona_id": "persona-b2b-pieter",
                "interests": (
                    "Security, SAP integration, single sign-on, data in the EU.",
                    "Beveiliging, SAP-koppeling, single sign-on, data in de EU.",
                ),
                "responsibilities": (
                    "Judges the technical fit; signs off security and migration.",
                    "Beoordeelt de technische fit; keurt beveiliging en migratie goed.",
                ),
            },
            {
                "id": DEC,
                "name": ("Chief operating officer", "Operationeel directeur"),
                "kind": "decision_maker",
                "persona_id": "persona-b2b-karin",
                "interests": (
                    "NPS and complaint targets, predictable cost, low project risk.",
                    "NPS- en klachtdoelen, voorspelbare kosten, laag projectrisico.",
                ),
                "responsibilities": (
                    "Approves the budget and the business case; owns the result.",
                    "Keurt budget en businesscase goed; is eigenaar van het resultaat.",
                ),
            },
            {
                "id": PUR,
                "name": ("Procurement officer", "Inkoper"),
                "kind": "purchaser",
                "persona_id": "persona-b2b-bram",
                "interests": (
                    "Total cost of ownership, fair terms, comparable offers.",
                    "Totale kosten, eerlijke voorwaarden, vergelijkbare offertes.",
                ),
                "responsibilities": (
                    "Runs the RFI, negotiates price and contract, manages renewal.",
                    "Voert de RFI uit, onderhandelt over prijs en contract, beheert de verlenging.",
                ),
            },
        ],
        "goals": [
            goal(
                "out_of_market",
                "",
                1,
                (
                    "Stay up to date on how other service teams work smarter.",
                    "Bijblijven over hoe andere serviceteams slimmer werken.",
                ),
            ),
            goal(
                "out_of_market",
                INI,
                1,
                ("Find ideas to cut repeat contacts.", "Ideeën vinden om herhaalcontact te verminderen."),
            ),
            goal(
                "trigger",
                "",
                1,
                (
                    "Understand why complaints rose 40% after the price change.",
                    "Begrijpen waarom de klachten na de prijswijziging 40% stegen.",
                ),
            ),
            goal(
                "trigger",
                DEC,
                1,
                ("Get the NPS back above zero this year.", "De NPS dit jaar weer boven nul krijgen."),
            ),
            goal(
                "initial_consideration",
                "",
                1,
                (
                    "Draw up requirements and a long list of vendors.",
                    "Eisen opstellen en een longlist van leveranciers maken.",
                ),
            ),
            goal(
                "initial_consideration",
                INF,
                1,
                (
                    "Rule out vendors that fail on security or SAP.",
                    "Leveranciers afvallen die zakken op beveiliging of SAP.",
                ),
            ),
            goal(
                "initial_consideration",
                PUR,
                1,
                (
                    "Get comparable answers from every vendor.",
                    "Van elke leverancier vergelijkbare antwoorden krijgen.",
                ),
            ),
            goal(
                "active_evaluation",
                "",
                1,
                (
                    "Pick the vendor we trust to deliver and scale.",
                    "De leverancier kiezen die we vertrouwen om te leveren en mee te groeien.",
                ),
            ),
            goal(
                "active_evaluation",
                USR,
                1,
                (
                    "See agents handle real tickets in the trial.",
                    "Medewerkers echte tickets zien afhandelen in de proefversie.",
                ),
            ),
            goal(
                "active_evaluation",
                DEC,
                1,
                (
                    "Hear from a peer that it really works.",
                    "Van een collega-bedrijf horen dat het echt werkt.",
                ),
            ),
            goal(
                "purchase_decision",
                "",
                1,
                (
                    "Sign a contract with success criteria and a timeline.",
                    "Een contract tekenen met succescriteria en een planning.",
                ),
            ),
            goal(
                "purchase_decision",
                PUR,
                1,
                ("Agree one all-in price for three years.", "Eén all-inprijs voor drie jaar afspreken."),
            ),
            goal(
                "purchase_decision",
                DEC,
                1,
                (
                    "Approve a business case with a clear payback.",
                    "Een businesscase met duidelijke terugverdientijd goedkeuren.",
                ),
            ),
            goal(
                "experience",
                "",
                1,
                (
                    "Go live fast with trained agents and no lost tickets.",
                    "Snel live met getrainde medewerkers en zonder verloren tickets.",
                ),
            ),
            goal(
                "experience",
                USR,
                1,
                ("Every agent productive within a week.", "Elke medewerker binnen een week productief."),
            ),
            goal(
                "experience",
                INF,
                1,
                ("A migration weekend without data loss.", "Een migratieweekend zonder gegevensverlies."),
            ),
            goal(
                "loyalty",
                "",
                1,
                (
                    "Show results and roll out to sales and billing.",
                    "Resultaten laten zien en uitrollen naar verkoop en facturatie.",
                ),
            ),
            goal(
                "loyalty",
                INI,
                1,
                (
                    "Be proud to tell peers how we improved.",
                    "Met trots aan vakgenoten vertellen hoe we verbeterd zijn.",
                ),
            ),
        ],
        "touchpoints": [
            tp(
                1,
                role=INI,
                name=("LinkedIn post on response times", "LinkedIn-post over reactietijden"),
                phase="out_of_market",
                channel="social_media",
                device="smartphone",
                direct=True,
                owner=("Content marketing", "Contentmarketing"),
                action=(
                    "Reads our post ‘How a utility halved response times’ on the train.",
                    "Leest in de trein onze post ‘Hoe een netbeheerder de reactietijd halveerde’.",
                ),
                thoughts=("Interesting, we're far from that.", "Interessant, daar zijn wij ver vanaf."),
                emotion=1,
                importance=3,
                effort=3,
                pain_points=(
                    "The post links to a generic home page.",
                    "De post linkt naar een algemene homepage.",
                ),
                opportunities=(
                    "Link to the full case and a benchmark tool.",
                    "Link naar de volledige case en een benchmarktool.",
                ),
                kpi=("Engagement rate 2.1%", "Interactiepercentage 2,1%"),
                evidence=("LinkedIn analytics", "LinkedIn-statistieken"),
            ),
            tp(
                2,
                role=INI,
                name=("Stand at the service expo", "Stand op de klantenservicebeurs"),
                phase="out_of_market",
                channel="events",
                device="in_person",
                direct=True,
                owner=("Events team", "Eventteam"),
                action=(
                    "Walks past our large stand and takes a pen.",
                    "Loopt langs onze grote stand en pakt een pen.",
                ),
                thoughts=(
                    "Lots of vendors; they all look the same.",
                    "Veel leveranciers; ze lijken allemaal op elkaar.",
                ),
                emotion=0,
                importance=1,
                effort=5,
                pain_points=(
                    "€40,000 a year; three leads last year.",
                    "€ 40.000 per jaar; vorig jaar drie leads.",
                ),
                opportunities=(
                    "Replace with a small round-table for service managers.",
                    "Vervang door een kleine rondetafel voor servicemanagers.",
                ),
                kpi=("Leads per expo: 3", "Leads per beurs: 3"),
                evidence=("CRM lead source", "Leadbron in het CRM"),
            ),
            tp(
                3,
                role=USR,
                name=("Webinar on omnichannel service", "Webinar over omnichannel service"),
                phase="out_of_market",
                channel="events",
                device="computer",
                direct=True,
                owner=("Content marketing", "Contentmarketing"),
                action=(
                    "Joins our webinar and asks how chat and phone can share one queue.",
                    "Volgt ons webinar en vraagt hoe chat en telefoon één wachtrij kunnen delen.",
                ),
                thoughts=(
                    "That's exactly our mess at peak times.",
                    "Dat is precies onze chaos in drukke tijden.",
                ),
                emotion=1,
                importance=3,
                effort=3,
                pain_points=("Nobody follows up on his question.", "Niemand volgt zijn vraag op."),
                opportunities=(
                    "Send the recording plus an answer to each question.",
                    "Stuur de opname plus een antwoord op elke vraag.",
                ),
                kpi=("Attendees: 180; follow-ups: 0", "Deelnemers: 180; opvolging: 0"),
                evidence=("Webinar platform", "Webinarplatform"),
            ),
            tp(
                4,
                role=INI,
                name=("Benchmark report download", "Download benchmarkrapport"),
                phase="trigger",
                channel="website",
                device="computer",
                direct=True,
                owner=("Content marketing", "Contentmarketing"),
                action=(
                    "After a bad month, downloads our ‘Service benchmark 2026’ for energy companies.",
                    "Downloadt na een slechte maand onze ‘Servicebenchmark 2026’ voor energiebedrijven.",
                ),
                thoughts=(
                    "We're in the bottom quarter. I need to act.",
                    "We zitten in het onderste kwart. Ik moet iets doen.",
                ),
                emotion=-1,
                importance=4,
                effort=4,
                pain_points=(
                    "A 12-field form; a sales call the next morning.",
                    "Een formulier met 12 velden; de volgende ochtend al een verkoper aan de lijn.",
                ),
                opportunities=(
                    "Three fields; follow up with a useful benchmark talk, not a pitch.",
                    "Drie velden; opvolgen met een nuttig benchmarkgesprek, geen verkooppraatje.",
                ),
                kpi=("Report downloads: 260/quarter", "Downloads rapport: 260/kwartaal"),
                evidence=("Marketing automation", "Marketingautomatisering"),
            ),
            tp(
                5,
                role=DEC,
                name=("Analyst report on service software", "Analistenrapport servicesoftware"),
                phase="trigger",
                channel="reviews",
                device="tablet",
                direct=False,
                owner=("Analyst relations", "Analistenrelaties"),
                action=(
                    "Reads an analyst report the board secretary shared after the NPS fell to −12.",
                    "Leest een analistenrapport dat het directiesecretariaat deelde nadat de NPS naar −12 zakte.",
                ),
                thoughts=(
                    "We're falling behind. Which vendors are serious?",
                    "We lopen achter. Welke leveranciers zijn serieus?",
                ),
                emotion=-1,
                importance=4,
                effort=2,
                pain_points=(
                    "We're listed as ‘niche player’ without a utility case.",
                    "We staan er als ‘nichespeler’ in, zonder energiecase.",
                ),
                opportunities=(
                    "Brief analysts on our energy-sector customers.",
                    "Informeer analisten over onze klanten in de energiesector.",
                ),
                kpi=("Mentions in analyst reports: 2", "Vermeldingen in analistenrapporten: 2"),
                evidence=("Analyst relations log", "Logboek analistenrelaties"),
            ),
            tp(
                6,
                role=INI,
                name=("Search: ticketing for utilities", "Zoeken: ticketsysteem energiesector"),
                phase="initial_consideration",
                channel="search",
                device="computer",
                direct=True,
                owner=("Online marketing", "Online marketing"),
                action=(
                    "Googles ‘ticketing system energy supplier’ and lands on our comparison page.",
                    "Googelt ‘ticketsysteem energieleverancier’ en komt op onze vergelijkingspagina.",
                ),
                thoughts=(
                    "Honest comparison, they even list where rivals are better.",
                    "Eerlijke vergelijking, ze noemen zelfs waar concurrenten beter zijn.",
                ),
                emotion=1,
                importance=4,
                effort=4,
                pain_points=(
                    "No sector page; the comparison is generic.",
                    "Geen sectorpagina; de vergelijking is algemeen.",
                ),
                opportunities=(
                    "An energy-sector page with the requirements checklist.",
                    "Een pagina voor de energiesector met een checklist van eisen.",
                ),
                kpi=(
                    "Organic sessions on comparison page: 1,900/month",
                    "Organische sessies vergelijkingspagina: 1.900/maand",
                ),
                evidence=("Web analytics", "Webanalyse"),
            ),
            tp(
                7,
                role=INF,
                name=("API docs and security page", "API-documentatie en beveiligingspagina"),
                phase="initial_consideration",
                channel="website",
                device="computer",
                direct=True,
                owner=("Product management", "Productmanagement"),
                action=(
                    "Looks for the API documentation and ISO certificate; both are behind a login.",
                    "Zoekt de API-documentatie en het ISO-certificaat; allebei achter een login.",
                ),
                thoughts=(
                    "If they hide it, what else are they hiding?",
                    "Als ze dit verstoppen, wat verstoppen ze dan nog meer?",
                ),
                emotion=-2,
                importance=5,
                effort=2,
                pain_points=(
                    "Docs gated; SAP connector not mentioned.",
                    "Documentatie afgeschermd; SAP-koppeling niet genoemd.",
                ),
                opportunities=(
                    "Public API docs, trust centre and SAP connector page.",
                    "Openbare API-documentatie, trust centre en pagina over de SAP-koppeling.",
                ),
                kpi=("Security page → contact: 1.2%", "Beveiligingspagina → contact: 1,2%"),
                evidence=(
                    "Web analytics; lost-deal interviews",
                    "Webanalyse; interviews over verloren deals",
                ),
            ),
            tp(
                8,
                role=USR,
                name=("Peer reviews on a review site", "Reviews van vakgenoten op een reviewsite"),
                phase="initial_consideration",
                channel="reviews",
                device="computer",
                direct=False,
                owner=("Customer success", "Customer success"),
                action=(
                    "Reads reviews by other team leads, filtered on ‘50–500 employees’.",
                    "Leest reviews van andere teamleiders, gefilterd op ‘50–500 medewerkers’.",
                ),
                thoughts=(
                    "Agents say it's easy to learn. Good sign.",
                    "Medewerkers zeggen dat het makkelijk te leren is. Goed teken.",
                ),
                emotion=1,
                importance=4,
                effort=1,
                pain_points=("Only 23 reviews, few in Dutch.", "Maar 23 reviews, weinig in het Nederlands."),
                opportunities=(
                    "Ask happy customers for a review after go-live.",
                    "Vraag tevreden klanten na de livegang om een review.",
                ),
                kpi=("Reviews: 23, rating 4.5", "Reviews: 23, score 4,5"),
                evidence=("Review site dashboard", "Dashboard reviewsite"),
            ),
            tp(
                9,
                role=PUR,
                name=("RFI questionnaire", "RFI-vragenlijst"),
                phase="initial_consideration",
                channel="email",
                device="computer",
                direct=True,
                owner=("Sales", "Sales"),
                action=(
                    "Sends an RFI with 80 questions to eight vendors; ours comes back two days late.",
                    "Stuurt een RFI met 80 vragen naar acht leveranciers; die van ons komt twee dagen te laat.",
                ),
                thoughts=("Late and copy-paste. Minus points.", "Te laat en knip-en-plakwerk. Minpunten."),
                emotion=-1,
                importance=3,
                effort=2,
                pain_points=(
                    "No RFI answer library; each sales rep starts from scratch.",
                    "Geen bibliotheek met RFI-antwoorden; elke verkoper begint opnieuw.",
                ),
                opportunities=(
                    "A maintained answer library, reviewed by product and legal.",
                    "Een bijgehouden antwoordenbibliotheek, gecontroleerd door product en juridisch.",
                ),
                kpi=("RFIs answered on time: 70%", "RFI's op tijd beantwoord: 70%"),
                evidence=("Sales log", "Saleslogboek"),
            ),
            tp(
                10,
                role=INI,
                name=("Tailored demo with own tickets", "Demo op maat met eigen tickets"),
                phase="active_evaluation",
                channel="demo",
                device="computer",
                direct=True,
                owner=("Solution consultants", "Solution consultants"),
                action=(
                    "Sees a demo built on ten anonymised tickets from her own service desk.",
                    "Ziet een demo die is opgebouwd met tien geanonimiseerde tickets van haar eigen servicedesk.",
                ),
                thoughts=(
                    "That's our customer, our problem, solved in two clicks.",
                    "Dat is onze klant, ons probleem, opgelost in twee klikken.",
                ),
                emotion=2,
                importance=5,
                effort=4,
                pain_points=(
                    "Takes our consultants two days to prepare.",
                    "Kost onze consultants twee dagen voorbereiding.",
                ),
                opportunities=(
                    "Demo kit for utilities to cut preparation to half a day.",
                    "Demokit voor energiebedrijven: voorbereiding naar een halve dag.",
                ),
                kpi=("Demo → shortlist: 64%", "Demo → shortlist: 64%"),
                evidence=("CRM opportunity stages", "Fasen in het CRM"),
            ),
            tp(
                11,
                role=USR,
                name=("30-day trial with agents", "Proefperiode van 30 dagen"),
                phase="active_evaluation",
                channel="demo",
                device="computer",
                direct=True,
                owner=("Customer success", "Customer success"),
                action=(
                    "Six agents use the trial for two weeks next to the old system.",
                    "Zes medewerkers gebruiken de proefversie twee weken naast het oude systeem.",
                ),
                thoughts=(
                    "They like it, but the agent screen is only in English.",
                    "Ze vinden het fijn, maar het medewerkersscherm is alleen in het Engels.",
                ),
                emotion=1,
                importance=5,
                effort=4,
                pain_points=(
                    "No Dutch interface; sample data doesn't look like theirs.",
                    "Geen Nederlandse interface; de voorbeelddata lijkt niet op die van hen.",
                ),
                opportunities=(
                    "Dutch agent interface; trial pre-loaded with their own channels.",
                    "Nederlandstalig medewerkersscherm; proefversie met hun eigen kanalen.",
                ),
                kpi=("Trial accounts active after 7 days: 58%", "Actieve proefaccounts na 7 dagen: 58%"),
                evidence=("Product analytics", "Productanalyse"),
            ),
            tp(
                12,
                role=INF,
                name=("Security and integration workshop", "Workshop beveiliging en koppelingen"),
                phase="active_evaluation",
                channel="sales_call",
                device="in_person",
                direct=True,
                owner=("Solution consultants", "Solution consultants"),
                action=(
                    "Grills our architect on SSO, SAP and EU hosting for two hours.",
                    "Ondervraagt onze architect twee uur lang over SSO, SAP en EU-hosting.",
                ),
                thoughts=(
                    "They know their stuff, but the SAP answer comes a week later.",
                    "Ze weten waar ze het over hebben, maar het SAP-antwoord komt een week later.",
                ),
                emotion=0,
                importance=5,
                effort=4,
                pain_points=(
                    "SAP questions have to go to the product team in Denmark.",
                    "SAP-vragen moeten naar het productteam in Denemarken.",
                ),
                opportunities=(
                    "A local SAP specialist in every energy deal.",
                    "Een lokale SAP-specialist bij elke energiedeal.",
                ),
                kpi=("Technical sign-off within 2 weeks: 50%", "Technisch akkoord binnen 2 weken: 50%"),
                evidence=("Deal reviews", "Dealevaluaties"),
            ),
            tp(
                13,
                role=DEC,
                name=("Reference call with a peer", "Referentiegesprek met een collega"),
                phase="active_evaluation",
                channel="word_of_mouth",
                device="phone_call",
                direct=False,
                owner=("Customer success", "Customer success"),
                action=(
                    "Calls the COO of a water company that went live last year.",
                    "Belt de COO van een waterbedrijf dat vorig jaar live ging.",
                ),
                thoughts=(
                    "NPS up 18 points in a year. That's what I need.",
                    "NPS in een jaar 18 punten omhoog. Dat heb ik nodig.",
                ),
                emotion=2,
                importance=5,
                effort=2,
                pain_points=(
                    "Only two reference customers willing to call; both overasked.",
                    "Maar twee referentieklanten die willen bellen; allebei overvraagd.",
                ),
                opportunities=(
                    "A reference programme with a thank-you for each call.",
                    "Een referentieprogramma met een bedankje voor elk gesprek.",
                ),
                kpi=(
                    "Deals with a reference call: win rate 55%",
                    "Deals met referentiegesprek: 55% gewonnen",
                ),
                evidence=("Win/loss analysis", "Win-verliesanalyse"),
            ),
            tp(
                14,
                role=PUR,
                name=("Price and contract negotiation", "Prijs- en contractonderhandeling"),
                phase="purchase_decision",
                channel="sales_call",
                device="computer",
                direct=True,
                owner=("Sales", "Sales"),
                action=(
                    "Negotiates over video; finds onboarding and the SAP connector priced separately.",
                    "Onderhandelt via video; ontdekt dat onboarding en de SAP-koppeling apart geprijsd zijn.",
                ),
                thoughts=(
                    "€38,000 extra that wasn't in the RFI answer. Trust drops.",
                    "€ 38.000 extra die niet in het RFI-antwoord stond. Het vertrouwen daalt.",
                ),
                emotion=-2,
                importance=5,
                effort=4,
                pain_points=(
                    "Price list has five add-ons; the total only appears at contract stage.",
                    "De prijslijst heeft vijf extra's; het totaal verschijnt pas bij het contract.",
                ),
                opportunities=(
                    "One all-in, three-year price from the first offer.",
                    "Eén all-inprijs voor drie jaar vanaf de eerste offerte.",
                ),
                kpi=("Discount given: 14% avg.", "Gegeven korting: gem. 14%"),
                evidence=("Deal desk", "Deal desk"),
            ),
            tp(
                15,
                role=DEC,
                name=("Business case from the account manager", "Businesscase van de accountmanager"),
                phase="purchase_decision",
                channel="email",
                device="tablet",
                direct=True,
                owner=("Sales", "Sales"),
                action=(
                    "Reads a one-page business case with payback in 14 months and signs off.",
                    "Leest een businesscase van één pagina met terugverdientijd van 14 maanden en tekent.",
                ),
                thoughts=(
                    "Clear numbers and success criteria. Go.",
                    "Duidelijke cijfers en succescriteria. Doen.",
                ),
                emotion=1,
                importance=5,
                effort=2,
                pain_points=(
                    "Built by hand; numbers differ from the RFI.",
                    "Met de hand gemaakt; cijfers wijken af van de RFI.",
                ),
                opportunities=(
                    "A business-case template fed by the benchmark.",
                    "Een businesscasesjabloon gevoed door de benchmark.",
                ),
                kpi=("Proposal → signed: 45%", "Voorstel → getekend: 45%"),
                evidence=("CRM", "CRM"),
            ),
            tp(
                16,
                role=INF,
                name=("Data processing agreement", "Verwerkersovereenkomst"),
                phase="purchase_decision",
                channel="email",
                device="computer",
                direct=True,
                owner=("Legal", "Juridische zaken"),
                action=(
                    "Waits three weeks for our legal team to return the marked-up agreement.",
                    "Wacht drie weken tot onze juristen de aangepaste overeenkomst terugsturen.",
                ),
                thoughts=(
                    "The project plan is slipping because of paperwork.",
                    "De projectplanning loopt uit door papierwerk.",
                ),
                emotion=-1,
                importance=4,
                effort=1,
                pain_points=(
                    "No standard agreement for Dutch public-sector-like clients.",
                    "Geen standaardovereenkomst voor semipublieke Nederlandse klanten.",
                ),
                opportunities=(
                    "Publish a standard agreement in Dutch, pre-approved.",
                    "Publiceer een vooraf goedgekeurde standaardovereenkomst in het Nederlands.",
                ),
                kpi=("Days to signed agreement: 21", "Dagen tot getekende overeenkomst: 21"),
                evidence=("Legal ticket log", "Ticketlog juridische zaken"),
            ),
            tp(
                17,
                role=USR,
                name=("Success criteria workshop", "Workshop succescriteria"),
                phase="purchase_decision",
                channel="sales_call",
                device="computer",
                direct=True,
                owner=("Customer success", "Customer success"),
                action=(
                    "Sets adoption targets with our CSM on a video call: 90% of agents active, first reply within 4 hours.",
                    "Legt in een videogesprek met onze CSM de doelen vast: 90% van de medewerkers actief, eerste reactie binnen 4 uur.",
                ),
                thoughts=(
                    "Finally someone asks what my team needs to succeed.",
                    "Eindelijk vraagt iemand wat mijn team nodig heeft om te slagen.",
                ),
                emotion=1,
                importance=4,
                effort=3,
                pain_points=(
                    "Held in only one deal in three; usually users aren't asked.",
                    "Gebeurt maar bij één op de drie deals; meestal worden gebruikers niet gevraagd.",
                ),
                opportunities=(
                    "Make it a standard step before every signature.",
                    "Maak het een vaste stap vóór elke ondertekening.",
                ),
                kpi=(
                    "Contracts with user success criteria: 35%",
                    "Contracten met succescriteria van gebruikers: 35%",
                ),
                evidence=("Contract reviews", "Contractanalyse"),
            ),
            tp(
                18,
                role=USR,
                name=("Onboarding training for agents", "Onboardingtraining voor medewerkers"),
                phase="experience",
                channel="events",
                device="in_person",
                direct=True,
                owner=("Customer success", "Customer success"),
                action=(
                    "Four half-day sessions on site; agents practise on their own tickets.",
                    "Vier dagdelen op locatie; medewerkers oefenen met hun eigen tickets.",
                ),
                thoughts=(
                    "My team is laughing and learning. Day one went well.",
                    "Mijn team lacht en leert. De eerste dag ging goed.",
                ),
                emotion=2,
                importance=5,
                effort=4,
                pain_points=("Evening shift missed the training.", "De avonddienst miste de training."),
                opportunities=(
                    "Recorded micro-lessons for shift workers.",
                    "Opgenomen microlessen voor ploegendiensten.",
                ),
                kpi=("Agents active in week 1: 88%", "Actieve medewerkers in week 1: 88%"),
                evidence=("Product analytics; training survey", "Productanalyse; trainingsenquête"),
            ),
            tp(
                19,
                role=INF,
                name=("Go-live migration weekend", "Migratieweekend bij livegang"),
                phase="experience",
                channel="helpdesk",
                device="computer",
                direct=True,
                owner=("Professional services", "Professional services"),
                action=(
                    "Migrates 1.2 million tickets; 3% lose their attachments.",
                    "Migreert 1,2 miljoen tickets; bij 3% gaan de bijlagen verloren.",
                ),
                thoughts=(
                    "Mostly fine, but I promised no data loss.",
                    "Grotendeels goed, maar ik had beloofd: geen gegevensverlies.",
                ),
                emotion=-1,
                importance=5,
                effort=3,
                pain_points=(
                    "No test migration on a full copy.",
                    "Geen proefmigratie op een volledige kopie.",
                ),
                opportunities=(
                    "Always a full test migration two weeks before go-live.",
                    "Altijd een volledige proefmigratie twee weken voor de livegang.",
                ),
                kpi=("Migration errors: 3%", "Migratiefouten: 3%"),
                evidence=("Migration report", "Migratierapport"),
            ),
            tp(
                20,
                role=INI,
                name=("Kick-off with customer success", "Kick-off met customer success"),
                phase="experience",
                channel="sales_call",
                device="in_person",
                direct=True,
                owner=("Customer success", "Customer success"),
                action=(
                    "Agrees a 90-day plan and monthly check-ins with her customer success manager.",
                    "Spreekt met haar customer success manager een 90-dagenplan en maandelijkse gesprekken af.",
                ),
                thoughts=(
                    "Someone who knows our goals. Reassuring.",
                    "Iemand die onze doelen kent. Geruststellend.",
                ),
                emotion=1,
                importance=4,
                effort=4,
                pain_points=(
                    "Customer success manager changed after a month.",
                    "Na een maand kwam er een andere customer success manager.",
                ),
                opportunities=(
                    "Keep the same manager for the first year.",
                    "Houd het eerste jaar dezelfde manager.",
                ),
                kpi=("Onboarding plan completed in 90 days: 72%", "Onboardingplan in 90 dagen afgerond: 72%"),
                evidence=("Customer success platform", "Customer-successplatform"),
            ),
            tp(
                21,
                role=DEC,
                name=("Quarterly business review", "Kwartaalgesprek over resultaten"),
                phase="loyalty",
                channel="sales_call",
                device="in_person",
                direct=True,
                owner=("Customer success", "Customer success"),
                action=(
                    "Sees response times down 45% and NPS up from −12 to +6.",
                    "Ziet de reactietijd 45% dalen en de NPS stijgen van −12 naar +6.",
                ),
                thoughts=(
                    "This is the story I take to the board.",
                    "Dit is het verhaal dat ik aan de directie vertel.",
                ),
                emotion=2,
                importance=5,
                effort=4,
                pain_points=(
                    "Report built from three exports; takes a week.",
                    "Rapport gemaakt uit drie exports; kost een week.",
                ),
                opportunities=(
                    "A live results dashboard for the board.",
                    "Een live resultatendashboard voor de directie.",
                ),
                kpi=("Customers with a QBR: 60%", "Klanten met een kwartaalgesprek: 60%"),
                evidence=("QBR decks; NPS data", "Presentaties kwartaalgesprekken; NPS-data"),
            ),
            tp(
                22,
                role=USR,
                name=("Support portal and community", "Supportportaal en community"),
                phase="loyalty",
                channel="helpdesk",
                device="computer",
                direct=True,
                owner=("Support", "Support"),
                action=(
                    "Asks how to route chats by contract type; gets an answer the next day.",
                    "Vraagt hoe hij chats per contractsoort kan routeren; krijgt de volgende dag antwoord.",
                ),
                thoughts=(
                    "Fine, but another team lead had the same question last week.",
                    "Prima, maar een andere teamleider had vorige week dezelfde vraag.",
                ),
                emotion=0,
                importance=4,
                effort=2,
                pain_points=(
                    "Answers stay in tickets; the community is quiet.",
                    "Antwoorden blijven in tickets hangen; de community is stil.",
                ),
                opportunities=(
                    "Turn solved tickets into community articles.",
                    "Maak van opgeloste tickets community-artikelen.",
                ),
                kpi=("First response time 16 h", "Eerste reactietijd 16 uur"),
                evidence=("Support desk", "Supportdesk"),
            ),
            tp(
                23,
                role=PUR,
                name=(
                    "Expansion quote for sales and billing",
                    "Uitbreidingsofferte verkoop & facturatie",
                ),
                phase="loyalty",
                channel="email",
                device="computer",
                direct=True,
                owner=("Account management", "Accountmanagement"),
                action=(
                    "Gets an all-in quote to add 35 users in sales and billing.",
                    "Krijgt een all-inofferte om 35 gebruikers bij verkoop en facturatie toe te voegen.",
                ),
                thoughts=(
                    "This time the price is complete. Easy to approve.",
                    "Deze keer is de prijs compleet. Makkelijk goed te keuren.",
                ),
                emotion=1,
                importance=3,
                effort=2,
                pain_points=(
                    "Renewal date and expansion are on separate contracts.",
                    "Verlengdatum en uitbreiding staan in aparte contracten.",
                ),
                opportunities=(
                    "Co-terminate expansions with the main contract.",
                    "Laat uitbreidingen samen met het hoofdcontract aflopen.",
                ),
                kpi=("Net revenue retention 112%", "Netto-omzetbehoud 112%"),
                evidence=("Billing system", "Facturatiesysteem"),
            ),
            tp(
                24,
                role=INI,
                name=("On stage at our user day", "Op het podium van onze gebruikersdag"),
                phase="loyalty",
                channel="events",
                device="in_person",
                direct=True,
                owner=("Marketing", "Marketing"),
                action=(
                    "Presents Waterland's results to 200 service managers at our user day.",
                    "Presenteert de resultaten van Waterland aan 200 servicemanagers op onze gebruikersdag.",
                ),
                thoughts=(
                    "A year ago we were bottom quarter. Now peers ask me for advice.",
                    "Een jaar geleden zaten we in het onderste kwart. Nu vragen vakgenoten mij om advies.",
                ),
                emotion=3,
                importance=3,
                effort=3,
                pain_points=(
                    "Only invited because her manager knew ours.",
                    "Alleen uitgenodigd omdat haar manager de onze kende.",
                ),
                opportunities=(
                    "A customer-speaker programme for every successful go-live.",
                    "Een sprekersprogramma voor klanten bij elke geslaagde livegang.",
                ),
                kpi=("Referenceable customers: 14", "Klanten die referentie willen zijn: 14"),
                evidence=("Event survey", "Evenementenquête"),
            ),
        ],
        "canvases": [
            {
                "role": "",
                "ideal": {
                    "out_of_market": col(
                        (
                            "Follows our content; sees us as the expert on utility service.",
                            "Volgt onze content; ziet ons als expert in service voor energiebedrijven.",
                        ),
                        (
                            "Sector benchmark, case stories, round-tables instead of expo stands.",
                            "Sectorbenchmark, klantverhalen, rondetafels in plaats van beursstands.",
                        ),
                        (
                            "Engagement 4%; 30% of target accounts know us.",
                            "Interactie 4%; 30% van de doelaccounts kent ons.",
                        ),
                        4,
                        (
                            "Learn which content service managers share.",
                            "Leren welke content servicemanagers delen.",
                        ),
                    ),
                    "trigger": col(
                        (
                            "Numbers go red; the benchmark shows where they stand.",
                            "De cijfers kleuren rood; de benchmark laat zien waar ze staan.",
                        ),
                        (
                            "Short form; a benchmark talk within 2 days, no pitch.",
                            "Kort formulier; binnen 2 dagen een benchmarkgesprek, geen verkooppraatje.",
                        ),
                        ("Download → conversation 25%.", "Download → gesprek 25%."),
                        5,
                        (
                            "Spot triggers (complaints, NPS) in public data.",
                            "Triggers (klachten, NPS) herkennen in openbare data.",
                        ),
                    ),
                    "initial_consideration": col(
                        (
                            "Long list built from our sector page; all checks pass at once.",
                            "Longlist gemaakt met onze sectorpagina; alle checks meteen in orde.",
                        ),
                        (
                            "Public API docs and trust centre; RFI answers from a library within 5 days.",
                            "Openbare API-documentatie en trust centre; RFI-antwoorden uit een bibliotheek binnen 5 dagen.",
                        ),
                        (
                            "On 80% of long lists; all RFIs on time.",
                            "Op 80% van de longlists; alle RFI's op tijd.",
                        ),
                        5,
                        (
                            "Know the top 20 security questions by heart.",
                            "De top 20 beveiligingsvragen uit het hoofd kennen.",
                        ),
                    ),
                    "active_evaluation": col(
                        (
                            "Demo on own tickets, Dutch trial, peer reference: trust grows.",
                            "Demo met eigen tickets, Nederlandse proefversie, referentie: vertrouwen groeit.",
                        ),
                        (
                            "Demo kit, local SAP specialist, reference programme.",
                            "Demokit, lokale SAP-specialist, referentieprogramma.",
                        ),
                        (
                            "Trial active after 7 days 80%; win rate 50%.",
                            "Proefversie actief na 7 dagen 80%; winratio 50%.",
                        ),
                        5,
                        ("Measure what convinces each role.", "Meten wat elke rol overtuigt."),
                    ),
                    "purchase_decision": col(
                        (
                            "One all-in price; contract with success criteria; signed in 2 weeks.",
                            "Eén all-inprijs; contract met succescriteria; binnen 2 weken getekend.",
                        ),
                        (
                            "Standard Dutch agreement; business-case template; deal desk.",
                            "Standaard Nederlandse overeenkomst; businesscasesjabloon; deal desk.",
                        ),
                        (
                            "No price changes after offer; 10 days to signature.",
                            "Geen prijswijziging na de offerte; 10 dagen tot ondertekening.",
                        ),
                        4,
                        ("Price transparency as a selling point.", "Prijstransparantie als verkoopargument."),
                    ),
                    "experience": col(
                        (
                            "Live in 60 days; every agent trained; no data lost.",
                            "Binnen 60 dagen live; elke medewerker getraind; geen gegevens kwijt.",
                        ),
                        (
                            "Full test migration; micro-lessons for shifts; fixed CSM.",
                            "Volledige proefmigratie; microlessen voor ploegen; vaste CSM.",
                        ),
                        (
                            "Agents active in week 1: 95%; migration errors 0%.",
                            "Actieve medewerkers week 1: 95%; migratiefouten 0%.",
                        ),
                        5,
                        (
                            "A go-live checklist shared with the customer.",
                            "Een livegangchecklist die we met de klant delen.",
                        ),
                    ),
                    "loyalty": col(
                        (
                            "Sees results live; rolls out company-wide; speaks for us.",
                            "Ziet resultaten live; rolt bedrijfsbreed uit; spreekt voor ons.",
                        ),
                        (
                            "Live dashboard, community, speaker programme.",
                            "Live dashboard, community, sprekersprogramma.",
                        ),
                        (
                            "Net revenue retention 120%; 25 referenceable customers.",
                            "Netto-omzetbehoud 120%; 25 referentieklanten.",
                        ),
                        5,
                        (
                            "Every success story becomes content for out-of-market.",
                            "Elk succesverhaal wordt content voor de out-of-marketfase.",
                        ),
                    ),
                },
                "current": {
                    "out_of_market": col(
                        ("Sees a post now and then; forgets us.", "Ziet af en toe een post; vergeet ons."),
                        (
                            "Big expo stand; webinars without follow-up.",
                            "Grote beursstand; webinars zonder opvolging.",
                        ),
                        ("Engagement 2.1%; 3 leads per expo.", "Interactie 2,1%; 3 leads per beurs."),
                        2,
                        (
                            "Stop the expo stand; follow up every webinar question.",
                            "Stop met de beursstand; volg elke webinarvraag op.",
                        ),
                    ),
                    "trigger": col(
                        (
                            "Downloads the benchmark; gets a sales call the next morning.",
                            "Downloadt de benchmark; krijgt de volgende ochtend een verkoper aan de lijn.",
                        ),
                        (
                            "12-field form; leads go straight to sales.",
                            "Formulier met 12 velden; leads gaan direct naar sales.",
                        ),
                        ("Download → conversation 9%.", "Download → gesprek 9%."),
                        3,
                        (
                            "Cut the form; replace the pitch by a benchmark talk.",
                            "Formulier inkorten; verkooppraatje vervangen door benchmarkgesprek.",
                        ),
                    ),
                    "initial_consideration": col(
                        (
                            "IT can't find the API docs; our RFI is late.",
                            "IT vindt de API-documentatie niet; onze RFI is te laat.",
                        ),
                        (
                            "Docs behind login; each rep writes RFIs from scratch.",
                            "Documentatie achter login; elke verkoper schrijft RFI's opnieuw.",
                        ),
                        (
                            "On 45% of long lists; 70% of RFIs on time.",
                            "Op 45% van de longlists; 70% van de RFI's op tijd.",
                        ),
                        2,
                        (
                            "Open the docs; build the RFI answer library.",
                            "Documentatie openen; RFI-antwoordenbibliotheek bouwen.",
                        ),
                    ),
                    "active_evaluation": col(
                        (
                            "Strong demo; English-only trial; SAP answer a week late.",
                            "Sterke demo; proefversie alleen in het Engels; SAP-antwoord een week te laat.",
                        ),
                        (
                            "Two days of demo prep; SAP questions go abroad.",
                            "Twee dagen demovoorbereiding; SAP-vragen gaan naar het buitenland.",
                        ),
                        (
                            "Trial active after 7 days 58%; win rate 34%.",
                            "Proefversie actief na 7 dagen 58%; winratio 34%.",
                        ),
                        3,
                        (
                            "Dutch agent screen; local SAP specialist.",
                            "Nederlands medewerkersscherm; lokale SAP-specialist.",
                        ),
                    ),
                    "purchase_decision": col(
                        (
                            "Add-on fees appear late; legal takes three weeks.",
                            "Extra kosten verschijnen laat; juridisch duurt drie weken.",
                        ),
                        (
                            "Five add-ons on the price list; no standard agreement.",
                            "Vijf extra's op de prijslijst; geen standaardovereenkomst.",
                        ),
                        (
                            "14% average discount; 35 days to signature.",
                            "Gemiddeld 14% korting; 35 dagen tot ondertekening.",
                        ),
                        2,
                        (
                            "All-in price from the first offer; standard agreement.",
                            "All-inprijs vanaf de eerste offerte; standaardovereenkomst.",
                        ),
                    ),
                    "experience": col(
                        (
                            "Good training; 3% of attachments lost; CSM changes.",
                            "Goede training; 3% van de bijlagen kwijt; CSM wisselt.",
                        ),
                        (
                            "No test migration; evening shift not trained.",
                            "Geen proefmigratie; avonddienst niet getraind.",
                        ),
                        (
                            "Agents active in week 1: 88%; migration errors 3%.",
                            "Actieve medewerkers week 1: 88%; migratiefouten 3%.",
                        ),
                        3,
                        (
                            "Mandatory test migration; micro-lessons.",
                            "Verplichte proefmigratie; microlessen.",
                        ),
                    ),
                    "loyalty": col(
                        (
                            "Results are good but take a week to report; expands.",
                            "Resultaten goed, maar rapportage kost een week; breidt uit.",
                        ),
                        (
                            "QBRs for 60% of customers; quiet community.",
                            "Kwartaalgesprekken voor 60% van de klanten; stille community.",
                        ),
                        (
                            "Net revenue retention 112%; 14 referenceable customers.",
                            "Netto-omzetbehoud 112%; 14 referentieklanten.",
                        ),
                        4,
                        ("Live dashboard; speaker programme.", "Live dashboard; sprekersprogramma."),
                    ),
                },
            },
            {
                "role": USR,
                "ideal": {
                    "initial_consideration": col(
                        ("Reads many Dutch peer reviews.", "Leest veel Nederlandse reviews van vakgenoten."),
                        ("Review requests after every go-live.", "Reviewverzoek na elke livegang."),
                        ("60+ reviews, rating 4.6.", "60+ reviews, score 4,6."),
                        5,
                        (
                            "Review volume is a user-role lever.",
                            "Aantal reviews is een hefboom voor de gebruiker.",
                        ),
                    ),
                    "active_evaluation": col(
                        (
                            "Agents test in Dutch with their own channels.",
                            "Medewerkers testen in het Nederlands met hun eigen kanalen.",
                        ),
                        (
                            "Trial pre-loaded; daily tips by e-mail.",
                            "Proefversie vooraf ingericht; dagelijkse tips per mail.",
                        ),
                        (
                            "80% of trial agents active after 7 days.",
                            "80% van de proefgebruikers actief na 7 dagen.",
                        ),
                        5,
                        (
                            "Track which features agents try first.",
                            "Bijhouden welke functies medewerkers eerst proberen.",
                        ),
                    ),
                    "experience": col(
                        (
                            "Every shift trained; productive in a week.",
                            "Elke ploeg getraind; binnen een week productief.",
                        ),
                        ("On-site training plus micro-lessons.", "Training op locatie plus microlessen."),
                        ("Agents active in week 1: 95%.", "Actieve medewerkers week 1: 95%."),
                        5,
                        ("Plan training around shift schedules.", "Training plannen rond de roosters."),
                    ),
                    "loyalty": col(
                        (
                            "Finds answers in the community in minutes.",
                            "Vindt antwoorden in minuten in de community.",
                        ),
                        ("Solved tickets become articles.", "Opgeloste tickets worden artikelen."),
                        ("Self-service rate 40%.", "Zelfservicegraad 40%."),
                        5,
                        ("Reward active community members.", "Actieve communityleden belonen."),
                    ),
                },
                "current": {
                    "initial_consideration": col(
                        ("Finds 23 reviews, few in Dutch.", "Vindt 23 reviews, weinig in het Nederlands."),
                        ("No review requests.", "Geen reviewverzoeken."),
                        ("23 reviews, rating 4.5.", "23 reviews, score 4,5."),
                        3,
                        ("Start review requests after go-live.", "Start met reviewverzoeken na livegang."),
                    ),
                    "active_evaluation": col(
                        (
                            "Agents like it, but the screen is English.",
                            "Medewerkers vinden het fijn, maar het scherm is Engels.",
                        ),
                        ("Empty trial with sample data.", "Lege proefversie met voorbeelddata."),
                        (
                            "58% of trial agents active after 7 days.",
                            "58% van de proefgebruikers actief na 7 dagen.",
                        ),
                        3,
                        ("Translate the agent screen first.", "Eerst het medewerkersscherm vertalen."),
                    ),
                    "experience": col(
                        (
                            "Day shift trained; evening shift learns from colleagues.",
                            "Dagdienst getraind; avonddienst leert van collega's.",
                        ),
                        ("Four on-site sessions only.", "Alleen vier sessies op locatie."),
                        ("Agents active in week 1: 88%.", "Actieve medewerkers week 1: 88%."),
                        4,
                        ("Record micro-lessons.", "Microlessen opnemen."),
                    ),
                    "loyalty": col(
                        (
                            "Waits a day for answers others already got.",
                            "Wacht een dag op antwoorden die anderen al kregen.",
                        ),
                        ("Answers stay in tickets.", "Antwoorden blijven in tickets."),
                        ("First response 16 h; self-service 12%.", "Eerste reactie 16 uur; zelfservice 12%."),
                        3,
                        ("Publish solved tickets weekly.", "Opgeloste tickets wekelijks publiceren."),
                    ),
                },
            },
            {
                "role": DEC,
                "ideal": {
                    "trigger": col(
                        (
                            "Sees us named as a leader for utilities.",
                            "Ziet ons genoemd als leider voor energiebedrijven.",
                        ),
                        ("Analyst briefings with sector cases.", "Analistenbriefings met sectorcases."),
                        ("Named in 4 analyst reports.", "Genoemd in 4 analistenrapporten."),
                        4,
                        (
                            "Give analysts utility references.",
                            "Analisten referenties in de energiesector geven.",
                        ),
                    ),
                    "active_evaluation": col(
                        ("Speaks to a peer COO within a week.", "Spreekt binnen een week een collega-COO."),
                        (
                            "Reference programme with 10 willing customers.",
                            "Referentieprogramma met 10 bereidwillige klanten.",
                        ),
                        ("Reference call in 80% of deals.", "Referentiegesprek in 80% van de deals."),
                        5,
                        ("Match references by sector and size.", "Referenties koppelen op sector en omvang."),
                    ),
                    "purchase_decision": col(
                        (
                            "Approves a one-page case with one all-in price.",
                            "Keurt een businesscase van één pagina met één all-inprijs goed.",
                        ),
                        (
                            "Template fed by benchmark and RFI numbers.",
                            "Sjabloon gevoed door benchmark- en RFI-cijfers.",
                        ),
                        ("Approval within 1 board cycle.", "Goedkeuring binnen 1 directieoverleg."),
                        5,
                        ("Same numbers from RFI to contract.", "Dezelfde cijfers van RFI tot contract."),
                    ),
                    "loyalty": col(
                        (
                            "Checks results live before each board meeting.",
                            "Bekijkt de resultaten live voor elk directieoverleg.",
                        ),
                        ("Live results dashboard.", "Live resultatendashboard."),
                        ("QBR for 100% of customers.", "Kwartaalgesprek bij 100% van de klanten."),
                        5,
                        (
                            "Tie the dashboard to the success criteria.",
                            "Het dashboard koppelen aan de succescriteria.",
                        ),
                    ),
                },
                "current": {
                    "trigger": col(
                        ("Reads we are a ‘niche player’.", "Leest dat we een ‘nichespeler’ zijn."),
                        ("No analyst briefings this year.", "Dit jaar geen analistenbriefings."),
                        ("Named in 2 reports.", "Genoemd in 2 rapporten."),
                        2,
                        ("Brief two analysts this quarter.", "Dit kwartaal twee analisten briefen."),
                    ),
                    "active_evaluation": col(
                        (
                            "Waits two weeks for a reference call.",
                            "Wacht twee weken op een referentiegesprek.",
                        ),
                        ("Two overasked reference customers.", "Twee overvraagde referentieklanten."),
                        ("Reference call in 40% of deals.", "Referentiegesprek in 40% van de deals."),
                        3,
                        ("Recruit eight more references.", "Acht extra referenties werven."),
                    ),
                    "purchase_decision": col(
                        (
                            "Approves, but numbers differ from the RFI.",
                            "Keurt goed, maar de cijfers wijken af van de RFI.",
                        ),
                        (
                            "Business case made by hand per deal.",
                            "Businesscase per deal met de hand gemaakt.",
                        ),
                        ("Approval after 2 board cycles.", "Goedkeuring na 2 directieoverleggen."),
                        3,
                        ("Build the business-case template.", "Het businesscasesjabloon bouwen."),
                    ),
                    "loyalty": col(
                        (
                            "Gets results a week after each quarter.",
                            "Krijgt resultaten een week na elk kwartaal.",
                        ),
                        ("QBR deck from three exports.", "Kwartaalpresentatie uit drie exports."),
                        ("QBR for 60% of customers.", "Kwartaalgesprek bij 60% van de klanten."),
                        4,
                        ("Automate the QBR report.", "Het kwartaalrapport automatiseren."),
                    ),
                },
            },
        ],
        "templates": {
            "current_state": {
                "think_feel": [
                    (
                        "“Complaints are up; we must do something.”",
                        "“De klachten stijgen; we moeten iets doen.”",
                    ),
                    ("“Can IT even find their documentation?”", "“Kan IT hun documentatie wel vinden?”"),
                    ("“This demo is about us. Impressive.”", "“Deze demo gaat over ons. Indrukwekkend.”"),
                    (
                        "“Extra fees now? That hurts trust.”",
                        "“Nu nog extra kosten? Dat schaadt het vertrouwen.”",
                    ),
                    ("“Results are great; we want more.”", "“De resultaten zijn goed; we willen meer.”"),
                ],
                "action": [
                    ("Downloads the benchmark report.", "Downloadt het benchmarkrapport."),
                    ("Builds a long list; sends the RFI.", "Maakt een longlist; verstuurt de RFI."),
                    ("Demo, trial and reference call.", "Demo, proefperiode en referentiegesprek."),
                    (
                        "Negotiates price and signs the contract.",
                        "Onderhandelt over de prijs en tekent het contract.",
                    ),
                    (
                        "Goes live; expands to sales and billing.",
                        "Gaat live; breidt uit naar verkoop en facturatie.",
                    ),
                ],
                "touchpoint": [
                    ("Website, marketing e-mail", "Website, marketingmail"),
                    ("Search, API docs, RFI e-mail", "Zoekmachine, API-documentatie, RFI-mail"),
                    ("Demo, trial, reference customer", "Demo, proefversie, referentieklant"),
                    ("Sales calls, contract, legal", "Verkoopgesprekken, contract, juridisch"),
                    ("Training, support, QBR, user day", "Training, support, kwartaalgesprek, gebruikersdag"),
                ],
                "change": [
                    (
                        "Three-field form; benchmark talk, not a pitch.",
                        "Formulier met drie velden; benchmarkgesprek, geen pitch.",
                    ),
                    ("Open docs; RFI answer library.", "Openbare documentatie; RFI-antwoordenbibliotheek."),
                    ("Dutch trial; local SAP specialist.", "Nederlandse proefversie; lokale SAP-specialist."),
                    ("All-in price; standard agreement.", "All-inprijs; standaardovereenkomst."),
                    ("Test migration; live dashboard.", "Proefmigratie; live dashboard."),
                ],
                "how_why": [
                    (
                        "Only 9% of downloads lead to a talk.",
                        "Maar 9% van de downloads leidt tot een gesprek.",
                    ),
                    ("IT drops us before sales even knows.", "IT laat ons vallen voordat sales het weet."),
                    ("Trial adoption predicts the win.", "Gebruik van de proefversie voorspelt de winst."),
                    (
                        "Late fees cost 14% discount and trust.",
                        "Late extra kosten kosten 14% korting en vertrouwen.",
                    ),
                    (
                        "Visible results drive expansion and references.",
                        "Zichtbare resultaten zorgen voor uitbreiding en referenties.",
                    ),
                ],
            },
        },
        "kpis": [
            {
                "id": "kpi-b2b-out_of_market-1",
                "phase": "out_of_market",
                "name": ("Target accounts engaged with content", "Doelaccounts die content bekijken"),
                "target": 900,
                "actual": 640,
                "unit": ("accounts", "accounts"),
            },
            {
                "id": "kpi-b2b-out_of_market-2",
                "phase": "out_of_market",
                "name": ("Newsletter sign-ups", "Aanmeldingen nieuwsbrief"),
                "target": 300,
                "actual": 210,
                "unit": ("per quarter", "per kwartaal"),
                "micro_conversion": True,
            },
            {
                "id": "kpi-b2b-trigger-1",
                "phase": "trigger",
                "name": ("Benchmark report downloads", "Downloads benchmarkrapport"),
                "target": 400,
                "actual": 260,
                "unit": ("per quarter", "per kwartaal"),
                "micro_conversion": True,
            },
            {
                "id": "kpi-b2b-initial_consideration-1",
                "phase": "initial_consideration",
                "name": ("On the long list / RFIs received", "Op de longlist / ontvangen RFI's"),
                "target": 60,
                "actual": 38,
                "unit": ("per quarter", "per kwartaal"),
            },
            {
                "id": "kpi-b2b-active_evaluation-1",
                "phase": "active_evaluation",
                "name": ("Tailored demos held", "Demo's op maat gegeven"),
                "target": 30,
                "actual": 22,
                "unit": ("per quarter", "per kwartaal"),
            },
            {
                "id": "kpi-b2b-active_evaluation-2",
                "phase": "active_evaluation",
                "name": ("Trial accounts created", "Proefaccounts aangemaakt"),
                "target": 25,
                "actual": 16,
                "unit": ("per quarter", "per kwartaal"),
                "micro_conversion": True,
            },
            {
                "id": "kpi-b2b-purchase_decision-1",
                "phase": "purchase_decision",
                "name": ("Contracts signed", "Getekende contracten"),
                "target": 12,
                "actual": 7,
                "unit": ("per quarter", "per kwartaal"),
            },
            {
                "id": "kpi-b2b-experience-1",
                "phase": "experience",
                "name": ("Live within 60 days", "Binnen 60 dagen live"),
                "target": 11,
                "actual": 5,
                "unit": ("customers", "klanten"),
            },
            {
                "id": "kpi-b2b-loyalty-1",
                "phase": "loyalty",
                "name": ("Expanded within 12 months", "Uitgebreid binnen 12 maanden"),
                "target": 6,
                "actual": 3,
                "unit": ("customers", "klanten"),
            },
        ],
        "revisions": [
            {
                "at": "2026-01-20 10:00",
                "author": ("Sophie (product marketing)", "Sophie (productmarketing)"),
                "kind": "created",
                "summary": (
                    "Mapped from 9 win/loss interviews and CRM data.",
                    "Opgesteld uit 9 win-verliesinterviews en CRM-data.",
                ),
            },
            {
                "at": "2026-02-03 15:30",
                "author": "Hans (customer success)",
                "kind": "change",
                "summary": (
                    "Added experience and loyalty touchpoints for the user role.",
                    "Contactpunten voor de gebruiker in de fasen ervaring en loyaliteit toegevoegd.",
                ),
                "changes": [
                    (
                        "Added: onboarding training, support portal",
                        "Toegevoegd: onboardingtraining, supportportaal",
                    )
                ],
            },
            {
                "at": "2026-02-17 09:00",
                "author": ("Revenue team", "Revenueteam"),
                "kind": "review",
                "summary": (
                    "Reviewed with sales: priority on open API docs and all-in pricing.",
                    "Beoordeeld met sales: prioriteit voor openbare API-documentatie en all-inprijzen.",
                ),
            },
        ],
    }


CASES = {"airline": airline, "veranda": veranda, "b2b_software": b2b_software}


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else HERE
    for path in write_all(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
