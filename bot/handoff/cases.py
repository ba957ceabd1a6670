"""A case's life: opened with consent (or at once on danger), claimed, answered, closed.

Every function works inside the caller's transaction, so the case and the conversation's
status change together: while a case is open a person is in charge and the bot stays quiet;
closing it hands the conversation back to the bot and tells the person.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import Contact, Conversation
from bot.handoff import categories
from bot.handoff import messages as pm
from bot.handoff.erasure import keep_counts_only
from bot.handoff.models import Case, CaseNote, Referral
from bot.i18n import gettext
from bot.nlg import menus
from bot.outbox.store import enqueue
from bot.reply import OutMessage

OPEN_STATUSES = ("new", "assigned", "in_progress")
CLOSED_STATUSES = ("canalized", "attended", "closed")
STATUSES = OPEN_STATUSES + CLOSED_STATUSES
# A danger case the person refused to share: counts only, in no agent's reach.
DECLINED = "consent_declined"
# Closed by the ceiling for open cases: nobody acted on it for too long.
EXPIRED = "expired"
REFERRAL_OUTCOMES = ("pending", "accepted", "attended", "declined", "no_response")
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"assigned", "in_progress", *CLOSED_STATUSES}),
    "assigned": frozenset({"new", "assigned", "in_progress", *CLOSED_STATUSES}),
    "in_progress": frozenset({"in_progress", *CLOSED_STATUSES}),
    **{s: frozenset({"new", "assigned"}) for s in CLOSED_STATUSES},
}


class CaseError(Exception):
    """A change the case's state does not allow; shown to staff, answered with 409."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def conversation_of(case: Case) -> Conversation:
    """The case's conversation; a case whose person's data was erased has none."""
    if case.conversation is None:
        raise CaseError("erased")
    return case.conversation


def move(case: Case, status: str, now: datetime | None = None) -> None:
    if status not in TRANSITIONS.get(case.status, frozenset()):
        raise CaseError("invalid_transition")
    case.status = status
    case.updated_at = now or utcnow()


def open_case_for(session: Session, conv_id: int) -> Case | None:
    return session.scalars(
        select(Case)
        .where(Case.conversation_id == conv_id, Case.status.in_(OPEN_STATUSES))
        .order_by(Case.id.desc())
    ).first()


def open_or_escalate(
    session: Session,
    conv: Conversation,
    *,
    category: str,
    source: str,
    topic: str | None = None,
    danger: Iterable[str] = (),
    now: datetime | None = None,
) -> Case:
    """The conversation's open case, made more pressing if needed, or a new one."""
    now = now or utcnow()
    danger = sorted(set(danger))
    priority = categories.priority_for(category, source)
    case = open_case_for(session, conv.id)
    if case is None:
        case = Case(
            conversation_id=conv.id,
            contact_id=conv.contact_id,
            channel=conv.channel,
            language=conv.language,
            category=category,
            priority=priority,
            status="new",
            source=source,
            topic=topic,
            danger=danger,
            opened_at=now,
            waiting_since=now,
            updated_at=now,
        )
        session.add(case)
        session.flush()
        return case
    if case.category == "other" and category != "other":
        case.category = category
    if danger:
        case.danger = sorted(set(case.danger or []) | set(danger))
    raised = categories.higher(case.priority, priority)
    if raised != case.priority:
        case.priority = raised
        case.alerted_at = None  # a case that became urgent alerts staff again
        case.alert_attempts = 0
    case.updated_at = now
    return case


def record_consent(session: Session, case: Case, now: datetime | None = None) -> None:
    """Store when and to which wording the person agreed, on the case and the contact."""
    now = now or utcnow()
    case.consent_at = case.consent_at or now
    case.consent_version = case.consent_version or pm.CONSENT_VERSION
    contact = session.get(Contact, case.contact_id)
    if contact is not None:
        contact.consent_at = now
        contact.consent_version = pm.CONSENT_VERSION


def accept_handoff(
    session: Session, conv: Conversation, category: str, source: str, topic: str | None
) -> Case:
    """The person said yes: open (or confirm) the case and pause the bot."""
    now = utcnow()
    case = open_or_escalate(session, conv, category=category, source=source, topic=topic, now=now)
    record_consent(session, case, now)
    case.waiting_since = case.waiting_since or now
    case.person_notified_at = now
    conv.status = "with_staff" if case.first_reply_at else "waiting_staff"
    return case


def decline_handoff(session: Session, conv: Conversation) -> None:
    """The person said no: a case opened at once on danger is closed, nothing is shared.

    Closing is not enough: an unassigned closed case still showed every agent the whole
    conversation, and what the person wrote after refusing. The case keeps only its figures
    (category, priority, danger grades, dates), with no link to the conversation or the person.
    """
    case = open_case_for(session, conv.id)
    if case is not None and case.consent_at is None and case.first_reply_at is None:
        now = utcnow()
        move(case, "closed", now)
        case.closed_at = now
        case.close_reason = DECLINED
        keep_counts_only(session, [case], now)


