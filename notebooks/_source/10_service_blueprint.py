# Notebook 10: the canonical service blueprint, beside the templates of step 6.

from _cells import code, facilitator, header, key_points, md, setup, solution, widget, your_turn

CELLS = [
    header(
        ("The service blueprint", "De service-blauwdruk"),
        40,
        (
            [
                "what the five lanes of a service blueprint hold",
                "what the lines of interaction, visibility and internal interaction separate",
                "why fail points and wait times belong on the blueprint",
            ],
            [
                "wat er in de vijf lagen van een service-blauwdruk staat",
                "wat de interactielijn, de zichtbaarheidslijn en de interne interactielijn scheiden",
                "waarom faalpunten en wachttijden op de blauwdruk horen",
            ],
        ),
    ),
    facilitator(
        """
        Do this after the journey map (steps 1 to 4): the blueprint zooms in on a few steps
        of one phase, usually where the emotion curve is lowest. Have the team choose four to
        six steps; more does not fit on a wall or an A3. Exercise 11 (`11_blueprint_lines`)
        practises the lanes in ten minutes; the blank sheet is in the worksheet pack.
        """,
        """
        Doe dit na de klantreiskaart (onderdelen 1 tot en met 4): de blauwdruk zoomt in op een
        paar stappen van één fase, meestal waar de emotiecurve het laagst is. Laat het team vier
        tot zes stappen kiezen; meer past niet op een muur of een A3. Oefening 11
        (`11_blueprint_lines`) oefent de lagen in tien minuten; het lege werkblad zit in het
        werkbladenpakket.
        """,
    ),
    md(
        """
        ## Behind every touchpoint, a chain of work

        The journey map shows what the customer experiences. A **service blueprint** adds
        what the company does to make each step happen, so the team sees where the
        experience is won or lost inside the organisation. The steps of the customer are the
        columns; under each step, five lanes:

        | lane | what goes in it |
        | --- | --- |
        | **Physical evidence** | what the customer sees, holds or receives: a screen, an e-mail, a letter |
        | **Customer actions** | what the customer does, in their words |
        | **Frontstage actions** | what staff (or self-service systems) do where the customer sees it |
        | **Backstage actions** | what staff do out of sight to make the frontstage work |
        | **Support processes** | systems, other teams and partners the staff depend on |

        Three lines run between the lanes:

        - the **line of interaction** (solid), under the customer actions: every arrow that
          crosses it is a contact between customer and company;
        - the **line of visibility** (dashed), under the frontstage: what lies below it, the
          customer never sees, but it decides what they get;
        - the **line of internal interaction** (dotted), above the support processes: every
          crossing is a hand-over inside the company, and hand-overs are where work waits.
        """,
        """
        ## Achter elk contactpunt een keten van werk

        De klantreiskaart toont wat de klant meemaakt. Een **service-blauwdruk** voegt toe wat
        het bedrijf doet om elke stap mogelijk te maken, zodat het team ziet waar de ervaring
        binnen de organisatie gewonnen of verloren wordt. De stappen van de klant zijn de
        kolommen; onder elke stap staan vijf lagen:

        | laag | wat erin staat |
        | --- | --- |
        | **Fysiek bewijs** | wat de klant ziet, vasthoudt of ontvangt: een scherm, een mail, een brief |
        | **Acties van de klant** | wat de klant doet, in eigen woorden |
        | **Frontstage-acties** | wat medewerkers (of selfservicesystemen) doen waar de klant het ziet |
        | **Backstage-acties** | wat medewerkers buiten beeld doen om de frontstage te laten werken |
        | **Ondersteunende processen** | systemen, andere teams en partners waarop de medewerkers leunen |

        Tussen de lagen lopen drie lijnen:

        - de **interactielijn** (doorgetrokken), onder de acties van de klant: elke pijl die
          haar kruist is een contact tussen klant en bedrijf;
        - de **zichtbaarheidslijn** (gestreept), onder de frontstage: wat eronder ligt ziet de
          klant nooit, maar het bepaalt wel wat hij krijgt;
        - de **interne interactielijn** (gestippeld), boven de ondersteunende processen: elke
          kruising is een overdracht binnen het bedrijf, en bij overdrachten blijft werk liggen.
        """,
    ),
    md(
        """
        ## Fail points and wait times

        Two marks make a blueprint useful for improvement rather than just a description.
        A **fail point** (a red *F*) is a place where the step can go wrong: a form that times
        out, an e-mail in the spam folder, a hand-over that loses information. A **wait time**
        is how long the customer waits at that step. Customers judge a service by its worst
        moments and by waiting they cannot explain; both usually start below the line of
        visibility. Look for fail points right at a line crossing, and for long waits behind a
        hand-over: that is where an action pays off first.
        """,
        """
        ## Faalpunten en wachttijden

        Twee markeringen maken van een blauwdruk een hulpmiddel om te verbeteren in plaats van
        alleen een beschrijving. Een **faalpunt** (een rode *F*) is een plek waar de stap mis
        kan gaan: een formulier dat verloopt, een mail in de spammap, een overdracht waarbij
        informatie verloren gaat. Een **wachttijd** is hoe lang de klant bij die stap wacht.
        Klanten beoordelen een dienst op de slechtste momenten en op wachten dat ze niet kunnen
        verklaren; beide beginnen meestal onder de zichtbaarheidslijn. Zoek faalpunten precies
        bij een kruising van een lijn, en lange wachttijden achter een overdracht: daar levert
        een actie het eerst iets op.
        """,
    ),
    setup(),
    widget("jk.blueprint_editor(path)"),
    code("jk.show_blueprint(path)"),
    your_turn(
        """
        1. Choose the phase where your emotion curve is lowest and write four to six steps the
           customer takes there (add a step for each, left to right).
        2. Fill the customer actions first, then the physical evidence, then frontstage,
           backstage and support processes.
        3. Mark at least two fail points and note the wait time at each step where the
           customer waits.
        4. Which fail point sits right at a line? Write one action for it in the action list.
        """,
        """
        1. Kies de fase waar je emotiecurve het laagst is en schrijf vier tot zes stappen die de
           klant daar zet (voeg voor elke stap er een toe, van links naar rechts).
        2. Vul eerst de acties van de klant, dan het fysieke bewijs, dan frontstage, backstage
           en ondersteunende processen.
        3. Markeer minstens twee faalpunten en noteer de wachttijd bij elke stap waar de klant
           wacht.
        4. Welk faalpunt ligt precies bij een lijn? Schrijf er één actie voor in de actielijst.
        """,
    ),
    solution(
        """
        Airline, the sell and care phases. *Book and pay:* the session times out during
        payment (fail point at the line of interaction, 2 minutes of waiting). *Flight
        delayed:* the message comes after the family is already at the airport; operations
        decides the new slot backstage and the agent only hears it later (a hand-over at the
        line of internal interaction, 3 hours of waiting). Action: send the delay message
        straight from operations control, owner: the operations lead.
        """,
        """
        Luchtvaartmaatschappij, de fasen sell en care. *Boeken en betalen:* de sessie verloopt
        tijdens het betalen (faalpunt bij de interactielijn, 2 minuten wachten). *Vlucht
        vertraagd:* het bericht komt pas als het gezin al op het vliegveld is; operations
        bepaalt backstage het nieuwe tijdslot en de medewerker hoort het pas later (een
        overdracht bij de interne interactielijn, 3 uur wachten). Actie: stuur de
        vertragingsmelding direct vanuit operations, eigenaar: de operationeel manager.
        """,
    ),
    key_points(
        (
            [
                "A service blueprint puts what the company does under every step the customer takes, in five lanes.",
                "The line of interaction marks contacts, the line of visibility what the customer sees, the line of internal interaction the hand-overs inside.",
                "Fail points and wait times show where to act first; they often sit at a line crossing.",
            ],
            [
                "Een service-blauwdruk zet onder elke stap van de klant wat het bedrijf doet, in vijf lagen.",
                "De interactielijn markeert contacten, de zichtbaarheidslijn wat de klant ziet, de interne interactielijn de overdrachten binnen het bedrijf.",
                "Faalpunten en wachttijden tonen waar je het eerst moet ingrijpen; ze liggen vaak bij een kruising van een lijn.",
            ],
        ),
        (
            "08_report",
            ("maps, analyses and actions in one report", "kaarten, analyses en acties in één rapport"),
        ),
    ),
]
