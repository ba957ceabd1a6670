"""Privacy: the first-contact notice, the notice page, retention, key rotation, erasure."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text, update

from bot.cli.main import main
from bot.db.base import utcnow
from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.i18n import gettext
from bot.privacy import messages as pm
from bot.privacy.purge import purge
from bot.rasa.tracker_store import rasa_tracker_url
from bot.services import Services
from bot.settings import Settings
from tests.conftest import make_settings


def test_first_contact_gets_the_short_notice_once(client: TestClient) -> None:
    first = client.post("/api/chat", json={"sender": "n", "text": "hola", "lang": "es"}).json()
    assert "/privacy?lang=es" in first["messages"][-1]["text"]
    second = client.post("/api/chat", json={"sender": "n", "text": "gracias"}).json()
    assert all("/privacy" not in m["text"] for m in second["messages"])


def test_notice_records_its_version(client: TestClient, db: Database) -> None:
    client.post("/api/chat", json={"sender": "v", "text": "hola"})
    with db.session() as s:
        contact = s.scalars(select(Contact)).one()
        assert contact.consent_version and contact.consent_at is not None


@pytest.mark.parametrize(
    ("lang", "word"), [("es", "Aviso"), ("en", "Privacy"), ("fr", "confidentialité"), ("ht", "")]
)
def test_privacy_page_in_every_language(client: TestClient, lang: str, word: str) -> None:
    resp = client.get(f"/privacy?lang={lang}")
    assert resp.status_code == 200
    assert f'<html lang="{lang}">' in resp.text
    assert word in resp.text
    assert "180" in resp.text


def _conversation(
    db: Database, sender: str, closed_days_ago: float | None, idle_hours: float
) -> str:
    now = utcnow()
    with db.session() as s:
        contact = Contact(
            channel="web", identifier_hash=db.keys.lookup_hash("web", sender), identifier=sender
        )
        s.add(contact)
        s.flush()
        conv = Conversation(
            contact_id=contact.id,
            channel="web",
            language="es",
            last_message_at=now - timedelta(hours=idle_hours),
            closed_at=None if closed_days_ago is None else now - timedelta(days=closed_days_ago),
        )
        s.add(conv)
        s.flush()
        s.add(
            Message(
                conversation_id=conv.id,
                direction="in",
                sender="person",
                channel="web",
                body="secreto",
            )
        )
        return conv.public_id


def test_purge_removes_only_what_is_past_retention(settings: Settings, db: Database) -> None:
    old = _conversation(db, "old", closed_days_ago=200, idle_hours=200 * 24)
    recent = _conversation(db, "recent", closed_days_ago=10, idle_hours=10 * 24)
    idle = _conversation(db, "idle", closed_days_ago=None, idle_hours=30)
    active = _conversation(db, "active", closed_days_ago=None, idle_hours=1)

    async def run() -> tuple[int, int]:
        services = Services.build(settings)
        try:
            return await purge(services)
        finally:
            await services.close()

    deleted, _ = asyncio.run(run())
    assert deleted == 1
    with db.session() as s:
        convs = {c.public_id: c for c in s.scalars(select(Conversation))}
        assert old not in convs and {recent, idle, active} <= set(convs)
        assert convs[idle].closed_at is not None
        assert convs[active].closed_at is None
        assert s.scalars(select(Message)).all().__len__() == 3


def test_purge_deletes_rasas_copy_of_closed_conversations(sqlite_url: str) -> None:
    """Rasa's tracker holds the texts unencrypted: a closed conversation's goes at the next purge,
    long before the retention period, while the open ones' stay. (SQLite: the tracker store is
    the file beside the app's database, which this test fills as Rasa would.)"""
    settings = make_settings(sqlite_url)
    db = Database.from_settings(make_settings(sqlite_url))
    closed = _conversation(db, "closed", closed_days_ago=1, idle_hours=30)
    idle = _conversation(db, "idle", closed_days_ago=None, idle_hours=30)
    active = _conversation(db, "active", closed_days_ago=None, idle_hours=1)
    store = create_engine(rasa_tracker_url(settings))
    with store.begin() as conn:
        conn.execute(
            text("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, data TEXT)")
        )
        for sender in (closed, idle, active):
            for turn in range(3):
                conn.execute(
                    text("INSERT INTO events (sender_id, data) VALUES (:s, :d)"),
                    {"s": sender, "d": f'{{"text": "secreto {turn}"}}'},
                )

    async def run() -> tuple[int, int]:
        services = Services.build(settings)
        try:
            return await purge(services)
        finally:
            await services.close()

    assert asyncio.run(run()) == (0, 6)
    with store.begin() as conn:
        left = {r[0] for r in conn.execute(text("SELECT DISTINCT sender_id FROM events"))}
    store.dispose()
    assert left == {active}
    with db.session() as s:
        cleared = {c.public_id: c.tracker_cleared_at for c in s.scalars(select(Conversation))}
    assert cleared[closed] and cleared[idle] and cleared[active] is None
    assert asyncio.run(run()) == (0, 0), "nothing is swept twice"
    db.dispose()


