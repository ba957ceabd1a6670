"""Calm questions a development set of topic questions found alarmed (tests/understanding/
topics_dev/, written by a helper who saw neither the screen nor any set), and the danger
beside them that must stay. Each reading is narrow: one spelling, one sense."""

from __future__ import annotations

import pytest

from bot.safety import doubt
from bot.safety.screen import screen


@pytest.mark.parametrize(
    "text",
    [
        # Spanish "me enfermé" (I fell ill) folds like French "enfermée" (locked in).
        "hola, la semana pasada me enferme y no pude ir a firmar a comar. Hoy fui y el guardia "
        "no me dejo entrar. Q pasa ahora con mi tramite?",
        "me enferme y no tengo doctor",
        # Not eating is an emergency for a baby, not for a child of eight.
        "mi hijo de 8 años no quiere comer y llora mucho desde q llegamos, lo llevo al psicologo?",
        # The writer took their own child somewhere.
        "Hello, I took my son to the clinic at 7am. They served all the Mexicans first.",
        # "won't let me out of his sight" is a frightened child.
        "My son is 7 and he has nightmares every night since the journey. He wakes up screaming "
        "and he wont let me out of his sight. What can I do for him?",
        "report police abuse how",
        # Giving up the road, with the way home asked about.
        "soy de Colombia y estoy en Tijuana sin dinero. Ya no quiero seguir, quiero volver con "
        "mi mama. Escuche q la OIM ayuda con el pasaje",
        # A place, not a condition of a threat.
        "si estoy en el gabacho y me pasa algo puedo llamar al 911 sin papeles o me deportan?",
    ],
)
def test_calm_questions_are_not_danger(text: str) -> None:
    found = screen(text)
    assert not found.danger, (text, found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "rien de grave hein, juste je suis sur le toit de l'immeuble et je me demande si ca fait "
        "mal. vous faites aussi le retour volontaire?",
        "ya no quiero seguir viviendo",
        "ya no quiero seguir, nadie me va a extrañar",
        "mi bebe de 2 meses no quiere comer y esta muy caliente",
        "ils m'ont enfermée dans la chambre",
        "un señor del albergue tiene mucho dolor en el pecho y esta sudando frio, q hacemos",
    ],
)
def test_the_danger_beside_them_stays(text: str) -> None:
    found = screen(text)
    assert found.danger or doubt.doubtful(text, found.grade, found.reasons), text


def test_asking_whether_a_job_offer_can_be_trusted_is_not_asked_about_danger() -> None:
    text = (
        "oigan una pregunta, en un grupo d face pusieron q buscan muchachas pa trabajar d edecan "
        "en cancun, pagan 15 mil a la semana y te mandan el boleto. me pidieron foto y mi "
        "pasaporte x whats. es d confiar?"
    )
    found = screen(text)
    assert not found.danger and not doubt.doubtful(text, found.grade, found.reasons)
