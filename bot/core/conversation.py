"""One turn of a conversation: store, screen, route, answer, store.

Channels are thin adapters that build an `Inbound` and deliver the returned messages; this module
holds the logic and is driven by tests without any network.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, contains_eager, defer
from sqlalchemy.orm.attributes import set_committed_value

from bot.core import harm_named, offline, past_harm
from bot.core.after_danger import AfterDanger
from bot.core.language import detect
from bot.core.rasa_answer import other_needs, render_answer
from bot.core.turns import (
    Lease,
    TurnBusy,
    TurnGate,
    backoff,
    give_back,
    take,
)
from bot.db import write_order
from bot.db.base import UTCDateTime, utcnow
from bot.db.models import Contact, Conversation, Message
from bot.db.session import keys_of
from bot.directory.geo import coarse
from bot.handoff import danger_questions, emergency, grading
from bot.handoff import offline as offline_handoff
from bot.handoff.routing import staff_mode_turn
from bot.i18n import gettext, normalize_language
from bot.inbound import Inbound
from bot.outbox import store as outbox
from bot.privacy import request as erasure_request
from bot.privacy.erase import confirmation_contact, erase_contact, erase_trackers
from bot.privacy.notice import NOTICE_VERSION, short_notice
from bot.privacy.request import wants_erasure
from bot.rasa.client import RasaUnavailable
from bot.referrals import person as referral_person
from bot.reply import OutMessage
from bot.safety import doubt
from bot.safety import messages as safety_messages
from bot.safety.screen import NOTHING, ScreenResult, screen
from bot.serial import URGENT_PATIENCE
from bot.services import Services
from bot.settings import DEFAULT_LANGUAGE
from bot.understanding.meaning.needs import first_of_several, read_needs
from bot.understanding.text import for_rasa

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
    replies: tuple[OutMessage, ...] = ()
    consent_asked: bool = False
    erase_asked: bool = False
    referral_answer: bool = False
    place: str = ""  # where the person is, for the lines: "us", "mx" or "" (unknown)
    discreet: bool = False  # this message asked for discretion
    check_asked: bool = False  # "are you in danger right now?" waits for its answer
    offer_asked: bool = False  # "would you like to talk to a person?" after past harm


@dataclass(frozen=True)
class _Finished:
    public_id: str
    status: str
    language: str
    message_ids: list[int]
    erased_senders: list[str]


# The contact and its newest open conversation in one round trip, built once: this runs every
# turn. The encrypted columns no turn reads stay unloaded (each would be decrypted on load).
_OPEN = (
    select(Contact, Conversation)
    .outerjoin(
        Conversation,
        and_(Conversation.contact_id == Contact.id, Conversation.closed_at.is_(None)),
    )
    .where(Contact.channel == bindparam("channel"), Contact.identifier_hash == bindparam("key"))
    .order_by(Conversation.id.desc())
    .limit(1)
    .options(
        # The conversation holds its contact (it would be fetched again on first use).
        contains_eager(Conversation.contact),
        defer(Contact.identifier),
        defer(Contact.display_name),
        defer(Conversation.location_label),
    )
)


def _find_or_create(
    session: Session, inbound: Inbound, idle: timedelta
) -> tuple[Conversation, bool]:
    """The open conversation for this sender, and whether the contact is new."""
    key = keys_of(session).lookup_hash(inbound.channel, inbound.sender)
    found = session.execute(_OPEN, {"channel": inbound.channel, "key": key}).first()
    contact, conv = (found[0], found[1]) if found is not None else (None, None)
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
    _stamp(session, contact, conv, now)
    return conv, created


def _stamp(session: Session, contact: Contact, conv: Conversation, now: datetime) -> None:
    """The turn's clocks and the contact's language, written with two plain UPDATEs and set on
    the loaded objects without marking them changed: a flush of the two objects by the ORM's
    unit of work costs several times as much, and this runs on every turn."""
    session.execute(_STAMP_CONTACT, {"contact_id": contact.id, "at": now, "lang": conv.language})
    session.execute(_TOUCH_CONVERSATION, {"conv_id": conv.id, "at": now})
    set_committed_value(contact, "last_inbound_at", now)
    set_committed_value(contact, "language", conv.language)
    set_committed_value(conv, "last_message_at", now)


_CONTACTS = cast(Table, Contact.__table__)
_CONVERSATIONS = cast(Table, Conversation.__table__)
_STAMP_CONTACT = (
    update(_CONTACTS)
    .where(_CONTACTS.c.id == bindparam("contact_id"))
    .values(last_inbound_at=bindparam("at", type_=UTCDateTime()), language=bindparam("lang"))
)
_TOUCH_CONVERSATION = (
    update(_CONVERSATIONS)
    .where(_CONVERSATIONS.c.id == bindparam("conv_id"))
    .values(last_message_at=bindparam("at", type_=UTCDateTime()))
)


def _first_language(inbound: Inbound) -> str:
    if inbound.text and not inbound.text.startswith("/"):
        hinted = normalize_language(inbound.lang_hint)
        guess = detect(inbound.text, default=hinted or DEFAULT_LANGUAGE)
        return guess
    return normalize_language(inbound.lang_hint) or DEFAULT_LANGUAGE


def _begin(
    session: Session, inbound: Inbound, idle: timedelta, found: ScreenResult, lease: Lease
) -> _Begun:
    """Claim the person, then store the message; a repeated delivery gets the stored replies."""
    take(session, lease)
    with session.no_autoflush:  # the contact's changes go out with the message, in one flush
        conv, first_contact = _find_or_create(session, inbound, idle)
    if inbound.message_id:
        existing = session.scalars(
            select(Message).where(
                Message.channel == inbound.channel,
                Message.channel_message_id == inbound.message_id,
            )
        ).first()
        if existing is not None:
            replies = _replies_after(session, existing.conversation_id, existing.id)
            give_back(session, lease)
            return _Begun(
                conv.id,
                conv.public_id,
                conv.status,
                conv.language,
                True,
                existing.id,
                replies=tuple(replies),
            )
    if inbound.location is not None:
        conv.location_lat = coarse(inbound.location.lat)
        conv.location_lon = coarse(inbound.location.lon)
    graded = grading.record(session, conv, found, inbound.text)
    session.flush()  # the contact's and the conversation's changes, before the message
    # One INSERT ... RETURNING, not the ORM's unit of work: this runs on every turn.
    message_id = session.execute(
        _INSERT_INBOUND,
        {
            "conversation_id": conv.id,
            "direction": "in",
            "sender": "person",
            "channel": inbound.channel,
            "channel_message_id": inbound.message_id,
            "kind": inbound.kind,
            "body": inbound.text,
            "status": "received",
            **grading.message_columns(found),
        },
    ).scalar_one()
    state = conv.state or {}
    asked = offline_handoff.ASKED in state
    erase_asked = erasure_request.ASKED in state
    # A referral's consent or check-in answer, or "stop sharing my data" (never over danger).
    referral_answer = not found.danger and referral_person.concerns(inbound.text, conv.state)
    return _Begun(
        conv.id,
        conv.public_id,
        conv.status,
        conv.language,
        False,
        message_id,
        first_contact,
        consent_asked=asked,
        erase_asked=erase_asked,
        referral_answer=referral_answer,
        place=graded.place,
        discreet=graded.discreet,
        check_asked=danger_questions.CHECK in state,
        offer_asked=danger_questions.OFFER in state,
    )


_MESSAGES = cast(Table, Message.__table__)
_INSERT_INBOUND = insert(_MESSAGES).returning(_MESSAGES.c.id)


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
        out.append(outbox.out_message(row))
    return out


def _finish(
    session: Session, conv_id: int, messages: list[OutMessage], status: str, lease: Lease
) -> _Finished:
    """Store the replies and end the turn in one transaction.

    The conversation is touched with one UPDATE ... RETURNING; it is loaded only when the
    person asked for erasure or the replies go through the outbox (bench/turn_db.py).
    """
    give_back(session, lease)
    touched = session.execute(_TOUCH, {"conv_id": conv_id, "at": utcnow()}).one()
    if status != "pending" and not (touched.state or {}).get(erasure_request.FLAG):
        ids = outbox.record_sent(session, conv_id, touched.channel, messages)
        return _Finished(touched.public_id, touched.status, touched.language, ids, [])
    conv = session.get(Conversation, conv_id)
    assert conv is not None
    erased: list[str] = []
    if (conv.state or {}).get(erasure_request.FLAG):
        conv, erased = _erase_and_restart(session, conv)
    if status == "pending":  # through the outbox, which wakes its worker once this commits
        ids = outbox.enqueue(session, conv, messages)
    else:
        ids = outbox.record_sent(session, conv.id, conv.channel, messages)
    return _Finished(conv.public_id, conv.status, conv.language, ids, erased)


# The end of every turn: the conversation's clock, and what the turn's answer needs of it.
_TOUCH = _TOUCH_CONVERSATION.returning(
    _CONVERSATIONS.c.public_id,
    _CONVERSATIONS.c.status,
    _CONVERSATIONS.c.language,
    _CONVERSATIONS.c.channel,
    _CONVERSATIONS.c.state,
)


def _erase_and_restart(session: Session, conv: Conversation) -> tuple[Conversation, list[str]]:
    """Erase the person's data; a bare, closed conversation carries the confirmation to them.

    Its contact cannot be found again and is purged once the confirmation has left
    (`bot.privacy.erase.confirmation_contact`): the next message starts from zero.
    """
    contact = conv.contact
    channel, identifier, language = contact.channel, contact.identifier, conv.language
    last_inbound = contact.last_inbound_at
    erased = erase_contact(session, contact.id)
    session.expunge_all()
    fresh = confirmation_contact(session, channel, identifier, language, last_inbound)
    now = utcnow()
    new_conv = Conversation(contact_id=fresh.id, channel=channel, language=language, closed_at=now)
    session.add(new_conv)
    session.flush()
    return new_conv, erased


async def _weigh(text: str, found: ScreenResult) -> ScreenResult:
    """A message graded `none`, or past harm that may still be going on, is read once more by
    the danger net (in a thread only while the net may still be training)."""
    if found.grade == "immediate" or not text:
        return found
    read = (
        doubt.doubtful(text, found.grade, found.reasons)
        if doubt.ready()
        else await asyncio.to_thread(doubt.doubtful, text, found.grade, found.reasons)
    )
    if read:
        reasons = ("danger_net",) if found.grade == "none" else (*found.reasons, "danger_net")
        return replace(found, doubt=True, reasons=reasons)
    return found


class ConversationCore:
    """Handles every inbound message the same way, whatever the channel."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.idle = timedelta(hours=services.settings.conversation_idle_hours)
        # Longer than any honest turn (a Rasa call that times out, then the catalog answer).
        ttl = timedelta(seconds=2 * services.settings.rasa_timeout + 30)
        self.gate = TurnGate(services.db, ttl)
        self.after_danger = AfterDanger(services.rasa)

    async def handle(
        self, inbound: Inbound, outbound_status: str = "sent", found: ScreenResult | None = None
    ) -> TurnResult:
        """One turn. `found` is the danger screen's verdict when the channel already screened
        the text (to exempt danger from its limits): the screen runs once per message."""
        found = found if found is not None else screen(inbound.text)
        found = await _weigh(inbound.text, found)
        with write_order.urgent(found.danger):  # its transactions go before everyone else's
            return await self._turn(inbound, outbound_status, found)

    async def _turn(
        self, inbound: Inbound, outbound_status: str, found: ScreenResult
    ) -> TurnResult:
        async with self.gate.turn(self._key(inbound), urgent=found.danger) as lease:
            begun = await self._begin(inbound, found, lease)
            if begun.duplicate:
                return TurnResult(
                    begun.public_id,
                    begun.status,
                    begun.language,
                    list(begun.replies),
                    duplicate=True,
                )
            messages: list[OutMessage] | None = None
            degraded = False
            if begun.erase_asked:
                # The app itself asked whether to delete the person's data: it takes the answer.
                messages = await self.services.db.run(
                    erasure_request.answer, begun.conv_id, inbound.text
                )
            if messages is None and begun.referral_answer:
                # The app asked about a referral (consent, check-in) or the person withdraws.
                messages = await self.services.db.run(
                    referral_person.answer, begun.conv_id, inbound.text, self.services.settings
                )
            if messages is None and begun.consent_asked:
                # The app itself asked for consent while Rasa was down: it takes the answer.
                messages = await self.services.db.run(
                    offline_handoff.answer, begun.conv_id, inbound.text, self.services.settings
                )
            if messages is None:
                messages = await self._danger_answers(inbound, begun, found)
            if messages is None and begun.status != "bot" and wants_erasure(inbound.text):
                # Rasa never hears a message in staff mode: "delete my data" is asked here.
                messages = await self.services.db.run(erasure_request.ask, begun.conv_id)
            if messages is None and begun.status != "bot":
                # Staff mode: the message joins the open case; the bot answers only danger.
                messages = await self.services.db.run(
                    staff_mode_turn, begun.conv_id, found, self.services.settings, begun.place
                )
            if messages is None and found.danger and not inbound.text.startswith("/"):
                # Immediate danger is the app's to answer, whatever Rasa's queue or state.
                messages = await self._danger_now(begun, found, inbound.text)
                if begun.first_contact:
                    messages.append(short_notice(begun.language, self.services.settings))
            if messages is None:
                messages, degraded = await self._ask_rasa(inbound, begun, found)
                if begun.first_contact:
                    messages.append(short_notice(begun.language, self.services.settings))
            done = await self.services.db.run(
                _finish, begun.conv_id, messages, outbound_status, lease
            )
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

    async def note(
        self,
        inbound: Inbound,
        answer: Callable[[str], list[OutMessage]],
        outbound_status: str = "pending",
    ) -> TurnResult:
        """Store a message without a Rasa turn and queue `answer(language)`.

        For what the bot must not or cannot read (a voice note, a sender over the rate limit):
        staff still see that it arrived, and a repeated delivery is answered only once.
        """
        async with self.gate.turn(self._key(inbound)) as lease:
            begun = await self._begin(inbound, NOTHING, lease)
            if begun.duplicate:
                return TurnResult(begun.public_id, begun.status, begun.language, [], duplicate=True)
            messages = answer(begun.language)
            if begun.first_contact:  # the notice goes with the first reply, whatever it is
                messages = [*messages, short_notice(begun.language, self.services.settings)]
            done = await self.services.db.run(
                _finish, begun.conv_id, messages, outbound_status, lease
            )
        return TurnResult(done.public_id, done.status, done.language, messages, done.message_ids)

    def _key(self, inbound: Inbound) -> str:
        return self.services.db.keys.lookup_hash(inbound.channel, inbound.sender)

    async def _begin(self, inbound: Inbound, found: ScreenResult, lease: Lease) -> _Begun:
        """Store the message once this turn holds the person's lease."""
        attempt = 0
        started = time.monotonic()
        while True:
            try:
                return await self.services.db.run(_begin, inbound, self.idle, found, lease)
            except TurnBusy:
                # Another replica is answering this person: wait for it, keep the order; but
                # never keep a person in danger waiting for long.
                attempt += 1
                if found.danger and time.monotonic() - started > URGENT_PATIENCE:
                    lease.urgent = True
                    continue
                await backoff(attempt)
            except IntegrityError:
                # A duplicate slipped past the lease (it expired); the second try finds it.
                found = NOTHING
                attempt += 1
                if attempt > 3:
                    raise

    async def _danger_answers(
        self, inbound: Inbound, begun: _Begun, found: ScreenResult
    ) -> list[OutMessage] | None:
        """The app's own danger questions take their answer; a request for discretion is
        acknowledged (danger, if any, comes first through the usual turn)."""
        db, settings = self.services.db, self.services.settings
        messages: list[OutMessage] | None = None
        if begun.check_asked:
            messages = await db.run(
                danger_questions.answer_check, begun.conv_id, inbound.text, settings
            )
        if messages is None and begun.offer_asked:
            messages = await db.run(
                danger_questions.answer_offer, begun.conv_id, inbound.text, settings
            )
        if messages is None and begun.discreet and not found.danger and begun.status == "bot":
            messages = [OutMessage(gettext(begun.language, safety_messages.DISCRETION_NOTED))]
        return messages

    async def _danger_now(
        self, begun: _Begun, found: ScreenResult, text: str = ""
    ) -> list[OutMessage]:
        """Immediate danger: the lines for the place and the harm, then the consent question
        for the urgent case the screen already opened (`_begin`), as Rasa's `action_danger`
        would say them. The app answers without waiting for Rasa: under load Rasa's queue can
        hold a turn for seconds, and a person in danger must get the lines at once (issue 14:
        never more than two seconds). The consent question is the app's own, so its answer is
        taken here too whatever happens to Rasa."""
        db, settings = self.services.db, self.services.settings
        place = begun.place or found.place
        harms = list(found.harms)
        worry = emergency.worry_in(text, harms, place)
        messages = emergency.emergency(begun.language, place, harms, worry)
        messages += await db.run(offline_handoff.ask_if_danger_waits, begun.conv_id, settings)
        # Rasa did not hear this message: its next one ("¿es anónimo?") is about these lines.
        self.after_danger.remember(begun.public_id, place, found.harms, begun.first_contact)
        return messages

    async def _ask_rasa(
        self, inbound: Inbound, begun: _Begun, found: ScreenResult
    ) -> tuple[list[OutMessage], bool]:
        text = inbound.text
        told = past_harm.told_with_a_question(found) and not text.startswith("/")
        asked = [] if text.startswith("/") or found.danger else read_needs(text, begun.language)
        wanted = [need.option for need in asked]
        if (found.danger or found.doubt) and not text.startswith("/"):
            # The screen has spoken: Rasa runs its danger flow ("are you in danger right now?"
            # when only the danger net read danger) without guessing the intent. Immediate
            # danger never gets here: the app answers it first (`_danger_now`). Past harm is
            # read as any message, then offered a person (`bot.core.past_harm`).
            text = "/report_danger"
        elif inbound.location is not None and not text:
            text = "/inform_location"
        first = (
            None
            if told or text.startswith("/")
            else first_of_several(asked, inbound.text, begun.language)
        )
        metadata: dict[str, Any] = {
            "language": begun.language,
            "channel": inbound.channel,
            "danger": list(found.categories),
            "grade": found.grade,
            "doubt": found.doubt,
            "harms": list(found.harms),
            "place": begun.place,
            "in_us": begun.place == "us",
        }
        if first is not None:
            # Two needs from different areas: Rasa still reads the words (its danger check and a
            # request for a person come first), and an answer about a topic or a service gives
            # the first need written (`bot.actions.topics`, `bot.actions.directory`); the others
            # are offered after it (`other_needs`).
            metadata["first_need"] = first
        if inbound.location is not None:
            # Rasa keeps metadata in its tracker: it only ever sees a coarse point.
            metadata["location"] = {
                "lat": coarse(inbound.location.lat),
                "lon": coarse(inbound.location.lon),
            }
        try:
            raw = await self.services.rasa.send(
                begun.public_id, for_rasa(text, begun.language), metadata
            )
        except RasaUnavailable:
            return await self._offline(text, begun, found), True
        messages = render_answer(raw, begun.language, inbound.channel)
        if messages and not found.danger:
            messages += other_needs(raw, text, begun.language, inbound.channel, wanted)
        if not messages:
            # Rasa is up but gave this person nothing: their tracker is stuck (its loop breaker
            # tripped, or an action or the NLG failed on this turn). That is this conversation's
            # problem, not the server's: answer from the catalogs and start their Rasa
            # conversation over, so their next message is Rasa's to answer again.
            if not await self.services.rasa.restart(begun.public_id):
                log.warning("could not restart a stuck Rasa tracker; the next turn retries")
            return await self._offline(text, begun, found), True
        if told:
            harms = list(found.harms)
            messages, offered = past_harm.answer(
                raw, messages, begun.language, harms, text, begun.place
            )
            if offered:
                await self.services.db.run(danger_questions.offer_person, begun.conv_id, harms)
        elif harm_named.named_as_information(found) and not text.startswith("/"):
            messages = harm_named.answer(
                raw, messages, begun.language, list(found.harms), text, begun.place
            )
        return messages, False

    async def _offline(self, text: str, begun: _Begun, found: ScreenResult) -> list[OutMessage]:
        """The catalogs' answer; a request for a person, or danger, also asks for consent;
        past harm gets its topic and the offer of a person."""
        db, settings = self.services.db, self.services.settings
        if found.doubt:
            # As when Rasa hears danger in a calm message: the lines (or, for a harm named as
            # information, its emergency topic's page), then the question; "no" gives the topic
            # of the harm named, if any.
            harms = list(found.harms)
            now = None
            if found.grade == "information":
                now = emergency.now_asked(harms, text, begun.language, begun.place)
            shown = now[0] if now is not None else ""
            await db.run(danger_questions.ask_check, begun.conv_id, begun.place, harms, shown)
            if now is not None:
                return emergency.question_after(begun.language, *now, begun.place, harms)
            return emergency.danger_check(begun.language, begun.place, harms)
        if found.grade == "past_harm" and not found.danger:
            await db.run(danger_questions.offer_person, begun.conv_id, list(found.harms))
            return emergency.after_harm(begun.language, list(found.harms), text, begun.place)
        if found.danger:
            # Only a button gets here ("/report_danger"): words in danger never reach Rasa.
            return await self._danger_now(begun, found)
        if offline_handoff.wants_person(text):
            return await db.run(offline_handoff.ask, begun.conv_id, settings)
        if wants_erasure(text):
            return await db.run(erasure_request.ask, begun.conv_id)
        return offline.answer(text, begun.language, found)
