# %% [markdown]
# <!-- en -->
# # Exercise 8 · Researched or assumed?
#
# Every item on a journey map rests on something: research, or what the team believes.
# Below are six statements from the veranda case, each with **what it rests on**. For each
# one, give
#
# * the **source type**: interview, survey, analytics, observation, staff (knowledge of
#   front-line staff) or assumption;
# * the **confidence**: low, medium or high. Ask yourself: how many customers, how
#   recent, how directly measured?
#
# *In JupyterLab* run each cell with **Shift + Enter** (or all of them: menu **Run › Run All
# Cells**); *in Voilà* everything has already run. Then fill in the form below.
# <!-- nl -->
# # Oefening 8 · Onderzocht of aangenomen?
#
# Elk item op een klantreiskaart rust ergens op: onderzoek, of wat het team denkt.
# Hieronder staan zes uitspraken uit de veranda-casus, elk met **waar ze op rust**. Geef
# bij elke uitspraak
#
# * de **soort bron**: interview, enquête, data-analyse, observatie, kennis van
#   medewerkers of aanname;
# * de **zekerheid**: laag, gemiddeld of hoog. Vraag je af: hoeveel klanten, hoe recent,
#   hoe direct gemeten?
#
# *In JupyterLab* voer je elke cel uit met **Shift + Enter** (of alle cellen tegelijk: menu
# **Run › Run All Cells**); *in Voilà* is alles al uitgevoerd. Vul daarna het formulier hieronder in.

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import evidence as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.show()

# %% [markdown]
# <!-- en -->
# For each statement, choose the kind of source and the confidence.
# <!-- nl -->
# Kies bij elke uitspraak de soort bron en de zekerheid.

# %% tags=["widget"]
answer_form("evidence")

# %%
### BEGIN SOLUTION
answer = {
    1: ("analytics", "high"),
    2: ("interview", "medium"),
    3: ("assumption", "low"),
    4: ("staff", "medium"),
    5: ("observation", "low"),
    6: ("survey", "high"),
}
### END SOLUTION
### SKELETON answer = {1: ("", ""), 2: ("", ""), 3: ("", ""), 4: ("", ""), 5: ("", ""), 6: ("", "")}

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Now your own map:** open your board, pick the touchpoint you find most important, and
# fill in its evidence in the detail panel. Is it researched, or an assumption to test?
# <!-- nl -->
# **Nu je eigen kaart:** open je bord, kies het contactpunt dat je het belangrijkst vindt,
# en vul in het detailpaneel de onderbouwing in. Is het onderzocht, of een aanname om te
# toetsen?
