# Notebook 05: step 5 of the method, prioritise brand touchpoints (priority and gap matrix).

from _cells import code, facilitator, header, key_points, md, redraw, setup, solution, widget, your_turn

CELLS = [
    header(
        ("Step 5 · Prioritise brand touchpoints", "Onderdeel 5 · Contactpunten prioriteren"),
        40,
        (
            [
                "how to judge each touchpoint: how much it matters to the customer, how much effort the company puts in",
                "how to read the priority and gap matrix",
                "what to stop doing and what to do more of",
            ],
            [
                "hoe je elk contactpunt beoordeelt: hoe belangrijk het is voor de klant, hoeveel moeite het bedrijf erin steekt",
                "hoe je de prioriteiten- en gapmatrix leest",
                "waarmee je stopt en waar je meer in steekt",
            ],
        ),
    ),
    facilitator(
        """
        Score importance from the customer's side and effort from the company's side, and
        keep the two apart: ask marketing and service for effort (budget, people, time),
        and use customer evidence for importance. The best discussion is about the
        touchpoints in the "over-investing" corner: someone usually owns them.
        """,
        """
        Scoor belang vanuit de klant en moeite vanuit het bedrijf, en houd die twee uit
        elkaar: vraag marketing en service naar de moeite (budget, mensen, tijd), en
        gebruik klantbewijs voor het belang. Het beste gesprek gaat over de contactpunten
        in de hoek 'te veel investeren': daar is meestal iemand eigenaar van.
        """,
    ),
    md(
        """
        ## Not every touchpoint is equal

        Some touchpoints are where customers spend most of their time or make up their
        minds; others hardly matter to them. And the company spends its money and energy
        unevenly too. Step 5 lays the two side by side, touchpoint by touchpoint:

        - **Importance** (1–5): how much does this touchpoint matter to the customer in
          the buying process?
        - **Effort** (1–5): how much does the company invest in it today (money, people,
          content, attention)?

        This is a **gap analysis**: it shows where the company's effort and the
        customer's needs do not match. Two findings come out of it:

        | | low effort | high effort |
        |---|---|---|
        | **high importance** | **under-investing**: do more here, first | **keep**: it matters and you deliver |
        | **low importance** | **ignore** (for now) | **over-investing**: stop or reduce, and move the effort |

        The aim is a **better flow between touchpoints**: effort where it makes the
        biggest difference to the customer.
        """,
        """
        ## Niet elk contactpunt is even belangrijk

        Bij sommige contactpunten brengen klanten de meeste tijd door of nemen ze hun
        besluit; andere doen er voor hen nauwelijks toe. En ook het bedrijf verdeelt geld
        en energie ongelijk. Onderdeel 5 legt die twee naast elkaar, contactpunt voor
        contactpunt:

        - **Belang** (1–5): hoe zwaar weegt dit contactpunt voor de klant in het koopproces?
        - **Moeite** (1–5): hoeveel investeert het bedrijf er vandaag in (geld, mensen,
          content, aandacht)?

        Dit is een **gapanalyse**: die laat zien waar de moeite van het bedrijf en de
        behoeften van de klant niet bij elkaar passen. Er komen twee bevindingen uit:

        | | weinig moeite | veel moeite |
        |---|---|---|
        | **groot belang** | **te weinig investeren**: doe hier meer, als eerste | **behouden**: het telt en je levert |
        | **klein belang** | **negeren** (voorlopig) | **te veel investeren**: stop of minder, en verschuif de moeite |

        Het doel is een **betere flow tussen contactpunten**: moeite daar waar het voor de
        klant het grootste verschil maakt.
        """,
    ),
    setup(),
    widget("jk.priority_editor(path)"),
    md(
        """
        ## The priority and gap matrix

        Each dot is a touchpoint, placed by its importance to the customer (up) and the
        company's effort (right).
        """,
        """
        ## De prioriteiten- en gapmatrix

        Elke stip is een contactpunt, geplaatst naar het belang voor de klant (omhoog) en
        de moeite van het bedrijf (naar rechts).
        """,
    ),
    redraw(),
    code("jk.show_priorities(path)"),
    code("jk.show_gaps(path)"),
    md(
        """
        The table ranks all touchpoints: the ones at the top deserve attention first.
        """,
        """
        De tabel zet alle contactpunten op volgorde: die bovenaan verdienen als eerste aandacht.
        """,
    ),
    code("jk.show_priority_table(path)"),
    your_turn(
        """
        1. Choose **one touchpoint to stop or reduce** (over-investing) and **one to invest
           in** (under-investing).
        2. For each, write one sentence in its *opportunities* field in the form: what will
           you do, and why does the customer benefit?
        3. Discuss with your group: who in the company owns these two touchpoints, and who
           needs to agree?
        """,
        """
        1. Kies **één contactpunt om mee te stoppen of te minderen** (te veel investeren)
           en **één om in te investeren** (te weinig investeren).
        2. Schrijf bij elk één zin in het veld *kansen* in het formulier: wat ga je doen,
           en waarom heeft de klant er baat bij?
        3. Bespreek in je groep: wie in het bedrijf is eigenaar van deze twee
           contactpunten, en wie moet ermee instemmen?
        """,
    ),
    solution(
        """
        Airline: the glossy TV spot costs a lot while customers say it hardly affects their
        choice (over-investing: reduce it and move budget). The booking page's luggage
        step matters a lot to customers but gets little attention (under-investing: show
        the full price with a suitcase from the first screen). Owners: brand marketing and
        the e-commerce team; the decision needs the marketing director.
        """,
        """
        Luchtvaartmaatschappij: de dure tv-spot kost veel, terwijl klanten zeggen dat die
        hun keuze nauwelijks beïnvloedt (te veel investeren: minderen en budget
        verschuiven). De bagagestap op de boekingspagina weegt voor klanten zwaar maar
        krijgt weinig aandacht (te weinig investeren: toon vanaf het eerste scherm de
        volledige prijs met koffer). Eigenaars: merkmarketing en het e-commerceteam; de
        beslissing ligt bij de marketingdirecteur.
        """,
    ),
    key_points(
        (
            [
                "Score each touchpoint on importance to the customer and effort by the company (1–5).",
                "High importance, low effort: under-investing, so do more there first.",
                "Low importance, high effort: over-investing, so stop or reduce and move the effort.",
                "The goal is a better flow between touchpoints, not more activity everywhere.",
            ],
            [
                "Scoor elk contactpunt op belang voor de klant en moeite van het bedrijf (1–5).",
                "Groot belang, weinig moeite: te weinig investeren, dus doe daar eerst meer.",
                "Klein belang, veel moeite: te veel investeren, dus stop of minder en verschuif de moeite.",
                "Het doel is een betere flow tussen contactpunten, niet overal meer activiteit.",
            ],
        ),
        ("06_review", ("step 6, review and revise", "onderdeel 6, herzien en bijwerken")),
    ),
]
