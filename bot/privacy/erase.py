"""Erasing a person's data: messages, contact details and Rasa's tracker.

What survives is only anonymous: feedback counts and, in cases, their category and dates with
the link to the person removed. Rasa keeps the conversation's events in its own tracker store,
in the same kind of database; we delete them there too, because replacing a tracker through
Rasa's API only appends to an SQL store.
"""

from __future__ import annotations

import asyncio
import secrets
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.db.models import Contact, Conversation, Message
from bot.handoff.erasure import detach_cases
from bot.rasa.tracker_store import erase_tracker_events, rasa_tracker_url
from bot.referrals.erasure import forget as forget_referrals

if TYPE_CHECKING:
    from bot.services import Services

# The look-up hash of a contact kept only to deliver an erasure's confirmation: never a real one.
ERASED_HASH = "erased:"


def conversations_of(session: Session, contact_id: int) -> list[Conversation]:
    return list(session.scalars(select(Conversation).where(Conversation.contact_id == contact_id)))


def erase_conversations(session: Session, conversations: list[Conversation]) -> list[str]:
    """Delete conversations and their messages; returns their Rasa sender ids."""
    ids = [c.id for c in conversations]
    if not ids:
        return []
    forget_referrals(session, ids)  # referrals keep their states, not what was shared
    detach_cases(session, ids)  # cases keep their anonymous figures, without the link
    session.execute(delete(Message).where(Message.conversation_id.in_(ids)))
    senders = [c.public_id for c in conversations]
    session.execute(delete(Conversation).where(Conversation.id.in_(ids)))
    return senders


def confirmation_contact(
    session: Session,
    channel: str,
    identifier: str,
    language: str,
    last_inbound_at: datetime | None,
) -> Contact:
    """A bare contact that only carries "your data was deleted" back to the person.

    It must not remember who wrote: its look-up hash is random (`ERASED_HASH` + noise), so the
    person's next message finds nothing and starts from zero, and the purge deletes it with its
    address once the confirmation has left (`bot.privacy.purge.forget_erased`). The time of
    their last message is kept only for WhatsApp's 24-hour window, without which the
    confirmation could not be sent.
    """
    fresh = Contact(
        channel=channel,
        identifier_hash=ERASED_HASH + secrets.token_hex(16),
        identifier=identifier,
        language=language,
        last_inbound_at=last_inbound_at,
    )
    session.add(fresh)
    session.flush()
    return fresh


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
