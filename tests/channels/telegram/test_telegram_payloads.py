"""Telegram updates from other projects and from the red team, through the real Application.

The `courier_*` fixtures are updates recorded by nyaruka/courier's test suite (an older Bot API
shape: no `is_bot` on `from`, no `file_unique_id` on files); the others follow the Bot API's
documented objects. Each is posted with the right secret to the real webhook.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from telegram import Update

from bot.channels import messages as cm
from bot.channels.journal import JournalEntry
from bot.db.models import Contact, Message
from bot.db.session import Database
from bot.i18n import gettext
from tests.fakes.providers import FakeBotApi, post_update, update, wait_until

CHAT = 7001


def stored(db: Database, direction: str) -> list[Message]:
    with db.session() as s:
        return list(
            s.scalars(select(Message).where(Message.direction == direction).order_by(Message.id))
        )


def journal_size(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(JournalEntry)) or 0)


def settled(db: Database, count: int) -> bool:
    out = stored(db, "out")
    return len(out) >= count and all(m.status != "pending" for m in out)


def test_older_bot_api_text_is_read_answered_and_cleared_from_the_journal(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    resp = post_update(app_client, update("courier_text"))  # no is_bot on "from"
    assert resp.status_code == 200
    wait_until(lambda: settled(database, 2))  # the answer and the privacy notice
    (received,) = stored(database, "in")
    assert (received.kind, received.body) == ("text", "Hello World")
    wait_until(lambda: journal_size(database) == 0)  # finished: nothing left to replay


def test_older_bot_api_media_gets_the_polite_answer_and_a_caption_is_read(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    names = ("courier_sticker", "courier_contact", "courier_photo_caption", "courier_venue")
    for count, name in enumerate(names, start=1):
        assert post_update(app_client, update(name)).status_code == 200
        wait_until(lambda count=count: len(stored(database, "in")) == count)  # type: ignore[misc]
    kinds = [(m.kind, m.body) for m in stored(database, "in")]
    assert kinds == [
        ("sticker", ""),
        ("contact", ""),  # the phone number it carried is never stored
        ("text", "Photo Caption"),
        ("location", ""),
    ]
    wait_until(lambda: journal_size(database) == 0)


@pytest.mark.parametrize(
    "name", ["poll", "dice", "game", "story", "checklist", "paid_media", "live_photo"]
)
def test_content_puente_cannot_read_gets_the_polite_answer(
    app_client: TestClient, bot_api: FakeBotApi, database: Database, name: str
) -> None:
    assert post_update(app_client, update(name)).status_code == 200
    first, notice = bot_api.wait_for("sendMessage", 2)
    assert first.params["text"] == gettext("es", cm.UNSUPPORTED)
    assert "privacy?lang=es" in notice.params["text"]
    (received,) = stored(database, "in")
    assert (received.kind, received.body) == (name, "")


def test_words_with_caption_entities_and_no_media_are_read(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    post_update(app_client, update("caption_only"))
    wait_until(lambda: settled(database, 2))
    (received,) = stored(database, "in")
    assert received.body == "necesito ayuda con mi asilo"


def test_a_first_sticker_gets_the_polite_answer_and_the_privacy_notice(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    post_update(app_client, update("sticker"))
    first, notice = bot_api.wait_for("sendMessage", 2)
    assert first.params["text"] == gettext("es", cm.UNSUPPORTED)
    assert "privacy?lang=es" in notice.params["text"]
    post_update(app_client, update("sticker"))  # not a new contact any more: no second notice
    wait_until(lambda: settled(database, 3))
    assert len(stored(database, "out")) == 3


def test_groups_get_no_answer_and_nothing_is_stored(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    for name in ("group_callback", "group_text"):
        assert post_update(app_client, update(name)).status_code == 200
    wait_until(lambda: journal_size(database) == 0)  # both updates were handled
    with database.session() as s:
        assert s.scalars(select(Contact)).first() is None
        assert s.scalars(select(Message)).first() is None
    # The button's spinner is stopped (a blank answer, issue 18); no message, nothing stored.
    assert [c.method for c in bot_api.calls] == ["getMe", "answerCallbackQuery"]
    assert "text" not in bot_api.of("answerCallbackQuery")[0].params


def _deep(levels: int) -> str:
    return '{"update_id": 1, "message": ' + "[" * levels + "]" * levels + "}"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ('{"update_id": 731220040, "message": "x"}', "invalid_update"),
        ('{"update_id": 731220041, "message": {"message_id": 1, "date": 1, "text": "hola"}}', None),
        (
            '{"update_id": 731220042, "message": {"message_id": 1, "date": 1, "chat": null,'
            ' "text": "hola"}}',
            "invalid_update",
        ),
        (
            '{"update_id": 731220043, "message": {"message_id": 1, "date": 1, "text": "\\ud800",'
            ' "chat": {"id": 7001, "type": "private"}, "from": {"id": 7001, "first_name": "A"}}}',
            "invalid_text",
        ),
        (_deep(50), "invalid_update"),
        (_deep(100_000), "invalid_json"),
        ('{"update_id": 731220044, "callback_query": {"id": "1", "data": "/greet"}}', None),
    ],
)
def test_malformed_updates_get_a_clear_400_and_change_nothing(
    app_client: TestClient, bot_api: FakeBotApi, database: Database, body: str, code: str | None
) -> None:
    resp = app_client.post(
        "/webhooks/telegram",
        content=body.encode("utf-8"),
        headers={
            "X-Telegram-Bot-Api-Secret-Token": "s3cret-Token_for-tests",
            "Content-Type": "application/json",
        },
    )
    assert resp.status_code == 400
    error = resp.json()["error"]
    assert error["message"] and (code is None or error["code"] == code)
    assert journal_size(database) == 0  # never journaled, so never replayed
    with database.session() as s:
        assert s.scalars(select(Message)).first() is None
    assert [c.method for c in bot_api.calls] == ["getMe"]


def test_failures_in_the_application_are_logged_with_context_and_no_personal_data(
    app_client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    """python-telegram-bot's own entry for every failure in a handler: our error handler."""
    channel = app_client.app.state.channels.telegram  # type: ignore[attr-defined]
    data: dict[str, Any] = update("text")
    data["message"]["text"] = "me llamo Ana Pérez y estoy en Tijuana"
    tg_update = Update.de_json(data, channel.bot)

    async def fail() -> None:
        reason = f"could not store {data['message']['text']} for chat {CHAT}"
        try:
            raise RuntimeError(reason)  # the message quotes the person; the log must not
        except RuntimeError as exc:
            await channel.application.process_error(tg_update, exc)

    with caplog.at_level(logging.DEBUG):
        app_client.portal.call(fail)  # type: ignore[union-attr]
        app_client.portal.call(asyncio.sleep, 0.05)  # type: ignore[union-attr]
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "No error handlers are registered" not in text
    ours = [r.getMessage() for r in caplog.records if r.name == "bot.channels.telegram.bot"]
    # Other lines of the channel (a slow machine may log its start here) are not the failure.
    (line,) = [m for m in ours if "RuntimeError" in m]
    assert str(data["update_id"]) in line and "on_text" in line
    for said in ours:
        assert "Ana" not in said and "Tijuana" not in said and "for chat" not in said
