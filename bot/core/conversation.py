"""One turn of a conversation: store, screen, route, answer, store.

Channels are thin adapters that build an `Inbound` and deliver the returned messages; this module
holds the logic and is driven by tests without any network.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import crypto
from bot.channels import outbox
from bot.core import offline
from bot.core.escalation import mark_danger
from bot.core.inbound import Inbound
from bot.core.language import detect
from bot.db.base import utcnow
from bot.db.models import Contact, Conversation, Message
from bot.directory.geo import coarse
from bot.i18n import normalize_language
from bot.privacy.erase import erase_contact, erase_trackers
from bot.privacy.notice import NOTICE_VERSION, short_notice
from bot.rasa.client import RasaUnavailable
from bot.reply import OutMessage
from bot.safety.screen import ScreenResult, screen
from bot.services import Services
from bot.settings import DEFAULT_LANGUAGE
from bot.staff.routing import staff_mode_turn

log = logging.getLogger(__name__)


@dataclass
class TurnResult:
    conversation_id: str
    status: str
    language: str
    messages: list[OutMessage]
    message_ids: list[int] = field(default_factory=list)
    duplicate: bool = False
    degraded: bool = False
    danger: bool = False

    def conversation_json(self) -> dict[str, Any]:
        return {"id": self.conversation_id, "status": self.status, "language": self.language}


@dataclass(frozen=True)
class _Begun:
    conv_id: int
    public_id: str
    status: str
    language: str
    duplicate: bool
    inbound_id: int
    first_contact: bool = False


@dataclass(frozen=True)
class _Finished:
    public_id: str
    status: str
    language: str
    message_ids: list[int]
    erased_senders: list[str]


def _find_or_create(
    session: Session, inbound: Inbound, idle: timedelta
) -> tuple[Conversation, bool]:
    """The open conversation for this sender, and whether the contact is new."""
    key = crypto.lookup_hash(inbound.channel, inbound.sender)
    contact = session.scalars(
        select(Contact).where(Contact.channel == inbound.channel, Contact.identifier_hash == key)
    ).one_or_none()
    now = utcnow()
    created = contact is None
    if contact is None:
        contact = Contact(
            channel=inbound.channel,
            identifier_hash=key,
            identifier=inbound.sender,
            consent_version=NOTICE_VERSION,
            consent_at=now,
        )
        session.add(contact)
        session.flush()
    if inbound.display_name and contact.display_name != inbound.display_name:
        contact.display_name = inbound.display_name
    contact.last_inbound_at = now
    conv = session.scalars(
        select(Conversation)
        .where(Conversation.contact_id == contact.id, Conversation.closed_at.is_(None))
        .order_by(Conversation.id.desc())
    ).first()
    if conv is not None and conv.status == "bot" and now - conv.last_message_at > idle:
        conv.close(now)
        conv = None
    explicit = normalize_language(inbound.lang)
    if conv is None:
        language = explicit or normalize_language(contact.language) or _first_language(inbound)
        conv = Conversation(contact_id=contact.id, channel=inbound.channel, language=language)
        session.add(conv)
        session.flush()
    elif explicit and explicit != conv.language:
        conv.language = explicit
    contact.language = conv.language
    conv.last_message_at = now
    return conv, created


def _first_language(inbound: Inbound) -> str:
    if inbound.text and not inbound.text.startswith("/"):
        hinted = normalize_language(inbound.lang_hint)
        guess = detect(inbound.text, default=hinted or DEFAULT_LANGUAGE)
        return guess
    return normalize_language(inbound.lang_hint) or DEFAULT_LANGUAGE


def _begin(session: Session, inbound: Inbound, idle: timedelta, found: ScreenResult) -> _Begun:
    conv, first_contact = _find_or_create(session, inbound, idle)
    if inbound.message_id:
        existing = session.scalars(
            select(Message).where(
                Message.channel == inbound.channel,
                Message.channel_message_id == inbound.message_id,
            )
        ).first()
        if existing is not None:
            return _Begun(conv.id, conv.public_id, conv.status, conv.language, True, existing.id)
    msg = Message(
        conversation_id=conv.id,
        direction="in",
        sender="person",
        channel=inbound.channel,
        channel_message_id=inbound.message_id,
        kind=inbound.kind,
        body=inbound.text,
        status="received",
    )
    session.add(msg)
    if inbound.location is not None:
        conv.location_lat = coarse(inbound.location.lat)
        conv.location_lon = coarse(inbound.location.lon)
    if found.danger:
        mark_danger(session, conv, list(found.categories))
    session.flush()
    return _Begun(conv.id, conv.public_id, conv.status, conv.language, False, msg.id, first_contact)


def _replies_after(session: Session, conv_id: int, inbound_id: int) -> list[OutMessage]:
    """The answers already given to a message, for a repeated delivery."""
    rows = session.scalars(
        select(Message)
        .where(Message.conversation_id == conv_id, Message.id > inbound_id)
        .order_by(Message.id)
    ).all()
    out: list[OutMessage] = []
    for row in rows:
        if row.direction == "in":
            break
        out.append(OutMessage.from_dict({"text": row.body, "buttons": row.buttons}))
    return out


def _finish(session: Session, conv_id: int, messages: list[OutMessage], status: str) -> _Finished:
    conv = session.get(Conversation, conv_id)
    assert conv is not None
    erased: list[str] = []
    if (conv.state or {}).get("erase"):
        conv, erased = _erase_and_restart(session, conv)
    # Pending replies go through the outbox, which wakes its worker once this commits.
    store = outbox.enqueue if status == "pending" else outbox.record_sent
    ids = store(session, conv, messages)
    return _Finished(conv.public_id, conv.status, conv.language, ids, erased)


def _erase_and_restart(session: Session, conv: Conversation) -> tuple[Conversation, list[str]]:
    """Erase the person's data; a bare new conversation carries the confirmation to them."""
    contact = conv.contact
    channel, identifier, language = contact.channel, contact.identifier, conv.language
    erased = erase_contact(session, contact.id)
    session.expunge_all()
    fresh = Contact(
        channel=channel,
        identifier_hash=crypto.lookup_hash(channel, identifier),
        identifier=identifier,
        language=language,
    )
    session.add(fresh)
    session.flush()
    new_conv = Conversation(contact_id=fresh.id, channel=channel, language=language)
    session.add(new_conv)
    session.flush()
    return new_conv, erased


