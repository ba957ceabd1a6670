"""Asking for a shelter in Tijuana in the web chat, through a real Rasa server and model."""

from __future__ import annotations

import pytest

from bot.db.session import Database
from bot.directory.importer import load_directory_folder
from tests.conftest import Stack

pytestmark = pytest.mark.rasa

TIJUANA_SHELTERS = (
    "Casa del Migrante en Tijuana",
    "Albergue Casa Arcoíris",
    "Instituto Madre Asunta",
)


@pytest.fixture(scope="module")
def stack(rasa_stack: Stack) -> Stack:
    db = Database.from_settings(rasa_stack.settings)
    try:
        assert load_directory_folder(db).ok
    finally:
        db.dispose()
    return rasa_stack


def _texts(data: dict[str, object]) -> str:
    return "\n".join(m["text"] for m in data["messages"])  # type: ignore[index,union-attr]


def _payloads(data: dict[str, object]) -> list[str]:
    return [b["payload"] for m in data["messages"] for b in m["buttons"]]  # type: ignore[index,union-attr]


@pytest.mark.parametrize(
    ("lang", "ask"),
    [
        ("es", "busco albergue en tijuana"),
        ("en", "I need a shelter in Tijuana"),
        ("ht", "m ap chèche yon abri nan Tijuana"),
    ],
)
def test_a_shelter_in_tijuana_in_the_web_chat(stack: Stack, lang: str, ask: str) -> None:
    sender = f"shelter-{lang}"
    data = stack.chat(sender, ask, lang=lang)
    # A clarifying question first is fine: where (answer the town) or what (tap the shelter).
    if "/find_shelter" in _payloads(data):
        data = stack.chat(sender, "/find_shelter", lang=lang)
    elif not any(name in _texts(data) for name in TIJUANA_SHELTERS):
        data = stack.chat(sender, "Tijuana", lang=lang)
    text = _texts(data)
    assert sum(name in text for name in TIJUANA_SHELTERS) >= 2, text
    assert "/request_human" in _payloads(data)
    assert any(p.startswith('/find_shelter{"entry":') for p in _payloads(data))


def test_asked_where_then_more_then_details(stack: Stack) -> None:
    data = stack.chat("legal-es", "necesito un abogado", lang="es")
    assert "ciudad" in _texts(data).lower()
    data = stack.chat("legal-es", "estoy en Tijuana")
    assert "Alma Migrante" in _texts(data) or "Al Otro Lado" in _texts(data)
    details = next(p for p in _payloads(data) if '"entry"' in p)
    data = stack.chat("legal-es", details)
    assert "Cómo llegar" in " ".join(b["title"] for m in data["messages"] for b in m["buttons"])  # type: ignore[index,union-attr]
