"""Erasing a person's data: messages, contact details and Rasa's tracker.

What survives is only anonymous: feedback counts and, in cases, their category and dates with
the link to the person removed. Rasa keeps the conversation's events in its own tracker store,
in the same kind of database; we delete them there too, because replacing a tracker through
Rasa's API only appends to an SQL store.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, delete, select, text
from sqlalchemy.orm import Session

from bot.db.models import Contact, Conversation, Message
from bot.settings import ROOT, Settings

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)

# Other areas (cases, audit) register how they detach their records from a conversation
# before it is deleted, so that anonymous counts survive.
DETACHERS: list[Callable[[Session, list[int]], None]] = []


def conversations_of(session: Session, contact_id: int) -> list[Conversation]:
    return list(session.scalars(select(Conversation).where(Conversation.contact_id == contact_id)))


def erase_conversations(session: Session, conversations: list[Conversation]) -> list[str]:
    """Delete conversations and their messages; returns their Rasa sender ids."""
    ids = [c.id for c in conversations]
    if not ids:
        return []
    for detach in DETACHERS:
        detach(session, ids)
    session.execute(delete(Message).where(Message.conversation_id.in_(ids)))
    senders = [c.public_id for c in conversations]
    session.execute(delete(Conversation).where(Conversation.id.in_(ids)))
    return senders


def erase_contact(session: Session, contact_id: int) -> list[str]:
    """Erase everything about one contact; returns the Rasa sender ids to erase there."""
    senders = erase_conversations(session, conversations_of(session, contact_id))
    session.execute(delete(Contact).where(Contact.id == contact_id))
    return senders


def rasa_tracker_url(settings: Settings) -> str:
    """The SQLAlchemy URL of Rasa's tracker store, as `write_endpoints` configures it."""
    if settings.is_sqlite:
        return f"sqlite:///{tracker_sqlite_path(settings)}"
    return settings.database_url.replace("postgresql://", "postgresql+psycopg://", 1)


def tracker_sqlite_path(settings: Settings) -> Path:
    """With SQLite, Rasa's tracker store is a file beside the app's database."""
    app_db = settings.database_url.split("///", 1)[-1]
    folder = Path(app_db).parent if app_db not in ("", ":memory:") else ROOT / "var"
    return folder / "rasa-tracker.db"


def erase_tracker_events(tracker_url: str, senders: list[str]) -> int:
    """Delete the senders' rows from Rasa's SQL tracker store; 0 when there is no store."""
    if not senders:
        return 0
    if tracker_url.startswith("sqlite") and not Path(tracker_url.split("///", 1)[1]).exists():
        return 0
    engine = create_engine(tracker_url)
    try:
        with engine.begin() as conn:
            tables = conn.dialect.get_table_names(conn)
            if "events" not in tables:
                return 0
            deleted = 0
            for sender in senders:
                result = conn.execute(
                    text("DELETE FROM events WHERE sender_id = :sender"), {"sender": sender}
                )
                deleted += result.rowcount or 0
            return deleted
    except Exception:
        log.exception("could not erase Rasa tracker events")
        return 0
    finally:
        engine.dispose()


async def erase_trackers(services: Services, senders: list[str]) -> None:
    """Rasa's copy of erased conversations: through its API first, then its store's rows."""
    for sender in senders:
        await services.rasa.delete_tracker(sender)
    url = rasa_tracker_url(services.settings)
    await asyncio.to_thread(erase_tracker_events, url, senders)
