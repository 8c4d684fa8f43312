# Notebook 07: the four-lane B2B canvas, ideal first, then current; the differences become actions.

from _cells import code, facilitator, header, key_points, md, redraw, setup, solution, widget, your_turn

CELLS = [
    header(
        ("The four-lane B2B canvas", "Het B2B-canvas met vier banen"),
        60,
        (
            [
                "the five phases of a B2B journey",
                "the four lanes of the canvas: customer process, internal process, experience, learning goals",
                "why you fill in the ideal situation first, and the current one second",
                "how the differences become an action list, also per role in the buying group",
            ],
            [
                "de vijf fasen van een B2B-klantreis",
                "de vier banen van het canvas: klantproces, intern proces, ervaring, leerdoelen",
                "waarom je eerst de ideale situatie invult, en pas daarna de huidige",
                "hoe de verschillen een actielijst worden, ook per rol in de koopgroep",
            ],
        ),
        intro=(
            "Tip: this notebook works best with a B2B journey. To practise, choose the worked "
            "example (a veranda supplier) under *Your journey file* below.",
            "Tip: dit notebook werkt het best met een B2B-klantreis. Om te oefenen kies je het "
            "uitgewerkte voorbeeld (een verandaleverancier) onder *Je klantreisbestand* hieronder.",
        ),
    ),
    facilitator(
        """
        Insist on the order: **ideal first**. Groups that start with the current situation
        stay stuck in today's limitations. Give 20 minutes for the ideal canvas, 15 for the
        current one, and 15 to turn the differences into actions with an owner each. With a
        buying group, let sub-groups each take one role and compare at the end.
        """,
        """
        Houd vast aan de volgorde: **eerst ideaal**. Groepen die met de huidige situatie
        beginnen, blijven hangen in de beperkingen van vandaag. Geef 20 minuten voor het
        ideale canvas, 15 voor het huidige, en 15 om de verschillen om te zetten in acties
        met elk een eigenaar. Laat bij een koopgroep subgroepen elk één rol nemen en
        vergelijk aan het eind.
        """,
    ),
    md(
        """
        ## Five phases of a B2B journey

        1. **Awareness**: the buyer explores the problem, usually by searching online.
        2. **Interest**: your company must stand out; the website (or a chat) must answer
           the searcher's questions.
        3. **Consideration**: reviews, price comparisons, tutorials: the buyer reduces risk.
        4. **Purchase**: no barriers. Too many form fields, few payment options, high
           shipping costs, a slow sales follow-up or a vague offer all lose the deal.
        5. **Service & loyalty**: keep your promises and deliver on time; satisfied
           customers become ambassadors (word of mouth, repeat orders).

        ## Four lanes

        | lane | the question it answers |
        |---|---|
        | **Customer process** | what does the customer do and experience in this phase? |
        | **Internal process** | what must *we* do in this phase to move the customer to the next one? |
        | **Experience** | how satisfied is the customer here? A score (1–5) with measurable indicators, such as time on site from search, or pins saved |
        | **Learning goals & improvements** | what do we learn by laying the customer process next to the internal process and judging it with the experience? These become action points |

        ## Ideal first, then current

        Fill in the canvas twice. First the **ideal** situation: how would the journey go
        if everything worked as it should? Only then the **current** situation: how does
        it go today? Where the two differ, you have found your **actions**.

        Worked example: a veranda supplier. A new homeowner cannot sit outside in bad
        weather, so she searches online and on Pinterest for ideas. Ideally the supplier's
        inspiring photos show up first there; today they do not appear at all. That
        difference becomes an action: "publish veranda photos on Pinterest, with a link to
        the configurator".
        """,
        """
        ## Vijf fasen van een B2B-klantreis

        1. **Bewustwording**: de koper verkent het probleem, meestal door online te zoeken.
        2. **Interesse**: je bedrijf moet opvallen; de website (of een chat) moet de vragen
           van de zoeker beantwoorden.
        3. **Overweging**: reviews, prijsvergelijkingen, uitleg: de koper verkleint het risico.
        4. **Aankoop**: geen drempels. Te veel formuliervelden, weinig betaalopties, hoge
           verzendkosten, een trage opvolging door verkoop of een vaag aanbod kosten de deal.
        5. **Service & loyaliteit**: kom je beloftes na en lever op tijd; tevreden klanten
           worden ambassadeurs (mond-tot-mondreclame, herhaalorders).

        ## Vier banen

        | baan | de vraag die ze beantwoordt |
        |---|---|
        | **Klantproces** | wat doet en beleeft de klant in deze fase? |
        | **Intern proces** | wat moeten *wij* in deze fase doen om de klant naar de volgende te brengen? |
        | **Ervaring** | hoe tevreden is de klant hier? Een score (1–5) met meetbare indicatoren, zoals verblijfsduur op de site vanuit zoeken, of bewaarde pins |
        | **Leerdoelen en verbeterpunten** | wat leren we door het klantproces naast het interne proces te leggen en te beoordelen met de ervaring? Dit worden actiepunten |

        ## Eerst ideaal, dan huidig

        Vul het canvas twee keer in. Eerst de **ideale** situatie: hoe zou de klantreis
        lopen als alles werkte zoals het hoort? Pas daarna de **huidige** situatie: hoe
        gaat het vandaag? Waar die twee verschillen, heb je je **acties** gevonden.

        Uitgewerkt voorbeeld: een leverancier van veranda's. Een nieuwe huiseigenaar kan
        bij slecht weer niet buiten zitten en zoekt daarom online en op Pinterest naar
        ideeën. In het ideale geval verschijnen de inspirerende foto's van de leverancier
        daar als eerste; vandaag verschijnen ze er helemaal niet. Dat verschil wordt een
        actie: 'veranda-foto's op Pinterest publiceren, met een link naar de configurator'.
        """,
    ),
    setup(
        example=(
            "07_b2b_canvas",
            "veranda",
            ("the worked example (a veranda supplier)", "het uitgewerkte voorbeeld (een verandaleverancier)"),
        )
    ),
    md(
        """
        ## Fill in the canvas

        Choose **Ideal** or **Current** at the top of the board and type straight into the
        cells; click the dots for the experience score. **Side by side** shows both, with
        the cells that differ highlighted and the action list below updating as you
        type. With a buying group you can choose a role too.
        """,
        """
        ## Vul het canvas in

        Kies bovenaan het bord **Ideaal** of **Huidig** en typ direct in de cellen; klik op
        de stippen voor de ervaringsscore. **Naast elkaar** toont beide, met de cellen die
        verschillen gemarkeerd en de actielijst eronder die meeloopt terwijl je typt. Met
        een koopgroep kun je ook een rol kiezen.
        """,
    ),
    widget("jk.canvas_board(path)"),
    redraw(),
    code('jk.show_canvas(path, "ideal")'),
    code('jk.show_canvas(path, "current")'),
    md(
        """
        ## From differences to actions

        The action list below compares the two canvases phase by phase and lane by lane.
        Each row is a difference between ideal and current: something to change, with an
        owner and a priority. **Side by side** on the board shows the same list as you type.
        """,
        """
        ## Van verschillen naar acties

        De actielijst hieronder vergelijkt de twee canvassen fase voor fase en baan voor
        baan. Elke rij is een verschil tussen ideaal en huidig: iets om te veranderen,
        met een eigenaar en een prioriteit. **Naast elkaar** op het bord toont dezelfde
        lijst terwijl je typt.
        """,
    ),
    code("jk.show_actions(path)"),
    md(
        """
        In B2B, the person who searches is often not the one who negotiates. When your
        journey has a buying group, the map below shows its roles; the canvas board lets
        you fill the canvas for each role, so you can compare their journeys.
        """,
        """
        In B2B is degene die zoekt vaak niet degene die onderhandelt. Heeft je klantreis
        een koopgroep, dan toont de kaart hieronder de rollen; op het canvasbord kun
        je per rol een canvas invullen, zodat je hun klantreizen kunt vergelijken.
        """,
    ),
    code("jk.show_buying_group(path)"),
    md(
        """
        ## The buying group as a group

        Each role makes its own journey, so each role has its own emotion line. Give the
        touchpoints of each role its `role` on the board, and the chart below draws one
        line per role. Three things to look for:

        - **where the lines are furthest apart**: the shaded phase. There one message
          for "the customer" cannot work; the roles need different things (the reading
          also counts how many roles have a goal of their own there);
        - **clashes**: a phase that is one role's low point and another role's peak. The
          decision maker may love the business case while the purchaser dreads the
          negotiation in the same week;
        - **the role with the lowest experience**: serve it first. Its opportunities, pain
          points and canvas improvements where it feels worst are listed under the chart.
        """,
        """
        ## De koopgroep als groep

        Elke rol maakt haar eigen klantreis, dus elke rol heeft haar eigen emotielijn.
        Geef de contactpunten van elke rol op het bord hun `rol`, dan tekent de grafiek
        hieronder één lijn per rol. Let op drie dingen:

        - **waar de lijnen het verst uit elkaar liggen**: de gearceerde fase. Daar werkt
          één boodschap voor 'de klant' niet; de rollen hebben iets anders nodig (de
          lezing telt ook hoeveel rollen daar een eigen doel hebben);
        - **botsingen**: een fase die het dieptepunt van de ene rol is en de piek van een
          andere. De beslisser kan blij zijn met de businesscase terwijl de inkoper in
          dezelfde week opziet tegen de onderhandeling;
        - **de rol met de laagste ervaring**: help die eerst. Haar kansen, pijnpunten en
          verbeterpunten op het canvas waar ze zich het slechtst voelt, staan onder de
          grafiek.
        """,
    ),
    code("jk.show_roles(path)"),
    code("jk.show_role_divergence(path)"),
    md(
        """
        No buying group on your journey yet? The B2B sample shows what it looks like
        when the roles really disagree:
        """,
        """
        Nog geen koopgroep op je klantreis? Het B2B-voorbeeld laat zien hoe het eruitziet
        als de rollen het echt oneens zijn:
        """,
    ),
    code('example = jk.sample_path("b2b_software")\njk.show_roles(example)'),
    code("jk.show_role_divergence(example)"),
    your_turn(
        """
        1. Choose **one phase**. Fill in all four lanes for the **ideal** situation first,
           with an experience score.
        2. Now fill in the same phase for the **current** situation.
        3. Look at the action list (**Side by side** on the board). Is the new difference
           there? Give it an **owner**: who in your company will make the change?
        """,
        """
        1. Kies **één fase**. Vul eerst alle vier de banen in voor de **ideale** situatie,
           met een ervaringsscore.
        2. Vul daarna dezelfde fase in voor de **huidige** situatie.
        3. Kijk naar de actielijst (**Naast elkaar** op het bord). Staat het nieuwe
           verschil erbij? Geef het een **eigenaar**: wie in je bedrijf gaat de
           verandering doorvoeren?
        """,
    ),
    solution(
        """
        Veranda supplier, *Purchase*. Ideal: the customer configures her veranda online and
        gets a firm quote within a day (internal: the configurator sends the quote to sales
        automatically; score 5). Current: she fills in a long contact form and waits a week
        for a call (internal: sales plans visits by hand; score 2). Action: "quote within one
        working day, straight from the configurator", owner: head of sales, high priority.
        """,
        """
        Verandaleverancier, *Aankoop*. Ideaal: de klant stelt haar veranda online samen en
        krijgt binnen een dag een vaste offerte (intern: de configurator stuurt de offerte
        automatisch naar verkoop; score 5). Huidig: ze vult een lang contactformulier in en
        wacht een week op een telefoontje (intern: verkoop plant bezoeken met de hand;
        score 2). Actie: 'offerte binnen één werkdag, rechtstreeks uit de configurator',
        eigenaar: hoofd verkoop, hoge prioriteit.
        """,
    ),
    key_points(
        (
            [
                "B2B five phases: awareness, interest, consideration, purchase, service & loyalty.",
                "Four lanes: customer process, internal process, experience (a score), learning goals & improvements.",
                "Fill in the ideal situation first, then the current one; the differences become the action list.",
                "Several roles buy together; fill the canvas per role and compare.",
            ],
            [
                "B2B vijf fasen: bewustwording, interesse, overweging, aankoop, service & loyaliteit.",
                "Vier banen: klantproces, intern proces, ervaring (een score), leerdoelen en verbeterpunten.",
                "Vul eerst de ideale situatie in, dan de huidige; de verschillen worden de actielijst.",
                "Meerdere rollen kopen samen; vul het canvas per rol in en vergelijk.",
            ],
        ),
        ("08_report", ("everything together in a report", "alles samen in een rapport")),
    ),
]
