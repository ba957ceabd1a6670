"""Webhooks are acknowledged before their turn runs; the journal makes that safe.

Twilio and Telegram get their answer at once (they must not wait on Rasa), so a replica that
died between acknowledging a message and storing it would lose it: the provider will not send
it again. Before acknowledging, the delivery is written here, encrypted; it is deleted when its
turn is over. Entries left behind (a crash, a killed deploy) are replayed by any replica once
their grace period is over; the core's de-duplication by the provider's message id makes a
replay of a message that was in fact stored a no-op. An entry that keeps failing is dropped
after a few attempts, with an error in the log, so one poisoned delivery cannot loop forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Integer, String, Table, UniqueConstraint, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.db.base import Base, EncryptedText, UTCDateTime, utcnow
from bot.db.session import Database, DatabaseUnavailable

log = logging.getLogger(__name__)
GRACE = timedelta(minutes=2)  # longer than any honest turn, which ends by deleting its entry
MAX_ATTEMPTS = 3
Replay = Callable[[dict[str, Any]], Awaitable[None]]


class JournalEntry(Base):
    """One acknowledged delivery whose turn has not finished yet."""

    __tablename__ = "inbound_journal"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(128))
    payload: Mapped[str] = mapped_column(EncryptedText)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    retry_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


def record(session: Session, channel: str, external_id: str, payload: Mapping[str, Any]) -> None:
    """Write a delivery down before it is acknowledged; a provider's retry adds nothing."""
    now = utcnow()
    table = cast(Table, JournalEntry.__table__)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(
        channel=channel,
        external_id=external_id,
        payload=json.dumps(dict(payload), ensure_ascii=False),
        received_at=now,
        retry_at=now + GRACE,
        attempts=0,
    )
    session.execute(stmt.on_conflict_do_nothing(index_elements=["channel", "external_id"]))


def done(session: Session, channel: str, external_id: str) -> None:
    session.execute(
        delete(JournalEntry).where(
            JournalEntry.channel == channel, JournalEntry.external_id == external_id
        )
    )


def claim_due(
    session: Session, channels: list[str], limit: int = 50, now: datetime | None = None
) -> list[tuple[str, dict[str, Any]]]:
    """Entries of these channels whose grace is over, each claimed for one more grace period."""
    now = now or utcnow()
    rows = session.scalars(
        select(JournalEntry)
        .where(JournalEntry.retry_at <= now, JournalEntry.channel.in_(channels))
        .order_by(JournalEntry.id)
        .limit(limit)
    ).all()
    claimed: list[tuple[str, dict[str, Any]]] = []
    for row in rows:
        if row.attempts >= MAX_ATTEMPTS:
            log.error(
                "dropping %s delivery %s after %s attempts", row.channel, row.id, row.attempts
            )
            session.delete(row)
            continue
        taken = session.execute(
            update(JournalEntry)
            .where(JournalEntry.id == row.id, JournalEntry.retry_at == row.retry_at)
            .values(retry_at=now + GRACE, attempts=row.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        if getattr(taken, "rowcount", 0) == 1:
            claimed.append((row.channel, json.loads(row.payload)))
    return claimed


class Replayer:
    """Replays what a replica acknowledged but never finished, through the channel's own path."""

    def __init__(self, db: Database, replays: Mapping[str, Replay], every: float = 30.0) -> None:
        self.db = db
        self.replays = dict(replays)
        self.every = every
        self._task: asyncio.Task[None] | None = None

    async def run_once(self) -> int:
        due = await self.db.run(claim_due, sorted(self.replays))
        for channel, payload in due:
            log.warning("replaying an unfinished %s delivery", channel)
            try:
                await self.replays[channel](payload)
            except Exception:  # it stays in the journal for the next attempt
                log.exception("replaying a %s delivery failed", channel)
        return len(due)

    async def _loop(self) -> None:
        while True:
            try:
                await self.run_once()
            except DatabaseUnavailable:
                log.info("journal: database unreachable; trying again later")
            except Exception:
                log.exception("journal replay failed; trying again later")
            await asyncio.sleep(self.every)

    def start(self) -> None:
        if not self.replays:
            return
        self._task = asyncio.create_task(self._loop(), name="inbound-journal")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
