"""Round 11: messages typed in panic or in hiding, traffickers' and cartels' code words, indirect
requests ("how do I get out of here without them seeing"), medical danger told by someone else,
suicide said softly, violence at home asked as "is it normal...?". By a writer who never saw the
screen or any other set (es and fr 50 immediate and 30 calm, en and ht 30 and 20), measured
before any tuning (screen and danger net, Rasa down, `tests/safety/rounds.py`): es/en/fr/ht
recall 0.900/0.833/0.780/0.933, alarms 3/30, 3/20, 4/30, 1/20. French missed most: a deadline to
pay the "cuota", heat stroke, a stroke, a break-in, a boat adrift, things given away, a debt
with a passport kept, gangrene, a guarded door, "join my mother in heaven tonight". After
tuning: every immediate message reached; calm again are a "cuota" paid and asked about for
asylum, a story dated to a year ago, "if my friend gets kidnapped", a friend asking how to help
a woman her husband hits, "2 zan" (two years) in Creole. Still alarmed: a desert crossing told
without a date ("the smuggler left us in the desert, border patrol found us") (en)."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 0), "en": (0, 1), "fr": (0, 0), "ht": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round11_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round11", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
