"""Contacts, conversations and messages: the record of every exchange.

Identifiers and message bodies are encrypted at rest; a keyed hash finds a contact again.
Each message's channel id is unique per channel, so a repeated delivery is stored once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db.base import Base, EncryptedText, UTCDateTime, utcnow

CONVERSATION_STATUSES = ("bot", "waiting_staff", "with_staff")
MESSAGE_STATUSES = ("received", "pending", "sent", "delivered", "read", "failed")


def new_public_id() -> str:
    return uuid4().hex


class Contact(Base):
    """A person on one channel. No name or document is ever required."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("channel", "identifier_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    identifier_hash: Mapped[str] = mapped_column(String(64))
    identifier: Mapped[str] = mapped_column(EncryptedText)
    display_name: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    consent_version: Mapped[str | None] = mapped_column(String(16), nullable=True)
    last_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # When the person asked for discretion or said they deleted the chat (see `quiet`).
    discreet_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The country ("us", "mx") the person's messages last named: where they are, for the
    # emergency lines, when a message does not say (`bot.handoff.grading.place_of`).
    place: Mapped[str | None] = mapped_column(String(2), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    conversations: Mapped[list[Conversation]] = relationship(back_populates="contact")

    def quiet(self) -> bool:
        """Whether nobody may message this person first: they asked for discretion (or said
        they deleted the chat, because someone may read their phone) and have not written
        since. Answers to their own messages still go out; check-ins, staff messages outside a
        live exchange and reminders wait until they write again."""
        if self.discreet_at is None:
            return False
        return self.last_inbound_at is None or self.last_inbound_at <= self.discreet_at


class Conversation(Base):
    """One stretch of talk with a contact; its public id is the Rasa sender id."""

    __tablename__ = "conversations"
    __table_args__ = (Index("ix_conversations_contact_open", "contact_id", "closed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True, default=new_public_id)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="bot")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_turns: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    location_label: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    location_lat: Mapped[float | None] = mapped_column(nullable=True)
    location_lon: Mapped[float | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # When Rasa's copy of this closed conversation (its tracker, in plain text) was deleted.
    tracker_cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    contact: Mapped[Contact] = relationship(back_populates="conversations")
    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", order_by="Message.id", cascade="all, delete-orphan"
    )

    def close(self, now: datetime) -> None:
        """End the conversation and forget where the person was."""
        self.closed_at = now
        self.location_lat = self.location_lon = None
        self.location_label = None


class Message(Base):
    """An inbound or outbound message; outbound ones double as the outbox."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("channel", "channel_message_id"),
        Index("ix_messages_outbox", "status", "next_attempt_at"),
        Index("ix_messages_conversation", "conversation_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))
    sender: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    channel_message_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    kind: Mapped[str] = mapped_column(String(16), default="text")
    # Why a message that starts a conversation was sent (`bot.outbox.window.PURPOSES`): picks
    # the approved template outside WhatsApp's window. None for replies to the person.
    purpose: Mapped[str | None] = mapped_column(String(32), nullable=True)
    body: Mapped[str] = mapped_column(EncryptedText, default="")
    buttons: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    # What an outbound reply carries beyond text and buttons (`OutMessage.extras`: a place, what
    # it asks for), as JSON, encrypted like the body; None for most messages.
    extras: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    intent: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # The danger screen's grade of an inbound message (immediate, past_harm, information, none),
    # its reasons (codes staff read in the console) and the country it names ("us", "mx").
    danger_grade: Mapped[str | None] = mapped_column(String(16), nullable=True)
    danger_reasons: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    place: Mapped[str | None] = mapped_column(String(2), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="received")
    error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    staff_user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    conversation: Mapped[Conversation] = relationship(back_populates="messages")


class Feedback(Base):
    """'Was this useful?' per topic; anonymous so it survives erasure."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic: Mapped[str] = mapped_column(String(64), index=True)
    useful: Mapped[bool] = mapped_column(Boolean)
    language: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
