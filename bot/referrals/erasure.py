"""When a person's data is erased, their referrals keep only what the reports count.

`bot.privacy.erase` calls this in the transaction that deletes the person's conversations
(on their request or after the retention period): what they agreed to share (first name,
phone, the need in their words) is deleted, a check-in still to come is cancelled and links
stop working; the states, times, category and organisation stay, with no link to anyone.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.handoff.models import Case
from bot.referrals.models import ReferralLoop
from bot.referrals.transitions import SYSTEM, note


def forget(session: Session, conversation_ids: list[int]) -> int:
    """Erase the personal data of every referral of these conversations' cases."""
    if not conversation_ids:
        return 0
    loops = session.scalars(
        select(ReferralLoop)
        .join(Case, Case.id == ReferralLoop.case_id)
        .where(Case.conversation_id.in_(conversation_ids))
    ).all()
    now = utcnow()
    for loop in loops:
        loop.first_name = loop.phone = loop.need = None
        if loop.consent in ("given", "pending"):
            loop.consent = "erased"
        if loop.checkin_status == "scheduled":
            loop.checkin_status = "skipped"
        loop.link_nonce = None  # the partner's page would show nothing anyway
        note(session, loop, "erased", SYSTEM, now)
    return len(loops)
