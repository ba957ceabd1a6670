"""Referrals as staff see them on a case page: state, consent, what is shared, link, check-in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.referrals import transitions
from bot.referrals.models import ReferralEvent, ReferralLoop


@dataclass(frozen=True)
class LoopView:
    id: int
    kind: str
    organization: str | None
    partner: bool
    status: str
    consent: str
    items: tuple[str, ...]
    first_name: str | None
    phone: str | None
    need: str | None
    link_sent_at: datetime | None
    link_error: str | None
    checkin_status: str | None
    checkin_due_at: datetime | None
    checkin_answer: str | None
    decline_reason: str | None
    outcome: str | None
    history: tuple[tuple[str, str, datetime], ...]

    @property
    def is_open(self) -> bool:
        return self.status in transitions.OPEN

    @property
    def next_steps(self) -> tuple[str, ...]:
        """What staff may record for the partner (told by phone or in person)."""
        if self.status == "sent":
            return ("acknowledged", "accepted", "declined")
        if self.status == "acknowledged":
            return ("accepted", "declined")
        if self.status == "accepted":
            return tuple(transitions.OUTCOMES)
        return ()


def for_case(session: Session, case_id: int) -> dict[int, LoopView]:
    loops = session.scalars(select(ReferralLoop).where(ReferralLoop.case_id == case_id))
    found: dict[int, LoopView] = {}
    for loop in loops:
        events: list[ReferralEvent] = list(loop.events)
        found[loop.referral_id] = LoopView(
            loop.referral_id,
            loop.kind,
            loop.organization,
            loop.partner_id is not None,
            loop.status,
            loop.consent,
            tuple(loop.consent_items or ()),
            loop.first_name,
            loop.phone,
            loop.need,
            loop.link_sent_at,
            loop.link_error,
            loop.checkin_status,
            loop.checkin_due_at,
            loop.checkin_answer,
            loop.decline_reason,
            loop.outcome,
            tuple((e.event, e.by, e.at) for e in events),
        )
    return found
