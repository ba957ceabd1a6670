"""A ceiling for open cases: a case nobody acts on is warned about once, then closed silently.

Before it, a conversation held by an open case was never closed, so the purge never deleted it
or Rasa's tracker. Cases are opened the way people open them (the web chat and the Rasa action
endpoint, Rasa itself unreachable); time passes by moving the rows' timestamps into the past.
The staff group's Telegram is a local fake Bot API; SQLite is a real file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text, update

from bot.app import create_app
from bot.db.base import utcnow
from bot.db.models import Conversation, Message
from bot.db.session import Database
from bot.handoff.models import Case
from bot.i18n import gettext
from bot.privacy.purge import purge
from bot.rasa.tracker_store import rasa_tracker_url
from bot.services import Services
from bot.settings import Settings
from bot.staff import labels
from bot.staff.alerts import Alerter
from bot.staff.models import AuditEntry
from tests.conftest import make_settings
from tests.fakes.providers import BOT_TOKEN, FakeBotApi
from tests.staff.helpers import add_user, case_of, consent_to_handoff, login

STAFF_CHAT = "-1001234"
BASE = "http://localhost:8000"  # PUBLIC_BASE_URL's default, which the console's forms match


class StaffBotApi(FakeBotApi):
    """The fake Bot API, also reading the JSON that the alert loop posts (httpx, not PTB)."""

    def handle(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        kind = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
        if kind.startswith("application/json"):
            fields = json.loads(body)
            form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in fields.items()}
            body = urlencode(form).encode()
        return super().handle(path, headers, body)


@pytest.fixture
def bot_api() -> Iterator[StaffBotApi]:
    with StaffBotApi(BOT_TOKEN) as fake:
        yield fake


@pytest.fixture
def ceiling_settings(database_url: str, bot_api: StaffBotApi) -> Settings:
    return make_settings(
        database_url,
        TELEGRAM_BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_STAFF_CHAT_ID=STAFF_CHAT,
        TELEGRAM_API_URL=f"{bot_api.url}/bot",
        STAFF_HOURS="Mo-Su 00:00-24:00",
    )


def open_case(settings: Settings, sender: str) -> tuple[int, str]:
    """A person asks for a person and agrees: (case id, Rasa sender id)."""
    with TestClient(create_app(settings)) as client:
        public_id = str(
            consent_to_handoff(client, sender, "hola, necesito ayuda")["conversation_id"]
        )
        return case_of(client, public_id), public_id


def idle_for(db: Database, case_id: int, days: float) -> None:
    """Nothing happened on the case or in its conversation for `days`."""
    then = utcnow() - timedelta(days=days)
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.conversation is not None
        case.opened_at = case.updated_at = then
        case.conversation.last_message_at = then


def warned_ago(db: Database, case_id: int, delta: timedelta) -> None:
    with db.session() as s:
        s.execute(update(Case).where(Case.id == case_id).values(expiry_warned_at=utcnow() - delta))


async def ceiling_pass(settings: Settings) -> tuple[int, int]:
    """One pass of one replica's alert loop over the ceiling: (warnings, closings)."""
    services = Services.build(settings)
    alerter = Alerter(services)
    try:
        return await alerter.ceiling_tick()
    finally:
        await alerter.close()
        await services.close()


async def purge_once(settings: Settings) -> None:
    services = Services.build(settings)
    try:
        await purge(services)
    finally:
        await services.close()


def outbound(db: Database, public_id: str) -> int:
    with db.session() as s:
        count = s.scalar(
            select(func.count(Message.id))
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Conversation.public_id == public_id, Message.direction == "out")
        )
        return int(count or 0)


def fill_tracker(settings: Settings, sender: str) -> None:
    """Rasa's tracker store (the SQLite file beside the app's) holds the person's words."""
    store = create_engine(rasa_tracker_url(settings))
    with store.begin() as conn:
        conn.execute(
            text("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, data TEXT)")
        )
        conn.execute(
            text("INSERT INTO events (sender_id, data) VALUES (:s, :d)"),
            {"s": sender, "d": '{"text": "hola, necesito ayuda"}'},
        )
    store.dispose()


def tracker_rows(settings: Settings, sender: str) -> int:
    store = create_engine(rasa_tracker_url(settings))
    with store.begin() as conn:
        found = conn.execute(
            text("SELECT COUNT(*) FROM events WHERE sender_id = :s"), {"s": sender}
        ).scalar()
    store.dispose()
    return int(found or 0)


