"""What a staff member can do to a case, checked, applied and audited in one transaction.

The console and the JSON API both call these, so need-to-know and the audit trail cannot
differ between them. Effects outside the database (telling Rasa to pause or resume) are
returned for the caller to run after the commit.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.handoff import cases
from bot.handoff.models import Case, Referral
from bot.handoff.rasa_sync import Effect
from bot.privacy.erase import erase_contact
from bot.staff import audit, replies, views
from bot.staff.auth import Actor
from bot.staff.models import StaffUser


class NotFound(Exception):
    """No such case (or referral)."""


class Denied(Exception):
    """Need-to-know: this staff member may not see or change the case."""

    def __init__(self, case_id: int | None) -> None:
        super().__init__(f"case {case_id}")
        self.case_id = case_id


def effect(
    case: Case, pause: bool = False, resume: bool = False, refused: str | None = None
) -> Effect:
    """The Rasa call to make after the commit, remembered on the case until it succeeds."""
    if pause or resume:
        case.rasa_pending = "resume" if resume else "pause"
    return Effect(case.id, cases.conversation_of(case).public_id, pause, resume, refused)


def load(session: Session, actor: Actor, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(case_id)
    if not views.can_view(actor, case):
        raise Denied(case_id)
    return case


def record_denied(session: Session, actor: Actor, case_id: int | None) -> None:
    """Written in its own transaction, since the refused one is rolled back."""
    audit.record(session, actor, "view_denied", case_id)


def view_case(session: Session, actor: Actor, case_id: int) -> views.CaseDetail:
    case = load(session, actor, case_id)
    audit.record(session, actor, "view_case", case.id)
    return views.detail(session, actor, case)


def transcript(session: Session, actor: Actor, case_id: int, after: int = 0) -> list[views.Line]:
    """The console's poll (every few seconds) for the transcript, audited like opening the case.

    Reading a conversation is a view. A poll that shows nothing this staff member has not
    already been recorded seeing is left out, so the log says what was read without a row
    every three seconds.
    """
    lines = views.transcript(session, load(session, actor, case_id), after)
    if lines and audit.last_seen(session, actor, case_id) != lines[-1].id:
        audit.record(
            session, actor, "view_transcript", case_id, lines=len(lines), last=lines[-1].id
        )
    return lines


def claim(session: Session, actor: Actor, case_id: int) -> None:
    case = load(session, actor, case_id)
    if case.assignee_id not in (None, actor.id) and not actor.is_supervisor:
        raise Denied(case_id)
    cases.claim(case, actor.id)
    audit.record(session, actor, "claim", case.id, status=case.status)


def assign(session: Session, actor: Actor, case_id: int, user_id: int | None) -> None:
    case = load(session, actor, case_id)
    if not actor.is_supervisor and user_id != actor.id:
        raise Denied(case_id)
    if user_id is not None:
        user = session.get(StaffUser, user_id)
        if user is None or not user.active:
            raise cases.CaseError("unknown_staff")
    cases.assign(case, user_id)
    audit.record(session, actor, "assign", case.id, assignee_id=user_id, status=case.status)


def reply(session: Session, actor: Actor, case_id: int, text: str) -> Effect:
    case = load(session, actor, case_id)
    sent = replies.staff_reply(session, case, actor.id, text)
    audit.record(session, actor, "reply", case.id, message_id=sent.message_id, refused=sent.refused)
    return effect(case, pause=sent.was_bot, refused=sent.refused)


def send_template(session: Session, actor: Actor, case_id: int) -> Effect:
    case = load(session, actor, case_id)
    sent = replies.staff_template(session, case, actor.id)
    audit.record(
        session,
        actor,
        "reply",
        case.id,
        message_id=sent.message_id,
        template=True,
        refused=sent.refused,
    )
    return effect(case, pause=sent.was_bot, refused=sent.refused)


def set_safe_contact(session: Session, actor: Actor, case_id: int, value: str) -> None:
    """The safe time or code word agreed with the person; empty clears it."""
    case = load(session, actor, case_id)
    cases.conversation_of(case)  # nothing to keep for a case that keeps counts only
    case.safe_contact = value.strip()[:200] or None
    audit.record(session, actor, "safe_contact", case.id, set=case.safe_contact is not None)


def add_note(session: Session, actor: Actor, case_id: int, body: str) -> None:
    case = load(session, actor, case_id)
    note = cases.add_note(session, case, actor.id, body)
    audit.record(session, actor, "note", case.id, note_id=note.id)


def refer(
    session: Session,
    actor: Actor,
    case_id: int,
    service_id: str | None,
    service_name: str,
    note: str | None = None,
) -> int:
    case = load(session, actor, case_id)
    ref = cases.add_referral(session, case, actor.id, service_id, service_name, note)
    audit.record(session, actor, "refer", case.id, referral_id=ref.id, service_id=ref.service_id)
    return ref.id


def referral_outcome(session: Session, actor: Actor, referral_id: int, outcome: str) -> int:
    ref = session.get(Referral, referral_id)
    if ref is None:
        raise NotFound(referral_id)
    case = load(session, actor, ref.case_id)
    cases.set_referral_outcome(ref, outcome)
    audit.record(session, actor, "referral_outcome", case.id, referral_id=ref.id, outcome=outcome)
    return case.id


def close(
    session: Session, actor: Actor, case_id: int, outcome: str, note: str | None = None
) -> Effect:
    case = load(session, actor, case_id)
    paused = cases.close(session, case, outcome, note)
    audit.record(session, actor, "close", case.id, outcome=outcome)
    return effect(case, resume=paused)


def reopen(session: Session, actor: Actor, case_id: int) -> Effect:
    case = load(session, actor, case_id)
    cases.reopen(session, case)
    audit.record(session, actor, "reopen", case.id, status=case.status)
    return effect(case, pause=True)


def erase_person(session: Session, actor: Actor, case_id: int) -> list[str]:
    """A supervisor erases the person's data on their request; the case keeps only counts.

    Returns the Rasa sender ids whose trackers must be erased after the commit.
    """
    case = load(session, actor, case_id)
    if not actor.is_supervisor:
        raise Denied(case_id)
    contact_id = cases.conversation_of(case).contact_id
    senders = erase_contact(session, contact_id)
    audit.record(session, actor, "erase_person", case_id, conversations=len(senders))
    return senders
