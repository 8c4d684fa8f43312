# %% [markdown]
# <!-- en -->
# # Exercise 2 · Peak, low point and end
#
# People judge an experience mostly by its **best moment**, its **worst moment** and its
# **end** — not by the average (the peak–end rule). Below is the airline journey with the
# emotion of the customer at every touchpoint, from -3 (very negative) to +3 (very positive).
# <!-- nl -->
# # Oefening 2 · Piek, dieptepunt en einde
#
# Mensen beoordelen een ervaring vooral op het **beste moment**, het **slechtste moment**
# en het **einde** — niet op het gemiddelde (de piek-eindregel). Hieronder staat de klantreis
# van de luchtvaartmaatschappij, met de emotie van de klant bij elk contactpunt, van -3 (heel
# negatief) tot +3 (heel positief).

# %%
import journeykit_widgets as jk
from journeykit_widgets.exercises import peak_end as ex
from journeykit_widgets.exercises.answer_form import answer_form

# %% tags=["parameters"]
language = "__LANG__"

# %%
jk.set_language(language)
ex.curve()

# %%
ex.show()

# %% [markdown]
# <!-- en -->
# Fill in the **numbers** from the table: the peak, the low point, the end, the touchpoint
# you would improve first, and in one sentence why.
# <!-- nl -->
# Vul de **nummers** uit de tabel in: de piek, het dieptepunt, het einde, het contactpunt
# dat je als eerste zou verbeteren, en in één zin waarom.

# %% tags=["widget"]
answer_form("peak_end")

# %% [en]
### BEGIN SOLUTION
answer = {"peak": 14, "low": 13, "end": 16, "improve": 16}
answer["why"] = "The end is what people remember; a dull points statement wastes the good rebooking."
### END SOLUTION
### SKELETON answer = {"peak": None, "low": None, "end": None, "improve": None, "why": ""}

# %% [nl]
### BEGIN SOLUTION
answer = {"piek": 14, "dal": 13, "einde": 16, "verbeter": 16}
answer["waarom"] = "Het einde blijft hangen; een saai puntenoverzicht verspilt het goede omboeken."
### END SOLUTION
### SKELETON answer = {"piek": None, "dal": None, "einde": None, "verbeter": None, "waarom": ""}

# %%
ex.check(answer)

# %% [markdown]
# <!-- en -->
# **Think about it:** the delay message (-3) cannot always be prevented. What could the
# airline do so that the journey still ends well?
# <!-- nl -->
# **Denk na:** de vertragingsmelding (-3) is niet altijd te voorkomen. Wat kan de
# luchtvaartmaatschappij doen zodat de reis toch goed eindigt?