class ConversationCore:
    """Handles every inbound message the same way, whatever the channel."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.idle = timedelta(hours=services.settings.conversation_idle_hours)

    async def handle(self, inbound: Inbound, outbound_status: str = "sent") -> TurnResult:
        found = screen(inbound.text)
        try:
            begun = await self.services.db.run(_begin, inbound, self.idle, found)
        except IntegrityError:
            # Two deliveries of the same message raced; the other one is answering it.
            begun = await self.services.db.run(_begin, inbound, self.idle, ScreenResult((), False))
        if begun.duplicate:
            replies = await self.services.db.run(_replies_after, begun.conv_id, begun.inbound_id)
            return TurnResult(
                begun.public_id, begun.status, begun.language, replies, duplicate=True
            )
        if begun.status != "bot":
            # Staff mode: the message joins the open case; the bot answers only danger.
            routed = await self.services.db.run(
                staff_mode_turn, begun.conv_id, found, self.services.settings
            )
            if routed is not None:
                done = await self.services.db.run(_finish, begun.conv_id, routed, outbound_status)
                return TurnResult(
                    done.public_id,
                    done.status,
                    done.language,
                    routed,
                    done.message_ids,
                    danger=found.danger,
                )
        messages, degraded = await self._ask_rasa(inbound, begun, found)
        if begun.first_contact:
            messages.append(short_notice(begun.language, self.services.settings))
        done = await self.services.db.run(_finish, begun.conv_id, messages, outbound_status)
        if done.erased_senders:
            await erase_trackers(self.services, done.erased_senders)
        return TurnResult(
            done.public_id,
            done.status,
            done.language,
            messages,
            done.message_ids,
            degraded=degraded,
            danger=found.danger,
        )

    async def _ask_rasa(
        self, inbound: Inbound, begun: _Begun, found: ScreenResult
    ) -> tuple[list[OutMessage], bool]:
        text = inbound.text
        if found.danger and not text.startswith("/"):
            # The screen has spoken: Rasa runs its danger flow without guessing the intent.
            text = "/report_danger"
        elif inbound.location is not None and not text:
            text = "/inform_location"
        metadata: dict[str, Any] = {
            "language": begun.language,
            "channel": inbound.channel,
            "danger": list(found.categories),
            "in_us": found.in_us,
        }
        if inbound.location is not None:
            # Rasa keeps metadata in its tracker: it only ever sees a coarse point.
            metadata["location"] = {
                "lat": coarse(inbound.location.lat),
                "lon": coarse(inbound.location.lon),
            }
        try:
            raw = await self.services.rasa.send(begun.public_id, text, metadata)
        except RasaUnavailable:
            return offline.answer(text, begun.language, found), True
        messages = [OutMessage.from_dict(m) for m in raw if m.get("text") or m.get("buttons")]
        if not messages:
            return offline.answer(text, begun.language, found), True
        return messages, False
