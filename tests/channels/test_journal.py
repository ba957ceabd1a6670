"""The inbound journal: a webhook acknowledged by a replica that died before answering is
answered later by another, exactly once."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy import update as sql_update

from bot.app import create_app
from bot.channels import journal
from bot.channels.journal import JournalEntry
from bot.db.base import utcnow
from bot.db.session import Database
from bot.settings import Settings
from tests.fakes.providers import (
    FakeBotApi,
    FakeTwilio,
    post_twilio,
    post_update,
    update,
    wait_until,
)
from tests.fakes.whatsapp import PATH, incoming, messages, settled


def entries(db: Database) -> list[JournalEntry]:
    with db.session() as s:
        return list(s.scalars(select(JournalEntry)).all())


def grace_over(db: Database) -> None:
    """What the clock does after journal.GRACE: the receiving replica is presumed dead."""
    with db.session() as s:
        s.execute(sql_update(JournalEntry).values(retry_at=utcnow() - timedelta(seconds=1)))


def test_a_finished_webhook_leaves_no_entry(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    assert post_twilio(app_client, PATH, incoming("hola")).status_code == 200
    twilio_api.wait_for("messages.create", 1)
    wait_until(lambda: not entries(database), 10, lambda: entries(database))


def test_an_acknowledged_message_that_was_never_answered_is_replayed_once(
    channel_settings: Settings, twilio_api: FakeTwilio, database: Database
) -> None:
    fields = incoming("hola")
    # The webhook wrote this down and acknowledged, then its replica died before the turn.
    with database.session() as s:
        journal.record(s, "whatsapp", fields["MessageSid"], fields)
    grace_over(database)
    with TestClient(create_app(channel_settings)):
        twilio_api.wait_for("messages.create", 1, timeout=15)
        wait_until(lambda: not entries(database), 10, lambda: entries(database))
    inbound = messages(database, "in")
    assert [m.channel_message_id for m in inbound] == [fields["MessageSid"]]
    assert messages(database, "out"), "the person got an answer"


def test_replaying_a_message_that_was_answered_sends_nothing_more(
    app_client: TestClient, twilio_api: FakeTwilio, database: Database
) -> None:
    fields = incoming("hola")
    assert post_twilio(app_client, PATH, fields).status_code == 200
    wait_until(lambda: settled(database, 2), 10, lambda: messages(database, "out"))
    wait_until(lambda: not entries(database), 10, lambda: entries(database))
    sent = len(twilio_api.of("messages.create"))
    # The replica died after answering but before clearing its entry.
    with database.session() as s:
        journal.record(s, "whatsapp", fields["MessageSid"], fields)
    grace_over(database)
    replayer = app_client.app.state.channels.replayer  # type: ignore[attr-defined]
    assert app_client.portal.call(replayer.run_once) == 1  # type: ignore[union-attr]
    wait_until(lambda: not entries(database), 10, lambda: entries(database))
    assert len(twilio_api.of("messages.create")) == sent
    assert len(messages(database, "in")) == 1


def test_an_entry_that_keeps_failing_is_dropped(database: Database) -> None:
    with database.session() as s:
        journal.record(s, "whatsapp", "SM-poison", {"From": "whatsapp:+1"})
    later = utcnow() + timedelta(hours=1)
    for attempt in range(journal.MAX_ATTEMPTS):
        with database.session() as s:
            assert len(journal.claim_due(s, ["whatsapp"], now=later)) == 1, attempt
        later += journal.GRACE * 2
    with database.session() as s:
        assert journal.claim_due(s, ["whatsapp"], now=later) == []
    assert entries(database) == []


def test_an_entry_is_claimed_by_one_replica_only(database: Database) -> None:
    with database.session() as s:
        journal.record(s, "whatsapp", "SM-1", {"From": "whatsapp:+1"})
        journal.record(s, "whatsapp", "SM-1", {"From": "whatsapp:+1"})  # the provider retried
    later = utcnow() + journal.GRACE * 2
    with database.session() as s:
        first = journal.claim_due(s, ["whatsapp"], now=later)
    with database.session() as s:
        second = journal.claim_due(s, ["whatsapp"], now=later)
        other_channel = journal.claim_due(s, ["telegram"], now=later)
    assert len(first) == 1 and second == [] and other_channel == []


def test_telegram_updates_are_journaled_until_answered_and_replayed(
    app_client: TestClient, bot_api: FakeBotApi, database: Database, channel_settings: Settings
) -> None:
    assert post_update(app_client, update("text", chat_id=4242)).status_code == 200
    wait_until(lambda: bot_api.texts(4242), 10, lambda: bot_api.calls)
    wait_until(lambda: not entries(database), 10, lambda: entries(database))

    lost = update("start", chat_id=4343)
    with database.session() as s:
        journal.record(s, "telegram", str(lost["update_id"]), lost)
    grace_over(database)
    replayer = app_client.app.state.channels.replayer  # type: ignore[attr-defined]
    assert app_client.portal.call(replayer.run_once) == 1  # type: ignore[union-attr]
    wait_until(lambda: bot_api.texts(4343), 10, lambda: bot_api.calls)
    wait_until(lambda: not entries(database), 10, lambda: entries(database))
