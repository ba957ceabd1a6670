"""Retention: closed conversations older than RETENTION_DAYS are deleted, and idle ones closed."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import Conversation
from bot.privacy.erase import erase_conversations, erase_tracker_events, rasa_tracker_url
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


async def purge(services: Services, now: datetime | None = None) -> tuple[int, int]:
    """One purge run: (conversations deleted, Rasa events deleted)."""
    settings = services.settings
    moment = now or utcnow()

    def work(session: Session) -> list[str]:
        close_idle(session, timedelta(hours=settings.conversation_idle_hours), moment)
        return purge_closed(session, timedelta(days=settings.retention_days), moment)

    senders = await services.db.run(work)
    events = await asyncio.to_thread(erase_tracker_events, rasa_tracker_url(settings), senders)
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
