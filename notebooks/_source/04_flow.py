# Notebook 04: step 4 of the method, the communication flow, emotion curve and peak–end rule.

from _cells import code, facilitator, header, key_points, md, redraw, setup, solution, widget, your_turn

CELLS = [
    header(
        ("Step 4 · Communication flow", "Onderdeel 4 · Communicatieflow"),
        45,
        (
            [
                "how to put the touchpoints in the order the customer meets them",
                "how to record, for each step, what the customer does, thinks and feels",
                "how to read the emotion curve",
                "what the peak–end rule says, and where it tells you to invest",
            ],
            [
                "hoe je de contactpunten in de volgorde zet waarin de klant ze tegenkomt",
                "hoe je per stap vastlegt wat de klant doet, denkt en voelt",
                "hoe je de emotiecurve leest",
                "wat de piek-eindregel zegt, en waar die je vertelt te investeren",
            ],
        ),
    ),
    facilitator(
        """
        This is where the map comes together. Let the group "walk" the journey aloud as
        the persona, touchpoint by touchpoint, and score each feeling together (disagreement
        is useful: ask for evidence). Leave 10 minutes for the peak–end discussion; it is
        the part people remember.
        """,
        """
        Hier komt de kaart samen. Laat de groep de klantreis hardop 'lopen' als de
        persona, contactpunt voor contactpunt, en scoor elk gevoel samen (onenigheid is
        nuttig: vraag naar bewijs). Houd 10 minuten over voor het gesprek over de
        piek-eindregel; dat is het deel dat mensen onthouden.
        """,
    ),
    md(
        """
        ## From a list to a flow

        So far you have a list of touchpoints. Now you put them in the **order** in which
        the customer meets them, from the first contact to a lasting relationship, and
        for each step you write down:

        - the **action**: what the customer does ("compares prices on her phone");
        - the **thoughts**: what goes through her head ("is the suitcase included?");
        - the **emotion**: how it feels, on a scale from **−3** (very negative) through
          **0** (neutral) to **+3** (very positive).

        Together the emotions form the **emotion curve**: the ups and downs of the
        journey. Score honestly, from the persona's point of view, and base the scores on
        what customers tell you (reviews, complaints, surveys) wherever you can.
        """,
        """
        ## Van een lijst naar een flow

        Tot nu toe heb je een lijst contactpunten. Nu zet je ze in de **volgorde** waarin
        de klant ze tegenkomt, van het eerste contact tot een blijvende relatie, en per
        stap schrijf je op:

        - de **actie**: wat de klant doet ('vergelijkt prijzen op haar telefoon');
        - de **gedachten**: wat er door haar hoofd gaat ('zit de koffer erbij in?');
        - de **emotie**: hoe het voelt, op een schaal van **−3** (heel negatief) via
          **0** (neutraal) tot **+3** (heel positief).

        Samen vormen de emoties de **emotiecurve**: de pieken en dalen van de klantreis.
        Scoor eerlijk, vanuit de persona, en baseer de scores waar het kan op wat klanten
        je vertellen (reviews, klachten, enquêtes).
        """,
    ),
    setup(),
    md(
        """
        On the board, the order of the cards in a phase is the order of the journey: drag
        them (or use Alt + arrow keys) until they follow the customer. Click a card to
        write its action and thoughts, and drag its point on the **emotion** lane up or
        down to score the feeling. Peak, low point and end are marked as you go.
        """,
        """
        Op het bord is de volgorde van de kaarten in een fase de volgorde van de klantreis:
        sleep ze (of gebruik Alt + pijltjestoetsen) tot ze de klant volgen. Klik op een
        kaart om de actie en gedachten te schrijven, en sleep haar punt op de baan
        **emotie** omhoog of omlaag om het gevoel te scoren. Piek, dieptepunt en einde
        worden meteen gemarkeerd.
        """,
    ),
    widget("jk.journey_board(path)"),
    md(
        """
        ## The emotion curve

        The curve below draws the emotions you scored. Each point is a touchpoint, in the
        order of the journey.
        """,
        """
        ## De emotiecurve

        De curve hieronder tekent de emoties die je hebt gescoord. Elk punt is een
        contactpunt, in de volgorde van de klantreis.
        """,
    ),
    redraw(),
    code("jk.show_emotion_curve(path)"),
    md(
        """
        ## The peak–end rule

        Psychologist Daniel Kahneman found that people do not judge an experience by its
        **average**. They remember mainly two moments: the **peak** (the most intense
        moment, good or bad) and the **end**. A long wait is soon forgotten if the
        ending is warm; a smooth journey is spoiled by a rude goodbye.

        What this means for your map:

        - **Fix the deepest low points** first: a strong negative peak colours the whole memory.
        - **Create one memorable, branded peak** rather than improving everything a little.
        - **Make the end good**: the last touchpoint is what customers carry home.
        - **Contrast matters**: invest where it really counts, not in every improvement.
        """,
        """
        ## De piek-eindregel

        Psycholoog Daniel Kahneman ontdekte dat mensen een ervaring niet op het
        **gemiddelde** beoordelen. Ze onthouden vooral twee momenten: de **piek** (het
        heftigste moment, goed of slecht) en het **einde**. Lang wachten is snel vergeten
        als het einde hartelijk is; een soepele reis wordt bedorven door een onvriendelijk
        afscheid.

        Wat dat betekent voor je kaart:

        - **Los eerst de diepste dalen op**: een sterk negatieve piek kleurt de hele herinnering.
        - **Maak één onvergetelijke piek die bij je merk hoort**, in plaats van alles een beetje te verbeteren.
        - **Zorg voor een goed einde**: het laatste contactpunt nemen klanten mee naar huis.
        - **Contrast telt**: investeer waar het echt uitmaakt, niet in elke verbetering.
        """,
    ),
    md(
        """
        ## One lens, not the whole truth

        Kahneman tested the rule on short episodes with a clear start and finish: a
        medical procedure, a minute with a hand in cold water. Since then researchers
        have tested it on many more kinds of experience. A meta-analysis from 2022 that
        pooled 174 effect sizes found that the peak and the end predict how people judge
        an experience about as well as the plain average of all its moments: not better.
        For long, complex experiences the average sometimes predicted the judgement
        better than peak and end did.

        So the kit treats peak–end as **one lens** on your map, not as the truth:

        - next to the peak, the low point and the end it gives the **trough** (the phase
          where the journey stays lowest, which need not hold the single worst moment)
          and the **average** emotion;
        - it compares the usual peak–end score (the mean of the peak and the end) with
          the average, and says when the two **tell you different things**: one point or
          more apart on the −3 to +3 scale, or one above zero and the other below. Then
          look at both before you decide;
        - it **warns first** when a journey has no clear beginning and end: a B2B
          journey that runs for months with several people, or one that ends in a
          service or loyalty phase that loops back to new purchases. There the "end" is
          only where your map stops.

        Below, the kit reads your emotion curve with all of this.
        """,
        """
        ## Eén bril, niet de hele waarheid

        Kahneman toetste de regel op korte episodes met een duidelijk begin en einde:
        een medische ingreep, een minuut met je hand in koud water. Sindsdien hebben
        onderzoekers haar op veel meer soorten ervaringen getoetst. Een meta-analyse
        uit 2022 die 174 effectgroottes samenvoegde, vond dat piek en einde ongeveer even
        goed voorspellen hoe mensen een ervaring beoordelen als het gewone gemiddelde van
        alle momenten: niet beter. Bij lange, complexe ervaringen voorspelde het
        gemiddelde het oordeel soms zelfs beter dan piek en einde.

        Daarom behandelt de kit piek-eind als **één bril** op je kaart, niet als de waarheid:

        - naast de piek, het dieptepunt en het einde geeft ze het **dal** (de fase waarin
          de klantreis het laagst blijft, en daar hoeft het ene slechtste moment niet te
          liggen) en de **gemiddelde** emotie;
        - ze vergelijkt de gebruikelijke piek-eindscore (het gemiddelde van piek en
          einde) met het gemiddelde, en zegt wanneer die twee **iets anders vertellen**:
          één punt of meer uit elkaar op de schaal van −3 tot +3, of de een boven nul en
          de ander eronder. Bekijk dan allebei voordat je beslist;
        - ze **waarschuwt eerst** als een klantreis geen duidelijk begin en einde heeft:
          een B2B-klantreis die maanden duurt met meerdere mensen, of een die eindigt in
          een service- of loyaliteitsfase die terugkeert naar nieuwe aankopen. Daar is
          het 'einde' alleen de plek waar je kaart stopt.

        Hieronder leest de kit je emotiecurve met dit alles.
        """,
    ),
    code("jk.show_peak_end(path)"),
    md(
        """
        ## The whole map

        The journey map now shows the flow with actions, thoughts and feelings per phase.
        """,
        """
        ## De hele kaart

        De klantreiskaart toont nu de flow, met acties, gedachten en gevoelens per fase.
        """,
    ),
    code("jk.show_map(path)"),
    your_turn(
        """
        1. Look at the emotion curve: which touchpoint is the **lowest point**, and which
           is the **end**?
        2. Propose **one** change that turns the end into a memorable, positive moment
           that fits your brand. Write it as an opportunity on that touchpoint on the board.
        3. Change the emotion score of that touchpoint to what you expect after the change,
           draw the curve and the peak–end reading again (the ↻ line above the curve says how),
           and compare.
        """,
        """
        1. Kijk naar de emotiecurve: welk contactpunt is het **dieptepunt**, en welk is
           het **einde**?
        2. Bedenk **één** verandering die het einde een onvergetelijk, positief moment
           maakt dat bij je merk past. Schrijf het als kans bij dat contactpunt op het
           bord.
        3. Zet de emotiescore van dat contactpunt op wat je na de verandering verwacht,
           teken de curve en de piek-eindlezing opnieuw (de regel met ↻ boven de curve zegt
           hoe) en vergelijk.
        """,
    ),
    solution(
        """
        In the airline case the low point is usually in *Sell* or at the airport (hidden
        costs, a queue at the desk), and the journey ends in *Care*. A branded end could
        be a personal thank-you card with bonus points, or a message on landing: "Welcome
        home, your points are already in your account". Raising the end from 0 to +2
        lifts the remembered score more than improving three neutral steps in the middle.
        """,
        """
        Bij de luchtvaartmaatschappij ligt het dieptepunt meestal in *Sell* of op het
        vliegveld (verborgen kosten, een rij bij de balie), en de reis eindigt in *Care*.
        Een einde dat bij het merk past, kan een persoonlijk bedankkaartje met
        bonuspunten zijn, of een bericht na de landing: 'Welkom thuis, je punten staan al
        op je rekening'. Het einde van 0 naar +2 tillen verhoogt de herinnerde score meer
        dan drie neutrale stappen in het midden verbeteren.
        """,
    ),
    key_points(
        (
            [
                "The flow puts touchpoints in the customer's order, with action, thoughts and emotion per step.",
                "The emotion curve (−3 to +3) shows the ups and downs of the journey.",
                "Peak–end rule: people remember the most intense moment and the end, not the average.",
                "Fix the deepest lows, create one branded peak, make the end good; invest where contrast counts.",
                "Peak–end is one lens: compare it with the average and the trough, and be careful on long B2B journeys.",
            ],
            [
                "De flow zet contactpunten in de volgorde van de klant, met actie, gedachten en emotie per stap.",
                "De emotiecurve (−3 tot +3) toont de pieken en dalen van de klantreis.",
                "Piek-eindregel: mensen onthouden het heftigste moment en het einde, niet het gemiddelde.",
                "Los de diepste dalen op, maak één piek die bij je merk past, zorg voor een goed einde; investeer waar contrast telt.",
                "Piek-eind is één bril: vergelijk haar met het gemiddelde en het dal, en wees voorzichtig bij lange B2B-klantreizen.",
            ],
        ),
        ("05_priorities", ("step 5, prioritise brand touchpoints", "onderdeel 5, contactpunten prioriteren")),
    ),
]
