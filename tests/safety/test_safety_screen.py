"""The danger screen catches immediate danger in four languages and leaves questions alone."""

from __future__ import annotations

import pytest

from bot.safety.screen import screen

DANGER = [
    ("me tienen encerrado en una casa y no me dejan salir", "trapped"),
    ("el patron me quito el pasaporte", "documents_taken"),
    ("me secuestraron en reynosa", "kidnapped"),
    ("me estan golpeando", "beaten"),
    ("me violaron", "raped"),
    ("me obligan a trabajar sin pago", "forced_work"),
    ("me obligan a prostituirme", "forced_sex"),
    ("se llevaron a mi hijo", "child_taken"),
    ("nos dejaron sin agua en el desierto", "abandoned"),
    ("me van a matar", "threatened"),
    ("they took my passport and won't let me leave", "documents_taken"),
    ("I am locked in a room", "trapped"),
    ("they locked me in a room", "trapped"),
    ("the smuggler is holding us hostage", "trapped"),
    ("me encerraron en una bodega", "trapped"),
    ("ils m'ont enfermée dans une chambre", "trapped"),
    ("they kidnapped my brother", "kidnapped"),
    ("my boss is forcing me to work", "forced_work"),
    ("they took my daughter", "child_taken"),
    ("we were abandoned in the desert without water", "abandoned"),
    ("ils me frappent", "beaten"),
    ("je suis enfermée", "trapped"),
    ("on m'a pris mon passeport", None),
    ("ils m'ont enlevé à la frontière", "kidnapped"),
    ("mon frère a été kidnappé", "kidnapped"),
    ("me van a matar si no pago aqui en reynosa", "threatened"),
    ("le passeur a pris mes papiers", "documents_taken"),
    ("yo ap bat mwen", "beaten"),
    ("mwen fèmen nan yon kay", "trapped"),
    ("yo pran paspò mwen", "documents_taken"),
    ("yo pran pitit mwen", "child_taken"),
    ("anmwe", "help_now"),
    ("my boss locked the door and I can't get out", "trapped"),
    ("mi jefe cerró la puerta con llave y no puedo salir", "trapped"),
    ("le patron a fermé la porte à clé et je ne peux pas sortir", "trapped"),
    ("patwon an fèmen pòt la, m pa ka soti", "trapped"),
]

SAFE = [
    "what are the signs of trafficking",
    "como se que una oferta de trabajo es trata",
    "quiero un albergue en tijuana",
    "tengo dolor de cabeza",
    "kisa trafik moun ye",
    "c'est quoi la traite des personnes",
    "hola buenos dias",
    "how much does the humanitarian visa cost",
    "en mi pais me quieren matar, quiero pedir asilo",
    "if i go back home the gang will kill me",
    "si je rentre au pays ils vont me tuer",
    "enleve mes donnees svp",
    "c quoi le travail force",
    "que es el trabajo forzado",
    "I locked my door",
    "no puedo salir del pais sin papeles",
]


@pytest.mark.parametrize(("text", "category"), DANGER)
def test_danger_is_caught(text: str, category: str | None) -> None:
    result = screen(text)
    assert result.danger, text
    if category:
        assert category in result.categories


@pytest.mark.parametrize("text", SAFE)
def test_questions_are_not_danger(text: str) -> None:
    assert not screen(text).danger


def test_us_context_is_noticed() -> None:
    assert screen("my boss in Houston took my passport").in_us
    assert not screen("mi patron en Tijuana me quito el pasaporte").in_us


def test_empty_and_emoji_are_not_danger() -> None:
    assert not screen("").danger
    assert not screen("🙏🙏").danger
