"""Round 13 (Spanish and French only, 45 immediate and 30 calm messages each): danger at work, on
the road, in shelters, at home and online, told without naming the harm, as a practical
question, minimised, or for a group. By a writer who never saw the screen or any other set,
measured before any tuning (screen and danger net, Rasa down, `tests/safety/rounds.py`): es/fr
recall 0.844/0.889, alarms 0/30 and 2/30, one message each given the wrong country's lines (the
writer in Puebla, a brother held in Houston). After tuning: photos used to extort by a deadline,
a child taken "sin avisar", "no nos deja ir" with a threat to call immigration, a battery or
bleach swallowed, insulin run out, locked in an office while the boss calls ICE, a crossing gone
silent for days, a burn, gunfire heard now; the place the writer says they are in wins over the
places their story names; "suivie par un médecin" is care, and "comme un prisonnier" a figure
of speech."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 0), "fr": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round13_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round13", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
