# %% [markdown]
# <!-- en -->
# # Exercise 7 · Peak–end and gaps on your own journey
#
# Now the same analyses on **your own journey** (the file you build in notebooks 01–06).
# Without your own file yet, the exercise uses the airline sample, so you can try it anyway.
# <!-- nl -->
# # Oefening 7 · Piek-eind en gaten in je eigen klantreis
#
# Nu dezelfde analyses op **je eigen klantreis** (het bestand dat je in notebook 01–06
# opbouwt). Heb je nog geen eigen bestand, dan gebruikt de oefening het voorbeeld van de
# luchtvaartmaatschappij, zodat je het toch kunt proberen.

# %%
import journeykit_widgets as jk
from journeykit_widgets import analysis
from journeykit_widgets.exercises import gap_analysis, own_journey, peak_end
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
journey_file = None
language = "__LANG__"

# %%
path = jk.journey_path(journey_file, language)
own_journey.check(path)

# %% [markdown]
# <!-- en -->
# ## 1. Peak, low point and end
# Look at your emotion curve and the table, then fill in the numbers: the peak, the low
# point, the end, the touchpoint you would improve first, and why.
# <!-- nl -->
# ## 1. Piek, dieptepunt en einde
# Bekijk je emotiecurve en de tabel, en vul dan de nummers in: de piek, het dieptepunt,
# het einde, het contactpunt dat je als eerste verbetert, en waarom.

# %%
peak_end.curve(path)

# %%
peak_end.show(path)

# %% tags=["widget"]
answer_form("peak_end", path)

# %% [en]
### BEGIN SOLUTION
result = analysis.peak_end(jk.load(path))
answer = {"peak": result.peaks[0].index + 1, "low": result.lows[0].index + 1, "end": result.end.index + 1}
improve = (
    max(zip(result.gains, (m.index for m in result.moments), strict=True))[1] + 1
)  # a tie: the later one
answer |= {"improve": improve, "why": "It raises the remembered score the most."}
### END SOLUTION
### SKELETON answer = {"peak": None, "low": None, "end": None, "improve": None, "why": ""}

# %% [nl]
### BEGIN SOLUTION
result = analysis.peak_end(jk.load(path))
answer = {"piek": result.peaks[0].index + 1, "dal": result.lows[0].index + 1, "einde": result.end.index + 1}
answer |= {
    "verbeter": max(zip(result.gains, (m.index for m in result.moments), strict=True))[1] + 1,
    "waarom": "Dat verhoogt de herinnerde score het meest.",
}
### END SOLUTION
### SKELETON answer = {"piek": None, "dal": None, "einde": None, "verbeter": None, "waarom": ""}

# %%
peak_end.check(answer, path)

# %% [markdown]
# <!-- en -->
# ## 2. Over- and under-investment
# Now the importance (for your customer) and the effort (of your company) of your own
# touchpoints. Which get too much effort, and which too little?
# <!-- nl -->
# ## 2. Te veel en te weinig investeren
# Nu het belang (voor je klant) en de inspanning (van je bedrijf) van je eigen
# contactpunten. Welke krijgen te veel inspanning, en welke te weinig?

# %%
gap_analysis.matrix(path)

# %%
gap_analysis.show(path)

# %% tags=["widget"]
answer_form("gap_analysis", path)

# %% [en]
### BEGIN SOLUTION
found = analysis.gap_analysis(jk.load(path))
answer = {"over": list(found.over_investment["position"]), "under": list(found.under_investment["position"])}
### END SOLUTION
### SKELETON answer = {"over": None, "under": None}

# %% [nl]
### BEGIN SOLUTION
found = analysis.gap_analysis(jk.load(path))
answer = {
    "te veel": list(found.over_investment["position"]),
    "te weinig": list(found.under_investment["position"]),
}
### END SOLUTION
### SKELETON answer = {"te veel": None, "te weinig": None}

# %%
gap_analysis.check(answer, path)

# %% [markdown]
# <!-- en -->
# **Take it with you:** write your improvement for the end and your top under-investment
# into your journey's *opportunities* (notebook 04 or 05), so they show up in your report.
# <!-- nl -->
# **Neem het mee:** zet je verbetering voor het einde en je grootste onderinvestering bij
# de *kansen* van je klantreis (notebook 04 of 05), zodat ze in je rapport terechtkomen.