async def test_an_idle_case_is_warned_once_then_closed_silently_and_purged(
    ceiling_settings: Settings, db: Database, bot_api: StaffBotApi
) -> None:
    settings = ceiling_settings
    case_id, sender = open_case(settings, "+5215500001111")
    sent_before = outbound(db, sender)
    idle_for(db, case_id, days=31)

    # The warning: once, to the staff group, with no personal content; nothing closes yet.
    assert await ceiling_pass(settings) == (1, 0)
    assert await ceiling_pass(settings) == (0, 0), "a second replica's pass posts nothing"
    assert await ceiling_pass(settings) == (0, 0)
    [call] = bot_api.of("sendMessage")
    assert str(call.params["chat_id"]) == STAFF_CHAT
    warning = str(call.params["text"])
    assert f"#{case_id}" in warning and f"{BASE}/staff/cases/{case_id}" in warning
    assert "se cerrará el" in warning, warning
    assert "5500001111" not in warning and "ayuda" not in warning
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.status == "new" and case.expiry_warned_at is not None

    # The notice runs out (3 days since the warning): the case closes, the person hears nothing.
    warned_ago(db, case_id, timedelta(days=3, minutes=1))
    assert await ceiling_pass(settings) == (0, 1)
    assert await ceiling_pass(settings) == (0, 0)
    assert len(bot_api.of("sendMessage")) == 1
    assert outbound(db, sender) == sent_before, "no goodbye to a person who may be in danger"
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.conversation is not None
        assert (case.status, case.close_reason) == ("closed", "expired")
        assert case.closed_at is not None
        assert case.conversation.status == "bot", "the bot answers this person again"
        assert case.rasa_pending == "resume", "Rasa is down: the resume waits for the staff loop"
        audit = s.scalars(select(AuditEntry).where(AuditEntry.case_id == case_id)).all()
        assert [(a.action, a.user_id, a.detail.get("reason")) for a in audit][-1] == (
            "close",
            None,
            "expired",
        )

    # The console names the reason.
    add_user(db, "sup@example.org", "supervisor")
    with TestClient(create_app(settings)) as client:
        login(client, "sup@example.org")
        page = client.get(f"/staff/cases/{case_id}").text
    assert gettext("es", labels.label_id("close_reason", "expired")) in page

    # Then the ordinary purge: the conversation closes and Rasa's copy goes at once...
    if settings.is_sqlite:  # PostgreSQL: Rasa's tables would be the app database's own
        fill_tracker(settings, sender)
    await purge_once(settings)
    if settings.is_sqlite:
        assert tracker_rows(settings, sender) == 0
    with db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.public_id == sender)).one()
        assert conv.closed_at is not None and conv.tracker_cleared_at is not None
        closed_at: datetime = conv.closed_at
        conv.closed_at = closed_at - timedelta(days=settings.retention_days + 1)

    # ...and our own copy after RETENTION_DAYS; the case stays only as figures.
    await purge_once(settings)
    with db.session() as s:
        assert (
            s.scalars(select(Conversation).where(Conversation.public_id == sender)).first() is None
        )
        case = s.get(Case, case_id)
        assert case is not None and case.conversation_id is None
        assert (case.status, case.close_reason) == ("closed", "expired")


async def test_a_case_inside_the_ceiling_stays_open(
    ceiling_settings: Settings, db: Database, bot_api: StaffBotApi
) -> None:
    settings = ceiling_settings
    case_id, _ = open_case(settings, "+5215500002222")

    idle_for(db, case_id, days=20)
    assert await ceiling_pass(settings) == (0, 0)

    # 28 days: warned (closes in 2 days), but open; the console says so.
    idle_for(db, case_id, days=28)
    assert await ceiling_pass(settings) == (1, 0)
    add_user(db, "sup@example.org", "supervisor")
    with TestClient(create_app(settings)) as client:
        login(client, "sup@example.org")
        assert 'id="expiry-warning"' in client.get(f"/staff/cases/{case_id}").text

        # The person writes again: the count starts over, the old warning no longer counts.
        client.post(
            "/api/chat", json={"sender": "+5215500002222", "text": "sigo aquí", "lang": "es"}
        )
        assert 'id="expiry-warning"' not in client.get(f"/staff/cases/{case_id}").text
    warned_ago(db, case_id, timedelta(days=4))
    assert await ceiling_pass(settings) == (0, 0)
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.status == "new" and case.close_reason is None
        assert case.conversation is not None and case.conversation.status == "waiting_staff"
    assert len(bot_api.of("sendMessage")) == 1


async def test_a_case_far_past_the_ceiling_still_gets_its_full_notice(
    ceiling_settings: Settings, db: Database, bot_api: StaffBotApi
) -> None:
    """The first run after an upgrade finds cases idle for months: warned first, never cut."""
    settings = ceiling_settings
    case_id, _ = open_case(settings, "+5215500003333")
    idle_for(db, case_id, days=200)
    assert await ceiling_pass(settings) == (1, 0)
    warned_ago(db, case_id, timedelta(days=2))
    assert await ceiling_pass(settings) == (0, 0)
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.status == "new"
    assert len(bot_api.of("sendMessage")) == 1


def test_the_warning_must_come_before_the_ceiling() -> None:
    with pytest.raises(ValueError, match="STAFF_CASE_WARN_DAYS_BEFORE"):
        make_settings("sqlite://", STAFF_CASE_MAX_OPEN_DAYS="3", STAFF_CASE_WARN_DAYS_BEFORE="3")
