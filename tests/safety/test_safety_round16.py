"""Round 16 (Spanish and French, 50 immediate and 40 calm each): Central American, Venezuelan,
Cuban and northern Mexican voices; West and Central African French and French mixed with
Spanish; Spanish typed without its vowels ("no m djan salir dsd ayr"); danger at the end of a
long question; a third of the writers in the US. By a writer who never saw the screen or any
other set, measured before any tuning (screen and danger net, Rasa down,
`tests/safety/rounds.py`): recall es 0.980, fr 0.960; alarms on calm messages 3/40 and 6/40;
no wrong lines for the place. After tuning: "no m dejan salir" (Spanish shorthand), a rope and
"je suis prêt", "si je paye pas c'est fini pour moi" (not "it's over": a threat) are reached;
a song that "secuestra el cerebro", a brother who "kidnapped the remote", a kidnapping in the
series the writer watches, "il m'a pas frappé", a teacher who "kills me with his verbs" and
advice not to go out without water are calm. Three alarms are kept on purpose: "el partido
estuvo de infarto", a mother who "will kill me if she sees" and salsa that is "a weapon". A
second read showed that the cues which had calmed them also calmed real danger ("creo que es
de infarto", "si ve que hablé con la policía me mata", "me van a matar por vender tacos")."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 1), "fr": (0, 2)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round16_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round16", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)
