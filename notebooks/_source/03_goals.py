# Notebook 03: step 3 of the method, the customer's goals per phase.

from _cells import code, facilitator, header, key_points, md, redraw, setup, solution, widget, your_turn

CELLS = [
    header(
        ("Step 3 · Customer goals", "Onderdeel 3 · Klantdoelen"),
        30,
        (
            [
                "what the customer hopes to achieve in each phase of the journey",
                "why the customer engages with your brand at each touchpoint",
                "how to write goals in the customer's words, not the company's",
            ],
            [
                "wat de klant in elke fase van de klantreis hoopt te bereiken",
                "waarom de klant bij elk contactpunt met je merk in contact komt",
                "hoe je doelen schrijft in de woorden van de klant, niet van het bedrijf",
            ],
        ),
    ),
    facilitator(
        """
        The most common mistake here is writing company goals ("convert the visitor").
        Each time, ask: "would the customer say this sentence?" Let groups write goals as
        "I want to …" sentences. With a buying group, give each role its own colour.
        """,
        """
        De meest gemaakte fout hier is bedrijfsdoelen opschrijven ('de bezoeker
        converteren'). Vraag steeds: 'zou de klant deze zin zeggen?' Laat groepen doelen
        schrijven als 'Ik wil …'-zinnen. Geef bij een koopgroep elke rol een eigen kleur.
        """,
    ),
    md(
        """
        ## What does the customer want?

        Customers do not contact you for fun: at every touchpoint they want to get
        something done. In the *Touch* phase that might be "I want a cheap city trip in
        May"; in *Sell* "I want to book without surprises"; in *Care* "I want my luggage
        back quickly when it goes missing".

        Knowing these **customer goals** per phase tells you the probable reason why a
        customer engages with your brand at each touchpoint, and so whether the
        touchpoint helps them or stands in the way.

        Write goals from the customer's side, in their words:

        | company language ✗ | customer goal ✓ |
        |---|---|
        | generate leads via the website | *I want to know quickly whether this fits my budget* |
        | increase upsell of luggage | *I want to take my things without paying twice* |
        | reduce calls to the helpdesk | *I want an answer without waiting on the phone* |

        In B2B every role in the buying group has goals of its own: the user wants a tool
        that is easy to learn, the decision maker wants a safe choice she can defend.
        """,
        """
        ## Wat wil de klant?

        Klanten nemen niet voor de lol contact met je op: bij elk contactpunt willen ze
        iets voor elkaar krijgen. In de fase *Touch* kan dat zijn 'ik wil een goedkope
        stedentrip in mei'; in *Sell* 'ik wil boeken zonder verrassingen'; in *Care* 'ik
        wil mijn koffer snel terug als die kwijt is'.

        Als je deze **klantdoelen** per fase kent, weet je waarom een klant bij elk
        contactpunt waarschijnlijk met je merk in contact komt, en dus of dat contactpunt
        hem helpt of in de weg zit.

        Schrijf doelen vanuit de klant, in zijn woorden:

        | bedrijfstaal ✗ | klantdoel ✓ |
        |---|---|
        | leads genereren via de website | *ik wil snel weten of dit in mijn budget past* |
        | meer bagage bijverkopen | *ik wil mijn spullen meenemen zonder dubbel te betalen* |
        | minder telefoontjes naar de helpdesk | *ik wil een antwoord zonder aan de telefoon te wachten* |

        In B2B heeft elke rol in de koopgroep eigen doelen: de gebruiker wil een pakket dat
        makkelijk te leren is, de beslisser wil een veilige keuze die ze kan verdedigen.
        """,
    ),
    md(
        """
        ## The situation and what the customer expects

        Before the goals, write down the **scenario**: the situation the customer is in
        when this journey starts ("we bought a house with a garden and cannot sit outside
        when it rains"). Then the **expectations**: what the customer expects from you
        along the way ("a clear price before I visit, installation on the promised day").
        Both appear in the header of the printed map, so everyone reads the map from the
        customer's situation, and step 6 can check whether the expectations were met.
        """,
        """
        ## De situatie en wat de klant verwacht

        Schrijf vóór de doelen het **scenario** op: de situatie waarin de klant zit als
        deze klantreis begint ('we kochten een huis met tuin en kunnen niet buiten zitten
        als het regent'). Dan de **verwachtingen**: wat de klant onderweg van je verwacht
        ('een duidelijke prijs vóór mijn bezoek, plaatsing op de beloofde dag'). Beide
        staan in de kop van de geprinte kaart, zodat iedereen de kaart leest vanuit de
        situatie van de klant, en onderdeel 6 kan nagaan of de verwachtingen zijn
        waargemaakt.
        """,
    ),
    setup(),
    widget("jk.goals_editor(path)"),
    md(
        """
        Below: all goals per phase.
        """,
        """
        Hieronder: alle doelen per fase.
        """,
    ),
    redraw(),
    code("jk.show_goals(path)"),
    your_turn(
        """
        1. Write **at least one goal for every phase**, as an "I want …" sentence.
        2. Read each goal and ask: *would the customer say this?* Rewrite any goal that
           sounds like company language.
        3. The check below shows which phases still have no goal.
        4. Fill in the **scenario** and the **expectations** at the top of the form, in
           one or two sentences each, in the customer's words.
        """,
        """
        1. Schrijf **minstens één doel per fase**, als een 'Ik wil …'-zin.
        2. Lees elk doel en vraag je af: *zou de klant dit zeggen?* Herschrijf elk doel
           dat klinkt als bedrijfstaal.
        3. De controle hieronder laat zien welke fasen nog geen doel hebben.
        4. Vul bovenaan het formulier het **scenario** en de **verwachtingen** in, elk in
           een of twee zinnen, in de woorden van de klant.
        """,
    ),
    code("jk.check_goals(path)"),
    solution(
        """
        Airline, one goal per phase. *Touch:* "I want to find out which airlines fly to
        Lisbon in May." *Tell:* "I want to know what the ticket really costs with a
        suitcase." *Sell:* "I want to book in a few minutes and get my confirmation at
        once." *Care:* "I want to feel that they appreciate me as a returning customer."
        """,
        """
        Luchtvaartmaatschappij, één doel per fase. *Touch:* 'Ik wil weten welke
        maatschappijen in mei naar Lissabon vliegen.' *Tell:* 'Ik wil weten wat het
        ticket echt kost met een koffer.' *Sell:* 'Ik wil in een paar minuten boeken en
        meteen mijn bevestiging krijgen.' *Care:* 'Ik wil merken dat ze me als vaste klant
        waarderen.'
        """,
    ),
    key_points(
        (
            [
                "At every touchpoint the customer wants to get something done: that is the customer goal.",
                'Write goals per phase, in the customer\'s words ("I want …"), not in company language.',
                "Goals explain why a customer engages, and whether a touchpoint helps or gets in the way.",
                "In B2B each role in the buying group has its own goals.",
            ],
            [
                "Bij elk contactpunt wil de klant iets voor elkaar krijgen: dat is het klantdoel.",
                "Schrijf doelen per fase, in de woorden van de klant ('Ik wil …'), niet in bedrijfstaal.",
                "Doelen verklaren waarom een klant contact zoekt, en of een contactpunt helpt of in de weg zit.",
                "In B2B heeft elke rol in de koopgroep eigen doelen.",
            ],
        ),
        ("04_flow", ("step 4, the communication flow", "onderdeel 4, de communicatieflow")),
    ),
]
