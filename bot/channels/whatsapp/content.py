"""Twilio Content resources on demand: created once per content, found by its hash afterwards.

`sid_for(spec)` answers the Content SID to send, creating the resource at Twilio the first time
(`POST content.twilio.com/v1/Content` with the twilio library), or None when there is none to
use right now; the caller then sends numbered text, which always works. Across replicas the
first to need a content claims its row (unique key) and creates it; another replica that needs
it meanwhile waits briefly for the SID, else sends text this once. A claim left by a replica
that died is taken over after CLAIM_TTL.

Twilio refusing a content (4xx: it breaks a rule we did not know) retires it for good
(`refused`); an outage (network, 5xx, 429) pauses the Content API for PAUSE seconds in this
process, so an outage costs one slow message, not one per message.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import timedelta
from enum import Enum
from typing import Any, cast

import httpx
from sqlalchemy import Table, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from twilio.base.exceptions import TwilioException
from twilio.rest import Client
from twilio.rest.content.v1.content import ContentList

from bot.channels.whatsapp.errors import error_code
from bot.channels.whatsapp.interactive import ContentSpec
from bot.channels.whatsapp.models import CREATING, READY, REFUSED, WhatsAppContent
from bot.db.base import utcnow
from bot.db.session import Database

log = logging.getLogger(__name__)
CLAIM_TTL = timedelta(seconds=60)
USED_EVERY = timedelta(hours=1)  # how often `used_at` is brought up to date
PAUSE = 60.0
WAIT = 5.0


class Claim(Enum):
    READY = "ready"
    REFUSED = "refused"
    MINE = "mine"
    BUSY = "busy"


def claim(session: Session, spec: ContentSpec) -> tuple[Claim, str | None]:
    """The content's state for this caller; MINE means: create it now."""
    now = utcnow()
    row = _row(session, spec.key)
    if row is None:
        table = cast(Table, WhatsAppContent.__table__)
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        inserted = session.execute(
            dialect.insert(table)
            .values(
                key=spec.key,
                kind=spec.kind,
                language=spec.language,
                status=CREATING,
                created_at=now,
                claimed_at=now,
                used_at=now,
            )
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(table.c.id)
        )
        if inserted.first() is not None:
            return Claim.MINE, None
        row = _row(session, spec.key)  # another replica claimed it a moment ago
        if row is None:
            return Claim.BUSY, None
    if row.status == READY and row.sid:
        if now - row.used_at > USED_EVERY:  # not a write per message on a popular menu
            row.used_at = now
        return Claim.READY, row.sid
    if row.status == REFUSED:
        return Claim.REFUSED, None
    if now - row.claimed_at < CLAIM_TTL:
        return Claim.BUSY, None
    taken = session.execute(
        update(WhatsAppContent)
        .where(WhatsAppContent.id == row.id, WhatsAppContent.claimed_at == row.claimed_at)
        .values(claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    return (Claim.MINE, None) if getattr(taken, "rowcount", 0) == 1 else (Claim.BUSY, None)


def _row(session: Session, key: str) -> WhatsAppContent | None:
    return session.scalars(select(WhatsAppContent).where(WhatsAppContent.key == key)).first()


def settle(session: Session, key: str, sid: str | None, error: str | None) -> None:
    """Record what Twilio said: the SID, or why it refused the content."""
    row = _row(session, key)
    if row is None:
        return
    row.status, row.sid, row.error = (READY, sid, None) if sid else (REFUSED, None, error)


def release(session: Session, key: str) -> None:
    """Give a claim back after an outage: the next message may try again at once."""
    session.execute(
        update(WhatsAppContent)
        .where(WhatsAppContent.key == key, WhatsAppContent.status == CREATING)
        .values(claimed_at=utcnow() - CLAIM_TTL)
    )


def kind_of(session: Session, sid: str) -> str | None:
    """The kind of one of our contents (a menu or a pin); None for any other SID."""
    row = session.scalars(select(WhatsAppContent).where(WhatsAppContent.sid == sid)).first()
    return row.kind if row is not None else None


def retire(session: Session, sid: str, reason: str) -> bool:
    """Stop using a content WhatsApp refused to deliver; True if it was one of ours."""
    row = session.scalars(select(WhatsAppContent).where(WhatsAppContent.sid == sid)).first()
    if row is None:
        return False
    row.status, row.error = REFUSED, reason
    return True


class ContentStore:
    """Content SIDs for specs, through the database and Twilio's Content API."""

    def __init__(self, db: Database, client: Client, wait: float = WAIT) -> None:
        self.db, self.client, self.wait = db, client, wait
        self._paused_until = 0.0

    @property
    def paused(self) -> bool:
        return time.monotonic() < self._paused_until

    async def sid_for(self, spec: ContentSpec) -> str | None:
        if self.paused:
            return None
        deadline = time.monotonic() + self.wait
        while True:
            state, sid = await self.db.run(claim, spec)
            if state is Claim.READY:
                return sid
            if state is Claim.REFUSED:
                return None
            if state is Claim.MINE:
                return await self._create(spec)
            if time.monotonic() >= deadline:
                return None  # another replica is creating it: numbered text this once
            await asyncio.sleep(0.2)

    async def _create(self, spec: ContentSpec) -> str | None:
        request = ContentList.ContentCreateRequest(spec.request())
        try:
            created: Any = await self.client.content.v1.contents.create_async(request)
        except TwilioException as exc:
            status = int(getattr(exc, "status", 0) or 0)
            code = error_code(getattr(exc, "code", None), status)
            if 400 <= status < 500 and status != 429:
                log.warning("Twilio refused a %s content: %s; numbered text", spec.kind, code)
                await self.db.run(settle, spec.key, None, code)
                return None
            await self._outage(spec, code)
            return None
        except (httpx.HTTPError, ValueError) as exc:
            await self._outage(spec, type(exc).__name__)
            return None
        sid = str(getattr(created, "sid", "") or "")
        if not sid.startswith("HX"):
            await self._outage(spec, "twilio_no_sid")
            return None
        await self.db.run(settle, spec.key, sid, None)
        log.info("created WhatsApp content %s (%s, %s)", sid, spec.kind, spec.language)
        return sid

    async def _outage(self, spec: ContentSpec, reason: str) -> None:
        log.warning("Twilio's Content API failed (%s); numbered text for %.0f s", reason, PAUSE)
        self._paused_until = time.monotonic() + PAUSE
        await self.db.run(release, spec.key)
