# %% [markdown]
# <!-- en -->
# # Exercise 10 · The buying group as a group
#
# Five people at an energy company buy a service platform together: the head of customer
# service, a service desk team lead, an IT architect, the chief operating officer and a
# procurement officer. Each makes their own journey, so each has their own emotion line.
#
# The table gives, per phase, each role's emotion (the mean of that role's touchpoints),
# the **spread** (highest minus lowest role) and how many roles have a goal of their own
# there. The chart draws one line per role.
#
# 1. In which **phase** do the roles disagree most?
# 2. Which **role** should the team serve first?
# <!-- nl -->
# # Oefening 10 · De koopgroep als groep
#
# Vijf mensen bij een energiebedrijf kopen samen een serviceplatform: de manager
# klantenservice, een teamleider servicedesk, een IT-architect, de operationeel directeur en
# een inkoper. Elk maakt een eigen klantreis, dus elk heeft een eigen emotielijn.
#
# De tabel geeft per fase de emotie van elke rol (het gemiddelde van de contactpunten van
# die rol), de **spreiding** (hoogste min laagste rol) en hoeveel rollen daar een eigen
# doel hebben. De grafiek tekent één lijn per rol.
#
# 1. In welke **fase** verschillen de rollen het meest?
# 2. Welke **rol** moet het team eerst helpen?

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import buying_group_divergence as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.show()

# %%
jk.show_roles(jk.sample_path("b2b_software"))

# %% [markdown]
# <!-- en -->
# Choose the phase and the role.
# <!-- nl -->
# Kies de fase en de rol.

# %% tags=["widget"]
answer_form("buying_group_divergence")

# %% [en]
### BEGIN SOLUTION
answer = {"phase": "Purchase decision", "role": "Procurement officer"}
### END SOLUTION
### SKELETON answer = {"phase": "", "role": ""}

# %% [nl]
### BEGIN SOLUTION
answer = {"phase": "Aankoopbeslissing", "role": "Inkoper"}
### END SOLUTION
### SKELETON answer = {"phase": "", "role": ""}

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Discuss:** in the purchase decision, the purchaser's low point is the decision maker's
# peak. What would you change so that both leave that week with a good feeling? And what
# does the team lead need in *Loyalty*, where the head of customer service is on stage?
# <!-- nl -->
# **Bespreek:** in de aankoopbeslissing is het dieptepunt van de inkoper de piek van de
# beslisser. Wat zou je veranderen zodat ze allebei met een goed gevoel uit die week komen?
# En wat heeft de teamleider nodig in *Loyaliteit*, waar de manager klantenservice op het
# podium staat?
