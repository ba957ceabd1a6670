"""Round 12: look-alikes that differ only in whether the danger is happening now (still in the
house, a deadline on Sunday; a baby limp and not feeding, blood vomited, blurred sight late in
pregnancy; a man out of prison on Friday who is coming) against the same things over, asked in
general, or said as a joke ("atrapada en el tráfico", "my kids held me hostage at Chuck E.
Cheese", "our team got beaten 7-0"). 30 immediate and 30 calm messages per language, by a
writer who never saw the screen or any other set, measured before any tuning (screen and danger
net, Rasa down, `tests/safety/rounds.py`): es/en/fr/ht recall 0.800/0.867/0.833/0.800, alarms
4/6/3/2 of 30. After tuning every immediate message is reached and no calm one alarmed: a
question ("¿es normal?") no longer calms a red flag, "desde hace 4 meses" is ongoing, not long
ago, and traffic, games, an exam and laughter near "hostage" or "atrapada" are a way of
speaking."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 0), "en": (0, 0), "fr": (0, 0), "ht": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round12_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round12", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
