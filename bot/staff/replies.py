"""Staff replies: out through the person's channel via the outbox, or refused with a reason.

The first reply that the channel accepts puts a person in charge: the case moves to
`in_progress`, the conversation to `with_staff`. A reply WhatsApp would refuse (outside the
24-hour window) is stored as failed with its reason and changes nothing else, so staff see why.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.handoff.cases import OPEN_STATUSES, CaseError, conversation_of, move
from bot.handoff.models import Case
from bot.outbox.store import enqueue, enqueue_template, results
from bot.reply import OutMessage


@dataclass(frozen=True)
class Reply:
    message_id: int
    was_bot: bool  # the bot was answering until now: Rasa's tracker should record a pause
    refused: str | None  # why the channel refused it at once (outside WhatsApp's window)


def staff_reply(session: Session, case: Case, user_id: int, text: str) -> Reply:
    """Queue the reply on the person's channel; a refused one changes nothing but is kept."""
    if case.status not in OPEN_STATUSES:
        raise CaseError("case_closed")
    text = text.strip()
    if not text:
        raise CaseError("empty_reply")
    conv = conversation_of(case)
    if case.assignee_id is None:
        case.assignee_id = user_id
    ids = enqueue(
        session, conv, [OutMessage(text)], "staff", staff_user_id=user_id, purpose="staff_reply"
    )
    return _replied(session, case, ids[0])


def staff_template(session: Session, case: Case, user_id: int) -> Reply:
    """The approved WhatsApp template: the only message allowed outside the 24-hour window."""
    if case.status not in OPEN_STATUSES:
        raise CaseError("case_closed")
    if case.assignee_id is None:
        case.assignee_id = user_id
    message_id = enqueue_template(session, conversation_of(case), {}, "staff", user_id)
    return _replied(session, case, message_id)


def _replied(session: Session, case: Case, message_id: int) -> Reply:
    outcome = results(session, [message_id])[0]
    if outcome.status == "failed":
        return Reply(message_id, False, outcome.error or "failed")
    now = utcnow()
    conv = conversation_of(case)
    case.first_reply_at = case.first_reply_at or now
    case.waiting_since = None
    move(case, "in_progress", now)
    was_bot = conv.status == "bot"
    conv.status = "with_staff"
    return Reply(message_id, was_bot, None)
