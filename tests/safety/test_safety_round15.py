"""Round 15 (Spanish and French, 50 immediate and 40 calm messages each): long messages whose
danger comes at the end or in passing after a question about papers; Spanish and French from the
United States (Spanglish, the Canadian border); a relative's medical emergency or self-harm told
plainly; violence at home happening now, told low-key; and calm stories of the same length that
are over, fears about the road, and questions on whether a hospital may report someone. By a
writer who never saw the screen or any other set, measured before any tuning (screen and danger
net, Rasa down, `tests/safety/rounds.py`): es/fr recall 0.960/0.940, alarms 2/40 and 3/40, two
French messages given Mexico's lines for a writer in the US. After tuning: shooting heard now
after an earlier sentence of hearsay, a rope found, a blade in hand, chairs thrown with the
children hidden; a fee "para el trámite" is no ransom, a broken arm one "had" is past, a
colleague asked about, "can they report me?" asked; Worcester, Springfield and Columbus are in
the US, and "mon fils à Tapachula" or "vers le Mexique" says where others are or go, not the
writer. Still alarmed, on purpose: a neighbour whose boss "will kill him if he is late again
jajaja". Reading a third person's threat as a joke also calmed "el patrón dice que lo van a
matar si llega tarde" without a laugh (a second read caught it), so only the writer's own slips
are jokes."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 1), "fr": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round15_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round15", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
