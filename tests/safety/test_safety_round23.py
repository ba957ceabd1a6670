"""Round 23 (Spanish and French only, 70 immediate and 40 calm each), written to be hard: voice
dictation run-ons with the danger in one clause among errands, euphemisms, threats by phone,
emergencies told by their signs. By a writer who never saw the screen or any other set,
measured before any tuning (screen and danger net, Rasa down, `tests/safety/rounds.py`):
reached es 65/70, fr 64/70; urgent cases for calm messages es 2/40, fr 2/40.

What it found missing: "nos dijeron que mañana nos suben a una camioneta" read as hearsay (the
news); "nadie se va hasta terminar la deuda" (held for a debt); "me va a picar en la noche, ya
sacó la navaja"; the man who "ya se dio cuenta q tengo cel, viene para aca"; "al que dijo que no
lo golpearon" read as a denial; "je vais faire une bêtise ce soir"; a letter left for the
children and "ce soir tout sera fini"; "elle voit flou" in the eighth month; a seizure with
"ses yeux roulent"; "c'est mon tour demain"; "on dort là-bas" read as back home. The alarms:
"se me va a acabar [la insulina]", a shooting last week "ahora ya está tranquilo", "mon genou
me fait mal", "si je traverse la rivière je risque de me noyer?".

After tuning every immediate message is reached and no calm message opens a case.
"""

from __future__ import annotations

import pytest

from bot.safety.screen import screen
from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 0), "fr": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round23_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round23", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)


@pytest.mark.parametrize(
    "text",
    [
        "estamos en un cuarto en juarez, nos dijeron que mañana nos llevan a otro lado y hay un "
        "señor armado en la puerta",
        "en la obra hay hombres con armas y el patron dice que nadie se va hasta pagar la deuda",
        "un vato del albergue dice que me va a picar, trae una navaja",
        "el señor ya se dio cuenta que tengo el celular escondido, vienen subiendo",
        "nos quitaron las credenciales para trabajar y al que dijo que no lo golpearon",
        "je vais faire une bêtise ce soir, dites à mes enfants que je les aime",
        "j'ai laissé une lettre pour ma mère, ce soir tout sera fini",
        "ma fille a de la fièvre, elle fait une crise, ses yeux roulent depuis 5 minutes",
        "ils ont emmené mon collègue hier soir et il est pas revenu, c'est mon tour demain",
        "on travaille et on dort là-bas, le patron ferme à clé, on a pas le droit de sortir",
    ],
)
def test_danger_now_in_the_way_it_was_written(text: str) -> None:
    assert screen(text).grade == "immediate", screen(text)


@pytest.mark.parametrize(
    "text",
    [
        "tengo diabetes y se me va a acabar la insulina el otro mes, donde la consigo?",
        "hace 4 dias hubo una balacera cerca del comedor, ahora ya esta tranquilo, abren hoy?",
        "mon dos me fait mal depuis la marche, où consulter?",
        "si on traverse le fleuve on risque de se noyer? on attend au refuge pour l'instant",
        "me dijeron que en tamaulipas secuestran a los migrantes, es cierto?",
    ],
)
def test_calm_with_frightening_words_opens_no_case(text: str) -> None:
    assert screen(text).grade != "immediate", screen(text)
