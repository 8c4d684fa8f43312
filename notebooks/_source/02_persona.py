# Notebook 02: step 2 of the method, the persona (and the B2B buying group).

from _cells import code, facilitator, header, key_points, md, redraw, setup, solution, widget, your_turn

CELLS = [
    header(
        ("Step 2 · Persona", "Onderdeel 2 · Persona"),
        30,
        (
            [
                "what a persona is and why the map needs one",
                "how to write a persona from research rather than from imagination",
                "when one persona is not enough: the buying group in B2B",
            ],
            [
                "wat een persona is en waarom de kaart er een nodig heeft",
                "hoe je een persona schrijft op basis van onderzoek in plaats van fantasie",
                "wanneer één persona niet genoeg is: de koopgroep in B2B",
            ],
        ),
    ),
    facilitator(
        """
        Ask the group first: "who is our customer?" and write down the answers. Most
        groups name several people; let them pick the one that matters most for this map
        and keep the others for later maps. Push for evidence: where does each sentence
        come from (interviews, analytics, the helpdesk)?
        """,
        """
        Vraag de groep eerst: 'wie is onze klant?' en schrijf de antwoorden op. De meeste
        groepen noemen meerdere mensen; laat ze degene kiezen die voor deze kaart het
        belangrijkst is en bewaar de anderen voor latere kaarten. Vraag door naar bewijs:
        waar komt elke zin vandaan (interviews, webstatistieken, de helpdesk)?
        """,
    ),
    md(
        """
        ## Who is the map for?

        A journey looks different for a student looking for a cheap flight than for a
        business traveller who wants to fly at seven in the morning. So before you go on,
        choose **who** the map is about.

        A **persona** is a fictional but **research-based** representative of your target
        group. It has a name and a face, and it describes:

        - **demographics**: age, situation, work, where they live;
        - **buying behaviour**: how they search, compare and decide;
        - **needs and goals**: what they want to achieve;
        - **frustrations**: what annoys or worries them;
        - **preferred channels and devices**: where you can reach them.

        The persona is the **reference point** for the rest of the map: in every later
        step you ask "what would *she* do, think and feel here?".

        Good sources are interviews and focus groups with (former) customers, surveys,
        your analytics and CRM, and the colleagues who talk to customers every day.
        """,
        """
        ## Voor wie is de kaart?

        Een klantreis ziet er voor een student die een goedkope vlucht zoekt anders uit
        dan voor een zakenreiziger die om zeven uur 's ochtends wil vliegen. Kies dus
        eerst **voor wie** de kaart is.

        Een **persona** is een verzonnen maar **op onderzoek gebaseerde** vertegenwoordiger
        van je doelgroep. Hij of zij heeft een naam en een gezicht, en beschrijft:

        - **demografie**: leeftijd, situatie, werk, woonplaats;
        - **koopgedrag**: hoe iemand zoekt, vergelijkt en beslist;
        - **behoeften en doelen**: wat iemand wil bereiken;
        - **frustraties**: wat iemand ergert of zorgen baart;
        - **voorkeurskanalen en -apparaten**: waar je iemand bereikt.

        De persona is het **referentiepunt** voor de rest van de kaart: bij elke volgende
        stap vraag je 'wat zou *zij* hier doen, denken en voelen?'.

        Goede bronnen zijn interviews en focusgroepen met (oud-)klanten, enquêtes, je
        webstatistieken en CRM, en de collega's die elke dag met klanten praten.
        """,
    ),
    setup(),
    md(
        """
        ## Write your persona

        Fill in the form. Short, concrete sentences work best ("books on her phone during
        the commute" rather than "mobile-oriented"). A quote in the customer's own words
        makes the persona come alive for everyone who reads the map.
        """,
        """
        ## Schrijf je persona

        Vul het formulier in. Korte, concrete zinnen werken het best ('boekt in de trein
        op haar telefoon' in plaats van 'mobiel georiënteerd'). Een citaat in de eigen
        woorden van de klant maakt de persona levend voor iedereen die de kaart leest.
        """,
    ),
    widget("jk.persona_editor(path)"),
    redraw(),
    code("jk.show_persona(path)"),
    md(
        """
        ## In B2B: the buying group

        When a company buys, the person who searches is often **not** the person who
        negotiates or signs. A **buying group** (also called the decision-making unit)
        has several roles: the **user**, the **influencer** (an expert, IT, a consultant),
        the **decision maker**, the **purchaser**, sometimes a **gatekeeper**. Each role
        makes its own journey and has its own interests: the user wants ease, the
        purchaser a good price, the decision maker low risk.

        If your journey is B2B, add the roles below. For a consumer journey you can skip
        this part.
        """,
        """
        ## In B2B: de koopgroep

        Als een bedrijf iets koopt, is degene die zoekt vaak **niet** degene die
        onderhandelt of tekent. Een **koopgroep** (ook wel de DMU, decision-making unit)
        heeft meerdere rollen: de **gebruiker**, de **beïnvloeder** (een expert, IT, een
        adviseur), de **beslisser**, de **inkoper**, soms een **poortwachter**. Elke rol
        maakt een eigen reis en heeft eigen belangen: de gebruiker wil gemak, de inkoper
        een goede prijs, de beslisser weinig risico.

        Is je klantreis B2B, voeg de rollen dan hieronder toe. Bij een
        consumentenklantreis kun je dit deel overslaan.
        """,
    ),
    widget("jk.buying_group_editor(path)"),
    code("jk.show_buying_group(path)"),
    your_turn(
        """
        1. Look at the check below and fill in what is still empty.
        2. Read your persona aloud to your neighbour. Ask three questions:
           *Would a colleague from service recognise this customer? Can we say where each
           sentence comes from? Does it tell us what the customer needs from us?*
        3. Improve one sentence that did not pass.
        """,
        """
        1. Kijk naar de controle hieronder en vul in wat nog leeg is.
        2. Lees je persona hardop voor aan je buurman of buurvrouw. Stel drie vragen:
           *Zou een collega van de klantenservice deze klant herkennen? Kunnen we zeggen
           waar elke zin vandaan komt? Vertelt het ons wat de klant van ons nodig heeft?*
        3. Verbeter één zin die niet door de test kwam.
        """,
    ),
    code("jk.check_persona(path)"),
    solution(
        """
        A weak sentence: "Sanne likes travelling." (everyone does; where is the evidence?)
        A stronger one: "Sanne flies three to four times a year for city trips; in our
        survey she names hidden luggage costs as her biggest irritation." It is specific,
        it says where it comes from, and it points at something the airline can change.
        """,
        """
        Een zwakke zin: 'Sanne reist graag.' (dat doet iedereen; waar is het bewijs?)
        Een sterkere: 'Sanne vliegt drie à vier keer per jaar voor stedentrips; in onze
        enquête noemt ze verborgen bagagekosten haar grootste ergernis.' Die is concreet,
        zegt waar hij vandaan komt, en wijst naar iets wat de maatschappij kan veranderen.
        """,
    ),
    key_points(
        (
            [
                "A persona is fictional but based on research; it is the reference point for the whole map.",
                "Describe demographics, buying behaviour, needs, frustrations, and preferred channels and devices.",
                "Concrete sentences with a source beat general ones.",
                "In B2B several roles buy together; each has its own journey and interests.",
            ],
            [
                "Een persona is verzonnen maar gebaseerd op onderzoek; het is het referentiepunt voor de hele kaart.",
                "Beschrijf demografie, koopgedrag, behoeften, frustraties, en voorkeurskanalen en -apparaten.",
                "Concrete zinnen met een bron zijn beter dan algemene.",
                "In B2B kopen meerdere rollen samen; elke rol heeft een eigen reis en eigen belangen.",
            ],
        ),
        ("03_goals", ("step 3, the customer's goals", "onderdeel 3, de doelen van de klant")),
    ),
]
