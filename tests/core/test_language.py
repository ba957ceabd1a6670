"""The first message of a conversation sets its language."""

from __future__ import annotations

import pytest

from bot.core.language import detect


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hola", "es"),
        ("hello", "en"),
        ("bonjour", "fr"),
        ("bonjou", "ht"),
        ("sak pase", "ht"),
        ("buenas tardes necesito ayuda", "es"),
        ("necesito un albergue en tijuana", "es"),
        ("I need a shelter in Tijuana", "en"),
        ("je cherche un avocat gratuit à Tapachula", "fr"),
        ("m ap chèche yon abri nan Tijuana", "ht"),
        ("mwen bezwen ed pou papye mwen", "ht"),
        ("how can I ask for asylum in Mexico", "en"),
    ],
)
def test_detects_language(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_nothing_to_go_on_gives_the_default() -> None:
    assert detect("👍", default="fr") == "fr"
    assert detect("", default="es") == "es"
