"""Consent per referral: the person agrees, item by item, to what one organisation may see.

Staff choose what would help the organisation receive the person (the first name if they gave
one, the phone, the need in one line). Before the referral leaves, the person is asked in their
language with yes/no buttons; the question is remembered in the conversation's state
(`bot.db.questions`), so the app itself takes the answer whether Rasa is up or not. Without a
yes the organisation sees only an anonymous need (the category). A yes can be withdrawn at any
time, by the person or by staff on the person's request: the details are deleted at once, so
the partner's next look shows nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from bot.db import questions
from bot.db.base import utcnow
from bot.db.models import Contact, Conversation
from bot.handoff.cases import add_referral, conversation_of
from bot.handoff.models import Case, Referral
from bot.i18n import gettext
from bot.nlg.menus import payload
from bot.outbox import store as outbox
from bot.referrals import checkins, partners
from bot.referrals import messages as m
from bot.referrals.models import ReferralLoop
from bot.referrals.transitions import ReferralError, Who, change, note
from bot.reply import Button, OutMessage
from bot.settings import Settings

ITEMS = ("first_name", "phone", "need")
KINDS = ("referral", "transfer")
QUESTION = "referral_consent"  # the conversation-state key of a pending question
SHARE_INTENT = "referral_share"
STOP_INTENT = "referral_stop"
NEED_CHARS = 140


@dataclass(frozen=True)
class Draft:
    """What staff fill in to refer a person."""

    service_id: str | None
    service_name: str
    note: str | None = None
    organization: str | None = None
    kind: str = "referral"
    items: tuple[str, ...] = ()
    first_name: str | None = None
    phone: str | None = None
    need: str | None = None


@dataclass(frozen=True)
class Shared:
    """What a partner may see of a referral: the need's category always, the rest by consent."""

    category: str
    consent: str
    first_name: str | None = None
    phone: str | None = None
    need: str | None = None
    items: tuple[str, ...] = field(default_factory=tuple)


def phone_of(contact: Contact | None) -> str | None:
    """The person's number when their channel is a phone number (WhatsApp)."""
    if contact is None or contact.channel != "whatsapp":
        return None
    number = contact.identifier.removeprefix("whatsapp:").strip()
    return number or None


def create(
    session: Session, case: Case, user_id: int, draft: Draft, settings: Settings
) -> tuple[ReferralLoop, str | None]:
    """The referral, its loop, and the consent question (or, with nothing to share, sent).

    Returns the loop and, when the question could not reach the person, why (an outbox code
    such as `outside_24h_window`): staff can then send the referral without details.
    """
    if draft.kind not in KINDS:
        raise ReferralError("invalid_kind")
    conv = conversation_of(case)
    target = partners.target_for(session, draft.service_id, draft.organization)
    if draft.kind == "transfer" and (
        target.partner is None or not target.partner.accepts_transfers
    ):
        raise ReferralError("partner_takes_no_transfers")
    referral = add_referral(
        session, case, user_id, draft.service_id, draft.service_name, draft.note
    )
    now = utcnow()
    contact = session.get(Contact, case.contact_id)
    values = {
        "first_name": " ".join((draft.first_name or "").split())[:60] or None,
        "phone": (draft.phone or "").strip()[:40] or phone_of(contact),
        "need": " ".join((draft.need or "").split())[:NEED_CHARS] or None,
    }
    items = [item for item in ITEMS if item in draft.items and values[item]]
    loop = ReferralLoop(
        referral_id=referral.id,
        case_id=case.id,
        kind=draft.kind,
        partner_id=target.partner.id if target.partner else None,
        organization=target.organization,
        category=case.category,
        status="awaiting_consent",
        consent="pending" if items else "none",
        consent_items=items,
        created_at=now,
        updated_at=now,
        **{key: values[key] if key in items else None for key in ITEMS},
    )
    session.add(loop)
    session.flush()
    who = Who("staff", user_id)
    note(session, loop, "created", who, now, kind=draft.kind, items=items)
    if not items:
        send(session, loop, who, settings, now)
        return loop, None
    return loop, ask(session, loop, conv)


def name_of(session: Session, loop: ReferralLoop) -> str:
    """Whom the person is sent to, in words: the organisation, else the service's name."""
    if loop.organization:
        return loop.organization
    referral = session.get(Referral, loop.referral_id)
    return referral.service_name if referral is not None else ""


