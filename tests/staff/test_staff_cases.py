"""A case's life on its own: transitions, consent, queue position, danger and resuming the bot."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.handoff import cases
from bot.handoff.cases import CaseError
from bot.handoff.categories import from_context, from_danger, priority_for
from bot.handoff.escalation import mark_danger
from bot.handoff.messages import CONSENT_VERSION
from bot.handoff.models import Case, Referral
from bot.staff import replies
from bot.staff.models import StaffUser


def conversation(s: Session, sender: str, channel: str = "web", lang: str = "es") -> Conversation:
    contact = Contact(channel=channel, identifier_hash=sender.ljust(64, "0"), identifier=sender)
    s.add(contact)
    s.flush()
    conv = Conversation(contact_id=contact.id, channel=channel, language=lang)
    s.add(conv)
    s.flush()
    return conv


def staff(s: Session, name: str) -> int:
    user = StaffUser(email=f"{name}@example.org", name=name, role="agent", password_hash="x")
    s.add(user)
    s.flush()
    return user.id


def test_consent_opens_a_case_pauses_the_bot_and_is_recorded(db: Database) -> None:
    with db.session() as s:
        conv = conversation(s, "a")
        case = cases.accept_handoff(s, conv, "shelter", "request", None)
        assert (case.status, case.priority, case.category) == ("new", "normal", "shelter")
        assert conv.status == "waiting_staff"
        assert case.consent_at is not None and case.consent_version == CONSENT_VERSION
        contact = s.get(Contact, conv.contact_id)
        assert contact is not None and contact.consent_version == CONSENT_VERSION


def test_saying_no_opens_nothing(db: Database) -> None:
    with db.session() as s:
        conv = conversation(s, "b")
        cases.decline_handoff(s, conv)
        assert conv.status == "bot"
        assert s.scalars(select(Case)).all() == []


def test_danger_opens_an_urgent_case_at_once_and_no_closes_it(db: Database) -> None:
    with db.session() as s:
        conv = conversation(s, "c")
        mark_danger(s, conv, ["trapped", "documents_taken"])
        case = cases.open_case_for(s, conv.id)
        assert case is not None
        assert (case.priority, case.category, case.source) == ("urgent", "trafficking", "danger")
        assert case.consent_at is None and conv.status == "bot"
        cases.decline_handoff(s, conv)
        assert (case.status, case.close_reason) == ("closed", "consent_declined")


def test_danger_after_a_normal_request_raises_the_same_case_to_urgent(db: Database) -> None:
    with db.session() as s:
        conv = conversation(s, "d")
        case = cases.accept_handoff(s, conv, "other", "request", None)
        case.alerted_at = utcnow()
        mark_danger(s, conv, ["child_taken"])
        assert cases.open_case_for(s, conv.id) is case
        assert (case.priority, case.category) == ("urgent", "child_protection")
        assert case.alerted_at is None  # alerts staff again


def test_categories_and_priorities() -> None:
    assert from_danger(["beaten", "raped"]) == "gender_based_violence"
    assert from_danger(["help_now"]) == "other"
    assert from_context("trafficking_job_offers", "trafficking", None) == "trafficking"
    assert from_context("rights_health", "rights", None) == "health"
    assert from_context(None, None, "find_shelter") == "shelter"
    assert priority_for("child_protection", "request") == "urgent"
    assert priority_for("missing_person", "topic") == "high"
    assert priority_for("shelter", "danger") == "urgent"
    assert priority_for("shelter", "fallback") == "normal"


def test_transitions_follow_the_workflow(db: Database) -> None:
    with db.session() as s:
        conv = conversation(s, "e")
        case = cases.accept_handoff(s, conv, "health", "request", None)
        ana, bea = staff(s, "ana"), staff(s, "bea")
        with pytest.raises(CaseError):
            cases.move(case, "new")  # new -> new is not a step
        cases.claim(case, ana)
        assert (case.status, case.assignee_id) == ("assigned", ana)
        with pytest.raises(CaseError, match="canalized_needs_referral"):
            cases.close(s, case, "canalized")
        cases.add_referral(s, case, ana, None, "Clínica comunitaria")
        s.refresh(case)
        assert cases.close(s, case, "canalized", "ok") is True
        assert case.status == "canalized" and case.closed_at is not None
        with pytest.raises(CaseError, match="case_closed"):
            cases.claim(case, bea)
        with pytest.raises(CaseError, match="case_open"):
            cases.reopen(s, cases.accept_handoff(s, conversation(s, "f"), "other", "request", None))
        cases.reopen(s, case)
        assert (case.status, case.reopened_count, conv.status) == ("assigned", 1, "waiting_staff")
        with pytest.raises(CaseError, match="invalid_outcome"):
            cases.close(s, case, "solved")


def test_a_staff_reply_goes_to_the_outbox_and_closing_resumes_the_bot(db: Database) -> None:
    with db.session() as s:
        conv = conversation(s, "g", lang="fr")
        case = cases.accept_handoff(s, conv, "shelter", "request", None)
        ana = staff(s, "ana")
        sent = replies.staff_reply(s, case, ana, "Bonjour, je suis là.")
        assert sent.refused is None and sent.was_bot is False
        assert (case.status, case.assignee_id, conv.status) == ("in_progress", ana, "with_staff")
        assert case.first_reply_at is not None and case.waiting_since is None
        out = s.get(Message, sent.message_id)
        assert out is not None
        assert (out.sender, out.status, out.staff_user_id) == ("staff", "pending", ana)
        assert cases.close(s, case, "attended") is True
        assert conv.status == "bot"
        goodbye = s.scalars(
            select(Message).where(Message.conversation_id == conv.id).order_by(Message.id.desc())
        ).first()
        assert goodbye is not None and goodbye.sender == "bot" and goodbye.status == "pending"
        assert "équipe" in goodbye.body


def test_whatsapp_reply_outside_the_window_is_refused_and_changes_nothing(db: Database) -> None:
    with db.session() as s:
        conv = conversation(s, "h", channel="whatsapp")
        contact = s.get(Contact, conv.contact_id)
        assert contact is not None
        contact.last_inbound_at = utcnow() - timedelta(hours=30)
        case = cases.accept_handoff(s, conv, "other", "request", None)
        sent = replies.staff_reply(s, case, staff(s, "ana"), "hola")
        assert sent.refused == "outside_24h_window"
        assert case.first_reply_at is None and conv.status == "waiting_staff"


def test_queue_position_counts_more_pressing_and_older_waiting_cases(db: Database) -> None:
    with db.session() as s:
        now = utcnow()
        made = []
        for i, (cat, src) in enumerate(
            [
                ("shelter", "request"),
                ("trafficking", "topic"),
                ("shelter", "request"),
                ("other", "danger"),
            ]
        ):
            conv = conversation(s, f"q{i}")
            made.append(
                cases.open_or_escalate(
                    s, conv, category=cat, source=src, now=now + timedelta(seconds=i)
                )
            )
        first_normal, high, second_normal, urgent = made
        assert cases.queue_position(s, urgent) == 1
        assert cases.queue_position(s, high) == 2
        assert cases.queue_position(s, first_normal) == 3
        assert cases.queue_position(s, second_normal) == 4
        replies.staff_reply(s, high, staff(s, "ana"), "hola")  # answered: no longer waiting
        assert cases.queue_position(s, second_normal) == 3


def test_referral_outcomes_are_checked(db: Database) -> None:
    with db.session() as s:
        case = cases.accept_handoff(s, conversation(s, "r"), "shelter", "request", None)
        ana = staff(s, "ana")
        ref = cases.add_referral(s, case, ana, "mx-shelter-1", "Casa del Migrante", "llamar antes")
        cases.set_referral_outcome(ref, "attended")
        assert s.get(Referral, ref.id) is not None and ref.outcome == "attended"
        with pytest.raises(CaseError):
            cases.set_referral_outcome(ref, "great")
        with pytest.raises(CaseError):
            cases.add_referral(s, case, ana, None, "  ")


def test_erasing_a_person_keeps_only_anonymous_figures(db: Database) -> None:
    from bot.privacy.erase import erase_contact
    from bot.staff import reports

    with db.session() as s:
        conv = conversation(s, "z")
        contact_id = conv.contact_id
        case = cases.accept_handoff(s, conv, "shelter", "request", None)
        ana = staff(s, "ana")
        cases.add_note(s, case, ana, "Vive en la calle Hidalgo 12")
        cases.add_referral(s, case, ana, "mx-1", "Albergue", "preguntar por Rosa")
        case_id = case.id
    with db.session() as s:
        erase_contact(s, contact_id)
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        assert (case.conversation_id, case.contact_id) == (None, None)
        assert (case.status, case.close_reason, case.category) == ("closed", "erased", "shelter")
        assert case.notes == [] and [r.note for r in case.referrals] == [None]
        today = utcnow().date()
        report = reports.build(s, today - timedelta(days=1), today, "UTC")
        assert report.total.received == 1
        with pytest.raises(CaseError, match="erased"):
            cases.reopen(s, case)
