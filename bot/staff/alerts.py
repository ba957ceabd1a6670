"""A loop in the app for what must happen even when nobody is looking at the console.

It posts urgent-case alerts to a staff Telegram group and retries the Rasa tracker updates
(pause/resume) that failed while Rasa was down. Whichever path opened an urgent case (the danger
screen, a Rasa action, a reopened case), the alert is a short message without personal details:
the case number, its category and a link. The console shows the same cases at once by polling;
Telegram is for staff who are not looking at it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass
from datetime import timedelta

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.core.turns import Lease, TurnBusy, give_back, take
from bot.db.base import utcnow
from bot.handoff import rasa_sync
from bot.handoff.cases import OPEN_STATUSES
from bot.handoff.models import Case
from bot.handoff.routing import office_hours
from bot.i18n import gettext
from bot.services import Services
from bot.staff import messages as m
from bot.staff.labels import label_id

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
RASA_RETRY_SECONDS = 30.0
ALERT_LANGUAGE = "es"
CLAIM = timedelta(seconds=60)


@dataclass(frozen=True)
class Due:
    case_id: int
    category: str
    attempts: int


def _due(session: Session) -> list[Due]:
    rows = session.scalars(
        select(Case)
        .where(
            Case.priority == "urgent",
            Case.alerted_at.is_(None),
            Case.status.in_(OPEN_STATUSES),
            Case.alert_attempts < MAX_ATTEMPTS,
        )
        .order_by(Case.id)
        .limit(20)
    )
    return [Due(c.id, c.category, c.alert_attempts) for c in rows]


def _claim(session: Session, case_id: int, lease: Lease) -> bool:
    """Take the alert for this replica; false if another is posting it or already did."""
    try:
        take(session, lease)
    except TurnBusy:
        return False
    case = session.get(Case, case_id)
    return case is not None and case.alerted_at is None


def _mark(session: Session, case_id: int, sent: bool, lease: Lease) -> None:
    give_back(session, lease)
    case = session.get(Case, case_id)
    if case is None:
        return
    if sent:
        case.alerted_at = utcnow()
    else:
        case.alert_attempts += 1


class Alerter:
    """Polls for urgent cases to announce; retries a failed post with growing pauses."""

    def __init__(self, services: Services) -> None:
        office_hours(services.settings)  # a bad STAFF_HOURS or STAFF_TIMEZONE stops start-up
        self.services = services
        self.http = httpx.AsyncClient(timeout=10)
        self.retry_at: dict[int, float] = {}
        self.task: asyncio.Task[None] | None = None
        self.stopping = asyncio.Event()

    @property
    def configured(self) -> bool:
        s = self.services.settings
        return bool(s.telegram_bot_token and s.telegram_staff_chat_id)

    def text(self, due: Due) -> str:
        base = self.services.settings.public_base_url.rstrip("/")
        category = gettext(ALERT_LANGUAGE, label_id("category", due.category))
        return gettext(
            ALERT_LANGUAGE,
            m.ALERT_TELEGRAM,
            id=due.case_id,
            category=category,
            url=f"{base}/staff/cases/{due.case_id}",
        )

    async def send(self, due: Due) -> bool:
        s = self.services.settings
        url = f"{s.telegram_api_url.rstrip('/')}{s.telegram_bot_token}/sendMessage"
        if not s.telegram_api_url.rstrip("/").endswith("/bot"):
            url = f"{s.telegram_api_url.rstrip('/')}/bot{s.telegram_bot_token}/sendMessage"
        try:
            resp = await self.http.post(
                url,
                json={
                    "chat_id": s.telegram_staff_chat_id,
                    "text": self.text(due),
                    "disable_web_page_preview": True,
                },
            )
            return resp.is_success
        except httpx.HTTPError as exc:
            log.warning("staff alert for case %s failed: %s", due.case_id, exc)
            return False

    async def tick(self) -> int:
        """One pass; returns how many alerts went out."""
        sent = 0
        for due in await self.services.db.run(_due):
            if self.retry_at.get(due.case_id, 0) > time.monotonic():
                continue
            # Every replica polls: a lease makes one of them post each alert, once.
            lease = Lease(f"alert:{due.case_id}", CLAIM)
            if not await self.services.db.run(_claim, due.case_id, lease):
                if lease.held:
                    await self.services.db.run(give_back, lease)
                continue
            ok = await self.send(due) if self.configured else True
            await self.services.db.run(_mark, due.case_id, ok, lease)
            if ok:
                self.retry_at.pop(due.case_id, None)
                sent += 1
            else:
                self.retry_at[due.case_id] = time.monotonic() + min(2 ** (due.attempts + 1), 300)
        return sent

    async def run(self) -> None:
        next_sync = 0.0
        while not self.stopping.is_set():
            try:
                await self.tick()
                if time.monotonic() >= next_sync:
                    next_sync = time.monotonic() + RASA_RETRY_SECONDS
                    await rasa_sync.retry_pending(self.services)
            except Exception:  # the loop must survive a database hiccup
                log.exception("staff alert loop failed; retrying")
            with contextlib.suppress(TimeoutError):
                poll = self.services.settings.staff_alert_poll_seconds
                await asyncio.wait_for(self.stopping.wait(), timeout=poll)

    def start(self) -> None:
        self.task = asyncio.create_task(self.run(), name="staff-alerts")

    async def close(self) -> None:
        """Let the current pass finish (it may hold a database connection), then stop."""
        self.stopping.set()
        if self.task is not None:
            try:
                await asyncio.wait_for(self.task, timeout=20)
            except TimeoutError:
                log.warning("staff alert loop did not stop in time")
        await self.http.aclose()