def question(loop: ReferralLoop, lang: str, organization: str) -> OutMessage:
    """'May we give them: your first name (Ana), your phone number and what you need: ...?'"""
    parts = []
    for item in loop.consent_items:
        if item == "first_name":
            parts.append(gettext(lang, m.ITEM_FIRST_NAME, name=loop.first_name or ""))
        elif item == "phone":
            parts.append(gettext(lang, m.ITEM_PHONE))
        elif item == "need":
            parts.append(gettext(lang, m.ITEM_NEED, need=loop.need or ""))
    listed = (
        parts[0]
        if len(parts) == 1
        else gettext(lang, m.AND, first=", ".join(parts[:-1]), last=parts[-1])
    )
    text = gettext(lang, m.CONSENT_ASK, organization=organization, items=listed)
    rid = str(loop.referral_id)
    return OutMessage(
        text,
        (
            Button(gettext(lang, m.BTN_SHARE_YES), payload(SHARE_INTENT, id=rid, a="1")),
            Button(gettext(lang, m.BTN_SHARE_NO), payload(SHARE_INTENT, id=rid, a="0")),
        ),
    )


def ask(session: Session, loop: ReferralLoop, conv: Conversation) -> str | None:
    """Send the question through the outbox; the reason it was refused, if it was."""
    [message_id] = outbox.enqueue(
        session,
        conv,
        [question(loop, conv.language, name_of(session, loop))],
        sender="bot",
        purpose="staff_reply",
    )
    [result] = outbox.results(session, [message_id])
    if result.status == "failed":
        note(session, loop, "consent_not_asked", Who("system"), utcnow(), reason=result.error)
        return result.error
    questions.remember(conv, QUESTION, loop.referral_id)
    note(session, loop, "consent_asked", Who("system"), utcnow())
    return None


def answer(
    session: Session, loop: ReferralLoop, yes: bool, who: Who, settings: Settings, lang: str
) -> OutMessage | None:
    """The person's yes or no; the referral then leaves. None if it was already answered."""
    if loop.consent != "pending" or loop.status != "awaiting_consent":
        return None
    now = utcnow()
    organization = name_of(session, loop)
    if yes:
        loop.consent, loop.consent_at = "given", now
        note(session, loop, "consent_given", who, now, items=list(loop.consent_items))
        reply = OutMessage(
            gettext(lang, m.CONSENT_THANKS, organization=organization),
            (Button(gettext(lang, m.BTN_STOP_SHARING), stop_payload(loop)),),
        )
    else:
        loop.consent = "refused"
        _forget(loop)
        note(session, loop, "consent_refused", who, now)
        reply = OutMessage(gettext(lang, m.CONSENT_REFUSED, organization=organization))
    send(session, loop, who, settings, now)
    return reply


def stop_payload(loop: ReferralLoop) -> str:
    return payload(STOP_INTENT, id=str(loop.referral_id))


def send_without_details(
    session: Session, loop: ReferralLoop, who: Who, settings: Settings
) -> None:
    """Staff send a referral whose question got no answer: anonymous, nothing shared."""
    if loop.status != "awaiting_consent":
        raise ReferralError("already_sent")
    now = utcnow()
    loop.consent = "none"
    _forget(loop)
    note(session, loop, "sent_without_details", who, now)
    send(session, loop, who, settings, now)


def send(session: Session, loop: ReferralLoop, who: Who, settings: Settings, now: datetime) -> None:
    """The referral leaves: the partner sees it (or the link goes out); the check-in waits."""
    change(session, loop, "sent", who, now)
    checkins.schedule(loop, settings, now)


def withdraw(session: Session, loop: ReferralLoop, who: Who) -> bool:
    """Stop sharing: the details are deleted at once; returns whether anything was shared."""
    if loop.consent != "given":
        return False
    loop.consent, loop.withdrawn_at = "withdrawn", utcnow()
    _forget(loop)
    note(session, loop, "consent_withdrawn", who, loop.withdrawn_at)
    return True


def _forget(loop: ReferralLoop) -> None:
    loop.first_name = loop.phone = loop.need = None


def shared(loop: ReferralLoop) -> Shared:
    """Only what the person agreed to share with this organisation, and only while it holds."""
    if loop.consent != "given":
        return Shared(loop.category, loop.consent)
    items = tuple(loop.consent_items)
    return Shared(
        loop.category,
        loop.consent,
        loop.first_name if "first_name" in items else None,
        loop.phone if "phone" in items else None,
        loop.need if "need" in items else None,
        items,
    )
