"""Getting a sent referral to its organisation.

A partner with console accounts sees it in its own list: nothing to send. Any other
organisation gets a link (`bot.referrals.links`) by e-mail, to the partner's address or the
service's one in the directory. Without an address, or when the mail server refuses it, the
referral says why (`link_error`) and staff can make a link on the case page and pass it on
themselves, by phone or WhatsApp.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.handoff.models import Referral
from bot.i18n import gettext
from bot.referrals import links, mail, partners
from bot.referrals import messages as m
from bot.referrals.models import ReferralLoop
from bot.referrals.transitions import SYSTEM, note
from bot.referrals.words import CATEGORY_WORDS
from bot.services import Services
from bot.settings import Settings

MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Outgoing:
    referral_id: int
    to: str
    subject: str
    body: str


def pending(session: Session, limit: int = 20) -> list[int]:
    """Sent referrals whose organisation has no accounts and has not had its link yet."""
    rows = session.scalars(
        select(ReferralLoop)
        .where(
            ReferralLoop.status == "sent",
            ReferralLoop.link_sent_at.is_(None),
            ReferralLoop.link_error.is_(None),
        )
        .order_by(ReferralLoop.referral_id)
        .limit(limit)
    )
    return [
        loop.referral_id
        for loop in rows
        if loop.partner_id is None or not partners.members(session, loop.partner_id)
    ]


def prepare(session: Session, referral_id: int, settings: Settings) -> Outgoing | None:
    """The e-mail for one referral, with a fresh link; None (and why, recorded) if none goes."""
    loop = session.get(ReferralLoop, referral_id)
    referral = session.get(Referral, referral_id)
    if loop is None or referral is None or loop.link_sent_at is not None:
        return None
    target = partners.target_for(session, referral.service_id, loop.organization)
    if not target.email:
        loop.link_error = "no_email"
        note(session, loop, "link_not_sent", SYSTEM, utcnow(), reason="no_email")
        return None
    if not mail.configured(settings):
        loop.link_error = "smtp_not_configured"
        note(session, loop, "link_not_sent", SYSTEM, utcnow(), reason=loop.link_error)
        return None
    lang = target.partner.language if target.partner else "es"
    link = links.make(loop, settings)
    until = format_date((utcnow() + link.valid_for).date(), format="long", locale=lang)
    organization = loop.organization or referral.service_name
    # Only the category goes in an e-mail, never what the person agreed to share: e-mail is
    # not encrypted end to end, the page behind the link is.
    category = gettext(lang, CATEGORY_WORDS.get(loop.category, CATEGORY_WORDS["other"]))
    return Outgoing(
        referral_id,
        target.email,
        gettext(lang, m.LINK_SUBJECT, organization=organization, id=referral_id),
        gettext(
            lang,
            m.LINK_BODY,
            organization=organization,
            category=category,
            url=link.url,
            until=until,
        ),
    )


def mark(session: Session, referral_id: int, error: str | None) -> None:
    loop = session.get(ReferralLoop, referral_id)
    if loop is None:
        return
    now = utcnow()
    if error is None:
        loop.link_sent_at, loop.link_channel = now, "email"
        note(session, loop, "link_sent", SYSTEM, now, channel="email")
    else:
        loop.link_error = error
        note(session, loop, "link_not_sent", SYSTEM, now, reason=error)


async def deliver(services: Services) -> int:
    """Send every pending link once; returns how many went out."""
    db, settings = services.db, services.settings
    sent = 0
    for referral_id in await db.run(pending):
        outgoing = await db.run(prepare, referral_id, settings)
        if outgoing is None:
            continue
        try:
            await mail.send(settings, outgoing.to, outgoing.subject, outgoing.body)
        except mail.MailError as exc:
            await db.run(mark, referral_id, exc.code)
            continue
        await db.run(mark, referral_id, None)
        sent += 1
    return sent
