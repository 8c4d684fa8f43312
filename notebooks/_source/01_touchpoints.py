# Notebook 01: step 1 of the method, the touchpoint inventory.

from _cells import code, facilitator, header, key_points, md, redraw, setup, solution, widget, your_turn

CELLS = [
    header(
        ("Step 1 · Touchpoint inventory", "Onderdeel 1 · Inventarisatie van contactpunten"),
        45,
        (
            [
                "what a touchpoint is, and the difference between direct and indirect touchpoints",
                "how to find every touchpoint, in every phase of the journey",
                "how to record each touchpoint with its phase, channel and device",
                "how to see at a glance where your journey is still thin",
            ],
            [
                "wat een contactpunt is, en het verschil tussen directe en indirecte contactpunten",
                "hoe je alle contactpunten vindt, in elke fase van de klantreis",
                "hoe je elk contactpunt vastlegt met fase, kanaal en apparaat",
                "hoe je in één oogopslag ziet waar je klantreis nog dun is",
            ],
        ),
    ),
    facilitator(
        """
        Let the group brainstorm on paper or sticky notes first (10 min, one phase per
        flip-over sheet), then put the touchpoints on the board (20 min): one person types, the group watches the map grow on the screen. Ask each table
        for one indirect touchpoint nobody in the company owns. Close with the check at the end.
        """,
        """
        Laat de groep eerst op papier of geeltjes brainstormen (10 min, één fase per
        flap), en daarna de contactpunten op het bord zetten (20 min): één persoon typt, de groep ziet de kaart op het scherm groeien. Vraag elke
        tafel naar één indirect contactpunt waar niemand in het bedrijf eigenaar van is.
        Sluit af met de controle aan het eind.
        """,
    ),
    md(
        """
        ## What is a touchpoint?

        A **touchpoint** is every moment the customer comes into contact with your
        organisation, its products or its reputation: social media, apps, the website,
        phone numbers, e-mail, a shop, chat, events, demos, sales calls, the invoice,
        the delivery.

        - **Direct** touchpoints are ones you control: your website, your shop, your
          newsletter, your helpdesk.
        - **Indirect** touchpoints are ones you do not control, but that shape the
          journey just as much: reviews, comparison sites, a friend's advice, the press.

        Every touchpoint belongs to a **phase** of the journey, happens in a **channel**
        (website, phone, shop …) and often on a **device** (smartphone, computer).
        Customers switch devices: they look around on their phone and buy later on a
        computer.

        **Where to find touchpoints:** ask the colleagues who talk to customers (sales,
        service, the shop floor), look at your analytics, read reviews and complaints,
        and walk the journey yourself: search for your own product as a customer would.
        """,
        """
        ## Wat is een contactpunt?

        Een **contactpunt** is elk moment waarop de klant in aanraking komt met je
        organisatie, je producten of je reputatie: social media, apps, de website,
        telefoonnummers, e-mail, een winkel, chat, evenementen, demo's, verkoopgesprekken,
        de factuur, de bezorging.

        - **Directe** contactpunten heb je zelf in de hand: je website, je winkel, je
          nieuwsbrief, je helpdesk.
        - **Indirecte** contactpunten heb je niet in de hand, maar ze bepalen de
          klantreis net zo goed: reviews, vergelijkingssites, het advies van een vriend,
          de pers.

        Elk contactpunt hoort bij een **fase** van de klantreis, speelt zich af in een
        **kanaal** (website, telefoon, winkel …) en vaak op een **apparaat** (smartphone,
        computer). Klanten wisselen van apparaat: ze kijken rond op hun telefoon en kopen
        later op de computer.

        **Waar vind je contactpunten?** Vraag het de collega's die klanten spreken
        (verkoop, service, de winkelvloer), kijk in je webstatistieken, lees reviews en
        klachten, en loop de klantreis zelf: zoek je eigen product zoals een klant dat
        zou doen.
        """,
    ),
    setup(),
    md(
        """
        These are the phases of your journey: the columns of your map. Keep them in mind
        while you collect touchpoints: every phase needs some.
        """,
        """
        Dit zijn de fasen van je klantreis: de kolommen van je kaart. Houd ze in je
        achterhoofd terwijl je contactpunten verzamelt: elke fase heeft er een paar nodig.
        """,
    ),
    code("jk.show_phases(path)"),
    md(
        """
        ## Add your touchpoints

        The board below is your map: phases are the columns, lanes the rows. Click
        **+ Add touchpoint** in a phase and type a short name the whole team understands
        ("Booking page on the website"). Click a card to open all its fields beside the
        board: channel, device, and whether it is direct. Drag a card to another phase
        when it belongs there. Everything you type is saved at once; **Undo** takes a
        change back.
        """,
        """
        ## Voeg je contactpunten toe

        Het bord hieronder is je kaart: de fasen zijn de kolommen, de banen de rijen.
        Klik in een fase op **+ Contactpunt toevoegen** en typ een korte naam die het hele
        team begrijpt ('Boekingspagina op de website'). Klik op een kaart om al haar velden
        naast het bord te openen: kanaal, apparaat, en of het direct is. Sleep een kaart
        naar een andere fase als ze daar hoort. Alles wat je typt, wordt meteen bewaard;
        **Ongedaan maken** draait een wijziging terug.
        """,
    ),
    widget("jk.journey_board(path)"),
    md(
        """
        ## Researched or assumed? The evidence behind every card

        The most common complaint about journey maps is that nobody can tell what the
        team **knows** and what it **assumes**. So every card records its evidence, in the
        detail panel: the **source type**, a short **quote or reference** ("14 customer
        interviews, March"), and how sure you are (**confidence**: low, medium, high).

        | Source type | What it is | Research level of the method |
        |---|---|---|
        | Interview | what customers told you, alone or in a focus group | journey mapping, journey research |
        | Survey | the same questions to many customers (satisfaction, NPS) | touchpoint measurement, journey research |
        | Analytics | measured behaviour: web statistics, CRM, event logs | touchpoint measurement, journey research |
        | Observation | what you saw customers do | journey mapping, journey research |
        | Staff knowledge | what front-line staff hear every day | journey mapping |
        | Assumption | what the team believes, not yet tested | — (a hypothesis to test) |

        The three research levels build on each other: **touchpoint measurement** tells
        how one touchpoint performs in one channel; **journey mapping** shows where along
        the whole journey improvements are needed; **journey research** follows individual
        customers to learn how touchpoints affect satisfaction and retention. An
        assumption is fine, as long as it is written down as one: the map shows it
        hatched with a **?**, and step 6 lists the important ones to test first.
        """,
        """
        ## Onderzocht of aangenomen? De onderbouwing achter elke kaart

        De meest gehoorde klacht over klantreiskaarten is dat niemand kan zien wat het
        team **weet** en wat het **aanneemt**. Daarom legt elke kaart haar onderbouwing vast,
        in het detailpaneel: de **soort bron**, een kort **citaat of verwijzing** ('14
        klantinterviews, maart') en hoe zeker je bent (**zekerheid**: laag, gemiddeld, hoog).

        | Soort bron | Wat het is | Onderzoeksniveau van de methode |
        |---|---|---|
        | Interview | wat klanten je vertelden, alleen of in een focusgroep | journey mapping, klantreisonderzoek |
        | Enquête | dezelfde vragen aan veel klanten (tevredenheid, NPS) | touchpointmeting, klantreisonderzoek |
        | Data-analyse | gemeten gedrag: webstatistieken, CRM, eventlogs | touchpointmeting, klantreisonderzoek |
        | Observatie | wat je klanten zag doen | journey mapping, klantreisonderzoek |
        | Kennis van medewerkers | wat medewerkers in het klantcontact dagelijks horen | journey mapping |
        | Aanname | wat het team denkt, nog niet getoetst | — (een hypothese om te toetsen) |

        De drie onderzoeksniveaus bouwen op elkaar voort: een **touchpointmeting** laat zien
        hoe één contactpunt in één kanaal presteert; **journey mapping** toont waar in de
        hele klantreis verbeteringen nodig zijn; **klantreisonderzoek** volgt individuele
        klanten om te leren hoe contactpunten tevredenheid en klantbehoud beïnvloeden. Een
        aanname mag, zolang ze als aanname is opgeschreven: de kaart toont haar gearceerd
        met een **?**, en onderdeel 6 zet de belangrijke aannames op een rij om eerst te
        toetsen.
        """,
    ),
    md(
        """
        ## Your inventory

        The table below lists your touchpoints by phase, and the map places them in their
        columns.
        """,
        """
        ## Je inventarisatie

        De tabel hieronder zet je contactpunten per fase op een rij, en de kaart plaatst ze
        in hun kolommen.
        """,
    ),
    redraw(),
    code("jk.show_touchpoints(path)"),
    code("jk.show_map(path)"),
    md(
        """
        The chart below counts your touchpoints per channel and phase. Empty rows and
        columns are questions worth asking: is there really no contact there, or have we
        not looked yet?
        """,
        """
        De grafiek hieronder telt je contactpunten per kanaal en fase. Lege rijen en
        kolommen zijn goede vragen: is daar echt geen contact, of hebben we nog niet
        goed gekeken?
        """,
    ),
    code("jk.show_channels(path)"),
    your_turn(
        """
        1. Make sure every phase has **at least two** touchpoints.
        2. Add **at least three indirect** touchpoints: where do customers hear about you
           without you being there?
        3. Look at the check below. It tells you what is done (✔) and what still needs work (➜).
        """,
        """
        1. Zorg dat elke fase **minstens twee** contactpunten heeft.
        2. Voeg **minstens drie indirecte** contactpunten toe: waar horen klanten over je
           zonder dat jij erbij bent?
        3. Kijk naar de controle hieronder. Die vertelt je wat af is (✔) en wat nog
           aandacht nodig heeft (➜).
        """,
    ),
    code("jk.check_touchpoints(path)"),
    solution(
        """
        For the airline, indirect touchpoints could be: a travel blog that compares
        airlines, reviews on a booking site, a friend who flew with them last month, a
        news item about the safety award, the airport's information screen. Thin phases
        are usually *Care* (after the flight) and *Touch* (before the customer searches):
        think of the thank-you card, the points statement, a post by a fellow traveller.
        """,
        """
        Voor de luchtvaartmaatschappij kunnen indirecte contactpunten zijn: een reisblog
        die maatschappijen vergelijkt, reviews op een boekingssite, een vriend die vorige
        maand met hen vloog, een nieuwsbericht over de veiligheidsprijs, het
        informatiescherm op het vliegveld. Dunne fasen zijn meestal *Care* (na de vlucht)
        en *Touch* (voordat de klant gaat zoeken): denk aan het bedankkaartje, het
        puntenoverzicht, een bericht van een medereiziger.
        """,
    ),
    key_points(
        (
            [
                "A touchpoint is every moment of contact with your organisation, its products or its reputation.",
                "Direct touchpoints you control; indirect ones (reviews, friends, press) you do not, but they count just as much.",
                "Give every touchpoint a phase, a channel and a device; customers switch devices along the way.",
                "Empty phases and channels on the map show where to look further.",
            ],
            [
                "Een contactpunt is elk moment van contact met je organisatie, je producten of je reputatie.",
                "Directe contactpunten heb je in de hand; indirecte (reviews, vrienden, pers) niet, maar ze tellen net zo zwaar.",
                "Geef elk contactpunt een fase, een kanaal en een apparaat; klanten wisselen onderweg van apparaat.",
                "Lege fasen en kanalen op de kaart laten zien waar je verder moet zoeken.",
            ],
        ),
        ("02_persona", ("step 2, who the map is for", "onderdeel 2, voor wie de kaart is")),
    ),
]
