"""Round 7, written by a writer who never saw the screen or any other set, and measured before
any tuning (Rasa down, `python -m bot eval-danger --sets tests/safety/dev/round7`): es/en/fr/ht
recall with the right lines 0.867/0.933/0.900/1.000, false alarms 13/7/3/7 %. Missed: suicide
said without the word (a farewell, "the bridge is close", all the pills), writing in hiding, a
lock on the outside, a guard with a gun, a child led away, "vient de me violer". False alarms:
jokes already made ("llegué tarde otra vez jaja"), food and weather that "kill", "dying of
shame", a film, "can I call the police?". After tuning every immediate message is reached;
two calm messages still open a case (a neighbour held now, told second-hand; "my mom is gonna
kill me" beside a money transfer due Monday): staff see a false urgency rather than a person
in danger being missed."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

STILL_ALARMED = {"es": 1, "en": 1, "fr": 0, "ht": 0}


@pytest.mark.parametrize("lang", sorted(STILL_ALARMED))
def test_round7_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round7", lang)
    assert (found.missed, found.alarms, found.wrong_place) == (0, STILL_ALARMED[lang], 0)
