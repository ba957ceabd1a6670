"""When a person's data is erased, their cases keep only what the reports count.

`bot.privacy.erase` calls it in the transaction that deletes the conversations, whether the
person asked or the retention period ran out. An open case is closed (`close_reason = erased`);
notes, closing notes and referral notes go; category, priority, channel, language, dates and
referral outcomes stay, with no link to anyone.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.handoff.models import Case, CaseNote, Referral

OPEN = ("new", "assigned", "in_progress")


def detach_cases(session: Session, conversation_ids: list[int]) -> None:
    cases = list(session.scalars(select(Case).where(Case.conversation_id.in_(conversation_ids))))
    if not cases:
        return
    now = utcnow()
    for case in cases:
        if case.status in OPEN:
            case.status = "closed"
            case.closed_at = now
            case.close_reason = "erased"
    keep_counts_only(session, cases, now)


def keep_counts_only(session: Session, cases: list[Case], now: datetime) -> None:
    """Cut the cases' link to the person and drop their free text; the figures stay.

    Also used when a person refuses to share a danger case (`bot.handoff.cases.decline_handoff`):
    what they wrote, before and after saying no, must stay out of every agent's reach.
    """
    ids = [c.id for c in cases]
    session.execute(delete(CaseNote).where(CaseNote.case_id.in_(ids)))
    for referral in session.scalars(select(Referral).where(Referral.case_id.in_(ids))):
        referral.note = None
    for case in cases:
        case.conversation = None
        case.conversation_id = None
        case.contact_id = None
        case.outcome_note = None
        case.waiting_since = None
        case.updated_at = now
    session.flush()
