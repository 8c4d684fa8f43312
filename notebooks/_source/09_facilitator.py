# Notebook 09: the facilitator's view of the group's journey files (hand-in folder).
# Built into notebooks/09_facilitator.ipynb and notebooks/nl/09_facilitator.ipynb by build.py.

from _cells import code, header, key_points, md

CELLS = [
    header(
        ("The facilitator's view: all teams together", "Het overzicht van de begeleider: alle teams samen"),
        10,
        (
            [
                "which of the six steps each team has done, refreshed while they work",
                "the teams side by side: emotion lines, touchpoints per phase, where the maps differ",
                "one action list for the group, with which team proposed what",
                "one combined report with every team's map",
            ],
            [
                "welke van de zes stappen elk team heeft gedaan, ververst terwijl ze werken",
                "de teams naast elkaar: emotielijnen, contactpunten per fase, waar de kaarten verschillen",
                "één actielijst voor de groep, met welk team wat voorstelde",
                "één gezamenlijk rapport met de kaart van elk team",
            ],
        ),
        intro=(
            "This notebook is for the trainer. It reads a folder of journey files — the shared "
            "hand-in folder on JupyterHub, or files the teams sent you by e-mail — and never "
            "changes anything in it. Files that cannot be read are listed with the reason.",
            "Dit notebook is voor de trainer. Het leest een map met klantreisbestanden — de "
            "gedeelde inlevermap op JupyterHub, of bestanden die de teams je mailden — en "
            "verandert daar nooit iets in. Bestanden die niet te lezen zijn, staan in een lijst met de reden.",
        ),
    ),
    md(
        """
        ## Which folder

        Leave `hand_in_folder` as `None` to read the hub's hand-in folder (or, on a laptop,
        the sample journeys), or write the path of your folder between quotes.
        """,
        """
        ## Welke map

        Laat `hand_in_folder` op `None` staan om de inlevermap van de hub te lezen (of, op
        een laptop, de voorbeeldklantreizen), of zet het pad van je map tussen aanhalingstekens.
        """,
    ),
    code(
        'hand_in_folder = None  # e.g. "/srv/handin" or "workspace/handin"\nlanguage = None',
        nl='hand_in_folder = None  # bv. "/srv/handin" of "workspace/handin"\nlanguage = "nl"',
        tags=("parameters",),
    ),
    code(
        "from journeykit_widgets import collect\n\nfolder = collect.default_folder(hand_in_folder, language)"
    ),
    md(
        """
        ## Progress per team

        Press **Refresh** while the teams work: the table is read from the files again.
        ✓ means the file shows that step; – means not yet.
        """,
        """
        ## Voortgang per team

        Druk op **Vernieuwen** terwijl de teams werken: de tabel wordt opnieuw uit de
        bestanden gelezen. ✓ betekent dat het bestand die stap laat zien; – nog niet.
        """,
    ),
    code("collect.progress_board(folder)", tags=("widget",)),
    code("collect.show_progress(folder)"),
    code("collect.show_left_out(folder)"),
    md(
        """
        ## The teams side by side

        Every team's emotion line on one chart (one chart per phase model), and how many
        touchpoints each team found per phase. Ask the teams about the places where their
        lines part: that is where they see the customer differently.
        """,
        """
        ## De teams naast elkaar

        De emotielijn van elk team in één grafiek (één grafiek per fasemodel), en hoeveel
        contactpunten elk team per fase vond. Vraag de teams naar de plekken waar hun lijnen
        uit elkaar gaan: daar zien ze de klant verschillend.
        """,
    ),
    code("collect.show_emotion_lines(folder)"),
    code("collect.show_touchpoints_per_phase(folder)"),
    md("## Where the maps differ", "## Waar de kaarten verschillen"),
    code("collect.show_differences(folder)"),
    md("## All actions, and who proposed them", "## Alle acties, en wie ze voorstelde"),
    code("collect.show_actions(folder)"),
    md(
        """
        ## Dot voting in a team

        To let a team choose what matters most, open a dot vote on its journey file:
        each person gets a number of dots to place on the pain points (or opportunities,
        or touchpoints) on their board. Hide the counts until you close the vote if you
        want everyone to choose for themselves. This is the one place where this
        notebook changes a file: only the team file you name in `team_file`. From a terminal:
        `journeykit vote open FILE --dots 5` and `journeykit vote close FILE`.
        """,
        """
        ## Stippenstemmen in een team

        Laat een team kiezen wat het belangrijkst is: open een stippenstemming op het
        teambestand. Ieder krijgt een aantal stippen om op de pijnpunten (of kansen, of
        contactpunten) op het eigen bord te zetten. Verberg de aantallen tot je de stemming
        sluit als je wilt dat iedereen zelf kiest. Dit is de enige plek waar dit notebook
        een bestand verandert: alleen het teambestand dat je in `team_file` noemt. Vanuit een terminal:
        `journeykit vote open BESTAND --dots 5` en `journeykit vote close BESTAND`.
        """,
    ),
    code(
        'import journeykit_widgets as jk\n\nteam_file = "workspace/my_journey.json"\njk.vote_form(team_file)',
        tags=("widget",),
    ),
    code("collect.show_votes(folder)"),
    md(
        """
        ## The combined report

        One HTML page (or PDF: end the name in `.pdf`) with everything above, a page and
        the map of every team, and the action list merged over the teams; the whole list
        also goes into an Excel file beside it. A line under the cell says which journey
        it is at. It is written to `output/`, never into the hand-in folder.
        """,
        """
        ## Het gezamenlijke rapport

        Eén HTML-pagina (of pdf: laat de naam eindigen op `.pdf`) met alles hierboven, een
        pagina en de kaart van elk team, en de actielijst samengevoegd over de teams; de hele
        lijst staat ook in een Excel-bestand ernaast. Een regel onder de cel zegt bij welke
        klantreis het is. Het komt in `output/`, nooit in de inlevermap.
        """,
    ),
    code('collect.export_report(folder, "output/group_report.html")'),
    md(
        """
        ## Teams on one map

        Each team edits one journey together, every member from their own browser. Form
        the teams here (or with `journeykit teams`): each team gets a folder with one
        journey in it. On the hub, give each team folder to the team's group
        (`deploy/prepare_handin.py`), so only its members can open it.
        """,
        """
        ## Teams op één kaart

        Elk team bewerkt samen één klantreis, ieder lid vanuit de eigen browser. Vorm de
        teams hier (of met `journeykit teams`): elk team krijgt een map met één klantreis
        erin. Geef op de hub elke teammap aan de groep van het team
        (`deploy/prepare_handin.py`), zodat alleen de leden hem kunnen openen.
        """,
    ),
    code('import journeykit_widgets as jk\n\nteams_folder = "workspace/teams"'),
    code(
        "jk.form_teams(\n"
        '    teams_folder, [jk.Team("Team A", ["ann", "bob", "cas"]), jk.Team("Team B", ["dirk", "eva"])], language\n'
        ")"
    ),
    md(
        """
        ## The wall and the room's timer

        Show a team's map on the projector (← → page through the phases, F for full
        screen), and start a timer that every board in the room shows.
        """,
        """
        ## De muur en de timer van de zaal

        Toon de kaart van een team op de beamer (← → bladert door de fasen, F voor volledig
        scherm), en start een timer die elk bord in de zaal toont.
        """,
    ),
    code('jk.wall(f"{teams_folder}/team-a/journey.json")', tags=("widget",)),
    code(
        'jk.start_timer(teams_folder, minutes=10, label=jk.t("render.lane.pain_points", language))',
    ),
    key_points(
        (
            [
                "the files are the truth: refresh to see what the teams have saved",
                "a file that cannot be read is listed with the reason, the others still count",
                "differences between teams are the best questions for the plenary round",
            ],
            [
                "de bestanden zijn de waarheid: vernieuw om te zien wat de teams hebben opgeslagen",
                "een bestand dat niet te lezen is, staat in de lijst met de reden; de andere tellen mee",
                "verschillen tussen teams zijn de beste vragen voor de plenaire ronde",
            ],
        ),
        None,
    ),
]
