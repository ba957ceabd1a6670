"""Round 19 (all four languages, 40 immediate and 35 calm each): long voice-dictated stories
with the danger buried in one clause, a request for a service that gives the danger away ("can
you help me find a safe house tonight? the guy i owe found out where i sleep and sent me a
photo of a gun"), regional and coded words (cobro de piso, la maña, "ed m tanpri yo la"), a
third person in danger now, medical emergencies on the road, extortion by a deadline with
photos of the children, cries of a word or two; calm messages that are stories the writer is
out of ("that was april", "everyone is ok now"), a telenovela's plot, a nurse's night shift, a
butcher's pigs, a sibling's petty threat. By a writer who never saw the screen or any other
set, measured before any tuning (screen and danger net, Rasa down, `tests/safety/rounds.py`):
recall es 0.975, en 0.875, fr 0.950, ht 0.950; alarms on calm messages 4/35, 5/35, 3/35, 3/35;
no wrong lines for the place. After tuning one message is still not reached: "ayuda" alone,
which the screen keeps reading as a request for the menu (the menu offers the danger button);
"ayuda" shouted, "ayudaaa", "ayuda urgente" or "ayuda ya llegaron" are reached."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (1, 0), "en": (0, 0), "fr": (0, 0), "ht": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round19_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round19", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
