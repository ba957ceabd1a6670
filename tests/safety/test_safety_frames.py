"""Danger told in pieces (bot.safety.frames): a payment with a deadline and what follows it,
and someone who knows where the writer is and is on the way, in four languages; and the calm
messages that share their words."""

from __future__ import annotations

import pytest

from bot.safety.screen import screen


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # A payment, a limit and what follows: "pasan por él", a finger cut, a child taken.
        ("dicen que si mañana no esta la lana pasan por mi hermano", "immediate"),
        ("me dieron hasta el viernes para depositar o le cortan una oreja a mi papa", "immediate"),
        ("si el sabado no pago lo que falta se llevan a mi hijo", "immediate"),
        ("pay 800 before tonight or he gets deported, the guy said on the phone", "immediate"),
        ("the man i owe knows which school my son goes to, wants it by friday", "immediate"),
        ("ils veulent l'argent avant ce soir sinon ils prennent ma fille", "immediate"),
        ("yo di si nou pa voye lajan an anvan demen y ap pran pitit mwen", "immediate"),
        # Found and on the way.
        ("mi ex ya sabe donde vivo y viene en camino, tengo miedo", "immediate"),
        ("he knows where i live now and he is on his way", "immediate"),
        ("il sait ou j'habite et il arrive, j'ai peur", "immediate"),
        ("li konnen kote m rete, l ap vini kounye a", "immediate"),
        # A threat that holds: deportation if the writer talks or runs.
        ("el patron dice que si hablamos nos deporta, no nos paga", "immediate"),
        ("si nou kouri l ap rele imigrasyon, li kenbe paspo nou", "immediate"),
        ("il dit que si je parle il me fait expulser, il garde mon passeport", "immediate"),
        # Ending life told without the word: means put aside and an ending.
        ("been saving my pills for weeks, dont think ill be around much longer", "immediate"),
        ("no creo que amanezca manana, ya junte las pastillas", "immediate"),
        ("m ap sere grenn yo, m p ap la demen", "immediate"),
        # Without insulin and the body reacts.
        ("mi mama no tiene insulina desde el lunes, esta temblando y habla raro", "immediate"),
        ("my dad ran out of insulin, he is sweating and talking weird", "immediate"),
        ("li pa gen ensilin depi 3 jou, l ap tranble, l ap swe", "immediate"),
        # A child taken without the right to.
        (
            "el papa de mi hija se llevo a mi hija sin permiso y va a cruzar la frontera",
            "immediate",
        ),
        ("my ex grabbed our daughter at school without permission", "immediate"),
        ("mon ex a emmene mon fils sans autorisation, il veut traverser la frontiere", "immediate"),
        ("papa pitit mwen vin pran pitit mwen san pemisyon", "immediate"),
        # Leaving soon with someone who promised a job and asked for secrecy.
        (
            "mi prima se va manana con un senor que le ofrecio trabajo, no diga a nadie",
            "immediate",
        ),
        (
            "a guy offered her a job in cancun, she leaves tonight and he said not to tell anyone",
            "immediate",
        ),
        (
            "on lui a promis un travail, elle part ce soir, il a dit de laisser son telephone",
            "immediate",
        ),
        ("yon nonm pwomet li travay, li pati aswe a, li di l pa di pesonn", "immediate"),
        ("me ofrecieron trabajo y me dijeron que no le diga a nadie, es normal?", "calm"),
        # Calm messages with the same words.
        ("mi ex se llevo a mi hijo sin permiso hace 3 anos, como pido la custodia?", "calm"),
        ("donde consigo insulina gratis? soy diabetico", "calm"),
        ("i ran when i was a kid, si nou kouri nou ka rate bis la", "calm"),
        ("alguien sabe donde pagar la multa antes del viernes?", "calm"),
        ("dice que son intereses, cuanto se paga por un prestamo?", "calm"),
        ("mi tia viene en camino desde chiapas, donde se hace el tramite?", "calm"),
        ("can i pay the fee before friday online?", "calm"),
    ],
)
def test_danger_told_in_pieces(text: str, grade: str) -> None:
    found = screen(text)
    assert found.danger == (grade == "immediate"), (text, found)


def test_a_caller_saying_he_is_from_the_cartel_is_no_question_about_what_it_is() -> None:
    """ "Diciendo q es del cartel": "que es" after a verb of saying is what the caller said,
    not "what is it?" (a development journey found this extortion call graded calm)."""
    text = (
        "me acaban d marcar al cel un vato diciendo q es del cartel q sabe donde vivo y q si no "
        "le deposito 5 mil hoy le pasa algo a mis hijos. estoy en reynosa. ya le colgue. q hago"
    )
    assert screen(text).grade == "immediate"
