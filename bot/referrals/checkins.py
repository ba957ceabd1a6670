"""The person's check-in: some time after a referral, "Did <service> help you?".

The wait depends on the need (REFERRAL_CHECKIN_HOURS, REFERRAL_CHECKIN_HOURS_BY_CATEGORY): a
bed for tonight is asked about sooner than a legal appointment. The message goes through the
outbox with `purpose="referral_checkin"`: inside WhatsApp's window as a message with buttons,
outside it as the approved template; never to a person who asked for discretion, and then the
check-in is recorded as withheld. The answer updates the referral; "I still need help" puts
the case back at the top of the inbox.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db import questions
from bot.db.base import utcnow
from bot.db.models import Contact, Conversation
from bot.handoff import cases
from bot.handoff.models import Case, Referral
from bot.i18n import gettext
from bot.nlg.menus import payload
from bot.outbox import store as outbox
from bot.outbox.window import QUIET
from bot.referrals import messages as m
from bot.referrals.models import ReferralLoop
from bot.referrals.transitions import SYSTEM, Who, note
from bot.reply import Button, OutMessage
from bot.settings import Settings

QUESTION = "referral_checkin"  # the conversation-state key of a pending check-in
INTENT = "referral_checkin"
ANSWERS = ("yes", "no", "more")
PURPOSE = "referral_checkin"


def delay(settings: Settings, category: str) -> timedelta:
    hours = settings.checkin_hours()
    return timedelta(hours=hours.get(category, hours["default"]))


def schedule(loop: ReferralLoop, settings: Settings, now: datetime) -> None:
    loop.checkin_status = "scheduled"
    loop.checkin_due_at = now + delay(settings, loop.category)


def due(session: Session, now: datetime | None = None, limit: int = 50) -> list[int]:
    now = now or utcnow()
    return list(
        session.scalars(
            select(ReferralLoop.referral_id)
            .where(ReferralLoop.checkin_status == "scheduled", ReferralLoop.checkin_due_at <= now)
            .order_by(ReferralLoop.checkin_due_at)
            .limit(limit)
        )
    )


def message(loop: ReferralLoop, service: str, lang: str) -> OutMessage:
    rid = str(loop.referral_id)
    return OutMessage(
        gettext(lang, m.CHECKIN_ASK, service=service),
        (
            Button(gettext(lang, m.BTN_CHECKIN_YES), payload(INTENT, id=rid, a="yes")),
            Button(gettext(lang, m.BTN_CHECKIN_NO), payload(INTENT, id=rid, a="no")),
            Button(gettext(lang, m.BTN_CHECKIN_MORE), payload(INTENT, id=rid, a="more")),
        ),
    )


def _conversation(session: Session, contact: Contact, case: Case) -> Conversation:
    """The person's open conversation, or a new one that carries the check-in."""
    conv = session.scalars(
        select(Conversation)
        .where(Conversation.contact_id == contact.id, Conversation.closed_at.is_(None))
        .order_by(Conversation.id.desc())
    ).first()
    if conv is None:
        conv = Conversation(
            contact_id=contact.id,
            channel=contact.channel,
            language=contact.language or case.language,
        )
        session.add(conv)
        session.flush()
    return conv


def send(session: Session, referral_id: int, now: datetime | None = None) -> str | None:
    """Send one due check-in; returns its new status (None if it was no longer due)."""
    now = now or utcnow()
    loop = session.get(ReferralLoop, referral_id)
    if loop is None or loop.checkin_status != "scheduled":
        return None
    case = session.get(Case, loop.case_id)
    contact = session.get(Contact, case.contact_id) if case and case.contact_id else None
    referral = session.get(Referral, referral_id)
    if case is None or contact is None or referral is None:
        loop.checkin_status = "skipped"  # the person's data was erased: nobody to ask
        return loop.checkin_status
    if contact.quiet():
        loop.checkin_status = "withheld"
        note(session, loop, "checkin_withheld", SYSTEM, now, reason=QUIET)
        return loop.checkin_status
    conv = _conversation(session, contact, case)
    out = message(loop, referral.service_name, conv.language)
    if outbox.can_send_free_form(session, conv):
        ids = outbox.enqueue(session, conv, [out], sender="bot", purpose=PURPOSE)
    else:
        variables = {"1": referral.service_name}
        ids = [outbox.enqueue_template(session, conv, variables, "bot", None, PURPOSE)]
    [result] = outbox.results(session, ids)
    if result.status == "failed":
        loop.checkin_status = "withheld" if result.error == QUIET else "failed"
        note(session, loop, f"checkin_{loop.checkin_status}", SYSTEM, now, reason=result.error)
        return loop.checkin_status
    loop.checkin_status, loop.checkin_sent_at = "sent", now
    questions.remember(conv, QUESTION, referral_id)
    note(session, loop, "checkin_sent", SYSTEM, now, message_id=ids[0])
    return loop.checkin_status


def answer(
    session: Session, loop: ReferralLoop, reply: str, conv: Conversation
) -> OutMessage | None:
    """Record yes / no / I still need help; the last brings the case back to the team."""
    if reply not in ANSWERS or loop.checkin_status not in ("sent", "answered", "scheduled"):
        return None
    now = utcnow()
    loop.checkin_status, loop.checkin_answer, loop.checkin_answered_at = "answered", reply, now
    note(session, loop, "checkin_answered", Who("person"), now, answer=reply)
    lang = conv.language
    if reply == "yes":
        return OutMessage(gettext(lang, m.CHECKIN_THANKS_YES))
    if reply == "no":
        return OutMessage(gettext(lang, m.CHECKIN_THANKS_NO))
    back_to_the_team(session, loop, conv, now)
    return OutMessage(gettext(lang, m.CHECKIN_REOPENED))


def back_to_the_team(
    session: Session, loop: ReferralLoop, conv: Conversation, now: datetime
) -> Case:
    """The case again, at the top of its priority in the inbox, in staff mode.

    The old case is reopened when its conversation is still the person's; otherwise (they have
    written since, in a new conversation) the same need opens a case on this conversation.
    """
    case = session.get(Case, loop.case_id)
    assert case is not None
    if case.status not in cases.OPEN_STATUSES:
        try:
            cases.reopen(session, case)
        except cases.CaseError:
            case = cases.open_or_escalate(
                session, conv, category=loop.category, source="checkin", now=now
            )
            cases.record_consent(session, case, now)
    if case.priority == "normal":
        case.priority = "high"  # a referral that did not help is not a routine request
    case.waiting_since = min(case.opened_at, case.waiting_since or case.opened_at)
    case.updated_at = now
    target = case.conversation or conv
    target.status = "with_staff" if case.first_reply_at else "waiting_staff"
    note(session, loop, "case_reopened", Who("person"), now, case_id=case.id)
    return case
