"""Twilio Content resources Puente created, keyed by a hash of what they show.

A WhatsApp menu goes out as a Content resource (`twilio/quick-reply`, `twilio/list-picker`,
`twilio/location`) that must exist at Twilio before a message can name it. The same menu in the
same language is needed again and again, so each is created once and its SID kept here. The key
is unique: when two replicas need the same new content at once, one claims the row (`creating`)
and creates it, the other waits for the SID or sends numbered text meanwhile. A content Twilio
refused (`refused`) is never tried again; numbered text goes out instead.

Only the hash of the content is stored, never its words: a menu's body can quote what the
person was told, and the table outlives conversations.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import Base, UTCDateTime, utcnow

CREATING, READY, REFUSED = "creating", "ready", "refused"


class WhatsAppContent(Base):
    __tablename__ = "whatsapp_contents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of kind, language, types
    kind: Mapped[str] = mapped_column(String(32))  # twilio/quick-reply, twilio/list-picker, ...
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default=CREATING)
    sid: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
