"""One at a time per key, in arrival order: a person's messages are handled one after another.

Telegram's update processor, the WhatsApp inbox and the core's turn gate each keep one queue per
person in this process (a person's second message waits for the first's replies); this is that
bookkeeping, once: an asyncio lock per key, shared by whoever waits on it and forgotten when
the last of them is done, so the table never grows with everyone who ever wrote.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
# Seconds a danger message waits in the core's turn gate for the same person's earlier turn
# before it goes ahead (a channel's own queue does not hold it at all: patience 0), so a
# person in danger is answered well within two seconds even behind a slow turn.
URGENT_PATIENCE = 0.5


class SerialLocks(Generic[K]):
    """A lock per key, alive while someone holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[K, tuple[asyncio.Lock, int]] = {}

    def __len__(self) -> int:
        return len(self._locks)

    @contextlib.asynccontextmanager
    async def hold(self, key: K, patience: float | None = None) -> AsyncIterator[bool]:
        """Wait for the key's earlier holders, then hold it; yields whether it was taken.

        With `patience` (seconds) the wait is bounded: the body then runs without the lock and
        gets False, which is how a person in danger is never kept waiting on their own turn.
        """
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        locked = False
        try:
            locked = await _acquire(lock, patience)
            yield locked
        finally:
            if locked:
                lock.release()
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


async def _acquire(lock: asyncio.Lock, patience: float | None) -> bool:
    """Whether the lock was taken within `patience` seconds (None: wait as long as it takes).

    Not `asyncio.wait_for`: on Python 3.11 it can time out after the lock was in fact taken,
    which would leave it held for ever.
    """
    if patience is None:
        await lock.acquire()
        return True
    if patience <= 0:  # take it only if it is free now
        if lock.locked():
            return False
        await lock.acquire()
        return True
    attempt = asyncio.ensure_future(lock.acquire())
    done, _ = await asyncio.wait({attempt}, timeout=patience)
    if not done:
        attempt.cancel()
        await asyncio.wait({attempt})
    return not attempt.cancelled()
