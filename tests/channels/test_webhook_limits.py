"""Abuse limits on the webhooks: a person's flood is stored but only the limit gets turns, danger is
never limited, and an address sending forged requests is throttled while signed ones never are.

Real python-telegram-bot and twilio clients against the local fakes; Rasa is unreachable, so a
turn's answer is the catalogs' degraded answer (it still counts as a turn).
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.channels import messages as cm
from bot.db.models import Conversation, Message
from bot.db.session import Database
from bot.http.limits import Limits
from bot.i18n import gettext
from bot.settings import Settings
from tests.fakes.providers import (
    FakeBotApi,
    FakeTwilio,
    post_twilio,
    post_update,
    settings_for,
    update,
    wait_until,
)

PATH = "/webhooks/twilio/whatsapp"
STATUS = "/webhooks/twilio/status"
PERSON = "whatsapp:+5215512345678"
OTHER = "whatsapp:+5215587654321"
CHAT, OTHER_CHAT = 7001, 7002
# 6 a minute: bursts of 3, then one more every 10 s, so a quick flood of 6 gets 3 turns.
PER_SENDER = 6
TURNS = PER_SENDER // 2
# 4 a minute per address: two forged requests get 403, the third 429.
PER_ADDRESS = 4
DANGER = "me tienen secuestrada en una casa y no me dejan salir"
EMERGENCY = ("911", "800 5533 000")
_sids = iter(range(200_000, 299_999))


@pytest.fixture
def channel_settings(database_url: str, bot_api: FakeBotApi, twilio_api: FakeTwilio) -> Settings:
    """The channel apps of conftest.py, with low limits."""
    return settings_for(
        database_url,
        bot_api,
        twilio_api,
        RATE_PER_SENDER_PER_MIN=str(PER_SENDER),
        RATE_PER_ADDRESS_PER_MIN=str(PER_ADDRESS),
    )


def incoming(body: str, sender: str = PERSON) -> dict[str, str]:
    sid = f"SM{next(_sids):032d}"
    return {
        "MessageSid": sid,
        "SmsMessageSid": sid,
        "AccountSid": "AC" + "0" * 32,
        "From": sender,
        "To": "whatsapp:+14155238886",
        "Body": body,
        "NumMedia": "0",
        "WaId": sender.rsplit("+", 1)[-1],
        "ProfileName": "Ana",
    }


def threads(db: Database) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """Per conversation (oldest first): its language and each inbound body with its replies."""
    with db.session() as s:
        # Messages first: a conversation is committed with its first message, so every
        # message read here finds its conversation even while another person's turn runs.
        rows = s.scalars(select(Message).order_by(Message.id)).all()
        languages = {c.id: c.language for c in s.scalars(select(Conversation)).all()}
        grouped: dict[int, list[tuple[str, list[str]]]] = defaultdict(list)
        for row in rows:
            if row.direction == "in":
                grouped[row.conversation_id].append((row.body, []))
            elif grouped[row.conversation_id]:
                grouped[row.conversation_id][-1][1].append(row.body)
        return [(languages[cid], grouped[cid]) for cid in sorted(grouped)]


def has_replies(db: Database, body: str) -> bool:
    """Whether the last message with this body has its replies stored, and all were sent."""
    found = [r for _, thread in threads(db) for b, r in thread if b == body]
    return bool(found and found[-1]) and settled(db)


def received(db: Database) -> int:
    with db.session() as s:
        return len(s.scalars(select(Message).where(Message.direction == "in")).all())


def settled(db: Database) -> bool:
    with db.session() as s:
        out = s.scalars(select(Message).where(Message.direction == "out")).all()
        return bool(out) and all(m.status != "pending" for m in out)


def check_flood(language: str, answered: list[tuple[str, list[str]]], sent: list[str]) -> None:
    """The first TURNS messages had turns, the next one only the notice, the rest nothing."""
    notice = gettext(language, cm.SLOW_DOWN)
    assert notice != cm.SLOW_DOWN  # translated
    assert len(answered) == 2 * TURNS
    for _body, replies in answered[:TURNS]:
        assert replies and notice not in replies  # a turn: the (degraded) answer
    assert [replies for _body, replies in answered[TURNS:]] == [[notice]] + [[]] * (TURNS - 1)
    assert sent.count(notice) == 1


def test_a_whatsapp_flood_is_stored_but_only_the_limit_gets_turns(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    for i in range(2 * TURNS):
        resp = post_twilio(app_client, PATH, incoming(f"hola, pregunta {i}"))
        assert resp.status_code == 200  # Twilio is never refused for a person's flood
        assert resp.text.endswith("<Response />")
    wait_until(lambda: received(database) == 2 * TURNS and settled(database))
    post_twilio(app_client, PATH, incoming("hola, ¿me ayudas?", sender=OTHER))
    wait_until(lambda: has_replies(database, "hola, ¿me ayudas?"))
    (language, answered), (_, others) = threads(database)
    assert [body for body, _ in answered] == [f"hola, pregunta {i}" for i in range(2 * TURNS)]
    sent_to_person = [
        str(c.params["Body"]) for c in twilio_api.of("messages.create") if c.params["To"] == PERSON
    ]
    check_flood(language, answered, sent_to_person)
    # Another sender is not affected by the first one's flood.
    (_body, replies) = others[0]
    assert replies and gettext(language, cm.SLOW_DOWN) not in replies


def test_danger_over_the_limit_on_whatsapp_still_gets_the_emergency_numbers(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    for i in range(2 * TURNS):
        post_twilio(app_client, PATH, incoming(f"hola {i}"))
    wait_until(lambda: received(database) == 2 * TURNS and settled(database))
    before = len(twilio_api.bodies())
    assert post_twilio(app_client, PATH, incoming(DANGER)).status_code == 200
    wait_until(lambda: has_replies(database, DANGER))
    ((_, answered),) = threads(database)
    body, replies = answered[-1]
    assert body == DANGER
    assert all(number in "\n".join(replies) for number in EMERGENCY)
    twilio_api.wait_for("messages.create", before + len(replies))
    sent = "\n".join(twilio_api.bodies()[before:])
    assert all(number in sent for number in EMERGENCY)


def test_a_telegram_flood_is_stored_but_only_the_limit_gets_turns(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    for i in range(2 * TURNS):
        data = update("text", chat_id=CHAT, text=f"hola, pregunta {i}")
        assert post_update(app_client, data).status_code == 200  # never refused
    wait_until(lambda: received(database) == 2 * TURNS and settled(database), 30)
    # A voice note over the limit is noted too, without the polite answer (the notice was given).
    post_update(app_client, update("voice", chat_id=CHAT))
    post_update(app_client, update("text", chat_id=OTHER_CHAT, text="hola, ¿me ayudas?"))
    wait_until(lambda: received(database) == 2 * TURNS + 2, 30)
    wait_until(lambda: has_replies(database, "hola, ¿me ayudas?"), 30)
    (language, answered), (_, others) = threads(database)
    voice_body, voice_replies = answered.pop()
    assert (voice_body, voice_replies) == ("", [])
    assert [body for body, _ in answered] == [f"hola, pregunta {i}" for i in range(2 * TURNS)]
    bot_api.wait_for("sendMessage", sum(len(r) for _, r in answered + others), 30)
    check_flood(language, answered, bot_api.texts(CHAT))
    (_body, replies) = others[0]
    assert replies and gettext(language, cm.SLOW_DOWN) not in replies
    assert bot_api.texts(OTHER_CHAT)


def test_danger_over_the_limit_on_telegram_still_gets_the_emergency_numbers(
    app_client: TestClient, bot_api: FakeBotApi, database: Database
) -> None:
    for i in range(2 * TURNS):
        post_update(app_client, update("text", chat_id=CHAT, text=f"hola {i}"))
    wait_until(lambda: received(database) == 2 * TURNS and settled(database), 30)
    before = len(bot_api.texts(CHAT))
    assert post_update(app_client, update("text", chat_id=CHAT, text=DANGER)).status_code == 200
    wait_until(lambda: has_replies(database, DANGER), 30)
    ((_, answered),) = threads(database)
    body, replies = answered[-1]
    assert body == DANGER
    assert all(number in "\n".join(replies) for number in EMERGENCY)
    bot_api.wait_for("sendMessage", before + len(replies), 30)
    sent = "\n".join(bot_api.texts(CHAT)[before:])
    assert all(number in sent for number in EMERGENCY)


def test_forged_requests_from_one_address_get_403_then_429(
    app_client: TestClient, twilio_api: FakeTwilio, bot_api: FakeBotApi, database: Database
) -> None:
    forged = incoming("forged")
    # Under the limit: 403 and nothing stored, as before. The webhooks share one count.
    assert post_twilio(app_client, PATH, forged, signature="forged").status_code == 403
    assert post_update(app_client, update("text"), secret="wrong").status_code == 403
    for resp in (
        post_twilio(app_client, PATH, forged, signature="forged"),
        post_twilio(app_client, STATUS, {"MessageSid": "SM1", "MessageStatus": "sent"}, "x"),
        post_update(app_client, update("text"), secret=None),
    ):
        assert resp.status_code == 429
        assert int(resp.headers["Retry-After"]) >= 1
        assert resp.json()["error"]["code"] == "rate_limited"
    # Valid requests from the same address are never address-limited.
    for i in range(PER_ADDRESS + 1):
        sender = f"whatsapp:+52155100000{i:02d}"
        assert post_twilio(app_client, PATH, incoming(f"hola {i}", sender)).status_code == 200
    assert post_update(app_client, update("text")).status_code == 200
    wait_until(lambda: received(database) == PER_ADDRESS + 2 and settled(database), 30)
    bodies = [body for _, answered in threads(database) for body, _ in answered]
    assert "forged" not in bodies


def test_the_non_raising_check_counts_like_the_raising_one() -> None:
    limits = Limits.per_minute(sender=4, address=600)
    assert [limits.wait("telegram", "a", None) for _ in range(2)] == [0.0, 0.0]
    assert limits.wait("telegram", "a", None) > 0  # over the limit: how long to wait, no 429
    assert limits.wait("whatsapp", "a", None) == 0.0  # each channel counts on its own
