"""One turn at a time per person, on every replica.

A person who taps twice, or whose message the provider delivers to two replicas at once, must
get each answer once and in order. Within a process an asyncio lock queues one sender's turns;
across processes a lease row in the shared database does. The lease is taken in the transaction
that stores the message and given back in the one that stores the replies, so it costs no extra
round trip; a replica that dies mid-turn leaves a lease that expires on its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import cast
from uuid import uuid4

from sqlalchemy import String, Table, bindparam, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.sql.expression import Executable

from bot.db.base import Base, UTCDateTime, utcnow
from bot.db.session import Database, DatabaseUnavailable
from bot.serial import URGENT_PATIENCE, SerialLocks

log = logging.getLogger(__name__)


class TurnBusy(Exception):
    """Another replica is answering this person; try again shortly."""


class TurnLease(Base):
    """Who is answering a person now. The key is the sender's keyed hash, never the sender."""

    __tablename__ = "turn_leases"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


@dataclass
class Lease:
    """One turn's claim on a person; `held` is true between `take` and `give_back`."""

    key: str
    ttl: timedelta
    holder: str = field(default_factory=lambda: uuid4().hex)
    held: bool = False
    urgent: bool = False  # go ahead without the lease if another holds it (danger: TurnGate.turn)


def take(session: Session, lease: Lease) -> None:
    """Claim the person for this turn inside the caller's transaction, or raise TurnBusy.

    An insert that on conflict only overwrites an expired lease: on PostgreSQL a concurrent
    claim waits for the other transaction and then sees its lease, so exactly one wins.

    An urgent turn that finds the lease held goes ahead without it and leaves it to its
    holder: a danger answer is the app's own and never calls Rasa, so it does not need the
    person to itself, and the person's later messages keep waiting for the turn in progress
    (overriding the lease used to let them start beside it).
    """
    now = utcnow()
    params = {
        "key": lease.key,
        "holder": lease.holder,
        "expires_at": now + lease.ttl,
        "now": now,
    }
    claim = _claim_statement(session.get_bind().dialect.name)
    if session.execute(claim, params).scalar() != lease.holder:
        if lease.urgent:
            return
        raise TurnBusy(lease.key)
    lease.held = True


@lru_cache(maxsize=4)
def _claim_statement(dialect_name: str) -> Executable:
    """Built once per dialect: this runs on every turn."""
    table = cast(Table, TurnLease.__table__)
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(
        key=bindparam("key"),
        holder=bindparam("holder"),
        expires_at=bindparam("expires_at", type_=UTCDateTime()),
    )
    claim: Executable = stmt.on_conflict_do_update(
        index_elements=[table.c.key],
        set_={"holder": stmt.excluded.holder, "expires_at": stmt.excluded.expires_at},
        where=table.c.expires_at < bindparam("now", type_=UTCDateTime()),
    ).returning(table.c.holder)
    return claim


def give_back(session: Session, lease: Lease) -> None:
    """End the turn inside the caller's transaction (a no-op if the lease expired and moved)."""
    if lease.held:
        session.execute(_RELEASE, {"key": lease.key, "holder": lease.holder})
        lease.held = False


# A plain table statement, built once: an ORM delete would also search the session for the
# rows it removes, on every turn.
_LEASES = cast(Table, TurnLease.__table__)
_RELEASE = delete(_LEASES).where(
    _LEASES.c.key == bindparam("key"), _LEASES.c.holder == bindparam("holder")
)


class TurnGate:
    """Queues one person's turns in this process and hands out their database leases."""

    def __init__(self, db: Database, ttl: timedelta) -> None:
        self.db = db
        self.ttl = ttl
        self._queue: SerialLocks[str] = SerialLocks()

    @contextlib.asynccontextmanager
    async def turn(self, key: str, urgent: bool = False) -> AsyncIterator[Lease]:
        """Wait for this person's earlier turns here, then yield a lease to `take`.

        A person in danger is never kept waiting on their own earlier turn (a slow Rasa call,
        a replica that died holding the lease): after URGENT_PATIENCE seconds an urgent turn
        goes ahead without the lease (`take`). Order matters less than the numbers.

        If the turn ends without giving the lease back (an error between storing the message
        and storing the replies), it is given back here so the person is not kept waiting.
        """
        lease = Lease(key, self.ttl)
        async with self._queue.hold(key, URGENT_PATIENCE if urgent else None) as locked:
            lease.urgent = not locked
            try:
                yield lease
            finally:
                if lease.held:
                    with contextlib.suppress(DatabaseUnavailable):
                        await self.db.run(give_back, lease)


async def backoff(attempt: int) -> None:
    """Wait before claiming again: short at first, never more than a fifth of a second."""
    if attempt == 8:
        log.info("a turn is waiting for another replica to finish with the same person")
    await asyncio.sleep(min(0.2, 0.01 * 2 ** min(attempt, 5)))
