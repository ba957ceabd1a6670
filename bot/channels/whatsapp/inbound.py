"""Twilio's WhatsApp webhook fields, read tolerantly, and their processing in the background.

Twilio times out a webhook after 15 s and then retries it, so the route answers at once and the
turn runs here. One person's messages are processed one at a time and in arrival order; a
repeated delivery (same MessageSid) is a no-op because the core stores each channel message id
once. A tap on WhatsApp's own buttons or list comes back as `ButtonPayload` (quick replies) or
`ListId` (list pickers), with `ButtonText` or `ListTitle` beside it: the id is the button's
payload (`bot.channels.whatsapp.interactive.option_id`), or a reference to the stored button
when the payload was too long for an id. Numbered answers ("2") and an option's words are read
against the options last sent to that person. A person's flood is never refused to Twilio:
over RATE_PER_SENDER_PER_MIN it is stored without a turn (SenderLimit).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from bot.channels import journal, unsupported
from bot.channels.sender_limit import SenderLimit
from bot.channels.whatsapp import interactive
from bot.core.conversation import ConversationCore
from bot.db import write_order
from bot.db.base import utcnow
from bot.db.contacts import open_conversation
from bot.db.models import Message
from bot.db.session import Database
from bot.inbound import Inbound, Location, normalize_text
from bot.outbox import options
from bot.safety.screen import NOTHING, ScreenResult, screen
from bot.serial import SerialLocks

log = logging.getLogger(__name__)
CHANNEL = "whatsapp"
# Country calling codes whose people most often prefer Haitian Creole or French: a first hint
# only; what the person writes decides.
LANGUAGE_BY_PREFIX = {
    "509": "ht",
    "33": "fr",
    "221": "fr",
    "224": "fr",
    "225": "fr",
    "237": "fr",
    "243": "fr",
    "242": "fr",
    "229": "fr",
    "228": "fr",
    "223": "fr",
    "226": "fr",
}


MAX_MEDIA = 10  # Twilio's limit per message


def _float(value: str | None) -> float | None:
    """A finite number, or None for anything else ("", "abc", "nan", "inf")."""
    try:
        number = float(value) if value not in (None, "") else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def _int(value: str | None) -> int:
    """Twilio's NumMedia; a value that is not a small count ("three", "-1") counts as 0."""
    text = (value or "").strip()
    if not text.isascii() or not text.isdigit():
        return 0
    count = int(text[:4])
    return count if count <= MAX_MEDIA else 0


