"""Referrals as rows: for `referrals list --json`, the console's list, and partners' pages.

The same functions feed the command and the pages, so they cannot disagree. Rows carry ids,
states and times only; what the person shared is shown to a partner through `partner_view`,
which reads it through the consent (`bot.referrals.consent.shared`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.models import Case, Referral
from bot.referrals.consent import Shared, shared
from bot.referrals.models import ReferralLoop
from bot.referrals.transitions import STATUSES


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def times(loop: ReferralLoop) -> dict[str, str | None]:
    """When the referral first entered each state (None if it never did)."""
    found: dict[str, str | None] = {status: None for status in STATUSES}
    found["awaiting_consent"] = _iso(loop.created_at) if loop.consent_items else None
    for event in loop.events:
        if event.event in found and found[event.event] is None:
            found[event.event] = _iso(event.at)
    return found


def row(loop: ReferralLoop, referral: Referral) -> dict[str, Any]:
    changes = times(loop)
    return {
        "id": loop.referral_id,
        "case_id": loop.case_id,
        "service_id": referral.service_id,
        "organization": loop.organization,
        "partner_id": loop.partner_id,
        "kind": loop.kind,
        "category": loop.category,
        "status": loop.status,
        "consent": loop.consent,
        "consent_items": list(loop.consent_items or []),
        "decline_reason": loop.decline_reason,
        "outcome": loop.outcome,
        "link_channel": loop.link_channel,
        "link_error": loop.link_error,
        "checkin_status": loop.checkin_status,
        "checkin_answer": loop.checkin_answer,
        "created_at": _iso(loop.created_at),
        **{f"{status}_at": at for status, at in changes.items()},
        "consent_at": _iso(loop.consent_at),
        "withdrawn_at": _iso(loop.withdrawn_at),
        "link_sent_at": _iso(loop.link_sent_at),
        "checkin_due_at": _iso(loop.checkin_due_at),
        "checkin_sent_at": _iso(loop.checkin_sent_at),
        "checkin_answered_at": _iso(loop.checkin_answered_at),
        "updated_at": _iso(loop.updated_at),
        "history": [
            {"event": e.event, "at": _iso(e.at), "by": e.by, "user_id": e.user_id}
            for e in loop.events
        ],
    }


def rows(
    session: Session,
    status: str | None = None,
    case_id: int | None = None,
    organization: str | None = None,
    limit: int = 1000,
) -> list[dict[str, Any]]:
    """Referrals, newest first."""
    query = (
        select(ReferralLoop, Referral)
        .join(Referral, Referral.id == ReferralLoop.referral_id)
        .order_by(ReferralLoop.referral_id.desc())
        .limit(limit)
    )
    if status:
        query = query.where(ReferralLoop.status == status)
    if case_id is not None:
        query = query.where(ReferralLoop.case_id == case_id)
    if organization:
        query = query.where(ReferralLoop.organization == organization)
    return [row(loop, referral) for loop, referral in session.execute(query)]


@dataclass(frozen=True)
class PartnerView:
    """A referral as its organisation sees it: the need, what the person agreed to share."""

    id: int
    kind: str
    status: str
    organization: str | None
    service_name: str
    language: str
    shared: Shared
    sent_at: datetime | None
    acknowledged_at: datetime | None
    answered_at: datetime | None
    outcome: str | None
    decline_reason: str | None


def partner_view(session: Session, loop: ReferralLoop) -> PartnerView:
    referral = session.get(Referral, loop.referral_id)
    case = session.get(Case, loop.case_id)
    return PartnerView(
        loop.referral_id,
        loop.kind,
        loop.status,
        loop.organization,
        referral.service_name if referral else "",
        case.language if case else "",
        shared(loop),
        loop.sent_at,
        loop.acknowledged_at,
        loop.answered_at,
        loop.outcome,
        loop.decline_reason,
    )


def for_partner(session: Session, partner_id: int) -> list[PartnerView]:
    """Every referral sent to one partner (none still waiting for the person's answer)."""
    loops = session.scalars(
        select(ReferralLoop)
        .where(ReferralLoop.partner_id == partner_id, ReferralLoop.status != "awaiting_consent")
        .order_by(ReferralLoop.referral_id.desc())
        .limit(500)
    )
    return [partner_view(session, loop) for loop in loops]


def of_partner(session: Session, partner_id: int, referral_id: int) -> ReferralLoop | None:
    """One referral, if it was sent to this partner; None for anything else."""
    loop = session.get(ReferralLoop, referral_id)
    if loop is None or loop.partner_id != partner_id or loop.status == "awaiting_consent":
        return None
    return loop
