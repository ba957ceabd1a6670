"""Partners, the loop of each referral, its history, and the reply clock of each case.

A referral (`bot.handoff.models.Referral`, table `case_referrals`) is what staff wrote down; its
loop (`ReferralLoop`, same id) is what happened next: whom it went to, what the person agreed
to share, the partner's answer and outcome, and the person's check-in. What the person agreed
to share (first name, phone, the need in one line) is encrypted like every personal detail and
deleted with the person's data; the states and times stay as anonymous figures.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db.base import Base, EncryptedText, UTCDateTime, utcnow


class Partner(Base):
    """An organisation of the directory that takes referrals, found by its exact name.

    The directory deletes and recreates organisations on import, so a partner names its
    organisation instead of pointing at a row. `email` and `whatsapp` are the organisation's
    own contact for referral links when it has no accounts in the console.
    """

    __tablename__ = "referral_partners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization: Mapped[str] = mapped_column(String(300), unique=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    whatsapp: Mapped[str | None] = mapped_column(String(40), nullable=True)
    language: Mapped[str] = mapped_column(String(8), default="es")
    # Whether this partner takes over whole cases (transfers), not only referrals.
    accepts_transfers: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PartnerMember(Base):
    """A console account (role `partner`) that works for one partner organisation."""

    __tablename__ = "referral_partner_members"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("staff_users.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("referral_partners.id", ondelete="CASCADE"), index=True
    )

    partner: Mapped[Partner] = relationship()


class ReferralLoop(Base):
    """What became of one referral; its id is the referral's id (`case_referrals.id`)."""

    __tablename__ = "referral_loops"
    __table_args__ = (
        Index("ix_referral_loops_status", "status"),
        Index("ix_referral_loops_checkin", "checkin_status", "checkin_due_at"),
    )

    referral_id: Mapped[int] = mapped_column(
        ForeignKey("case_referrals.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="referral")  # or "transfer"
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral_partners.id", ondelete="SET NULL"), nullable=True, index=True
    )
    organization: Mapped[str | None] = mapped_column(String(300), nullable=True)
    category: Mapped[str] = mapped_column(String(32), default="other")
    status: Mapped[str] = mapped_column(String(16), default="awaiting_consent")
    # pending (asked), given, refused, withdrawn, or none (nothing was asked: anonymous).
    consent: Mapped[str] = mapped_column(String(12), default="none")
    consent_items: Mapped[list[str]] = mapped_column(JSON, default=list)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    first_name: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    phone: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    need: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    decline_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # A new nonce revokes every link sent before it (`bot.referrals.links`).
    link_nonce: Mapped[str | None] = mapped_column(String(32), nullable=True)
    link_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    link_channel: Mapped[str | None] = mapped_column(String(16), nullable=True)
    link_error: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    expired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # scheduled, sent, withheld (the person asked for discretion), failed, answered.
    checkin_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    checkin_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    checkin_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    checkin_answer: Mapped[str | None] = mapped_column(String(16), nullable=True)
    checkin_answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    partner: Mapped[Partner | None] = relationship()
    events: Mapped[list[ReferralEvent]] = relationship(
        back_populates="loop", order_by="ReferralEvent.id", cascade="all, delete-orphan"
    )


class ReferralEvent(Base):
    """One change of a referral: what, when and by whom (a kind and an id, never a name)."""

    __tablename__ = "referral_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referral_loops.referral_id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    event: Mapped[str] = mapped_column(String(24))
    # staff, partner (a console account), link, person, system
    by: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    loop: Mapped[ReferralLoop] = relationship(back_populates="events")


class ReplyClock(Base):
    """A case's first-reply target and how far its escalation went (`bot.referrals.timers`)."""

    __tablename__ = "case_reply_clocks"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    priority: Mapped[str] = mapped_column(String(8))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # 0: not overdue yet; 1: supervisors told; 2 and up: the on-call list, one person a step.
    level: Mapped[int] = mapped_column(Integer, default=0)
    alerted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
