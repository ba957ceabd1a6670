"""Erasing a person's data: messages, contact details and Rasa's tracker.

What survives is only anonymous: feedback counts and, in cases, their category and dates with
the link to the person removed. Rasa keeps the conversation's events in its own tracker store,
in the same kind of database; we delete them there too, because replacing a tracker through
Rasa's API only appends to an SQL store.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.db.models import Contact, Conversation, Message
from bot.handoff.erasure import detach_cases
from bot.rasa.tracker_store import erase_tracker_events, rasa_tracker_url

if TYPE_CHECKING:
    from bot.services import Services


def conversations_of(session: Session, contact_id: int) -> list[Conversation]:
    return list(session.scalars(select(Conversation).where(Conversation.contact_id == contact_id)))


def erase_conversations(session: Session, conversations: list[Conversation]) -> list[str]:
    """Delete conversations and their messages; returns their Rasa sender ids."""
    ids = [c.id for c in conversations]
    if not ids:
        return []
    detach_cases(session, ids)  # cases keep their anonymous figures, without the link
    session.execute(delete(Message).where(Message.conversation_id.in_(ids)))
    senders = [c.public_id for c in conversations]
    session.execute(delete(Conversation).where(Conversation.id.in_(ids)))
    return senders


def erase_contact(session: Session, contact_id: int) -> list[str]:
    """Erase everything about one contact; returns the Rasa sender ids to erase there."""
    senders = erase_conversations(session, conversations_of(session, contact_id))
    session.execute(delete(Contact).where(Contact.id == contact_id))
    return senders


async def erase_trackers(services: Services, senders: list[str]) -> None:
    """Rasa's copy of erased conversations: through its API first, then its store's rows."""
    for sender in senders:
        await services.rasa.delete_tracker(sender)
    url = rasa_tracker_url(services.settings)
    await asyncio.to_thread(erase_tracker_events, url, senders)
