"""Telegram end to end: the real python-telegram-bot Application behind our webhook route, talking
to a local fake Bot API. Rasa is unreachable, so the core answers from the catalogs."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.channels import messages as cm
from bot.core.turns import Lease, give_back, take
from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.i18n import gettext
from tests.fakes.providers import (
    FakeBotApi,
    post_update,
    update,
    wait_until,
    warm_models,
)

CHAT = 7001


def inbound(db: Database) -> list[Message]:
    with db.session() as s:
        return list(s.scalars(select(Message).where(Message.direction == "in")).all())


def outbound(db: Database) -> list[Message]:
    with db.session() as s:
        return list(s.scalars(select(Message).where(Message.direction == "out")).all())


def conversation(db: Database) -> Conversation:
    with db.session() as s:
        conv = s.scalars(select(Conversation)).one()
        s.expunge(conv)
        return conv


def settled(db: Database) -> bool:
    rows = outbound(db)
    return bool(rows) and all(r.status != "pending" for r in rows)


def test_missing_or_wrong_secret_gets_403_and_stores_nothing(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    for secret in (None, "", "wrong", "s3cret-Token_for-test"):
        resp = post_update(app_client, update("text"), secret=secret)
        assert resp.status_code == 403
    with database.session() as s:
        assert s.scalars(select(Contact)).first() is None
        assert s.scalars(select(Message)).first() is None
    assert bot_api.of("sendMessage") == []


def test_text_is_answered_with_an_inline_keyboard(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    resp = post_update(app_client, update("text"))
    assert resp.status_code == 200
    call, notice = bot_api.wait_for("sendMessage", 2)  # the answer, then the privacy notice
    assert int(call.params["chat_id"]) == CHAT
    keyboard = call.params["reply_markup"]["inline_keyboard"]
    assert keyboard and all(len(row[0]["callback_data"].encode()) <= 64 for row in keyboard)
    assert call.params["link_preview_options"] == {"is_disabled": True}
    assert "privacy?lang=es" in notice.params["text"] and "reply_markup" not in notice.params
    wait_until(lambda: settled(database))
    replies = outbound(database)
    assert len(replies) == 2
    assert all(r.status == "sent" and r.channel_message_id and r.attempts == 1 for r in replies)
    (received,) = inbound(database)
    assert received.body == "hola, necesito información sobre mis derechos"
    assert str(CHAT) not in (received.channel_message_id or "")  # the chat id is hashed


def test_a_repeated_update_is_processed_once(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    data = update("text")
    for _ in range(3):
        assert post_update(app_client, data).status_code == 200
    wait_until(lambda: settled(database))
    wait_until(lambda: len(app_client.app.state.channels.worker._active) == 0)  # type: ignore[attr-defined]
    assert len(inbound(database)) == 1
    assert len(bot_api.of("sendMessage")) == len(outbound(database)) == 2  # answer + notice


def test_out_of_order_updates_are_each_answered_once(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    first, second = update("help"), update("text")
    second["update_id"] = first["update_id"] - 5  # Telegram delivered a later update first
    second["message"]["message_id"] = first["message"]["message_id"] - 1
    for data in (first, second, first, second):
        assert post_update(app_client, data).status_code == 200
    wait_until(lambda: len(inbound(database)) == 2 and settled(database))
    bodies = [m.body for m in inbound(database)]
    assert bodies == ["/help_menu", "hola, necesito información sobre mis derechos"]
    replies = outbound(database)
    assert len(bot_api.wait_for("sendMessage", len(replies))) == len(replies)
    assert bot_api.texts() == [r.body for r in replies]  # sent in the order they were stored


def test_start_with_a_deep_link_sets_language_and_topic(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    post_update(app_client, update("start_deeplink"))
    wait_until(lambda: settled(database))
    conv = conversation(database)
    assert conv.language == "fr"
    (received,) = inbound(database)
    assert received.body == '/ask_asylum{"topic":"asylum"}'
    texts = bot_api.wait_for("sendMessage", len(outbound(database)))
    assert "asile" in str(texts[0].params["text"]).lower()


def test_language_code_is_the_first_language_hint(
    app_client: TestClient, database: Database
) -> None:
    post_update(app_client, update("start"))  # language_code "ht", text "/start"
    wait_until(lambda: settled(database))
    assert conversation(database).language == "ht"
    assert inbound(database)[0].body == "/greet"


def test_commands_map_to_intent_payloads(app_client: TestClient, database: Database) -> None:
    for name in ("help", "delete", "lang"):
        post_update(app_client, update(name))
    wait_until(lambda: len(inbound(database)) == 3 and settled(database))
    assert [m.body for m in inbound(database)] == [
        "/help_menu",
        "/delete_my_data",
        '/change_language{"language":"en"}',
    ]
    assert conversation(database).language == "en"


def test_a_location_is_stored_coarsely_and_answered(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    post_update(app_client, update("location"))
    wait_until(lambda: settled(database))
    conv = conversation(database)
    assert (conv.location_lat, conv.location_lon) == (32.51, -117.04)
    (received,) = inbound(database)
    assert received.kind == "location" and received.body == ""
    assert bot_api.wait_for("sendMessage", 1)


def test_a_voice_note_is_noted_without_its_file_and_answered_politely(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    post_update(app_client, update("voice"))  # language_code "fr"
    call, notice = bot_api.wait_for("sendMessage", 2)  # a first contact: the notice follows
    assert call.params["text"] == gettext("fr", cm.UNSUPPORTED)
    assert "privacy?lang=fr" in notice.params["text"]
    (received,) = inbound(database)
    assert (received.kind, received.body) == ("voice", "")
    assert [c.method for c in bot_api.calls] == ["getMe"] + ["sendMessage"] * 2  # no getFile


def test_photos_and_stickers_are_noted_too(app_client: TestClient, database: Database) -> None:
    post_update(app_client, update("photo"))
    post_update(app_client, update("sticker"))
    # Each answered politely; the first also carries the privacy notice.
    wait_until(lambda: len(outbound(database)) == 3 and settled(database))
    assert [m.kind for m in inbound(database)] == ["photo", "sticker"]


def test_a_button_press_is_answered_and_its_payload_processed(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    post_update(app_client, update("callback"))
    bot_api.wait_for("answerCallbackQuery", 1)
    wait_until(lambda: settled(database))
    (received,) = inbound(database)
    assert received.body == "/ask_rights"
    assert "derecho" in bot_api.texts()[0].lower()


def test_a_long_button_payload_goes_by_reference(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    from bot.outbox import store as outbox
    from bot.reply import Button, OutMessage

    post_update(app_client, update("text"))
    wait_until(lambda: settled(database))
    long_payload = '/ask_rights{"topic":"rights","note":"' + "n" * 60 + '"}'
    with database.session() as s:
        conv = s.scalars(select(Conversation)).one()
        (mid,) = outbox.enqueue(s, conv, [OutMessage("¿Más?", (Button("Más", long_payload),))])
    call = bot_api.wait_for("sendMessage", 3)[-1]
    data = call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    assert data == f"@{mid}:0"
    press = update("callback")
    press["callback_query"]["data"] = data
    post_update(app_client, press)
    wait_until(lambda: len(inbound(database)) == 2)
    assert inbound(database)[-1].body == long_payload


def reply_keyboard(call_params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return list(call_params["reply_markup"]["keyboard"])


def test_asking_for_the_location_shows_a_location_key(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    from bot.channels.buttons import LOCATION_PAYLOAD
    from bot.outbox import store as outbox
    from bot.reply import Button, OutMessage

    post_update(app_client, update("text"))
    wait_until(lambda: settled(database))
    ask = OutMessage(
        "¿En qué ciudad estás?",
        (Button("Enviar mi ubicación", LOCATION_PAYLOAD), Button("Prefiero escribirla", "/deny")),
    )
    with database.session() as s:
        outbox.enqueue(s, s.scalars(select(Conversation)).one(), [ask])
    call = bot_api.wait_for("sendMessage", 3)[-1]
    wait_until(lambda: settled(database))  # sent, and its options remembered
    keys = reply_keyboard(call.params)
    assert keys[0][0] == {"text": "Enviar mi ubicación", "request_location": True}
    # The other key's words come back as text and are read as its payload.
    typed = update("text")
    typed["message"]["text"] = "Prefiero escribirla"
    post_update(app_client, typed)
    wait_until(lambda: len(inbound(database)) == 2)
    assert inbound(database)[-1].body == "/deny"


def test_danger_is_answered_within_two_seconds_behind_the_chats_stuck_update(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    """Issue 14: the chat's earlier update waits for a turn another replica holds; the danger
    message skips both the chat's update queue and the lease."""
    warm_models()
    stuck = Lease(database.keys.lookup_hash("telegram", str(CHAT)), timedelta(seconds=120))
    with database.session() as s:
        take(s, stuck)
    assert post_update(app_client, update("text", CHAT, text="hola")).status_code == 200
    time.sleep(0.2)  # the first update is now queued behind the held lease
    started = time.monotonic()
    danger = update("text", CHAT, text="ayuda me tienen encerrado y no me dejan salir")
    assert post_update(app_client, danger).status_code == 200
    first = bot_api.wait_for("sendMessage", 1)[0]
    assert "911" in first.params["text"] and "800 5533 000" in first.params["text"]
    assert first.at - started < 2.0, f"the danger reply took {first.at - started:.2f} s"
    with database.session() as s:
        give_back(s, stuck)
    wait_until(lambda: len(inbound(database)) == 2)
