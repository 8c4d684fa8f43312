# %% [markdown]
# <!-- en -->
# # Exercise 11 · Lanes and lines of the service blueprint
#
# A service blueprint lays everything the company does next to what the customer does,
# step by step, in five lanes. Three lines separate them:
#
# | from top to bottom | what belongs there |
# | --- | --- |
# | **physical_evidence** | what the customer sees, holds or receives: a screen, an e-mail, a receipt |
# | **customer_actions** | what the customer does |
# | *line of interaction* | every crossing is a contact between customer and company |
# | **frontstage** | what staff (or self-service systems) do **in sight** of the customer |
# | *line of visibility* | the customer sees nothing below it |
# | **backstage** | what staff do **out of sight** to make the frontstage work |
# | *line of internal interaction* | every crossing is a hand-over inside the company |
# | **support_processes** | the systems, teams and partners the staff rely on |
#
# Below are fifteen items from the airline's blueprint, **mixed up**. Put each one in its lane.
# <!-- nl -->
# # Oefening 11 · Lagen en lijnen van de service-blauwdruk
#
# Een service-blauwdruk legt alles wat het bedrijf doet naast wat de klant doet, stap voor
# stap, in vijf lagen. Drie lijnen scheiden ze:
#
# | van boven naar beneden | wat erin hoort |
# | --- | --- |
# | **physical_evidence** | wat de klant ziet, vasthoudt of ontvangt: een scherm, een mail, een bon |
# | **customer_actions** | wat de klant doet |
# | *interactielijn* | elke kruising is een contact tussen klant en bedrijf |
# | **frontstage** | wat medewerkers (of selfservicesystemen) doen **in het zicht** van de klant |
# | *zichtbaarheidslijn* | alles eronder ziet de klant niet |
# | **backstage** | wat medewerkers **buiten het zicht** doen om de frontstage te laten werken |
# | *interne interactielijn* | elke kruising is een overdracht binnen het bedrijf |
# | **support_processes** | de systemen, teams en partners waarop de medewerkers leunen |
#
# Hieronder staan vijftien onderdelen uit de blauwdruk van de luchtvaartmaatschappij,
# **door elkaar**. Zet elk onderdeel in zijn laag.

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import blueprint as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.show()

# %% [markdown]
# <!-- en -->
# Write the **numbers** from the table behind each lane. Ask of every item: does the
# customer do it? Can the customer see it? Is it a person's work or a system behind them?
# <!-- nl -->
# Zet de **nummers** uit de tabel achter elke laag. Vraag bij elk onderdeel: doet de klant
# het zelf? Kan de klant het zien? Is het werk van een medewerker of een systeem daarachter?

# %% tags=["widget"]
answer_form("blueprint_lines")

# %%
### BEGIN SOLUTION
answer = {
    "physical_evidence": [3, 4, 10],
    "customer_actions": [2, 7, 12],
    "frontstage": [6, 11, 13],
    "backstage": [5, 9, 15],
    "support_processes": [1, 8, 14],
}
### END SOLUTION
### SKELETON answer = {
### SKELETON     "physical_evidence": [],
### SKELETON     "customer_actions": [],
### SKELETON     "frontstage": [],
### SKELETON     "backstage": [],
### SKELETON     "support_processes": [],
### SKELETON }

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Think about it:** the line of visibility decides what the customer can judge you on.
# Which backstage action would you bring frontstage to give the customer more certainty,
# and which frontstage action could go backstage to save them effort?
# <!-- nl -->
# **Denk na:** de zichtbaarheidslijn bepaalt waarop de klant je kan beoordelen. Welke
# backstage-actie zou je naar de frontstage halen om de klant meer zekerheid te geven,
# en welke frontstage-actie kan naar de backstage om de klant moeite te besparen?
