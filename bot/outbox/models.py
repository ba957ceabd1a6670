"""What was handed to a platform for each outbound message, part by part.

A long reply goes out as several platform messages. Recording each part as it is accepted lets a
retry resume after the last part that went out instead of repeating the whole reply, and lets a
Twilio status callback (which names one part's SID) find its message. No content is stored
here: only platform ids, states and error codes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import Base, UTCDateTime, utcnow

PART_STATUSES = ("sent", "delivered", "read", "failed")


class OutboundPart(Base):
    __tablename__ = "outbound_parts"
    __table_args__ = (
        UniqueConstraint("channel", "provider_id"),
        Index("ix_outbound_parts_message", "message_id", "part"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    part: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))
    provider_id: Mapped[str] = mapped_column(String(128))
    # The Twilio Content (HX...) this part was sent as, when it was an interactive message or
    # a map pin: a delivery failure then retires that content and the reply goes out as text.
    content_sid: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="sent")
    error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
