"""The staff side's background loops: a pass every `STAFF_ALERT_POLL_SECONDS`, started by the app.

The urgent-case alerter and the referral follow-ups run the same way: a failed pass is logged
and retried (the loop must survive a database, mail or Telegram hiccup), and closing lets the
current pass finish, since it may hold a database connection or a lease. Each posts to
Telegram with its own HTTP client, closed with the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import httpx

from bot.services import Services

log = logging.getLogger(__name__)


class StaffLoop:
    """Subclasses say what one pass does (`one_pass`) and name the loop (`name`)."""

    name = "staff-loop"

    def __init__(self, services: Services) -> None:
        self.services = services
        self.http = httpx.AsyncClient(timeout=10)
        self.task: asyncio.Task[None] | None = None
        self.stopping = asyncio.Event()

    async def one_pass(self) -> None:
        raise NotImplementedError

    async def run(self) -> None:
        while not self.stopping.is_set():
            try:
                await self.one_pass()
            except Exception:
                log.exception("%s failed; retrying", self.name)
            with contextlib.suppress(TimeoutError):
                poll = self.services.settings.staff_alert_poll_seconds
                await asyncio.wait_for(self.stopping.wait(), timeout=poll)

    def start(self) -> None:
        self.task = asyncio.create_task(self.run(), name=self.name)

    async def close(self) -> None:
        self.stopping.set()
        if self.task is not None:
            try:
                await asyncio.wait_for(self.task, timeout=20)
            except TimeoutError:
                log.warning("%s did not stop in time", self.name)
        await self.http.aclose()
