"""Whose transaction runs next on a SQLite file: one at a time, a person in danger first.

SQLite lets one transaction write at a time. The others poll its lock and sleep between tries
(up to 100 ms each, its busy handler), so under load one transaction can lose that race again
and again: in the load bench a danger turn's first transaction once waited 1.6 s that way,
behind other people's ordinary turns. Here the app's own transactions queue instead, in the
order they came, except that urgent ones (a person in danger: `urgent`) go first. SQLite was
running one writer at a time anyway; what changes is who comes next, and that nobody sleeps on
a lock that is already free. PostgreSQL locks rows, not the whole database: it needs none.

The queue lives on the event loop: a waiting transaction holds no worker thread.
"""

from __future__ import annotations

import asyncio
import contextvars
import heapq
import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_URGENT: contextvars.ContextVar[bool] = contextvars.ContextVar("urgent", default=False)


@contextmanager
def urgent(on: bool = True) -> Iterator[None]:
    """Inside this block (and the tasks it starts), this task's transactions go first."""
    if not on:
        yield
        return
    token = _URGENT.set(True)
    try:
        yield
    finally:
        _URGENT.reset(token)


def is_urgent() -> bool:
    return _URGENT.get()


class WriteOrder:
    """A lock handed to waiters urgent first, then in arrival order."""

    def __init__(self) -> None:
        self._busy = False
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()
        # Tests may use one database from several event loops; the state is guarded for that.
        self._mutex = threading.Lock()

    async def acquire(self, urgent: bool) -> None:
        with self._mutex:
            if not self._busy:
                self._busy = True
                return
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            heapq.heappush(self._waiting, (0 if urgent else 1, next(self._seq), waiter))
        try:
            await waiter
        except asyncio.CancelledError:
            with self._mutex:
                granted = waiter.done() and not waiter.cancelled()
            if granted:  # handed over just as it was cancelled: pass it on
                self.release()
            raise

    def release(self) -> None:
        with self._mutex:
            while self._waiting:
                _, _, waiter = heapq.heappop(self._waiting)
                if waiter.done():  # cancelled while waiting
                    continue
                loop = waiter.get_loop()
                if loop.is_closed():
                    continue
                loop.call_soon_threadsafe(self._grant, waiter)
                return
            self._busy = False

    def _grant(self, waiter: asyncio.Future[None]) -> None:
        if waiter.done():  # cancelled between the hand-over and now
            self.release()
        else:
            waiter.set_result(None)
