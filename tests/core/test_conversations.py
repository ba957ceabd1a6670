"""Whole conversations through the web chat, a real Rasa server and a model from this repo."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from bot.db.models import Conversation
from bot.db.session import Database
from tests.conftest import Stack

pytestmark = pytest.mark.rasa


def texts(data: dict[str, object]) -> str:
    return " ".join(m["text"] for m in data["messages"])  # type: ignore[index,union-attr]


def buttons(data: dict[str, object]) -> list[str]:
    return [b["payload"] for m in data["messages"] for b in m["buttons"]]  # type: ignore[index,union-attr]


@pytest.mark.parametrize(
    ("text", "lang", "greeting"),
    [
        ("hola", "es", "Hola"),
        ("hello", "en", "Hello"),
        ("bonjour", "fr", "Bonjour"),
        ("bonjou", "ht", "Bonjou"),
    ],
)
def test_greeting_in_the_persons_language_with_menu(
    rasa_stack: Stack, text: str, lang: str, greeting: str
) -> None:
    data = rasa_stack.chat(f"greet-{lang}", text)
    assert data["conversation"]["language"] == lang  # type: ignore[index]
    assert texts(data).startswith(greeting)
    assert "/ask_asylum" in buttons(data) and "/request_human" in buttons(data)


def test_switching_language_by_words_and_by_button(rasa_stack: Stack) -> None:
    rasa_stack.chat("switch", "hola")
    data = rasa_stack.chat("switch", "English please")
    assert data["conversation"]["language"] == "en"  # type: ignore[index]
    assert "English" in texts(data)
    again = rasa_stack.chat("switch", "thanks")
    assert "welcome" in texts(again)
    data = rasa_stack.chat("switch", '/change_language{"language":"ht"}')
    assert data["conversation"]["language"] == "ht"  # type: ignore[index]
    assert "kreyòl" in texts(data)


def test_topic_then_follow_up_in_context(rasa_stack: Stack) -> None:
    data = rasa_stack.chat("asylum", "como pido asilo en mexico?", lang="es")
    assert "COMAR" in texts(data)
    # A first reply that fits a phone, the rest one "More" away (on a first contact the
    # privacy notice follows it, as it follows any first reply).
    said = [m for m in data["messages"] if "/privacy?lang=" not in m["text"]]  # type: ignore[union-attr]
    assert len(said) <= 2
    assert '/show_more{"topic":"asylum","page":"1"}' in buttons(data)
    cost = rasa_stack.chat("asylum", "cuanto cuesta?")
    assert "gratis" in texts(cost).lower()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "ayuda el patron me quito el pasaporte y no me deja salir"),
        ("en", "they locked me in a room and took my passport"),
        ("fr", "je suis enfermée, ils ont pris mon passeport"),
        ("ht", "yo fèmen m nan yon chanm, yo pran paspò m"),
    ],
)
def test_danger_gets_both_numbers_and_an_urgent_flag(
    rasa_stack: Stack, lang: str, text: str
) -> None:
    data = rasa_stack.chat(f"danger-{lang}", text, lang=lang)
    joined = texts(data)
    assert "911" in joined and "800 5533 000" in joined
    db = Database.from_settings(rasa_stack.settings)
    try:
        with db.session() as s:
            conv = s.scalars(
                select(Conversation).where(Conversation.public_id == data["conversation"]["id"])  # type: ignore[index]
            ).one()
            assert conv.urgent
    finally:
        db.dispose()


def test_immediate_danger_is_answered_without_waiting_for_rasa(rasa_stack: Stack) -> None:
    """The lines and the consent question come from the app: Rasa's queue never holds them."""
    rasa_stack.chat("danger-first", "hola", lang="es")
    text = "ayuda me tienen encerrada en una casa y dicen que me van a matar"
    data = rasa_stack.chat("danger-first", text)
    said = texts(data)
    assert "911" in said and "800 5533 000" in said
    public_id = data["conversation"]["id"]  # type: ignore[index]
    tracker = httpx.get(
        f"{rasa_stack.rasa_url}/conversations/{public_id}/tracker",
        params={"include_events": "ALL"},
        timeout=30,
    ).json()
    heard = [e.get("text") for e in tracker["events"] if e["event"] == "user"]
    assert "hola" in heard and text not in heard and "/report_danger" not in heard
    # The answer to the app's own consent question is the app's too; Rasa resumes after it.
    after = rasa_stack.chat("danger-first", "si")
    assert after["conversation"]["status"] == "waiting_staff"  # type: ignore[index]


def test_out_of_scope_gets_the_menu_not_a_topic(rasa_stack: Stack) -> None:
    data = rasa_stack.chat("oos", "quien gano el partido de futbol ayer?", lang="es")
    assert "/ask_rights" in buttons(data)
    assert "COMAR" not in texts(data)


def test_two_misses_in_a_row_offer_a_person(rasa_stack: Stack) -> None:
    rasa_stack.chat("miss", "hola", lang="es")
    rasa_stack.chat("miss", "asdkjh qwpeoiu zxmcnb")
    data = rasa_stack.chat("miss", "lkjasd poiqwe mnbzxc")
    assert buttons(data) == ["/affirm", "/deny"]


def test_two_needs_the_first_answered_and_the_second_offered(rasa_stack: Stack) -> None:
    """Whatever Rasa reads in the whole message, the first need written is answered (here the
    asylum overview, asked as its button) and the shelter, asked second, is offered."""
    data = rasa_stack.chat(
        "two-needs", "como pido asilo en mexico? y tambien necesito un albergue en tapachula"
    )
    said = texts(data)
    assert "COMAR" in said, said
    assert "/find_shelter" in buttons(data), buttons(data)


def test_a_story_before_the_question_is_not_a_first_need(rasa_stack: Stack) -> None:
    """ "Pedí asilo en Tapachula..." tells the story; the question is the CURP."""
    data = rasa_stack.chat(
        "story-first",
        "hace un mes pedi asilo en tapachula con la comar. y ahora como saco la curp?",
    )
    assert "CURP" in texts(data), texts(data)


def test_a_question_about_shelters_gets_the_topic_a_request_gets_the_directory(
    rasa_stack: Stack,
) -> None:
    """Rasa hears both as find_shelter; the words decide: asking how shelters work is the
    shelters topic (with the button to the list), asking for one is the directory."""
    about = rasa_stack.chat("shelter-rules", "que reglas tienen los albergues? aceptan familias?")
    said = texts(about)
    assert "DIF" in said or "reglas" in said.lower(), said
    wants = rasa_stack.chat("shelter-wanted", "busco un albergue")
    assert "DIF" not in texts(wants), texts(wants)