def location_of(form: Mapping[str, str]) -> Location | None:
    """Both coordinates, finite and in range; anything else is treated as no location."""
    lat, lon = _float(form.get("Latitude")), _float(form.get("Longitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Location(lat, lon)


def message_sid(form: Mapping[str, str]) -> str | None:
    """Twilio's id of the message under any of its names (SmsSid and SmsMessageSid are the
    older ones, still sent alone by some accounts and proxies): journal key and de-duplication."""
    for name in ("MessageSid", "SmsMessageSid", "SmsSid"):
        sid = (form.get(name) or "").strip()
        if sid:
            return sid[:128]
    return None


def language_hint(wa_id: str) -> str | None:
    digits = "".join(c for c in wa_id if c.isdigit())
    for length in (3, 2):
        if digits[:length] in LANGUAGE_BY_PREFIX:
            return LANGUAGE_BY_PREFIX[digits[:length]]
    return None


CHOICE = "choice"  # Inbound.extra: the text is a tapped button's id, TITLE its words
TITLE = "title"


def tapped(form: Mapping[str, str]) -> tuple[str, str]:
    """The id and the words of a tapped quick reply or list item; ("", "") for typed text."""
    for id_field, title_field in (("ButtonPayload", "ButtonText"), ("ListId", "ListTitle")):
        chosen = normalize_text(form.get(id_field) or "")
        if chosen:
            return chosen, normalize_text(form.get(title_field) or "")
    return "", ""


def parse(form: Mapping[str, str], max_chars: int) -> Inbound | None:
    """An Inbound from Twilio's form fields; None when there is no sender to answer."""
    sender = (form.get("From") or "").strip()
    if not sender:
        return None
    chosen, title = tapped(form)
    text = (chosen or normalize_text(form.get("Body") or ""))[:max_chars]
    if unsupported.is_blank(text):
        text = ""  # spaces or zero-width characters only: nothing to read, never sent to Rasa
    location = location_of(form)
    kind = "location" if location is not None and not text else "text"
    if _int(form.get("NumMedia")) > 0 and not text and location is None:
        kind = unsupported.media_kind(form.get("MediaContentType0") or "")
    profile = (form.get("ProfileName") or "").strip()[:64] or None
    return Inbound(
        channel=CHANNEL,
        sender=sender,
        text=text,
        message_id=message_sid(form),
        lang_hint=language_hint(form.get("WaId") or sender),
        location=location,
        display_name=profile,
        kind=kind,
        extra={CHOICE: "1", TITLE: title[:max_chars]} if chosen else {},
    )


def _free_text(inbound: Inbound) -> bool:
    """Words the person wrote (not a tapped option's id, not a place or a medium)."""
    return inbound.kind == "text" and bool(inbound.text) and not inbound.extra.get(CHOICE)


def resolve_words(session: Session, sender: str, text: str, idle: timedelta) -> str | None:
    """The payload an answer's words choose: a number or an option's words (`options`), or the
    shortened title a WhatsApp button or list showed for it."""
    chosen = options.resolve(session, CHANNEL, sender, text, idle)
    if chosen:
        return chosen
    conv = open_conversation(session, CHANNEL, sender)
    if conv is None or utcnow() - conv.last_message_at > idle:
        return None
    return interactive.match_shown(text, options.remembered(conv.state))


def resolve_ref(session: Session, sender: str, ref: tuple[int, int]) -> str | None:
    """The payload behind a tapped `@<message id>:<index>`, if that message is this person's."""
    conv = open_conversation(session, CHANNEL, sender)
    row = session.get(Message, ref[0])
    if conv is None or row is None or row.conversation_id != conv.id:
        return None
    if not 0 <= ref[1] < len(row.buttons):
        return None
    return str(row.buttons[ref[1]].get("payload") or "") or None


class WhatsAppInbox:
    """Runs each accepted webhook's turn in the background, in order per person."""

    def __init__(
        self,
        core: ConversationCore,
        db: Database,
        idle: timedelta,
        limit: SenderLimit,
    ) -> None:
        self.core, self.db, self.idle, self.limit = core, db, idle, limit
        self._queue: SerialLocks[str] = SerialLocks()
        self._tasks: set[asyncio.Task[None]] = set()

    def submit(self, inbound: Inbound) -> None:
        task = asyncio.create_task(self._run(inbound), name="whatsapp-inbound")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, inbound: Inbound) -> None:
        # Screened once, here, before the queue: a person in danger does not wait in it behind
        # their own earlier message (the core's gate waits URGENT_PATIENCE at most).
        found = screen(inbound.text) if _free_text(inbound) else NOTHING
        try:
            with write_order.urgent(found.danger):
                async with self._queue.hold(inbound.sender, 0.0 if found.danger else None):
                    await self.process(inbound, found)
            if inbound.message_id:
                await self.db.run(journal.done, CHANNEL, inbound.message_id)
        except Exception:
            log.exception("processing a WhatsApp message failed")

    async def process(self, inbound: Inbound, found: ScreenResult | None = None) -> None:
        """One message's turn; `found` is the screen's verdict on its text, if already taken."""
        if inbound.kind not in ("text", "location"):
            await self.limit.note(inbound, unsupported.polite_answer)
            return
        if inbound.extra.get(CHOICE):
            inbound = await self._tapped(inbound)
            found = None  # the text is now the tapped option's payload
        elif inbound.text:
            chosen = await self.db.run(resolve_words, inbound.sender, inbound.text, self.idle)
            if chosen:
                inbound = replace(inbound, text=chosen)
                found = None
        # After resolving, so a danger option is never limited.
        await self.limit.turn(inbound, found)

    async def _tapped(self, inbound: Inbound) -> Inbound:
        """A tap's payload; a reference that no longer resolves is read as the button's words."""
        ref = interactive.parse_ref(inbound.text)
        if ref is None:
            return inbound
        payload = await self.db.run(resolve_ref, inbound.sender, ref)
        if payload:
            return replace(inbound, text=payload)
        words = inbound.extra.get(TITLE, "")
        chosen = await self.db.run(resolve_words, inbound.sender, words, self.idle)
        return replace(inbound, text=chosen or words)

    async def replay(self, fields: dict[str, Any]) -> None:
        """A journaled delivery that was acknowledged but never finished (bot.channels.journal)."""
        inbound = parse(fields, self.core.services.settings.max_text_chars)
        if inbound is not None:
            self.submit(inbound)

    async def drain(self, grace: float = 20.0) -> None:
        """Wait for the turns under way (at shutdown)."""
        if self._tasks:
            _done, pending = await asyncio.wait(set(self._tasks), timeout=grace)
            for task in pending:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
