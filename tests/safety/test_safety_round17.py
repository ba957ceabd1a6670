"""Round 17 (Spanish and French, 50 immediate and 40 calm each): writers a screen rarely hears
from (women and girls travelling alone, teenagers, a trans woman, indigenous people writing
Spanish as a second language, African and Haitian French), danger told through logistics
rather than harm words, voice-dictation run-ons, and a quarter of the writers in the US. By a
writer who never saw the screen or any other set, measured before any tuning (screen and danger
net, Rasa down, `tests/safety/rounds.py`): recall es 0.980, fr 0.960; alarms on calm messages
3/40 and 4/40; no wrong lines for the place. After tuning: sex demanded as the price of passage
("para pasar el río tengo que quedarme con él sola en su cuarto", "je dois payer ou autre
chose") and a rope with "je voulais juste que quelqu'un sache" are reached; an account or a game
character "kidnapped", a toddler "holding me hostage", "il me menace pas" and "ça fait 2 ans que
j'ai été séquestré" are calm. One alarm is kept on purpose: "esa morra me trae secuestrado" (in
love), because "el coyote me trae secuestrada" is the same words."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 1), "fr": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round17_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round17", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
