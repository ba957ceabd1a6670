"""The person's check-in reaches their channel and their answer is stored.

Telegram's Bot API and Twilio are the local fakes; everything else is the real app: the
follow-up loop finds the due check-in, the outbox sends it with its buttons (or, outside
WhatsApp's window, the approved template), and the person's tap or words come back through
the webhook like any message.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.app import create_app
from bot.db.base import utcnow
from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.handoff.models import Case
from bot.referrals.models import ReferralLoop
from bot.settings import Settings
from tests.fakes.providers import (
    PUBLIC_BASE_URL,
    FakeBotApi,
    FakeTwilio,
    post_twilio,
    post_update,
    settings_for,
    update,
    wait_ready,
    wait_until,
)
from tests.fakes.whatsapp import PATH, PERSON, incoming
from tests.referrals.helpers import directory_with_partners, refer
from tests.staff.helpers import add_user, answered, login, run_action

CHAT = 7001


@pytest.fixture
def fast_settings(database_url: str, bot_api: FakeBotApi, twilio_api: FakeTwilio) -> Settings:
    """Check-ins due two seconds after a referral, looked for every few tenths of a second."""
    return settings_for(
        database_url,
        bot_api,
        twilio_api,
        STAFF_HOURS="Mo-Su 00:00-24:00",
        REFERRAL_CHECKIN_HOURS="0.0006",
        REFERRAL_CHECKIN_HOURS_BY_CATEGORY="",
        REFERRAL_POLL_SECONDS="0.3",
        STAFF_ALERT_POLL_SECONDS="0.3",
    )


@pytest.fixture
def fast_client(fast_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(fast_settings)) as client:
        wait_ready(client)
        yield client


@pytest.fixture
def fast_db(fast_settings: Settings) -> Iterator[Database]:
    db = Database.from_settings(fast_settings)
    yield db
    db.dispose()


def conversation_of(db: Database, channel: str) -> Conversation:
    with db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.channel == channel)).first()
        assert conv is not None
        s.expunge(conv)
        return conv


def open_shelter_case(client: TestClient, db: Database, channel: str) -> int:
    public_id = conversation_of(db, channel).public_id
    meta = {"utter_action": "utter_handoff_consent", "category": "shelter", "source": "request"}
    run_action(client, "action_handoff_answer", answered(public_id, "affirm", meta))
    with db.session() as s:
        return int(s.scalars(select(Case.id)).one())


def staff(client: TestClient) -> TestClient:
    """The same running app, reached at its public address (its cookies are Secure)."""
    return TestClient(client.app, base_url=PUBLIC_BASE_URL)


def staff_refer(client: TestClient, db: Database, case_id: int) -> TestClient:
    directory_with_partners(db)
    add_user(db, "agente@example.org", "agent")
    console = staff(client)
    csrf = login(console, "agente@example.org")
    assert refer(console, csrf, case_id).status_code == 303
    return console


def loop_of(db: Database) -> ReferralLoop:
    with db.session() as s:
        loop = s.get(ReferralLoop, 1)
        assert loop is not None
        s.expunge(loop)
        return loop


def test_the_checkin_reaches_telegram_and_the_yes_is_stored(
    fast_client: TestClient, fast_db: Database, bot_api: FakeBotApi
) -> None:
    post_update(fast_client, update("text", chat_id=CHAT))
    wait_until(lambda: bot_api.of("sendMessage"))
    case_id = open_shelter_case(fast_client, fast_db, "telegram")
    staff_refer(fast_client, fast_db, case_id)

    wait_until(lambda: loop_of(fast_db).checkin_status == "sent", timeout=20)
    call = wait_until(
        lambda: any("Albergue Belén" in t and "ayudó" in t for t in bot_api.texts(CHAT)),
        timeout=20,
        value=lambda: [c for c in bot_api.of("sendMessage") if "ayudó" in c.params["text"]][-1],
    )
    keyboard = call.params["reply_markup"]["inline_keyboard"]
    titles = [row[0]["text"] for row in keyboard]
    assert titles == ["Sí", "No", "Aún necesito ayuda"]
    press = update("callback", chat_id=CHAT)
    press["callback_query"]["data"] = keyboard[0][0]["callback_data"]
    post_update(fast_client, press)

    wait_until(lambda: loop_of(fast_db).checkin_answer == "yes", timeout=20)
    loop = loop_of(fast_db)
    assert loop.checkin_status == "answered" and loop.checkin_answered_at is not None
    wait_until(lambda: any("Nos alegra" in t for t in bot_api.texts(CHAT)), timeout=20)
    with fast_db.session() as s:
        sent = s.scalars(select(Message).where(Message.purpose == "referral_checkin")).one()
        assert sent.status == "sent"


def test_still_need_help_reopens_the_case_at_the_top(
    fast_client: TestClient, fast_db: Database, bot_api: FakeBotApi
) -> None:
    post_update(fast_client, update("text", chat_id=CHAT))
    wait_until(lambda: bot_api.of("sendMessage"))
    case_id = open_shelter_case(fast_client, fast_db, "telegram")
    console = staff_refer(fast_client, fast_db, case_id)
    with fast_db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        case.status, case.closed_at, case.first_reply_at = "canalized", utcnow(), utcnow()
        case.conversation.status = "bot"  # type: ignore[union-attr]
    wait_until(lambda: loop_of(fast_db).checkin_status == "sent", timeout=20)
    message = update("text", chat_id=CHAT)
    message["message"]["text"] = "todavia necesito ayuda x favor"
    post_update(fast_client, message)
    wait_until(lambda: loop_of(fast_db).checkin_answer == "more", timeout=20)
    with fast_db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.status in ("new", "assigned")
        assert case.priority == "high" and case.waiting_since == case.opened_at
        assert case.conversation is not None and case.conversation.status == "with_staff"
    inbox = console.get("/staff/inbox")
    assert f'data-case="{case_id}"' in inbox.text


def test_no_checkin_for_a_person_who_asked_for_discretion(
    fast_client: TestClient, fast_db: Database, bot_api: FakeBotApi
) -> None:
    post_update(fast_client, update("text", chat_id=CHAT))
    wait_until(lambda: bot_api.of("sendMessage"))
    case_id = open_shelter_case(fast_client, fast_db, "telegram")
    staff_refer(fast_client, fast_db, case_id)
    with fast_db.session() as s:
        contact = s.scalars(select(Contact)).one()
        contact.discreet_at = utcnow() + timedelta(seconds=1)
    wait_until(lambda: loop_of(fast_db).checkin_status == "withheld", timeout=20)
    assert not any("ayudó" in t for t in bot_api.texts(CHAT))
    with fast_db.session() as s:
        assert not s.scalars(select(Message).where(Message.purpose == "referral_checkin")).all()


def test_outside_whatsapps_window_the_checkin_goes_as_the_template(
    fast_client: TestClient, fast_db: Database, twilio_api: FakeTwilio
) -> None:
    assert post_twilio(fast_client, PATH, incoming("hola")).status_code == 200
    wait_until(lambda: twilio_api.of("messages.create"))
    case_id = open_shelter_case(fast_client, fast_db, "whatsapp")
    with fast_db.session() as s:
        contact = s.scalars(select(Contact).where(Contact.channel == "whatsapp")).one()
        contact.last_inbound_at = utcnow() - timedelta(hours=30)
    staff_refer(fast_client, fast_db, case_id)
    wait_until(lambda: loop_of(fast_db).checkin_status == "sent", timeout=20)
    call = wait_until(
        lambda: any("ContentSid" in c.params for c in twilio_api.of("messages.create")),
        timeout=20,
        value=lambda: [c for c in twilio_api.of("messages.create") if "ContentSid" in c.params][-1],
    )
    assert call.params["To"] == PERSON
    assert "Albergue Belén" in call.params["ContentVariables"]
    # The person answers in words; the app takes it as the check-in's answer.
    assert post_twilio(fast_client, PATH, incoming("si me ayudaron")).status_code == 200
    wait_until(lambda: loop_of(fast_db).checkin_answer is not None, timeout=20)
