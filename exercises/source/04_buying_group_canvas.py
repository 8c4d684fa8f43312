# %% [markdown]
# <!-- en -->
# # Exercise 4 · The canvas for one buying-group role
#
# A regional energy company is buying a customer-service platform. In B2B the person who
# searches is often not the one who negotiates: five people take part, each with their own
# interests and their own journey. The canvas below is the **service desk team lead's**,
# for the current situation.
#
# Your task: choose **another role** and **one phase**, and fill in that canvas column from
# that role's point of view — the four lanes plus a score from 1 to 5:
#
# 1. **customer process** — what this person does and experiences (from their side);
# 2. **internal process** — what the vendor does to move them to the next phase;
# 3. **experience** — how satisfied they are, with something you can measure;
# 4. **learning goals & improvements** — what you learn from laying 1 next to 2.
# <!-- nl -->
# # Oefening 4 · Het canvas voor één rol in de koopgroep
#
# Een regionaal energiebedrijf koopt een platform voor klantenservice. In B2B is degene die
# zoekt vaak niet degene die onderhandelt: er doen vijf mensen mee, elk met eigen belangen en
# een eigen klantreis. Hieronder staat het canvas van de **teamleider servicedesk**, voor de
# huidige situatie.
#
# Jouw taak: kies **een andere rol** en **één fase**, en vul die kolom van het canvas in
# vanuit die rol — de vier banen plus een score van 1 tot 5:
#
# 1. **klantproces** — wat deze persoon doet en meemaakt (vanuit de klant);
# 2. **intern proces** — wat de leverancier doet om hem naar de volgende fase te brengen;
# 3. **ervaring** — hoe tevreden hij is, met iets wat je kunt meten;
# 4. **leerdoelen en verbeterpunten** — wat je leert door 1 naast 2 te leggen.

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import buying_group_canvas as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.example()

# %%
ex.show()

# %%
ex.phases()

# %% tags=["widget"]
answer_form("buying_group_canvas")

# %% [en]
### BEGIN SOLUTION
answer = {
    "role": "Procurement officer",
    "phase": "purchase decision",
    "customer_process": "Compares three offers line by line and negotiates the price per agent and the terms.",
    "internal_process": "Sales sends an offer in the customer's own comparison format with a price per agent.",
    "experience": "Waits 9 days for our offer, while 2 of 3 rivals answered within a week.",
    "score": 2,
    "improvements": "Give procurement a standard price sheet and a draft contract at the start of the evaluation.",
}
### END SOLUTION
### SKELETON answer = {
### SKELETON     "role": "",
### SKELETON     "phase": "",
### SKELETON     "customer_process": "",
### SKELETON     "internal_process": "",
### SKELETON     "experience": "",
### SKELETON     "score": None,
### SKELETON     "improvements": "",
### SKELETON }

# %% [nl]
### BEGIN SOLUTION
answer = {
    "rol": "Inkoper",
    "fase": "aankoopbeslissing",
    "klantproces": "Vergelijkt drie offertes regel voor regel en onderhandelt over de prijs per agent en de voorwaarden.",
    "intern_proces": "Verkoop stuurt een offerte in het vergelijkingsformat van de klant, met een prijs per agent.",
    "ervaring": "Wacht 9 dagen op onze offerte, terwijl 2 van de 3 concurrenten binnen een week antwoordden.",
    "score": 2,
    "verbeterpunten": "Geef inkoop bij de start van de evaluatie een standaardprijslijst en een conceptcontract.",
}
### END SOLUTION
### SKELETON answer = {
### SKELETON     "rol": "",
### SKELETON     "fase": "",
### SKELETON     "klantproces": "",
### SKELETON     "intern_proces": "",
### SKELETON     "ervaring": "",
### SKELETON     "score": None,
### SKELETON     "verbeterpunten": "",
### SKELETON }

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Compare:** put your column next to the team lead's canvas above. Where do the two roles
# want different things from the vendor? That difference is why B2B maps are made per role.
# <!-- nl -->
# **Vergelijk:** leg je kolom naast het canvas van de teamleider hierboven. Waar willen de
# twee rollen iets anders van de leverancier? Om dat verschil maak je in B2B een kaart per rol.
