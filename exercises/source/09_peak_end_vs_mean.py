# %% [markdown]
# <!-- en -->
# # Exercise 9 · Peak–end or the average?
#
# Peak–end says people remember an experience by its best moment and its end. Research
# since Kahneman found that the plain average predicts the judgement about as well, and
# for long, complex journeys sometimes better. So before you act on peak–end, ask two
# questions for every journey:
#
# 1. **Do peak–end and the average tell the team different things?** Peak–end here is
#    the mean of the best emotion and the last one. They differ when they lie **one point
#    or more** apart, or when one is **above zero and the other below**.
# 2. **Does peak–end apply at all?** Only to a journey with a clear beginning and end. Not
#    to a B2B journey of months with several people, nor to a journey that ends in a
#    service or loyalty phase that loops back to new purchases.
#
# Below are five journeys with one emotion per phase (−3 to +3).
# <!-- nl -->
# # Oefening 9 · Piek-eind of het gemiddelde?
#
# Piek-eind zegt dat mensen een ervaring onthouden aan het beste moment en het einde.
# Onderzoek sinds Kahneman vond dat het gewone gemiddelde het oordeel ongeveer even goed
# voorspelt, en bij lange, complexe klantreizen soms beter. Stel daarom bij elke klantreis
# twee vragen voordat je op piek-eind afgaat:
#
# 1. **Vertellen piek-eind en het gemiddelde het team iets anders?** Piek-eind is hier het
#    gemiddelde van de beste emotie en de laatste. Ze verschillen als ze **één punt of
#    meer** uit elkaar liggen, of als de een **boven nul ligt en de ander eronder**.
# 2. **Is piek-eind wel van toepassing?** Alleen op een klantreis met een duidelijk begin en
#    einde. Niet op een B2B-klantreis van maanden met meerdere mensen, en niet op een
#    klantreis die eindigt in een service- of loyaliteitsfase die terugkeert naar nieuwe
#    aankopen.
#
# Hieronder staan vijf klantreizen met één emotie per fase (−3 tot +3).

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import peak_end_vs_mean as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.show()

# %% [markdown]
# <!-- en -->
# For each line, answer *yes* or *no* to both questions: do peak–end and the average
# differ, and does peak–end apply to this journey?
# <!-- nl -->
# Antwoord per lijn *ja* of *nee* op beide vragen: verschillen piek-eind en het gemiddelde,
# en is piek-eind van toepassing op deze klantreis?

# %% tags=["widget"]
answer_form("peak_end_vs_mean")

# %% [en]
### BEGIN SOLUTION
answer = {
    1: {"differ": "yes", "applies": "yes"},
    2: {"differ": "no", "applies": "yes"},
    3: {"differ": "yes", "applies": "yes"},
    4: {"differ": "yes", "applies": "no"},
    5: {"differ": "no", "applies": "no"},
}
### END SOLUTION
### SKELETON answer = {n: {"differ": "", "applies": ""} for n in range(1, 6)}

# %% [nl]
### BEGIN SOLUTION
answer = {
    1: {"differ": "ja", "applies": "ja"},
    2: {"differ": "nee", "applies": "ja"},
    3: {"differ": "ja", "applies": "ja"},
    4: {"differ": "ja", "applies": "nee"},
    5: {"differ": "nee", "applies": "nee"},
}
### END SOLUTION
### SKELETON answer = {n: {"differ": "", "applies": ""} for n in range(1, 6)}

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Now your own journey:** open the peak–end reading in notebook 04. Does the kit warn
# before its peak–end reading? Do peak–end and the average agree on your map? If they do
# not, which one would you show your management, and why?
# <!-- nl -->
# **Nu je eigen klantreis:** open de piek-eindlezing in notebook 04. Waarschuwt de
# kit vóór de piek-eindlezing? Zijn piek-eind en het gemiddelde het eens op jouw kaart? Zo
# niet, welke van de twee laat je aan je directie zien, en waarom?
