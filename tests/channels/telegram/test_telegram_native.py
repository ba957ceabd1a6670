"""Telegram's own shapes (issue 18): venues for places, a location key when a reply asks for a
place, every button press answered, edits read as corrections. The real python-telegram-bot
Application behind our webhook, a local fake Bot API; Rasa is unreachable."""

from __future__ import annotations

import time
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.channels import messages as cm
from bot.db.models import Conversation, Message
from bot.db.session import Database
from bot.i18n import gettext
from bot.outbox import store as outbox
from bot.reply import ASK_LOCATION, Button, OutMessage, Place
from tests.fakes.providers import FakeBotApi, post_update, update, wait_until

CHAT = 7001
_ids = iter(range(900_000, 999_999))


def inbound(db: Database) -> list[Message]:
    with db.session() as s:
        return list(
            s.scalars(select(Message).where(Message.direction == "in").order_by(Message.id)).all()
        )


def settled(db: Database, count: int) -> bool:
    with db.session() as s:
        rows = s.scalars(select(Message).where(Message.direction == "out")).all()
        return len(rows) >= count and all(r.status != "pending" for r in rows)


def say(db: Database, out: OutMessage) -> int:
    with db.session() as s:
        conv = s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()
        assert conv is not None
        [message_id] = outbox.enqueue(s, conv, [out])
    return message_id


def text(words: str, message_id: int, sent: int) -> dict[str, Any]:
    return {
        "update_id": next(_ids),
        "message": {
            "message_id": message_id,
            "from": {"id": CHAT, "is_bot": False, "first_name": "Ana", "language_code": "es"},
            "chat": {"id": CHAT, "first_name": "Ana", "type": "private"},
            "date": sent,
            "text": words,
        },
    }


def edit(words: str, message_id: int, sent: int, edited: int) -> dict[str, Any]:
    data = text(words, message_id, sent)
    data["edited_message"] = {**data.pop("message"), "edit_date": edited}
    return data


def start(client: TestClient, bot_api: FakeBotApi, db: Database) -> None:
    post_update(client, update("text"))
    bot_api.wait_for("sendMessage", 2)
    wait_until(lambda: settled(db, 2))


def test_a_service_is_followed_by_a_venue(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    start(app_client, bot_api, database)
    place = Place("Casa del Migrante", "Av. Juárez 100, Tijuana", 32.5331, -117.0192)
    say(database, OutMessage("Casa del Migrante", (Button("Volver", "/find_shelter"),), place))
    (venue,) = bot_api.wait_for("sendVenue", 1)
    assert int(venue.params["chat_id"]) == CHAT
    assert venue.params["title"] == "Casa del Migrante"
    assert venue.params["address"] == "Av. Juárez 100, Tijuana"
    assert (float(venue.params["latitude"]), float(venue.params["longitude"])) == (
        32.5331,
        -117.0192,
    )
    words = bot_api.of("sendMessage")[-1]
    assert words.at < venue.at  # the words and their keyboard first, then the pin
    wait_until(lambda: settled(database, 3))


def test_a_reply_that_asks_for_a_place_gets_a_location_key(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    start(app_client, bot_api, database)
    human = Button("Hablar con alguien", "/request_human")
    say(database, OutMessage("¿En qué ciudad estás?", (human,), asks=ASK_LOCATION))
    call = bot_api.wait_for("sendMessage", 3)[-1]
    keyboard = call.params["reply_markup"]["keyboard"]
    assert keyboard[0] == [{"text": gettext("es", cm.SHARE_LOCATION_KEY), "request_location": True}]
    assert keyboard[1] == [{"text": "Hablar con alguien"}]
    # The key's words come back as text: they choose the option.
    wait_until(lambda: settled(database, 3))
    post_update(app_client, text("Hablar con alguien", 50, int(time.time())))
    wait_until(lambda: len(inbound(database)) == 2)
    assert inbound(database)[-1].body == "/request_human"


def test_every_press_is_answered_and_an_expired_button_says_so(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    start(app_client, bot_api, database)
    gone = update("callback", data="@999999:0")  # a long button of a message that is gone
    post_update(app_client, gone)
    (answer,) = bot_api.wait_for("answerCallbackQuery", 1)
    assert answer.params["text"] == gettext("es", cm.BUTTON_EXPIRED)
    assert len(inbound(database)) == 1
    press = update("callback")
    again = {**press, "update_id": press["update_id"] + 1}  # the same press delivered twice
    post_update(app_client, press)
    post_update(app_client, again)
    answers = bot_api.wait_for("answerCallbackQuery", 3)
    assert all("text" not in a.params for a in answers[1:])
    wait_until(lambda: len(inbound(database)) == 2)
    time.sleep(0.3)
    assert [m.body for m in inbound(database)][1:] == ["/ask_rights"]  # handled once


def test_an_edit_of_the_latest_message_is_a_new_turn(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    start(app_client, bot_api, database)
    now = int(time.time())
    post_update(app_client, text("quiero sabr de asilo", 60, now))
    wait_until(lambda: len(inbound(database)) == 2 and settled(database, 3))
    sent = len(bot_api.of("sendMessage"))
    post_update(app_client, edit("quiero saber de asilo", 60, now, now + 40))
    wait_until(lambda: len(bot_api.of("sendMessage")) > sent)  # answered anew
    corrected = inbound(database)[-1]
    assert (corrected.body, corrected.kind) == ("quiero saber de asilo", "text")
    # The same edit delivered again changes nothing; a second correction is a new turn.
    post_update(app_client, edit("quiero saber de asilo", 60, now, now + 40))
    post_update(app_client, edit("quiero saber del asilo", 60, now, now + 90))
    wait_until(lambda: len(inbound(database)) == 4)
    time.sleep(0.3)
    assert [m.body for m in inbound(database)][-2:] == [
        "quiero saber de asilo",
        "quiero saber del asilo",
    ]


def test_an_edit_of_an_older_message_is_kept_for_staff_and_not_answered(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    start(app_client, bot_api, database)
    now = int(time.time())
    post_update(app_client, text("hola", 70, now))
    post_update(app_client, text("gracias", 71, now + 1))
    wait_until(lambda: len(inbound(database)) == 3 and settled(database, 4))
    sent = len(bot_api.of("sendMessage"))
    post_update(app_client, edit("hola otra vez", 70, now, now + 20))  # not the latest
    post_update(app_client, edit("gracias mil", 71, now - 600, now + 30))  # too late
    wait_until(lambda: len(inbound(database)) == 5)
    time.sleep(0.5)
    assert [(m.body, m.kind) for m in inbound(database)][-2:] == [
        ("hola otra vez", "edit"),
        ("gracias mil", "edit"),
    ]
    assert len(bot_api.of("sendMessage")) == sent
    # Danger first: whatever the edit's age, danger gets its full turn.
    post_update(app_client, edit("me tienen encerrada y me golpean", 70, now, now + 40))
    wait_until(
        lambda: "911" in " ".join(str(c.params["text"]) for c in bot_api.of("sendMessage")[sent:])
    )
