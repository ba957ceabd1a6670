"""Retention: closed conversations older than RETENTION_DAYS are deleted, and idle ones closed.

A contact goes with its last conversation, so after the retention period nothing says who
wrote; the contact kept only to confirm an erasure goes as soon as the confirmation has left.

Rasa keeps the text of every turn in its tracker store, unencrypted. A closed conversation is
never continued (the next message starts a new one with a new Rasa sender id), so its tracker is
deleted at the next purge rather than kept until the retention period ends.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import Contact, Conversation, Message
from bot.handoff.models import Case
from bot.privacy.erase import ERASED_HASH, erase_contact, erase_conversations
from bot.rasa.tracker_store import erase_tracker_events, rasa_tracker_url
from bot.services import Services

log = logging.getLogger(__name__)
DAY = 24 * 3600


def close_idle(session: Session, idle: timedelta, now: datetime) -> int:
    """Close bot conversations nobody wrote in for `idle`, forgetting their location."""
    rows = session.scalars(
        select(Conversation).where(
            Conversation.closed_at.is_(None),
            Conversation.status == "bot",
            Conversation.last_message_at < now - idle,
        )
    ).all()
    for conv in rows:
        conv.close(now)
    return len(rows)


def purge_closed(session: Session, retention: timedelta, now: datetime) -> list[str]:
    """Delete conversations closed before the retention period; returns their sender ids."""
    rows = list(
        session.scalars(
            select(Conversation).where(
                Conversation.closed_at.is_not(None), Conversation.closed_at < now - retention
            )
        )
    )
    return erase_conversations(session, rows)


def forget_erased(session: Session) -> list[str]:
    """Delete the contacts kept only to confirm an erasure, once nothing is left to deliver."""
    pending = (
        select(Message.id)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.contact_id == Contact.id, Message.status == "pending")
        .exists()
    )
    ids = session.scalars(
        select(Contact.id).where(Contact.identifier_hash.startswith(ERASED_HASH), ~pending)
    ).all()
    senders: list[str] = []
    for contact_id in ids:
        senders += erase_contact(session, contact_id)
    return senders


def forget_contacts(session: Session) -> int:
    """Who wrote is not kept longer than what they wrote: contacts with no conversation go.

    Display names are never used (nothing reads them): any stored by older versions is dropped.
    """
    has_conversation = select(Conversation.id).where(Conversation.contact_id == Contact.id).exists()
    gone = list(session.scalars(select(Contact.id).where(~has_conversation)))
    if gone:
        session.execute(update(Case).where(Case.contact_id.in_(gone)).values(contact_id=None))
        session.execute(delete(Contact).where(Contact.id.in_(gone)))
    session.execute(
        update(Contact).where(Contact.display_name.is_not(None)).values(display_name=None)
    )
    return len(gone)


def closed_with_tracker(session: Session, limit: int = 1000) -> list[tuple[int, str]]:
    """Closed conversations whose Rasa tracker has not been deleted yet: (id, sender id)."""
    rows = session.execute(
        select(Conversation.id, Conversation.public_id)
        .where(Conversation.closed_at.is_not(None), Conversation.tracker_cleared_at.is_(None))
        .order_by(Conversation.id)
        .limit(limit)
    ).all()
    return [(int(i), str(p)) for i, p in rows]


def mark_cleared(session: Session, ids: list[int], now: datetime) -> None:
    session.execute(
        update(Conversation).where(Conversation.id.in_(ids)).values(tracker_cleared_at=now)
    )


async def purge(services: Services, now: datetime | None = None) -> tuple[int, int]:
    """One purge run: (conversations deleted, Rasa events deleted)."""
    settings = services.settings
    moment = now or utcnow()
    tracker_url = rasa_tracker_url(settings)

    def work(session: Session) -> list[str]:
        close_idle(session, timedelta(hours=settings.conversation_idle_hours), moment)
        senders = purge_closed(session, timedelta(days=settings.retention_days), moment)
        senders += forget_erased(session)
        forget_contacts(session)
        return senders

    senders = await services.db.run(work)
    events = await asyncio.to_thread(erase_tracker_events, tracker_url, senders)
    while closed := await services.db.run(closed_with_tracker):
        ids, closed_senders = [i for i, _ in closed], [p for _, p in closed]
        events += await asyncio.to_thread(erase_tracker_events, tracker_url, closed_senders)
        await services.db.run(mark_cleared, ids, moment)
    log.info("purge: %d conversations, %d Rasa events deleted", len(senders), events)
    return len(senders), events


async def purge_daily(services: Services, first_after: float = 600.0) -> None:
    """Run the purge once a day inside the app, the first time shortly after start-up."""
    await asyncio.sleep(first_after)
    while True:
        try:
            await purge(services)
        except Exception:
            log.exception("daily purge failed; will try again tomorrow")
        await asyncio.sleep(DAY)
