"""The states of a referral and the only ways between them, each one recorded with its time.

    awaiting_consent -> sent -> acknowledged -> accepted | declined -> attended | not_attended
                        sent | acknowledged -> expired (nobody answered in time)

Every change goes through `change`, which checks the move, stamps the time, writes a
`ReferralEvent` (who: staff, partner, link, person or system) and keeps the outcome staff see
on the referral itself (`case_referrals.outcome`) in step, so older pages and reports agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.handoff.models import Referral
from bot.referrals.models import ReferralEvent, ReferralLoop
from bot.settings import Settings

STATUSES = (
    "awaiting_consent",
    "sent",
    "acknowledged",
    "accepted",
    "declined",
    "attended",
    "not_attended",
    "expired",
)
WAITING_FOR_PARTNER = ("sent", "acknowledged")
OPEN = ("awaiting_consent", "sent", "acknowledged", "accepted")
NEXT: dict[str, frozenset[str]] = {
    "awaiting_consent": frozenset({"sent"}),
    "sent": frozenset({"acknowledged", "accepted", "declined", "expired"}),
    "acknowledged": frozenset({"accepted", "declined", "expired"}),
    "accepted": frozenset({"attended", "not_attended"}),
}
# What a partner records after accepting, and the state each leads to.
OUTCOMES = {
    "received": "attended",
    "attended": "attended",
    "could_not_reach": "not_attended",
    "no_capacity": "not_attended",
}
DECLINE_REASONS = ("no_capacity", "not_eligible", "not_offered", "other")
# The outcome shown on the referral (bot.handoff.cases.REFERRAL_OUTCOMES) for each state.
LEGACY = {
    "awaiting_consent": "pending",
    "sent": "pending",
    "acknowledged": "pending",
    "accepted": "accepted",
    "declined": "declined",
    "attended": "attended",
    "not_attended": "no_response",
    "expired": "no_response",
}
TIME_OF = {
    "sent": "sent_at",
    "acknowledged": "acknowledged_at",
    "accepted": "answered_at",
    "declined": "answered_at",
    "attended": "outcome_at",
    "not_attended": "outcome_at",
    "expired": "expired_at",
}
BY = ("staff", "partner", "link", "person", "system")


class ReferralError(Exception):
    """A change the referral's state does not allow; shown as a known code, never echoed."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Who:
    """Who made a change: a kind from `BY` and, for an account, its id."""

    by: str
    user_id: int | None = None


SYSTEM = Who("system")
PERSON = Who("person")


def note(
    session: Session, loop: ReferralLoop, event: str, who: Who, now: datetime, **detail: Any
) -> None:
    """Record an event that is not a change of state (consent, a link sent, a check-in)."""
    session.add(
        ReferralEvent(
            referral_id=loop.referral_id,
            at=now,
            event=event,
            by=who.by,
            user_id=who.user_id,
            detail=detail,
        )
    )
    loop.updated_at = now


def change(
    session: Session,
    loop: ReferralLoop,
    status: str,
    who: Who,
    now: datetime | None = None,
    **detail: Any,
) -> None:
    now = now or utcnow()
    if status not in NEXT.get(loop.status, frozenset()):
        raise ReferralError("invalid_transition")
    if status in ("accepted", "declined") and loop.acknowledged_at is None:
        loop.acknowledged_at = now  # an answer is also an acknowledgement
    loop.status = status
    setattr(loop, TIME_OF[status], now)
    note(session, loop, status, who, now, **detail)
    referral = session.get(Referral, loop.referral_id)
    if referral is not None:
        referral.outcome = LEGACY[status]
        referral.updated_at = now


def acknowledge(session: Session, loop: ReferralLoop, who: Who) -> bool:
    """The partner saw the referral; the first view counts, later ones change nothing."""
    if loop.status != "sent":
        return False
    change(session, loop, "acknowledged", who)
    return True


def accept(session: Session, loop: ReferralLoop, who: Who) -> None:
    change(session, loop, "accepted", who)


def decline(session: Session, loop: ReferralLoop, who: Who, reason: str) -> None:
    if reason not in DECLINE_REASONS:
        raise ReferralError("invalid_reason")
    loop.decline_reason = reason
    change(session, loop, "declined", who, reason=reason)
    if loop.checkin_status == "scheduled":
        loop.checkin_status = "skipped"  # nobody asks "did they help?" about a refusal


def record_outcome(session: Session, loop: ReferralLoop, who: Who, outcome: str) -> None:
    status = OUTCOMES.get(outcome)
    if status is None:
        raise ReferralError("invalid_outcome")
    loop.outcome = outcome
    change(session, loop, status, who, outcome=outcome)


def expire_due(session: Session, settings: Settings, now: datetime | None = None) -> list[int]:
    """Referrals nobody answered within REFERRAL_EXPIRE_DAYS of sending: now expired."""
    now = now or utcnow()
    limit = now - timedelta(days=settings.referral_expire_days)
    expired = []
    for loop in session.scalars(
        select(ReferralLoop)
        .where(ReferralLoop.status.in_(WAITING_FOR_PARTNER), ReferralLoop.sent_at < limit)
        .order_by(ReferralLoop.referral_id)
        .limit(200)
    ):
        change(session, loop, "expired", SYSTEM, now)
        expired.append(loop.referral_id)
    return expired
