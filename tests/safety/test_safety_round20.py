"""Round 20 (es and fr 50 immediate and 40 calm each, en and ht 40 and 35): phonetic and
misspelled writing ("me kieren matar", "jsuis", "yo vle tué moin"), euphemisms and slang for the
danger, danger told by a third person now (a volunteer at a shelter, a daughter writing for her
mother), danger inside a question about a procedure ("can I still ask for asylum if there are
guys waiting outside the shelter for me RIGHT NOW?"), the body in danger on the road (a baby
shaking with fever on the train, a child who stops shivering in the cold and only wants to
sleep, a scorpion's sting), a child left behind by the train; calm messages that are asylum
stories from home, a relative missing since 2014, a novel being written, a parent "holding"
a teenager "hostage" over the phone. By a writer who never saw the screen or any other set,
measured before any tuning (screen and danger net, Rasa down, `tests/safety/rounds.py`): recall
es 0.980, en 0.875, fr 0.900, ht 0.900; alarms on calm messages 1/40, 4/35, 2/40, 2/35; one
wrong line for the place ("del otro lado de la puerta" read as the United States). After
tuning one message is still not reached: "I bought rat poison today. not sure why im telling a
bot", a single sign of self-harm that the screen does not take alone (rat poison is also bought
for rats)."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 0), "en": (1, 0), "fr": (0, 0), "ht": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round20_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round20", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
