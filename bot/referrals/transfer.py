"""Case transfer: a partner that takes over whole cases accepts one, and Puente's case ends.

A transfer is a referral of kind `transfer`, offered only to partners that take over whole
cases, with the same consent per item. When the partner accepts, the case closes as
canalized with the reason `transferred`, the conversation goes back to the assistant (Rasa's
tracker is resumed by the staff loop), and the person is told, in their language, who
continues with them; a decline leaves the case with the team.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.db.models import Conversation
from bot.handoff import cases
from bot.handoff.models import Case
from bot.i18n import gettext
from bot.outbox import store as outbox
from bot.referrals import messages as m
from bot.referrals.consent import name_of
from bot.referrals.models import ReferralLoop
from bot.referrals.transitions import Who, note
from bot.reply import OutMessage

REASON = "transferred"


def take_over(session: Session, loop: ReferralLoop, who: Who) -> bool:
    """Close the case for a transfer the partner just accepted; whether it was still open."""
    if loop.kind != "transfer":
        return False
    case = session.get(Case, loop.case_id)
    if case is None or case.status not in cases.OPEN_STATUSES or case.conversation is None:
        return False
    conv: Conversation = case.conversation
    paused = cases.close(session, case, "canalized", reason=REASON, tell_person=False)
    if paused:
        case.rasa_pending = "resume"  # the staff loop tells Rasa once it answers
    text = gettext(conv.language, m.TRANSFERRED, organization=name_of(session, loop))
    outbox.enqueue(session, conv, [OutMessage(text)], sender="bot", purpose="staff_reply")
    note(session, loop, "case_transferred", who, loop.updated_at, case_id=case.id)
    return True
