"""A question "do you pass my data to migration?" is answered, never taken as erasure."""

from __future__ import annotations

import pytest

from bot.privacy.question import asks_who_sees
from bot.privacy.request import names_erasure
from tests.conftest import Stack


@pytest.mark.parametrize(
    "text",
    [
        "y mis datos se los pasan a migracion?",
        "si les escribo me reportan a migracion?",
        "migracion puede ver esto?",
        "es confidencial este chat?",
        "do you share my info with ICE",
        "will ice see my messages",
        "do you report people to immigration",
        "is this chat safe",
        "est-ce que vous donnez mes données à la police",
        "vous me dénoncez à l'immigration?",
        "c'est confidentiel?",
        "eske nou bay imigrasyon enfòmasyon m yo?",
        "imigrasyon ka wè sa m ekri a?",
    ],
)
def test_a_question_who_sees_what_is_written(text: str) -> None:
    assert asks_who_sees(text)
    assert not names_erasure(text)


@pytest.mark.parametrize(
    "text",
    [
        "borra mis datos",
        "la policia me quito mi dinero",
        "ice took my husband",
        "my data plan is over",
        "is it safe to cross at night",
        "es seguro el albergue?",
        "the police can see me from here",
        "el inm puede ver mi caso si pido asilo?",
    ],
)
def test_other_messages_with_the_same_words(text: str) -> None:
    assert not asks_who_sees(text)


def test_erasure_is_still_asked_for() -> None:
    assert names_erasure("borra mis datos") and names_erasure("/delete_my_data")


@pytest.mark.rasa
@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("es", "y mis datos se los pasan a migracion?", "No damos tus mensajes"),
        ("en", "do you share my info with ICE?", "We do not give your messages"),
        ("ht", "eske nou bay imigrasyon enfomasyon m yo", "Nou pa bay imigrasyon"),
    ],
)
def test_the_answer_in_a_conversation(rasa_stack: Stack, lang: str, text: str, said: str) -> None:
    replies = rasa_stack.chat(f"who-sees-{lang}", text, lang=lang)["messages"]
    assert isinstance(replies, list)
    assert said in " ".join(str(m.get("text")) for m in replies)
    payloads = [str(b.get("payload")) for m in replies for b in m.get("buttons") or []]
    assert not any("delete" in p or "affirm" in p for p in payloads)
