"""Calm messages with danger's words: "X will kill me if I'm late" (bot.safety.banter), a story
placed in a past year, month or season, a relative back home, a question asked to be ready; and
the real threats beside them."""

from __future__ import annotations

import pytest

from bot.safety.screen import screen


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # An everyday slip is a figure of speech; leaving or talking is a threat that holds.
        ("mi jefe me va a matar si llego tarde otra vez, a que hora abren?", False),
        ("my mom is gonna kill me if i forget her birthday again", False),
        ("ma patronne va me tuer si j'arrive en retard demain", False),
        ("manman m ap touye m si m an reta anko", False),
        ("mi patron dice que me mata si me voy y tiene mi pasaporte", True),
        ("jaja no, mi esposo me va a matar si me voy, ayuda", True),
        ("my boss said he will kill me if i leave the farm", True),
        ("li di l ap touye m si m pale", True),
        # A time before the harm is its time, even when "today" follows.
        ("en 2021 me violaron en el camino, hoy quiero saber si puedo pedir la visa", False),
        ("in 2022 i was beaten by the guide, today i want to file a report", False),
        (
            "nos robaron en noviembre en el tren, ya estamos en el albergue, podemos denunciar?",
            False,
        ),
        ("got robbed at gunpoint last summer. im in texas now and safe", False),
        ("mi esposo me va a matar si llego tarde otra vez", True),
        ("l'été dernier on m'a frappé dans le train, je peux porter plainte?", False),
        # A past kidnapping that ended, asked about: information, not an alarm.
        ("a mi hermano lo secuestraron en 2020, ya esta con nosotros, hay visa para eso?", False),
        ("how do virtual kidnapping scams work? my uncle keeps sending warnings", False),
        # Asked to be ready.
        ("que se hace si se llevan a alguien de tu familia? pregunto por si acaso", False),
        ("si quelqu'un s'évanouit dans le bus qu'est ce qu'on fait? on veut apprendre", False),
        # Now is still now.
        ("me secuestraron, estoy en una casa en reynosa, ayuda", True),
        ("nos tienen encerrados desde noviembre en una bodega", True),
    ],
)
def test_calm_words_and_real_threats(text: str, danger: bool) -> None:
    found = screen(text)
    assert found.danger == danger, (text, found)
