"""Round 14: the shortest cries ("help they here", "on m a pris svp", "m nan kof yon machin"),
regional voices (Venezuelan, Cuban, Central American and Mexican slang; Congolese, Cameroonian
and Haitian French; Creole mixed with Spanish), danger told now by a third person, and hard calm
messages: vivid stories that are over, hypotheses, songs, games and prices that "kill". 45
immediate and 35 calm messages in Spanish and French, 30 and 25 in English and Creole, by a
writer who never saw the screen or any other set, measured before any tuning (screen and
danger net, Rasa down, `tests/safety/rounds.py`): es/en/fr/ht recall 0.978/0.900/0.933/0.933,
alarms on calm messages 2/35, 2/25, 2/35, 1/25. After tuning: a little brother lost an hour ago,
"mes 2 enfants" and "2 pitit mwen" taken or not found (a number between the possessive and the
child), a drink spiked, a farewell from a bridge, "help they here", "qu'est-ce que je fais"
asked while a neighbour is beaten (a plea, not a definition); a child's game shouting "they're
going to kill me", a song's "you kidnapped my heart", and "il me frappe pas" are calm."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 0), "en": (0, 0), "fr": (0, 0), "ht": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round14_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round14", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