def test_purge_command(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    assert main(["purge"]) == 0
    assert "purged 0 conversation(s)" in capsys.readouterr().out


def test_rotate_key_reencrypts_everything(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_key = settings.model_copy(update={"data_key": "first-key-0000000000"})
    first = Database.from_settings(first_key)
    sender = "+5215599999999"
    _conversation(first, sender, closed_days_ago=None, idle_hours=1)
    first.dispose()

    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DATA_KEY", "second-key-000000000")
    monkeypatch.setenv("OLD_DATA_KEYS", "first-key-0000000000")
    assert main(["rotate-key"]) == 0

    # Only the new key now: everything reads, and the look-up hash is the new key's.
    second = Database.from_settings(
        settings.model_copy(update={"data_key": "second-key-000000000"})
    )
    try:
        with second.session() as s:
            contact = s.scalars(select(Contact)).one()
            assert contact.identifier == sender
            assert contact.identifier_hash == second.keys.lookup_hash("web", sender)
            assert s.scalars(select(Message)).one().body == "secreto"
    finally:
        second.dispose()


def _purge_at(settings: Settings, now: datetime | None = None) -> tuple[int, int]:
    async def run() -> tuple[int, int]:
        services = Services.build(settings)
        try:
            return await purge(services, now)
        finally:
            await services.close()

    return asyncio.run(run())


def test_delete_my_data_while_rasa_is_down_is_confirmed_and_done(
    client: TestClient, db: Database, settings: Settings
) -> None:
    """Rasa unreachable: the app asks, keeps everything on a no, erases on a yes."""

    def say(text: str) -> tuple[str, list[str]]:
        data = client.post("/api/chat", json={"sender": "e", "text": text, "lang": "en"}).json()
        payloads = [b["payload"] for m in data["messages"] for b in m.get("buttons") or []]
        return "\n".join(m["text"] for m in data["messages"]), payloads

    asked, buttons = say("delete my data")
    assert gettext("en", pm.DELETE_CONFIRM) in asked and buttons == ["/affirm", "/deny"]
    assert gettext("en", pm.DELETE_CANCELLED) in say("no")[0]
    with db.session() as s:
        assert s.scalar(select(func.count(Message.id))) == 5, "no keeps all, the notice too"

    assert gettext("en", pm.DELETE_CONFIRM) in say("/delete_my_data")[0]
    assert gettext("en", pm.DATA_DELETED) in say("yes")[0]
    with db.session() as s:
        [contact] = s.scalars(select(Contact)).all()
        assert contact.identifier_hash != db.keys.lookup_hash("web", "e"), "nobody finds it again"
        assert [m.body for m in s.scalars(select(Message))] == [gettext("en", pm.DATA_DELETED)]
        erased_id = contact.id

    say("hello again")
    with db.session() as s:
        contacts = s.scalars(select(Contact)).all()
        assert len(contacts) == 2 and erased_id in {c.id for c in contacts}, "a fresh start"
    _purge_at(settings)
    with db.session() as s:
        assert [c.id for c in s.scalars(select(Contact))] != [erased_id]
        assert s.get(Contact, erased_id) is None, "the confirmation left: its address goes too"


def test_after_the_retention_period_nobody_is_remembered(
    client: TestClient, db: Database, settings: Settings
) -> None:
    """400 days later every conversation is gone, and so is every contact with its name."""
    import bot.core.conversation as core_module
    from bot.inbound import Inbound

    core = core_module.ConversationCore(client.app.state.services)  # type: ignore[attr-defined]
    for sender in ("a", "b"):
        asyncio.run(
            core.handle(Inbound(channel="web", sender=sender, text="hola", display_name="Ana"))
        )
    with db.session() as s:
        names = [c.display_name for c in s.scalars(select(Contact))]
        assert names == [None, None], "a display name nothing reads is never stored"
        s.execute(update(Contact).values(display_name="Ana"))  # as older versions stored them

    _purge_at(settings, utcnow() + timedelta(days=1))  # the idle conversations close
    _purge_at(settings, utcnow() + timedelta(days=400))
    with db.session() as s:
        assert s.scalar(select(func.count(Conversation.id))) == 0
        assert s.scalar(select(func.count(Contact.id))) == 0
