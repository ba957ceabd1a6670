"""Round 25 (Spanish and French only, 70 immediate and 40 calm each), by a writer who never saw
the screen or any other set, asked for the ways a pattern screen misses: Central American,
Venezuelan and second-language Spanish, African, Haitian and Quebec French, danger told as
logistics ("cómo se abre un candado por dentro sin hacer ruido"), a check-in on a watched phone
("si a las 9 no te escribo avísale a la tía"), a place sent as coordinates, emergencies told in
lay words. Measured before any tuning (screen and danger net, Rasa down,
`tests/safety/rounds.py`): reached es 58/70, fr 60/70; urgent cases for calm messages es 2/40,
fr 1/40.

What it found missing: a diabetic who sweats, shakes and no longer knows the family; snake
venom rising and a hand gone numb; feet gone numb at minus 20 by the Canadian border; a child
who drank bleach; "le metieron cuchillo en la panza, todavía respira"; "hombre malo tiene mi
hija en cuarto cerrado"; a phone broken by men who "vuelven en la noche"; escaping a lock or a
window without noise; "les gars-là ont vu mon visage, ils arrivent"; an overturned truck with a
child trapped under it; "ellos viene ya", "ils sont là. écris seulement"; a check-in; "vengan.
25.79,-97.52. somos 4 y uno herido". The alarms: a grandfather's story of the war, a birth two
weeks ago ("comment faire l'acte?"), a child who says "la quiero matar" over a phone.

After tuning every immediate message is reached; the grandfather's war and the child's "la
quiero matar" still open a case (a war's time words also silenced present danger told beside
them, so they were dropped). A second read (210 probes, the version before as the baseline):
the first version of the tuning alarmed 27 calm messages (a diabetic's ordinary questions, snow
in Chicago, "une pile de crêpes", guests who "arrivent") and lost 14 (a war's words beside a
threat now, bleeding after a birth "hace 2 días"); after narrowing: 105 of 118 danger probes
reached (90 before), 12 of 92 calm probes alarm (14 before), none worse.
"""

from __future__ import annotations

import pytest

from bot.safety.screen import screen
from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 2), "fr": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round25_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round25", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)


@pytest.mark.parametrize(
    "text",
    [
        # Written for this test, in the ways the round taught (not copied from it).
        "mi esposo es diabetico y esta sudando frio, no habla bien y tiembla",
        "mon oncle est diabetique, il transpire, il tremble et il ne me reconnait plus",
        "me mordio una vibora en el monte y siento que me sube el veneno",
        "el niño se tomo el cloro de la botella, esta vomitando",
        "mon fils a avale une pile, il pleure beaucoup",
        "a mi primo le dieron un balazo en la pierna, todavia respira pero sangra",
        "les blesses partout apres l accident du camion, un homme est coince dessous",
    ],
)
def test_danger_now_in_lay_words(text: str) -> None:
    assert screen(text).grade == "immediate", screen(text)


@pytest.mark.parametrize(
    "text",
    [
        "mi esposo es diabetico y no habla bien el ingles, puede pedir interprete en la cita?",
        "mi abuela es diabetica, a veces tiembla y suda cuando sube escaleras, que clinica la ve?",
        "mis papas vuelven mañana de guatemala, se les quebro la maleta jaja",
        "ils arrivent à 20h, je cours au marché acheter du poulet pour la fête",
        "mon téléphone est coincé dessous le frigo, comment le récupérer?",
        "j ai accouche il y a trois semaines a tapachula, comment avoir l acte de naissance?",
    ],
)
def test_calm_with_frightening_words_opens_no_case(text: str) -> None:
    assert screen(text).grade != "immediate", screen(text)
