# %% [markdown]
# <!-- en -->
# # Exercise 6 · The right template for the goal
#
# A map starts with a clear goal, and the goal decides the template. The kit has four
# templates; each has its own columns and row questions. Read the five goals and choose
# the template that fits each one best.
# <!-- nl -->
# # Oefening 6 · Het juiste sjabloon voor het doel
#
# Een kaart begint met een helder doel, en het doel bepaalt het sjabloon. De kit heeft vier
# sjablonen, elk met eigen kolommen en eigen vragen per rij. Lees de vijf doelen en kies
# bij elk het sjabloon dat het best past.

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import choose_template as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.show()

# %%
ex.templates()

# %% [markdown]
# <!-- en -->
# For each goal, choose the template that fits it best.
# <!-- nl -->
# Kies bij elk doel het sjabloon dat er het best bij past.

# %% tags=["widget"]
answer_form("choose_template")

# %%
### BEGIN SOLUTION
answer = {1: "current_state", 2: "future_state", 3: "day_in_life", 4: "service_blueprint", 5: "day_in_life"}
### END SOLUTION
### SKELETON answer = {1: "", 2: "", 3: "", 4: "", 5: ""}

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Now your own goal:** write the goal of your own map in one sentence. Which template
# fits it? Open that template in notebook 08.
# <!-- nl -->
# **Nu je eigen doel:** schrijf het doel van je eigen kaart in één zin. Welk sjabloon
# past erbij? Open dat sjabloon in notebook 08.
