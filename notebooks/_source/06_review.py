# Notebook 06: step 6 of the method, review and revise; current versus future state.

from _cells import code, facilitator, header, key_points, md, redraw, setup, solution, widget, your_turn

CELLS = [
    header(
        ("Step 6 · Review and revise", "Onderdeel 6 · Herzien en bijwerken"),
        30,
        (
            [
                "why a journey map is never finished",
                "how to review the map: what changed since the last review",
                "how to describe the future state next to the current state",
            ],
            [
                "waarom een klantreiskaart nooit af is",
                "hoe je de kaart herziet: wat is er veranderd sinds de vorige keer",
                "hoe je de toekomstige situatie naast de huidige beschrijft",
            ],
        ),
    ),
    facilitator(
        """
        Use this step twice: at the end of the workshop (a quick proofread) and in a
        follow-up session some weeks later. Agree on a review rhythm (every quarter, or
        after every campaign or product change) and on who owns the map.
        """,
        """
        Gebruik dit onderdeel twee keer: aan het eind van de workshop (snel nalezen) en
        in een vervolgsessie een paar weken later. Spreek een ritme af voor herzieningen
        (elk kwartaal, of na elke campagne of productwijziging) en wie eigenaar is van de
        kaart.
        """,
    ),
    md(
        """
        ## A map is never finished

        Customers change, channels change, and every change to a touchpoint changes the
        communication around it. So the last step is not an end point but a habit: go
        back to the map regularly, **proofread** it, and **revise** it.

        A review asks four questions:

        1. **Is it still true?** Do the touchpoints, feelings and scores match what
           customers tell us now?
        2. **What changed?** New touchpoints, removed ones, changed scores.
        3. **What did our actions do?** Did the low points we worked on go up?
        4. **What is next?** Which improvement do we take on before the next review?

        The journey file keeps a history of every change, so you can see what happened
        since the last review.
        """,
        """
        ## Een kaart is nooit af

        Klanten veranderen, kanalen veranderen, en elke verandering aan een contactpunt
        verandert de communicatie eromheen. Het laatste onderdeel is dus geen eindpunt
        maar een gewoonte: ga regelmatig terug naar de kaart, **lees hem na** en **werk
        hem bij**.

        Een herziening stelt vier vragen:

        1. **Klopt het nog?** Passen de contactpunten, gevoelens en scores bij wat
           klanten ons nu vertellen?
        2. **Wat is er veranderd?** Nieuwe contactpunten, verdwenen contactpunten,
           andere scores.
        3. **Wat hebben onze acties opgeleverd?** Zijn de dalen waaraan we werkten gestegen?
        4. **Wat is de volgende stap?** Welke verbetering pakken we op voor de volgende herziening?

        Het klantreisbestand houdt een geschiedenis bij van elke wijziging, zodat je kunt
        zien wat er sinds de vorige herziening is gebeurd.
        """,
    ),
    setup(),
    widget("jk.review_panel(path)"),
    redraw(),
    code("jk.show_changes(path)"),
    md(
        "The team's comments on the board: the open threads first (answer them before you "
        "close the review), the resolved ones folded.",
        "De opmerkingen van het team op het bord: eerst de open gesprekken (beantwoord ze "
        "voordat je de herziening afsluit), de afgehandelde ingeklapt.",
    ),
    code("jk.show_comments(path)"),
    md(
        """
        ## Actions with an owner

        An improvement nobody owns does not happen. The analyses of the earlier steps
        *suggest* actions: the differences between the ideal and the current canvas or
        the future and the current template, the peak–end advice (a weak end, a deep low
        point) and the gaps (important to customers, little effort from us). **Adopt**
        the ones the team commits to, add your own, and give each an **owner**, a
        **status** (open, doing, done) and a **due date**. At the next review you compare
        the list with the version of the last review: what was done, what was dropped,
        what changed hands.
        """,
        """
        ## Acties met een eigenaar

        Een verbetering zonder eigenaar gebeurt niet. De analyses uit de vorige
        onderdelen *stellen* acties *voor*: de verschillen tussen het ideale en het
        huidige canvas of tussen het toekomstige en het huidige sjabloon, het
        piek-eindadvies (een zwak einde, een diep dal) en de gaps (belangrijk voor
        klanten, weinig moeite van ons). **Neem** de acties **over** waar het team zich
        aan verbindt, voeg eigen acties toe, en geef elke actie een **eigenaar**, een
        **status** (open, bezig, klaar) en een **deadline**. Bij de volgende herziening
        vergelijk je de lijst met de versie van de vorige herziening: wat is gedaan, wat
        is geschrapt, wat is van eigenaar gewisseld.
        """,
    ),
    widget("jk.actions_editor(path)"),
    code("jk.show_action_list(path)"),
    widget("jk.action_changes_panel(path)"),
    code("jk.show_action_changes(path)"),
    code("jk.save_action_list(path)"),
    md(
        """
        ## Is it researched? Evidence coverage

        Question 1, *is it still true?*, starts with what the map rests on. The chart
        counts per phase how many items (touchpoints, pain points, goals and canvas
        cells) are **researched**, **assumed** or have **no evidence recorded** yet. Below it
        are the **assumptions to test first**: touchpoints and pain points the customer
        finds important (4 or 5) that rest on no research, or on research you are not
        sure of. Plan a small piece of research for the top ones before the next review.
        """,
        """
        ## Is het onderzocht? De onderbouwing per fase

        Vraag 1, *klopt het nog?*, begint bij waar de kaart op rust. De grafiek telt per
        fase hoeveel items (contactpunten, pijnpunten, doelen en canvascellen)
        **onderzocht** zijn, **aangenomen** zijn of nog **geen onderbouwing** hebben. Daaronder
        staan de **eerst te toetsen aannames**: contactpunten en pijnpunten die de klant
        belangrijk vindt (4 of 5) en die op geen onderzoek rusten, of op onderzoek waar je
        niet zeker van bent. Plan voor de bovenste een klein onderzoek voor de volgende
        herziening.
        """,
    ),
    code("jk.show_evidence(path)"),
    code("jk.show_evidence_coverage(path)"),
    code("jk.show_assumptions_to_test(path)"),
    md(
        """
        ## Current state and future state

        The **current state** template describes, step by step, how customers experience
        you today: what they think and feel, what they do, the touchpoint, what you want
        to change and how or why. The **future state** template uses the same rows and
        columns for the journey you expect with new products, services and experiences.
        Side by side, they show what has to change.
        """,
        """
        ## Huidige en toekomstige situatie

        Het sjabloon **huidige situatie** beschrijft stap voor stap hoe klanten je vandaag
        ervaren: wat ze denken en voelen, wat ze doen, het contactpunt, wat je wilt
        veranderen en hoe of waarom. Het sjabloon **toekomstige situatie** gebruikt
        dezelfde rijen en kolommen voor de klantreis die je verwacht met nieuwe producten,
        diensten en ervaringen. Naast elkaar laten ze zien wat er moet veranderen.
        """,
    ),
    widget('jk.template_editor(path, "current_state")'),
    code('jk.show_template(path, "current_state")'),
    widget('jk.template_editor(path, "future_state")'),
    code('jk.show_template(path, "future_state")'),
    your_turn(
        """
        1. In the **future state**, describe **one step** of the journey as it will be after
           your most important improvement: what will the customer think, feel and do?
        2. Mark the map as reviewed in the review panel, with a one-line summary of what
           you agreed.
        3. Agree when the next review is, and who does it.
        4. Adopt at least **three actions** from the suggestions, give each an owner and
           a due date, and save the action list as an Excel file for the team.
        """,
        """
        1. Beschrijf in de **toekomstige situatie** **één stap** van de klantreis zoals die
           wordt na je belangrijkste verbetering: wat denkt, voelt en doet de klant dan?
        2. Markeer de kaart als herzien in het herzieningspaneel, met een samenvatting van
           één regel van wat je hebt afgesproken.
        3. Spreek af wanneer de volgende herziening is, en wie die doet.
        4. Neem minstens **drie acties** over uit de voorstellen, geef elke actie een
           eigenaar en een deadline, en bewaar de actielijst als Excel-bestand voor het team.
        """,
    ),
    solution(
        """
        Airline, future state, step 3 (booking). *Thinks/feels:* "Clear, I see the total
        price with my suitcase straight away." *Action:* books in under three minutes on
        her phone. *Touchpoint:* the new one-page booking module. *Change:* show luggage
        costs on the first screen. *How/why:* removes the biggest price threshold from our
        survey. Review summary: "Booking step redesigned; next review after the summer
        campaign (owner: e-commerce lead)."
        """,
        """
        Luchtvaartmaatschappij, toekomstige situatie, stap 3 (boeken). *Denkt/voelt:*
        'Duidelijk, ik zie meteen de totaalprijs met mijn koffer.' *Actie:* boekt in
        minder dan drie minuten op haar telefoon. *Contactpunt:* de nieuwe boekingsmodule
        op één pagina. *Verandering:* bagagekosten op het eerste scherm tonen.
        *Hoe/waarom:* neemt de grootste prijsdrempel uit onze enquête weg. Samenvatting
        van de herziening: 'Boekingsstap vernieuwd; volgende herziening na de
        zomercampagne (eigenaar: e-commerceleider).'
        """,
    ),
    key_points(
        (
            [
                "A journey map is never finished: review and revise it regularly.",
                "Every change to a touchpoint changes the communication; the history shows what changed since the last review.",
                "Describe the future state next to the current state to see what has to change.",
                "Agree on a review rhythm and an owner for the map.",
            ],
            [
                "Een klantreiskaart is nooit af: herzie hem en werk hem regelmatig bij.",
                "Elke wijziging aan een contactpunt verandert de communicatie; de geschiedenis toont wat er sinds de vorige herziening veranderde.",
                "Beschrijf de toekomstige situatie naast de huidige om te zien wat er moet veranderen.",
                "Spreek een ritme voor herzieningen af en een eigenaar van de kaart.",
            ],
        ),
        ("07_b2b_canvas", ("the four-lane B2B canvas", "het B2B-canvas met vier banen")),
    ),
]
