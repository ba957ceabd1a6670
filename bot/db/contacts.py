"""Finding a person's open conversation from their channel address, as the core does."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.models import Contact, Conversation
from bot.db.session import keys_of


def find_contact(session: Session, channel: str, sender: str) -> Contact | None:
    key = keys_of(session).lookup_hash(channel, sender)
    return session.scalars(
        select(Contact).where(Contact.channel == channel, Contact.identifier_hash == key)
    ).one_or_none()


def open_conversation(session: Session, channel: str, sender: str) -> Conversation | None:
    """The newest conversation of that address that is not closed, if any."""
    contact = find_contact(session, channel, sender)
    if contact is None:
        return None
    return session.scalars(
        select(Conversation)
        .where(Conversation.contact_id == contact.id, Conversation.closed_at.is_(None))
        .order_by(Conversation.id.desc())
    ).first()
