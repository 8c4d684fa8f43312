# Notebook 08: everything together (maps, analyses, action list) and the export of a report.

from _cells import code, facilitator, header, key_points, md, setup, solution, widget, your_turn

R = ("report",)  # the cells the report variant keeps

CELLS = [
    header(
        ("Your customer journey: the report", "Je klantreis: het rapport"),
        20,
        (
            [
                "how all the steps come together on one map",
                "what the analyses say: peak–end, priorities and gaps, ideal versus current",
                "how to share the result as an HTML or PDF report",
            ],
            [
                "hoe alle onderdelen samenkomen op één kaart",
                "wat de analyses zeggen: piek-eind, prioriteiten en gaps, ideaal tegenover huidig",
                "hoe je het resultaat deelt als HTML- of pdf-rapport",
            ],
        ),
        intro=(
            "This notebook has no forms: it reads your journey file and draws the whole "
            "picture. *In JupyterLab* run all cells (menu **Run › Run All Cells**); *in Voilà* "
            "the page has run already. Read it from top to bottom.",
            "Dit notebook heeft geen formulieren: het leest je klantreisbestand en tekent het "
            "hele plaatje. *In JupyterLab* voer je alle cellen uit (menu **Run › Run All "
            "Cells**); *in Voilà* is de pagina al uitgevoerd. Lees het van boven naar beneden.",
        ),
    ),
    facilitator(
        """
        Use this notebook to close the workshop: each group presents its map and its three
        most important actions (3 minutes per group). Export the reports during the break
        so everyone leaves with a PDF.
        """,
        """
        Gebruik dit notebook om de workshop af te sluiten: elke groep presenteert haar kaart
        en haar drie belangrijkste acties (3 minuten per groep). Exporteer de rapporten in
        de pauze, zodat iedereen met een pdf naar huis gaat.
        """,
    ),
    setup(),
    code("from journeykit_widgets.handouts import report", tags=("setup",)),
    # Cells tagged "report" are the report; everything else is the lesson around it.
    md("## Executive summary", "## Managementsamenvatting", R),
    code("report.summary(path)", tags=R),
    md("## The customer journey map", "## De klantreiskaart", R),
    code('report.show(path, "journey")', tags=R),
    md(
        "The persona is the reference point for every step on the map.",
        "De persona is het referentiepunt voor elke stap op de kaart.",
    ),
    md("## Who the map is for", "## Voor wie de kaart is", R),
    code('report.show(path, "persona")', tags=R),
    md(
        """
        The emotion curve and what the peak–end rule says about it: people remember the
        most intense moment and the end.
        """,
        """
        De emotiecurve en wat de piek-eindregel erover zegt: mensen onthouden het
        heftigste moment en het einde.
        """,
    ),
    md("## How the journey feels", "## Hoe de klantreis voelt", R),
    code('report.show(path, "emotion")', tags=R),
    code("jk.show_peak_end(path)", tags=R),
    md(
        """
        Customer importance against company effort: do more where customers care and we do
        little, and less where we do much and customers hardly care.
        """,
        """
        Belang voor de klant tegenover moeite van het bedrijf: doe meer waar klanten het
        belangrijk vinden en wij weinig doen, en minder waar wij veel doen en klanten het
        nauwelijks merken.
        """,
    ),
    md("## Where to invest", "## Waar investeren", R),
    code('report.show(path, "priority")', tags=R),
    code("jk.show_gaps(path)", tags=R),
    md(
        """
        The canvas with the ideal and the current situation side by side; the actions
        come from the differences.
        """,
        """
        Het canvas met de ideale en de huidige situatie naast elkaar; de acties volgen
        uit de verschillen.
        """,
    ),
    md("## Ideal versus current", "## Ideaal tegenover huidig", R),
    code('report.show(path, "canvas")', tags=R),
    md(
        """
        Each phase has its own measure, but they form one chain: small steps
        (micro-conversions such as a newsletter sign-up) lead to the purchase.
        """,
        """
        Elke fase heeft een eigen meetpunt, maar samen vormen ze één keten: kleine stappen
        (microconversies zoals een aanmelding voor de nieuwsbrief) leiden naar de aankoop.
        """,
    ),
    md("## KPIs per phase", "## KPI's per fase", R),
    code('report.show(path, "funnel")', tags=R),
    md(
        """
        In B2B several roles buy together: one emotion line per role shows where they
        disagree most and which role to serve first (only when two or more roles have
        touchpoints of their own).
        """,
        """
        In B2B kopen meerdere rollen samen: één emotielijn per rol laat zien waar ze het
        meest verschillen en welke rol je eerst helpt (alleen als twee of meer rollen
        eigen contactpunten hebben).
        """,
    ),
    md("## The buying group", "## De koopgroep", R),
    code('report.show(path, "roles")', tags=R),
    md(
        """
        The service blueprint shows, step by step, what the customer sees and what the
        company does in sight and behind the scenes, with the fail points and the waits
        (only when the journey has a blueprint).
        """,
        """
        De service-blauwdruk laat per stap zien wat de klant ziet en wat het bedrijf in
        beeld en achter de schermen doet, met de faalpunten en de wachttijden (alleen als
        de klantreis een blauwdruk heeft).
        """,
    ),
    md("## Service blueprint", "## Service-blauwdruk", R),
    code('report.show(path, "blueprint")', tags=R),
    md("## Evidence behind the map", "## De onderbouwing van de kaart", R),
    code('report.show(path, "evidence")', tags=R),
    md("## Action list", "## Actielijst", R),
    code('report.reading(path, "actions")', tags=R),
    code("report.action_table(path)", tags=R),
    md("## Customer goals", "## Klantdoelen", R),
    code("jk.show_goals(path)", tags=R),
    md("## Review history", "## Geschiedenis van de herzieningen", R),
    code("jk.show_changes(path)", tags=R),
    md("## Appendix: open comments", "## Bijlage: open opmerkingen", R),
    code("report.open_comments(path)", tags=R),
    md(
        """
        ## Share your report

        Everything above is drawn from your journey file. Choose PDF, web page or
        slides and press **Export**: the steps appear under the button, and at the end
        a link opens or downloads the file. Your trainer can make the reports for the
        whole group at once.
        """,
        """
        ## Deel je rapport

        Alles hierboven wordt getekend uit je klantreisbestand. Kies pdf, webpagina of
        dia's en klik op **Exporteren**: de stappen verschijnen onder de knop, en aan het
        eind opent of downloadt een link het bestand. Je trainer kan de rapporten voor de
        hele groep in één keer maken.
        """,
    ),
    widget("from journeykit_widgets.handouts import export_control\n\nexport_control(path)"),
    your_turn(
        """
        Prepare a three-minute presentation of your journey for the group:

        1. **Who** is the customer (the persona, in one sentence)?
        2. **Where** does the journey hurt most, and where is the end (peak–end)?
        3. **Which three actions** will you take, and who owns each one?
        """,
        """
        Bereid een presentatie van drie minuten over je klantreis voor de groep voor:

        1. **Wie** is de klant (de persona, in één zin)?
        2. **Waar** doet de klantreis het meeste pijn, en waar is het einde (piek-eind)?
        3. **Welke drie acties** ga je ondernemen, en wie is van elke actie eigenaar?
        """,
    ),
    solution(
        """
        Airline. *Who:* Sanne, a city-tripper who books on her phone and hates hidden costs.
        *Where:* the lowest point is the luggage step while booking; the end is the care
        after the flight, now neutral. *Actions:* show the full price with a suitcase on the
        first screen (e-commerce), a personal thank-you with points on landing (loyalty
        team), and reduce the TV budget in favour of both (marketing director).
        """,
        """
        Luchtvaartmaatschappij. *Wie:* Sanne, een stedentripper die op haar telefoon boekt
        en een hekel heeft aan verborgen kosten. *Waar:* het dieptepunt is de bagagestap
        tijdens het boeken; het einde is de zorg na de vlucht, nu neutraal. *Acties:* de
        volledige prijs met koffer op het eerste scherm tonen (e-commerce), een persoonlijk
        bedankje met punten na de landing (loyaliteitsteam), en het tv-budget verlagen ten
        gunste van beide (marketingdirecteur).
        """,
    ),
    key_points(
        (
            [
                "The map, persona, emotion curve, priorities and canvas together tell one story about your customer.",
                "Peak–end, gap analysis and ideal-versus-current each point to where to act.",
                "Every action needs an owner; review the map again after the actions.",
                "Reports are drawn from the journey file, so they can be made at any time.",
            ],
            [
                "De kaart, persona, emotiecurve, prioriteiten en het canvas vertellen samen één verhaal over je klant.",
                "Piek-eind, gapanalyse en ideaal-tegenover-huidig wijzen elk aan waar je moet handelen.",
                "Elke actie heeft een eigenaar nodig; herzie de kaart opnieuw na de acties.",
                "Rapporten worden uit het klantreisbestand getekend en kunnen dus altijd worden gemaakt.",
            ],
        ),
        None,
    ),
]
