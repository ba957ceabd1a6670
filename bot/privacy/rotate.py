"""Key rotation: re-encrypt every encrypted column under the new DATA_KEY and rehash look-ups.

Run with the new key in DATA_KEY and the old one in OLD_DATA_KEYS; afterwards the old key can
be dropped. Each table is rewritten in one transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from bot.db.models import Contact, Conversation, Message
from bot.db.session import keys_of
from bot.privacy.erase import ERASED_HASH


def rotate_all(session: Session) -> dict[str, int]:
    """Reading decrypts with any known key; writing encrypts with the current one."""
    keys = keys_of(session)
    counts = {"contacts": 0, "conversations": 0, "messages": 0}
    for contact in session.scalars(select(Contact)):
        if not contact.identifier_hash.startswith(ERASED_HASH):  # must stay unfindable
            contact.identifier_hash = keys.lookup_hash(contact.channel, contact.identifier)
        flag_modified(contact, "identifier")
        flag_modified(contact, "display_name")
        counts["contacts"] += 1
    for conv in session.scalars(select(Conversation)):
        flag_modified(conv, "location_label")
        counts["conversations"] += 1
    for message in session.scalars(select(Message)):
        flag_modified(message, "body")
        flag_modified(message, "extras")
        counts["messages"] += 1
    return counts
