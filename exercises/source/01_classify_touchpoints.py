# %% [markdown]
# <!-- en -->
# # Exercise 1 · Touch, Tell, Sell or Care?
#
# An airline ran a campaign from a banner about its safety award to loyalty points
# after the trip. Below are the campaign's touchpoints **in a mixed order**. Your task:
# put each touchpoint in the phase where it belongs.
#
# | phase | what happens there |
# | --- | --- |
# | **Touch** | people first learn that the company exists (ads, search, social) |
# | **Tell** | they are informed about the offer, prices and benefits |
# | **Sell** | thresholds to buy are taken away (price, speed, fewer steps) |
# | **Care** | after the sale: service and reasons to come back |
#
# *In JupyterLab* run each cell with **Shift + Enter** (or all of them: menu **Run › Run All
# Cells**); *in Voilà* everything has already run. Then fill in the form below.
# <!-- nl -->
# # Oefening 1 · Touch, Tell, Sell of Care?
#
# Een luchtvaartmaatschappij voerde een campagne, van een banner over haar
# veiligheidsprijs tot spaarpunten na de reis. Hieronder staan de contactpunten van die
# campagne **door elkaar**. Jouw taak: zet elk contactpunt in de fase waar het hoort.
#
# | fase | wat er gebeurt |
# | --- | --- |
# | **Touch** | mensen horen voor het eerst van het bedrijf (advertenties, zoeken, social) |
# | **Tell** | ze krijgen informatie over het aanbod, de prijzen en de voordelen |
# | **Sell** | drempels om te kopen verdwijnen (prijs, snelheid, minder stappen) |
# | **Care** | na de aankoop: service en redenen om terug te komen |
#
# *In JupyterLab* voer je elke cel uit met **Shift + Enter** (of alle cellen tegelijk: menu
# **Run › Run All Cells**); *in Voilà* is alles al uitgevoerd. Vul daarna het formulier hieronder in.

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import classify_touchpoints as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.show()

# %% [markdown]
# <!-- en -->
# Write the **numbers** from the table behind each phase (names work too). Every
# touchpoint goes in exactly one phase.
# <!-- nl -->
# Zet de **nummers** uit de tabel achter elke fase (namen mag ook). Elk contactpunt
# hoort in precies één fase.

# %% tags=["widget"]
answer_form("classify_touchpoints")

# %%
### BEGIN SOLUTION
answer = {"touch": [9, 10, 11, 16], "tell": [1, 4, 6, 8], "sell": [2, 7, 13], "care": [3, 5, 12, 14, 15]}
### END SOLUTION
### SKELETON answer = {"touch": [], "tell": [], "sell": [], "care": []}

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Think about it:** which phase has the most touchpoints, and which the fewest? Where
# would you, as the airline, add a touchpoint?
# <!-- nl -->
# **Denk na:** welke fase heeft de meeste contactpunten, en welke de minste? Waar zou
# jij als luchtvaartmaatschappij een contactpunt toevoegen?
