"""Telegram delivery through the outbox: splitting, retries, permanent failures, flood waits,
a restart with messages pending, polling for development, and `telegram set-webhook`."""

from __future__ import annotations

import asyncio
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.app import create_app
from bot.channels.split import size
from bot.db.models import Conversation, Message
from bot.db.session import Database
from bot.outbox import store as outbox
from bot.reply import OutMessage
from tests.fakes.providers import (
    WEBHOOK_SECRET,
    FakeBotApi,
    post_update,
    settings_for,
    update,
    wait_ready,
    wait_until,
)

SERVER_ERROR = (500, {"ok": False, "error_code": 500, "description": "Internal Server Error"})
BLOCKED = (
    403,
    {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"},
)


def outbound(db: Database) -> list[Message]:
    with db.session() as s:
        return list(
            s.scalars(select(Message).where(Message.direction == "out").order_by(Message.id)).all()
        )


def start_conversation(client: TestClient, db: Database, chat_id: int = 7001) -> None:
    post_update(client, update("help", chat_id=chat_id))
    wait_until(lambda: outbound(db) and all(m.status != "pending" for m in outbound(db)))


def staff_says(db: Database, *texts: str) -> list[int]:
    with db.session() as s:
        conv = s.scalars(select(Conversation).order_by(Conversation.id)).first()
        assert conv is not None
        return outbox.enqueue(s, conv, [OutMessage(t) for t in texts], sender="staff")


def status(db: Database, message_id: int) -> Message:
    with db.session() as s:
        row = s.get(Message, message_id)
        assert row is not None
        s.expunge(row)
        return row


def test_a_5000_character_reply_goes_out_in_two_parts(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    start_conversation(app_client, database)
    before = len(bot_api.of("sendMessage"))
    text = ("Puedes pedir asilo aunque hayas entrado sin papeles. " * 95)[:5000].rsplit(" ", 1)[0]
    assert 4096 < len(text) <= 5000
    (mid,) = staff_says(database, text)
    calls = bot_api.wait_for("sendMessage", before + 2)[before:]
    parts = [str(c.params["text"]) for c in calls]
    assert len(parts) == 2 and all(size(p) <= 4096 for p in parts)
    assert parts[0].endswith(".")
    assert " ".join(parts).split() == text.split()
    wait_until(lambda: status(database, mid).status == "sent")


def test_a_send_that_fails_twice_then_succeeds_is_delivered_once_and_in_order(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    start_conversation(app_client, database)
    before = len(bot_api.texts())
    bot_api.fail_next("sendMessage", SERVER_ERROR, SERVER_ERROR)
    first, second = staff_says(database, "Primero", "Segundo")
    wait_until(lambda: status(database, second).status == "sent")
    assert bot_api.texts()[before:] == ["Primero", "Primero", "Primero", "Segundo"]
    row = status(database, first)
    assert (row.status, row.attempts) == ("sent", 3)
    assert status(database, second).attempts == 1


def test_a_blocked_bot_fails_the_message_for_good_and_the_next_one_goes(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    start_conversation(app_client, database)
    bot_api.fail_next("sendMessage", BLOCKED)
    first, second = staff_says(database, "Uno", "Dos")
    wait_until(lambda: status(database, second).status != "pending")
    row = status(database, first)
    assert (row.status, row.error) == ("failed", "telegram_forbidden")  # the code, no text
    assert status(database, second).status == "sent"
    assert outbox.results  # staff read the reason through outbox.results
    with database.session() as s:
        results = outbox.results(s, [first, second])
    assert [(r.status, r.error is None) for r in results] == [("failed", False), ("sent", True)]


def test_a_flood_wait_is_respected(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    start_conversation(app_client, database)
    flood = (
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1},
        },
    )
    bot_api.fail_next("sendMessage", flood)
    (mid,) = staff_says(database, "Después de esperar")
    wait_until(lambda: status(database, mid).status == "sent", timeout=10)
    calls = [c for c in bot_api.of("sendMessage") if c.params["text"] == "Después de esperar"]
    assert len(calls) == 2
    assert calls[1].at - calls[0].at >= 0.9


def test_pending_messages_survive_a_restart(
    database_url: str, bot_api: FakeBotApi, database: Database
) -> None:
    settings = settings_for(database_url, bot_api, OUTBOX_MAX_ATTEMPTS="50")
    # First instance: Telegram answers 500 to every message, so replies stay pending.
    bot_api.fail_next("sendMessage", *[SERVER_ERROR] * 1000)
    with TestClient(create_app(settings)) as first:
        wait_ready(first)
        post_update(first, update("help"))
        wait_until(lambda: len(outbound(database)) >= 1 and outbound(database)[0].attempts >= 1)
        staff_says(database, "Mensaje pendiente A", "Mensaje pendiente B")
    pending = outbound(database)
    assert pending and all(m.status == "pending" for m in pending)
    with bot_api.lock:
        bot_api.failures.clear()
    sent_before = len(bot_api.texts())
    # A new instance over the same database delivers them, in order.
    with TestClient(create_app(settings)) as second:
        wait_ready(second)
        wait_until(lambda: all(m.status == "sent" for m in outbound(database)), timeout=15)
    delivered = [t for t in bot_api.texts()[sent_before:]]
    assert delivered == [m.body for m in pending]


def test_long_polling_in_development(
    database_url: str, bot_api: FakeBotApi, database: Database
) -> None:
    settings = settings_for(
        database_url, bot_api, TELEGRAM_WEBHOOK_URL="", TELEGRAM_WEBHOOK_SECRET=""
    )
    with bot_api.lock:
        bot_api.updates.append(update("text"))
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        bot_api.wait_for("sendMessage", 1)
        assert bot_api.of("deleteWebhook")  # polling takes over from any webhook
        resp = post_update(client, update("text"), secret=WEBHOOK_SECRET)
        assert resp.status_code == 403  # no secret configured: the webhook route refuses all


def test_set_webhook_registers_url_secret_and_commands(
    database_url: str, bot_api: FakeBotApi
) -> None:
    from bot.cli.telegram import set_webhook

    settings = settings_for(database_url, bot_api)
    assert asyncio.run(set_webhook(settings)) == 0
    (call,) = bot_api.of("setWebhook")
    assert call.params["url"] == "https://puente.example.org/webhooks/telegram"
    assert call.params["secret_token"] == WEBHOOK_SECRET
    assert call.params["allowed_updates"] == ["message", "edited_message", "callback_query"]
    languages = {c.params.get("language_code") for c in bot_api.of("setMyCommands")}
    assert languages == {None, "es", "en", "fr", "ht"}


def test_set_webhook_refuses_plain_http(database_url: str, bot_api: FakeBotApi) -> None:
    from bot.cli.telegram import set_webhook

    settings = settings_for(database_url, bot_api)
    with pytest.raises(RuntimeError, match="https"):
        asyncio.run(set_webhook(settings, url="http://insecure.example.org/webhooks/telegram"))


def test_telegram_down_at_start_up_does_not_stop_the_app(database_url: str) -> None:
    dead = FakeBotApi()  # never started: its port refuses connections
    settings = settings_for(database_url, dead)
    started = time.monotonic()
    with TestClient(create_app(settings)) as client:
        assert client.get("/health").status_code in (200, 503)
        resp = post_update(client, update("text"))
        assert resp.status_code == 503  # Telegram delivers it again later
    assert time.monotonic() - started < 10
    dead.server.server_close()
