"""Cases: a person's request for a human, its notes and its referrals.

A case belongs to one conversation; when the person's data is erased the case loses that link,
its notes and free text, and lives on only as anonymous figures. Notes and referral notes may
hold personal details, so they are encrypted like message bodies.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db.base import Base, EncryptedText, UTCDateTime, utcnow
from bot.db.models import Conversation


class Case(Base):
    """A request for a person: who takes it, how it ends, and the times that reports need."""

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_queue", "status", "priority"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Both links are cut when the person's data is erased (bot/handoff/erasure.py); the case then
    # survives only as anonymous figures for the reports.
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), index=True, nullable=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(32))
    priority: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="new")
    source: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str | None] = mapped_column(String(64), nullable=True)
    danger: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The most pressing danger grade of the messages that opened or joined the case.
    grade: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # A safe time to write or a code word agreed with the person (it can say who they are).
    safe_contact: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL"), nullable=True
    )
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    consent_version: Mapped[str | None] = mapped_column(String(16), nullable=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    first_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    waiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    person_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    alerted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    alert_attempts: Mapped[int] = mapped_column(Integer, default=0)
    # When the supervisors were told that this case closes for inactivity unless someone acts
    # (bot/handoff/ceiling.py); a warning older than the case's last activity no longer counts.
    expiry_warned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    close_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    outcome_note: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)
    # "pause" or "resume" still to be recorded in Rasa's tracker (Rasa was down): retried.
    rasa_pending: Mapped[str | None] = mapped_column(String(8), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    conversation: Mapped[Conversation | None] = relationship()
    notes: Mapped[list[CaseNote]] = relationship(
        back_populates="case", order_by="CaseNote.id", cascade="all, delete-orphan"
    )
    referrals: Mapped[list[Referral]] = relationship(
        back_populates="case", order_by="Referral.id", cascade="all, delete-orphan"
    )


class CaseNote(Base):
    """An internal note; never sent to the person."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL"), nullable=True
    )
    body: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="notes")


class Referral(Base):
    """A referral (canalization) to a service: a directory id when known, always a name."""

    __tablename__ = "case_referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    service_name: Mapped[str] = mapped_column(EncryptedText)  # it can say what happened
    note: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="referrals")
