# Notebook 00: what a customer journey is, how the workshop runs, and the start form.
# Built into notebooks/00_start_here.ipynb and notebooks/nl/00_start_here.ipynb by build.py.

from _cells import code, facilitator, header, key_points, md, redraw, setup, solution, widget, your_turn

CELLS = [
    header(
        ("Welcome to JourneyKit: start here", "Welkom bij JourneyKit: begin hier"),
        20,
        (
            [
                "what a customer journey is, and how it differs from the customer experience",
                "what a customer journey map looks like",
                "how this workshop runs and how to use the forms (no programming needed)",
                "how to start your own journey, or pick one of the three sample cases",
            ],
            [
                "wat een klantreis is, en hoe die verschilt van de klantervaring",
                "hoe een klantreiskaart eruitziet",
                "hoe deze workshop verloopt en hoe je de formulieren gebruikt (zonder programmeren)",
                "hoe je je eigen klantreis begint, of een van de drie voorbeeldcasussen kiest",
            ],
        ),
        intro=(
            "In this workshop you map the path your customers take with your organisation, "
            "step by step, and find out where you can make that path better.",
            "In deze workshop breng je de weg in kaart die je klanten met je organisatie afleggen, "
            "stap voor stap, en ontdek je waar je die weg beter kunt maken.",
        ),
    ),
    facilitator(
        """
        Start the room here together. Show the sample map on the big screen while you
        explain journey versus experience (5 min), let everyone open this notebook (in
        JupyterLab: run its cells; a Voilà page has run already) and press
        *Start my journey* (5 min), then do the "Your turn" exercise in pairs (10 min).
        Agree beforehand whether the group works on its own case or on a sample.
        """,
        """
        Begin hier samen met de groep. Laat de voorbeeldkaart op het grote scherm zien
        terwijl je klantreis en klantervaring uitlegt (5 min), laat iedereen dit notebook
        openen (in JupyterLab: de cellen uitvoeren; een Voilà-pagina is al uitgevoerd) en
        op *Start mijn klantreis* drukken (5 min), en doe daarna de opdracht
        'Aan de slag' in tweetallen (10 min). Spreek vooraf af of de groep aan een eigen
        casus werkt of aan een voorbeeld.
        """,
    ),
    md(
        """
        ## What is a customer journey?

        A **customer journey** is the path a customer takes with your organisation,
        told from the *customer's* side: from the moment they first hear of you,
        through choosing and buying, to long after the purchase, when they come back
        (or not) and tell others about you. On the way they meet you through many
        **touchpoints**: an advert, your website, a phone call, a review written by
        someone else, the delivery at the door, the invoice.

        Two words are easy to mix up:

        | | the customer **journey** | the customer **experience** |
        |---|---|---|
        | is about | what the customer **does** | what the customer **feels** |
        | example | *compares three offers on her phone* | *is annoyed that the prices are hard to compare* |
        | question | which steps, which channels? | how does each step feel: good, bad, memorable? |

        A good map holds both: for every step, what the customer does **and** how it feels.
        """,
        """
        ## Wat is een klantreis?

        Een **klantreis** is de weg die een klant met je organisatie aflegt, verteld
        vanuit de *klant*: vanaf het moment dat hij voor het eerst van je hoort, via
        kiezen en kopen, tot lang na de aankoop, wanneer hij terugkomt (of niet) en
        anderen over je vertelt. Onderweg komt hij je tegen in veel **contactpunten**:
        een advertentie, je website, een telefoontje, een review van iemand anders, de
        bezorging aan de deur, de factuur.

        Twee woorden worden vaak door elkaar gehaald:

        | | de **klantreis** | de **klantervaring** |
        |---|---|---|
        | gaat over | wat de klant **doet** | wat de klant **voelt** |
        | voorbeeld | *vergelijkt drie offertes op haar telefoon* | *ergert zich dat de prijzen lastig te vergelijken zijn* |
        | vraag | welke stappen, welke kanalen? | hoe voelt elke stap: goed, slecht, onvergetelijk? |

        Een goede kaart bevat allebei: per stap wat de klant doet **en** hoe dat voelt.
        """,
    ),
    md(
        """
        ## What does a customer journey map look like?

        A **customer journey map** puts the journey on one page. The **phases** of the
        journey are the columns (for example *Touch – Tell – Sell – Care*: get noticed,
        inform, persuade, look after the customer). The **lanes** are the rows: the
        touchpoints, what the customer does and thinks, how they feel, and what we want
        to improve.

        Below is the map of a sample case: an airline campaign. *In JupyterLab* click in
        each grey cell and press **Shift + Enter** to run it (the first time takes a few
        seconds); *in Voilà* everything has already run.
        """,
        """
        ## Hoe ziet een klantreiskaart eruit?

        Een **klantreiskaart** zet de klantreis op één pagina. De **fasen** van de reis
        zijn de kolommen (bijvoorbeeld *Touch – Tell – Sell – Care*: opvallen,
        informeren, overtuigen, de klant verzorgen). De **banen** zijn de rijen: de
        contactpunten, wat de klant doet en denkt, hoe hij zich voelt en wat we willen
        verbeteren.

        Hieronder staat de kaart van een voorbeeldcasus: een campagne van een
        luchtvaartmaatschappij. *In JupyterLab* klik je in elke grijze cel en druk je op
        **Shift + Enter** om hem uit te voeren (de eerste keer duurt een paar seconden);
        *in Voilà* is alles al uitgevoerd.
        """,
    ),
    setup(about=False, progress=False),
    # How this page works differs between JupyterLab (cells to run) and Voila (none).
    code("from journeykit_widgets.widgets.where import how_to_use\n\nhow_to_use(language)"),
    # Always the airline sample, as the text above says (path is the learner's own
    # journey once they started one, still empty here).
    code('jk.show_map(jk.sample_path("airline"))'),
    md(
        """
        Read the map from left to right, phase by phase. Each coloured card in the
        **Touchpoints** lane is a touchpoint (the colour is its channel; a dashed border
        means indirect). The **Emotion** lane shows how the customer feels at each
        touchpoint, from −3 (very negative) to +3 (very positive), with the peak, the low
        point and the end marked. You will build a map like this for your own customers,
        one step at a time.

        ## How the workshop runs

        The workshop follows **six steps**, one notebook each, plus the B2B canvas and a
        report at the end:

        | notebook | what you do | time |
        |---|---|---|
        | `01_touchpoints` | 1. list every touchpoint | 45 min |
        | `02_persona` | 2. choose who the map is for (or a B2B buying group) | 30 min |
        | `03_goals` | 3. what the customer wants to achieve in each phase | 30 min |
        | `04_flow` | 4. the flow: steps, feelings, emotion curve, peak–end rule | 45 min |
        | `05_priorities` | 5. which touchpoints matter most, and where we over- or under-invest | 40 min |
        | `06_review` | 6. review the map and plan the future state | 30 min |
        | `07_b2b_canvas` | the four-lane canvas: ideal first, then current, then actions | 60 min |
        | `08_report` | everything together, and a report to share | 20 min |

        ## How to use the notebooks

        - **Forms** appear on the page. Type in the boxes, choose from the lists, click
          the buttons. That is all.
        - **Everything you enter is saved at once** in your journey file. Closing the
          tab, reloading or starting again loses nothing.
        - A map or table under a form shows the state **when it was drawn**. After you
          change something, draw it again: see *How this page works* above.
        """,
        """
        Lees de kaart van links naar rechts, fase voor fase. Elke gekleurde kaart in de
        baan **Contactpunten** is een contactpunt (de kleur is het kanaal; een gestippelde
        rand betekent indirect). De baan **Emotie** laat zien hoe de klant zich bij elk
        contactpunt voelt, van −3 (heel negatief) tot +3 (heel positief), met de piek, het
        dieptepunt en het einde gemarkeerd. Je bouwt zo'n kaart voor je eigen klanten,
        stap voor stap.

        ## Hoe de workshop verloopt

        De workshop volgt **zes onderdelen**, elk in een eigen notebook, plus het
        B2B-canvas en een rapport aan het eind:

        | notebook | wat je doet | tijd |
        |---|---|---|
        | `01_touchpoints` | 1. alle contactpunten op een rij | 45 min |
        | `02_persona` | 2. kiezen voor wie de kaart is (of een B2B-koopgroep) | 30 min |
        | `03_goals` | 3. wat de klant in elke fase wil bereiken | 30 min |
        | `04_flow` | 4. de communicatieflow: stappen, gevoel, emotiecurve, piek-eindregel | 45 min |
        | `05_priorities` | 5. welke contactpunten het zwaarst wegen, en waar we te veel of te weinig investeren | 40 min |
        | `06_review` | 6. de kaart herzien en de toekomstige situatie plannen | 30 min |
        | `07_b2b_canvas` | het canvas met vier banen: eerst ideaal, dan huidig, dan acties | 60 min |
        | `08_report` | alles bij elkaar, en een rapport om te delen | 20 min |

        ## Zo gebruik je de notebooks

        - Op de pagina staan **formulieren**. Typ in de vakjes, kies uit de lijsten,
          klik op de knoppen. Meer is het niet.
        - **Alles wat je invult, wordt meteen bewaard** in je klantreisbestand. Het
          tabblad sluiten, de pagina opnieuw laden of opnieuw beginnen: er gaat niets
          verloren.
        - Een kaart of tabel onder een formulier toont de stand **van het moment dat hij
          getekend werd**. Heb je iets veranderd, teken hem dan opnieuw: zie *Zo werkt
          deze pagina* hierboven.
        """,
    ),
    md(
        """
        ## Start your journey

        Choose your language, then what you want to work on:

        - **My own customer journey** starts an empty map for your own organisation.
          Give it a name and choose a phase model (the columns of your map). *Touch – Tell –
          Sell – Care* suits a consumer campaign; the *B2B* models suit business buyers.
        - **A sample case** gives you a complete, worked example to explore and change:
          an airline campaign, a veranda supplier, or a company buying software.

        Then click **Start my journey**. Your journey is saved as
        `workspace/my_journey.json`, and every other notebook opens it from there.
        """,
        """
        ## Begin je klantreis

        Kies je taal, en daarna waaraan je wilt werken:

        - **Mijn eigen klantreis** begint een lege kaart voor je eigen organisatie. Geef
          hem een naam en kies een fasemodel (de kolommen van je kaart). *Touch – Tell –
          Sell – Care* past bij een consumentencampagne; de *B2B*-modellen passen bij
          zakelijke kopers.
        - **Een voorbeeldcasus** geeft je een compleet uitgewerkt voorbeeld om te
          verkennen en aan te passen: een luchtvaartmaatschappij, een leverancier van
          veranda's, of een bedrijf dat software koopt.

        Klik daarna op **Start mijn klantreis**. Je klantreis wordt bewaard als
        `workspace/my_journey.json`, en alle andere notebooks openen hem vanaf daar.
        (Kies je Nederlands, ga dan verder met de notebooks in de map `notebooks/nl/`.)
        """,
    ),
    widget("jk.start_journey()"),
    md(
        """
        Below: which journey the next notebooks will work on, and how far it is through
        the six steps.
        """,
        """
        Hieronder: aan welke klantreis de volgende notebooks werken, en hoe ver die is in
        de zes stappen.
        """,
    ),
    redraw(),
    code("jk.about(jk.journey_path(journey_file, language))"),
    code(
        "from journeykit_widgets.learner_progress import show_progress\n\n"
        "show_progress(jk.journey_path(journey_file, language))",
        tags=("setup",),
    ),
    your_turn(
        """
        Think of a purchase you made yourself recently (a holiday, a phone, a course).
        Below are six sentences about a customer booking a flight. Which describe the
        **journey** (what she does) and which the **experience** (what she feels)?
        Discuss it with your neighbour, then write down two journey steps and two
        feelings from your own purchase.

        1. She sees a banner about the airline's safety award.
        2. She feels reassured: this airline takes safety seriously.
        3. She compares prices on her phone on the train.
        4. She is irritated that the extra luggage costs are hidden.
        5. She books on her laptop in the evening.
        6. She is pleasantly surprised by a thank-you card after the flight.
        """,
        """
        Denk aan iets wat je onlangs zelf hebt gekocht (een vakantie, een telefoon, een
        cursus). Hieronder staan zes zinnen over een klant die een vlucht boekt. Welke
        beschrijven de **klantreis** (wat ze doet) en welke de **klantervaring** (wat ze
        voelt)? Bespreek het met je buurman of buurvrouw en schrijf daarna twee stappen
        en twee gevoelens uit je eigen aankoop op.

        1. Ze ziet een banner over de veiligheidsprijs van de maatschappij.
        2. Ze voelt zich gerustgesteld: deze maatschappij neemt veiligheid serieus.
        3. Ze vergelijkt prijzen op haar telefoon in de trein.
        4. Ze ergert zich dat de kosten voor extra bagage verstopt zitten.
        5. Ze boekt 's avonds op haar laptop.
        6. Ze is blij verrast door een bedankkaartje na de vlucht.
        """,
    ),
    solution(
        """
        Journey (what she does): 1, 3, 5. Experience (what she feels): 2, 4, 6.
        Notice that one moment can have both: sentence 3 (comparing prices) goes
        with sentence 4 (irritation). A map records the action *and* the feeling for
        the same step. Also notice the switch of device: research on the phone, booking
        on the laptop.
        """,
        """
        Klantreis (wat ze doet): 1, 3, 5. Klantervaring (wat ze voelt): 2, 4, 6. Eén
        moment kan allebei hebben: zin 3 (prijzen vergelijken) hoort bij zin 4
        (ergernis). Een kaart legt voor dezelfde stap de actie *én* het gevoel vast. Let
        ook op de wissel van apparaat: oriënteren op de telefoon, boeken op de laptop.
        """,
    ),
    key_points(
        (
            [
                "A customer journey is the path a customer takes with you, told from the customer's side.",
                "The journey is what the customer does; the experience is what the customer feels. A map shows both.",
                "A map has phases as columns and lanes (touchpoints, actions, feelings, improvements) as rows.",
                "You fill in forms and click buttons, no programming; everything is saved in `workspace/my_journey.json` at once.",
            ],
            [
                "Een klantreis is de weg die een klant met je aflegt, verteld vanuit de klant.",
                "De klantreis is wat de klant doet; de klantervaring is wat hij voelt. Een kaart toont allebei.",
                "Een kaart heeft fasen als kolommen en banen (contactpunten, acties, gevoelens, verbeteringen) als rijen.",
                "Je vult formulieren in en klikt op knoppen, zonder programmeren; alles wordt meteen bewaard in `workspace/my_journey.json`.",
            ],
        ),
        (
            "01_touchpoints",
            ("step 1, the touchpoint inventory", "onderdeel 1, de inventarisatie van contactpunten"),
        ),
    ),
]
