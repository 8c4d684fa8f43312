# %% [markdown]
# <!-- en -->
# # Exercise 5 · From ideal-vs-current to action points
#
# The veranda supplier filled its four-lane canvas twice: first for the **ideal**
# situation, then for the **current** one. The differences become the action list.
# Below: the canvas, and per phase the experience score (ideal and current) and the lanes
# where the two differ.
# <!-- nl -->
# # Oefening 5 · Van ideaal-tegen-huidig naar actiepunten
#
# De verandaleverancier vulde zijn canvas met vier banen twee keer in: eerst voor de
# **ideale** situatie, daarna voor de **huidige**. De verschillen worden de actielijst.
# Hieronder: het canvas, en per fase de score voor de ervaring (ideaal en huidig) en de
# banen waar die twee verschillen.

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import action_points as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.canvas()

# %%
ex.show()

# %% [markdown]
# <!-- en -->
# Write at least three action points as *(phase, what we will do, owner)*. Start with the
# phases of **high** priority. An action point says what you will **do** — not the ideal
# you want to reach.
# <!-- nl -->
# Schrijf minstens drie actiepunten als *(fase, wat we gaan doen, eigenaar)*. Begin bij de
# fasen met **hoge** prioriteit. Een actiepunt zegt wat je gaat **doen** — niet het ideaal
# dat je wilt bereiken.

# %% tags=["widget"]
answer_form("action_points")

# %% [en]
### BEGIN SOLUTION
answer = [
    ("awareness", "Post three pins of real projects every week and stop the paper folder", "marketing"),
    ("purchase", "Generate the quote from the 3D design and send it within 48 hours", "sales"),
    ("interest", "Build an online permit check and staff the chat until 9 pm", "customer service"),
]
### END SOLUTION
### SKELETON answer = [("", "", ""), ("", "", ""), ("", "", "")]

# %% [nl]
### BEGIN SOLUTION
answer = [
    ("bewustwording", "Wekelijks drie pins van echte projecten plaatsen; stoppen met de folder", "marketing"),
    ("aankoop", "De offerte uit het 3D-ontwerp maken en binnen 48 uur versturen", "verkoop"),
    ("interesse", "Een online vergunningscheck bouwen en de chat tot 21.00 uur bemannen", "klantenservice"),
]
### END SOLUTION
### SKELETON answer = [("", "", ""), ("", "", ""), ("", "", "")]

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Next:** notebook 07 turns every difference into a row of an action list that you can
# export to Excel and give owners and deadlines.
# <!-- nl -->
# **Daarna:** notebook 07 maakt van elk verschil een regel in een actielijst die je naar
# Excel exporteert, met eigenaren en deadlines.
