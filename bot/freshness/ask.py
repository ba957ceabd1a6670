"""Asking each service's contact, on a schedule: "is this still right? do you have room tonight?"

Due entries (DIRECTORY_CONFIRM_EVERY_DAYS since their last check, a contact named) get a new
signed link by e-mail, by WhatsApp, or both. WhatsApp goes through the outbox with the purpose
`directory_confirmation`: free text inside the 24-hour window, else the approved template
(variables: 1 = the service's name, 2 = the link); never to a number that asked for
discretion. Runs daily inside the app and on demand with `python -m bot directory confirm`.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from babel.dates import format_date
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.contacts import find_contact
from bot.db.models import Contact, Conversation
from bot.db.session import keys_of
from bot.directory import freshness
from bot.directory import messages as dm
from bot.directory.models import ConfirmationRequest, Service
from bot.directory.policy import Policy
from bot.freshness import mail
from bot.i18n import gettext
from bot.outbox import store as outbox
from bot.reply import OutMessage
from bot.services import Services
from bot.settings import LANGUAGES, Settings

log = logging.getLogger(__name__)
DAY = 24 * 3600
PURPOSE = "directory_confirmation"


@dataclass(frozen=True)
class _Email:
    request_id: int
    service_id: str
    to: str
    name: str
    url: str
    lang: str
    until: str


@dataclass
class Sent:
    """What one run did: requests by channel, and what could not go out (with a code)."""

    emails: int = 0
    whatsapp: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (service id, channel, why)
    services: int = 0


def link_url(settings: Settings, token: str) -> str:
    return f"{settings.public_base_url.rstrip('/')}/directory/confirm/{token}"


def language_of(service: Service) -> str:
    """The first of the service's languages Puente speaks, else Spanish."""
    for code in (service.languages or "").replace(" ", "").split(";"):
        if code in LANGUAGES:
            return code
    return "es"


def _conversation(session: Session, number: str, lang: str) -> Conversation:
    """The WhatsApp conversation with this number, made when Puente has none open."""
    address = number if number.startswith("whatsapp:") else f"whatsapp:{number}"
    contact = find_contact(session, "whatsapp", address)
    if contact is None:
        contact = Contact(
            channel="whatsapp",
            identifier_hash=keys_of(session).lookup_hash("whatsapp", address),
            identifier=address,
            language=lang,
        )
        session.add(contact)
        session.flush()
    open_ones = [c for c in contact.conversations if c.closed_at is None]
    if open_ones:
        return open_ones[-1]
    conv = Conversation(contact_id=contact.id, channel="whatsapp", language=lang)
    session.add(conv)
    session.flush()
    return conv


def _whatsapp(session: Session, service: Service, url: str, until: str, lang: str) -> str | None:
    """Enqueue the request; None when it is on its way, else why it was refused."""
    conv = _conversation(session, str(service.update_whatsapp), lang)
    if outbox.can_send_free_form(session, conv):
        text = gettext(lang, dm.ASK_WHATSAPP, name=service.name, url=url, date=until)
        ids = outbox.enqueue(session, conv, [OutMessage(text)], sender="bot", purpose=PURPOSE)
    else:
        variables = {"1": service.name, "2": url}
        ids = [outbox.enqueue_template(session, conv, variables, sender="bot", purpose=PURPOSE)]
    result = outbox.results(session, ids)
    return next((r.error or r.status for r in result if r.status == "failed"), None)


def _prepare(
    session: Session, settings: Settings, policy: Policy, today: date, now: datetime
) -> tuple[list[_Email], Sent]:
    """Make the requests (and WhatsApp messages) in one transaction; e-mails are sent after."""
    emails: list[_Email] = []
    sent = Sent()
    for service in freshness.due(session, policy, today, now):
        sent.services += 1
        lang = language_of(service)
        until = ""
        if service.update_whatsapp:
            request, token = freshness.issue(
                session, service, "whatsapp", settings.secret_key, policy, now
            )
            until = format_date(request.expires_at.date(), format="long", locale=lang)
            refused = _whatsapp(session, service, link_url(settings, token), until, lang)
            if refused:
                request.status, request.error = "failed", refused
                sent.failed.append((service.external_id, "whatsapp", refused))
            else:
                sent.whatsapp += 1
        if service.update_email:
            request, token = freshness.issue(
                session, service, "email", settings.secret_key, policy, now
            )
            until = format_date(request.expires_at.date(), format="long", locale=lang)
            emails.append(
                _Email(request.id, service.external_id, service.update_email, service.name,
                       link_url(settings, token), lang, until)
            )  # fmt: skip
    return emails, sent


async def ask_due(services: Services, now: datetime | None = None) -> Sent:
    """Ask every due service's contact; returns what went out and what did not."""
    settings = services.settings
    policy = Policy.from_settings(settings)
    now = now or utcnow()
    emails, sent = await services.db.run(_prepare, settings, policy, now.date(), now)
    for email in emails:
        subject = gettext(email.lang, dm.ASK_SUBJECT, name=email.name)
        body = gettext(email.lang, dm.ASK_BODY, name=email.name, url=email.url, date=email.until)
        try:
            await mail.send(settings, email.to, subject, body)
            sent.emails += 1
        except mail.MailError as exc:
            sent.failed.append((email.service_id, "email", str(exc)))
            await services.db.run(_failed, email.request_id, str(exc))
    return sent


def _failed(session: Session, request_id: int, why: str) -> None:
    request = session.get(ConfirmationRequest, request_id)
    if request is not None:
        request.status, request.error = "failed", why[:200]


async def ask_daily(services: Services, first_after: float = 900.0) -> None:
    """Run the confirmation round once a day inside the app, first shortly after start-up."""
    await asyncio.sleep(first_after)
    while True:
        try:
            sent = await ask_due(services)
            if sent.services:
                log.info(
                    "directory confirmations: %d services, %d e-mails, %d WhatsApp, %d failed",
                    sent.services, sent.emails, sent.whatsapp, len(sent.failed),
                )  # fmt: skip
        except Exception:
            log.exception("directory confirmations failed; will try again tomorrow")
        await asyncio.sleep(DAY)