def queue_position(session: Session, case: Case) -> int:
    """1 + the waiting cases a person will answer first (higher priority, then older)."""
    rank = categories.PRIORITY_RANK.get(case.priority, 9)
    ahead_priorities = [p for p, r in categories.PRIORITY_RANK.items() if r < rank]
    same = [case.priority]
    waiting = (Case.status.in_(("new", "assigned")), Case.first_reply_at.is_(None))
    ahead = session.scalar(
        select(func.count(Case.id)).where(
            *waiting,
            Case.id != case.id,
            (Case.priority.in_(ahead_priorities))
            | (Case.priority.in_(same) & (Case.opened_at < case.opened_at))
            | (Case.priority.in_(same) & (Case.opened_at == case.opened_at) & (Case.id < case.id)),
        )
    )
    return int(ahead or 0) + 1


def claim(case: Case, user_id: int) -> None:
    if case.assignee_id == user_id:
        return
    if case.status not in OPEN_STATUSES:
        raise CaseError("case_closed")
    case.assignee_id = user_id
    if case.status == "new":
        move(case, "assigned")


def assign(case: Case, user_id: int | None) -> None:
    """Give the case to someone (or nobody); a supervisor's decision."""
    if case.status not in OPEN_STATUSES:
        raise CaseError("case_closed")
    case.assignee_id = user_id
    if case.status != "in_progress":
        move(case, "assigned" if user_id else "new")


def add_note(session: Session, case: Case, user_id: int, body: str) -> CaseNote:
    """An internal note; refused on a case that keeps counts only (erased or refused)."""
    conversation_of(case)  # the erasure deleted its notes: a new one would bring text back
    body = body.strip()
    if not body:
        raise CaseError("empty_note")
    note = CaseNote(case_id=case.id, author_id=user_id, body=body)
    session.add(note)
    case.updated_at = utcnow()
    session.flush()
    return note


def add_referral(
    session: Session,
    case: Case,
    user_id: int,
    service_id: str | None,
    service_name: str,
    note: str | None = None,
) -> Referral:
    conversation_of(case)  # nobody left to refer, and its note would bring text back
    name = service_name.strip()[:200]
    if not name:
        raise CaseError("referral_needs_service")
    ref = Referral(
        case_id=case.id,
        service_id=(service_id or "").strip()[:64] or None,
        service_name=name,
        note=(note or "").strip() or None,
        created_by=user_id,
    )
    session.add(ref)
    case.updated_at = utcnow()
    session.flush()
    return ref


def set_referral_outcome(referral: Referral, outcome: str) -> None:
    if outcome not in REFERRAL_OUTCOMES:
        raise CaseError("invalid_outcome")
    referral.outcome = outcome
    referral.updated_at = utcnow()


def close(
    session: Session,
    case: Case,
    outcome: str,
    note: str | None = None,
    *,
    reason: str | None = None,
    tell_person: bool = True,
) -> bool:
    """Close with an outcome; the bot resumes. Returns whether the conversation was paused.

    `reason` says why when nobody chose the outcome (`expired`: bot/handoff/ceiling.py);
    `tell_person=False` closes without the goodbye, for a closing the person did not ask for.
    """
    if outcome not in CLOSED_STATUSES:
        raise CaseError("invalid_outcome")
    if case.status not in OPEN_STATUSES:
        raise CaseError("case_closed")
    if outcome == "canalized" and not case.referrals:
        raise CaseError("canalized_needs_referral")
    now = utcnow()
    move(case, outcome, now)
    case.closed_at = now
    case.waiting_since = None
    case.outcome_note = (note or "").strip() or None
    case.close_reason = reason
    conv = conversation_of(case)
    paused = conv.status != "bot"
    conv.status = "bot"
    if tell_person and paused and conv.closed_at is None:
        lang = conv.language
        goodbye = OutMessage(gettext(lang, pm.CASE_CLOSED), menus.main_menu(lang))
        enqueue(session, conv, [goodbye], sender="bot")
    return paused


def reopen(session: Session, case: Case) -> None:
    """Back to the queue; the conversation returns to staff unless the person moved on."""
    if case.status in OPEN_STATUSES:
        raise CaseError("case_open")
    conv = conversation_of(case)
    if open_case_for(session, conv.id) is not None:
        raise CaseError("another_case_open")
    if conv.closed_at is not None:
        newer = session.scalar(
            select(func.count(Conversation.id)).where(
                Conversation.contact_id == conv.contact_id, Conversation.closed_at.is_(None)
            )
        )
        if newer:
            raise CaseError("conversation_moved_on")
        conv.closed_at = None
    move(case, "assigned" if case.assignee_id else "new")
    case.closed_at = None
    case.close_reason = None
    case.reopened_count += 1
    conv.status = "with_staff" if case.first_reply_at else "waiting_staff"
