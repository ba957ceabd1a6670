"""Asking each service's contact: e-mail through a real SMTP server, WhatsApp through the outbox."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.db.models import Contact, Message
from bot.db.session import Database
from bot.directory.models import ConfirmationRequest
from bot.freshness.ask import ask_due
from bot.services import Services
from bot.settings import Settings
from tests.conftest import make_settings
from tests.freshness.support import seed_contacts, smtp_server

NOW = datetime(2026, 12, 6, 15, 0, tzinfo=UTC)


def _services(settings: Settings, **extra: str) -> Services:
    return Services.build(make_settings(settings.database_url, **extra))


def test_due_contacts_get_an_email_with_a_working_link(
    db: Database, settings: Settings, tmp_path: Path
) -> None:
    seed_contacts(db, tmp_path)
    with smtp_server() as (port, inbox):
        services = _services(
            settings, SMTP_HOST="127.0.0.1", SMTP_PORT=str(port), SMTP_SECURITY="none",
            SMTP_FROM="puente@example.org", PUBLIC_BASE_URL="https://puente.example.org",
        )  # fmt: skip
        sent = asyncio.run(ask_due(services, NOW))
        assert (sent.services, sent.emails, sent.whatsapp, sent.failed) == (2, 1, 1, [])
        assert len(inbox) == 1
        mail = inbox[0]
        assert mail["To"] == "coordinacion@example.org" and "Albergue Correo" in mail["Subject"]
        body = mail.get_payload(decode=True).decode()  # type: ignore[union-attr]
        assert re.search(r"https://puente\.example\.org/directory/confirm/[\w.-]+", body)
        # Asked once per period: a second round the same day sends nothing.
        again = asyncio.run(ask_due(services, NOW + timedelta(hours=1)))
        assert again.services == 0 and len(inbox) == 1
        services.db.dispose()


def test_whatsapp_requests_go_through_the_outbox_with_their_purpose(
    db: Database, settings: Settings, tmp_path: Path
) -> None:
    seed_contacts(db, tmp_path)
    services = _services(settings)  # no SMTP: the e-mail is recorded as failed, not lost
    sent = asyncio.run(ask_due(services, NOW))
    assert sent.whatsapp == 1 and ("mail", "email", "smtp_not_configured") in sent.failed
    with db.session() as session:
        message = session.scalars(select(Message).where(Message.direction == "out")).one()
        # Never wrote to us: outside the 24-hour window only the template goes.
        assert message.purpose == "directory_confirmation" and message.kind == "template"
        assert '"1": "Refugio WhatsApp"' in message.body and "/directory/confirm/" in message.body
        requests = {r.channel: r.status for r in session.scalars(select(ConfirmationRequest))}
        assert requests == {"whatsapp": "sent", "email": "failed"}
    services.db.dispose()


def test_a_number_that_asked_for_discretion_is_not_messaged(
    db: Database, settings: Settings, tmp_path: Path
) -> None:
    seed_contacts(db, tmp_path)
    services = _services(settings)
    asyncio.run(ask_due(services, NOW))
    with db.session() as session:
        contact = session.scalars(select(Contact)).one()
        contact.discreet_at = NOW
        for request in session.scalars(select(ConfirmationRequest)):
            request.sent_at = NOW - timedelta(days=40)  # the next round is due
    sent = asyncio.run(ask_due(services, NOW + timedelta(days=1)))
    assert ("wa", "whatsapp", "person_asked_for_discretion") in sent.failed
    services.db.dispose()
