# %% [markdown]
# <!-- en -->
# # Exercise 3 · Over- and under-investment
#
# A veranda supplier lists its touchpoints with two ratings from 1 to 5: how
# **important** the touchpoint is to the customer, and how much **effort** the company
# puts into it. Where the two do not match, there is a gap:
#
# - **over-investment**: a lot of effort on something that matters little to the customer
#   → stop or reduce it;
# - **under-investment**: little effort on something that matters a lot
#   → give it priority.
#
# A rating counts as *high* from 4 up.
# <!-- nl -->
# # Oefening 3 · Te veel en te weinig investeren
#
# Een verandaleverancier zet zijn contactpunten op een rij, met twee cijfers van 1 tot 5:
# hoe **belangrijk** het contactpunt voor de klant is, en hoeveel **inspanning** het bedrijf
# erin steekt. Waar die twee niet kloppen, zit een gat:
#
# - **te veel investering**: veel inspanning voor iets wat de klant weinig uitmaakt
#   → stoppen of verminderen;
# - **te weinig investering**: weinig inspanning voor iets wat de klant veel uitmaakt
#   → voorrang geven.
#
# Een cijfer telt als *hoog* vanaf 4.

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import gap_analysis as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.show()

# %%
ex.matrix()

# %% [markdown]
# <!-- en -->
# List the **numbers** of the touchpoints with over-investment and with under-investment.
# <!-- nl -->
# Noem de **nummers** van de contactpunten met te veel en met te weinig investering.

# %% tags=["widget"]
answer_form("gap_analysis")

# %% [en]
### BEGIN SOLUTION
answer = {"over": [6], "under": [1, 2, 3, 5, 7, 10]}
### END SOLUTION
### SKELETON answer = {"over": [], "under": []}

# %% [nl]
### BEGIN SOLUTION
answer = {"te veel": [6], "te weinig": [1, 2, 3, 5, 7, 10]}
### END SOLUTION
### SKELETON answer = {"te veel": [], "te weinig": []}

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Think about it:** the company can't fix six touchpoints at once. Which two would you
# start with, and what would you stop doing to pay for them?
# <!-- nl -->
# **Denk na:** het bedrijf kan geen zes contactpunten tegelijk verbeteren. Met welke twee
# begin jij, en waarmee stop je om ze te betalen?
