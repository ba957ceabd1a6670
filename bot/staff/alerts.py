"""A loop in the app for what must happen even when nobody is looking at the console.

It posts urgent-case alerts to a staff Telegram group, retries the Rasa tracker updates
(pause/resume) that failed while Rasa was down, and enforces the ceiling for open cases
(bot/handoff/ceiling.py): it warns the group before a case closes for inactivity, then closes
it. Whichever path opened an urgent case (the danger screen, a Rasa action, a reopened case),
the alert is a short message without personal details: the case number, its category and a
link (and, for a warning, the day it closes). The console shows the same cases at once by
polling; Telegram is for staff who are not looking at it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.core.turns import Lease, TurnBusy, give_back, take
from bot.db.base import utcnow
from bot.handoff import ceiling, rasa_sync
from bot.handoff.cases import EXPIRED, OPEN_STATUSES
from bot.handoff.models import Case
from bot.handoff.routing import office_hours
from bot.i18n import gettext
from bot.services import Services
from bot.settings import Settings
from bot.staff import audit
from bot.staff import messages as m
from bot.staff.labels import label_id
from bot.staff.loop import StaffLoop

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
RASA_RETRY_SECONDS = 30.0
ALERT_LANGUAGE = "es"
CLAIM = timedelta(seconds=60)
CEILING_SECONDS = 60.0
URGENT = "urgent"
EXPIRY = "expiry"  # the case closes for inactivity unless someone acts


@dataclass(frozen=True)
class Due:
    case_id: int
    category: str
    attempts: int
    kind: str = URGENT
    closes_at: datetime | None = None

    @property
    def lease_key(self) -> str:
        return f"alert:{self.case_id}" if self.kind == URGENT else f"{self.kind}:{self.case_id}"


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


def _expiring(session: Session, settings: Settings) -> list[Due]:
    return [
        Due(e.case_id, e.category, 0, EXPIRY, e.closes_at)
        for e in ceiling.to_warn(session, settings, utcnow())
    ]


def _claim(session: Session, due: Due, lease: Lease, settings: Settings) -> bool:
    """Take the alert for this replica; false if another is posting it or already did."""
    try:
        take(session, lease)
    except TurnBusy:
        return False
    if due.kind == EXPIRY:
        return ceiling.still_to_warn(session, due.case_id, settings, utcnow())
    case = session.get(Case, due.case_id)
    return case is not None and case.alerted_at is None


def _mark(session: Session, due: Due, sent: bool, lease: Lease) -> None:
    give_back(session, lease)
    if due.kind == EXPIRY:
        if sent:
            ceiling.mark_warned(session, due.case_id, utcnow())
        return
    case = session.get(Case, due.case_id)
    if case is None:
        return
    if sent:
        case.alerted_at = utcnow()
    else:
        case.alert_attempts += 1


def _expire(
    session: Session, case_id: int, settings: Settings, lease: Lease
) -> rasa_sync.Effect | None:
    """Close one case past the ceiling, once across replicas, audited as the system's act."""
    try:
        take(session, lease)
    except TurnBusy:
        return None
    effect = ceiling.expire(session, case_id, settings, utcnow())
    if effect is not None:
        audit.record(session, None, "close", case_id, outcome="closed", reason=EXPIRED)
    give_back(session, lease)
    return effect


class Alerter(StaffLoop):
    """Polls for urgent cases to announce; retries a failed post with growing pauses."""

    name = "staff-alerts"

    def __init__(self, services: Services) -> None:
        office_hours(services.settings)  # a bad STAFF_HOURS or STAFF_TIMEZONE stops start-up
        super().__init__(services)
        self.retry_at: dict[tuple[str, int], float] = {}
        self.next_sync = self.next_ceiling = 0.0

    @property
    def configured(self) -> bool:
        s = self.services.settings
        return bool(s.telegram_bot_token and s.telegram_staff_chat_id)

    def text(self, due: Due) -> str:
        s = self.services.settings
        base = s.public_base_url.rstrip("/")
        category = gettext(ALERT_LANGUAGE, label_id("category", due.category))
        url = f"{base}/staff/cases/{due.case_id}"
        if due.kind == EXPIRY and due.closes_at is not None:
            day = due.closes_at.astimezone(ZoneInfo(s.staff_timezone)).date()
            return gettext(
                ALERT_LANGUAGE,
                m.ALERT_EXPIRY_TELEGRAM,
                id=due.case_id,
                category=category,
                date=format_date(day, format="long", locale=ALERT_LANGUAGE),
                url=url,
            )
        return gettext(ALERT_LANGUAGE, m.ALERT_TELEGRAM, id=due.case_id, category=category, url=url)

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
        return await self._post(await self.services.db.run(_due))

    async def _post(self, batch: list[Due]) -> int:
        sent = 0
        settings = self.services.settings
        for due in batch:
            key = (due.kind, due.case_id)
            if self.retry_at.get(key, 0) > time.monotonic():
                continue
            # Every replica polls: a lease makes one of them post each alert, once.
            lease = Lease(due.lease_key, CLAIM)
            if not await self.services.db.run(_claim, due, lease, settings):
                if lease.held:
                    await self.services.db.run(give_back, lease)
                continue
            ok = await self.send(due) if self.configured else True
            await self.services.db.run(_mark, due, ok, lease)
            if ok:
                self.retry_at.pop(key, None)
                sent += 1
            else:
                attempts = due.attempts if due.kind == URGENT else 4
                self.retry_at[key] = time.monotonic() + min(2 ** (attempts + 1), 300)
        return sent

    async def ceiling_tick(self) -> tuple[int, int]:
        """The ceiling for open cases: (warnings posted, cases closed as expired).

        Without Telegram settings a warning counts as given (the console shows the day the
        case closes, bot/staff/templates/case.html), as urgent alerts do.
        """
        settings = self.services.settings
        warnings = await self._post(await self.services.db.run(_expiring, settings))
        closed = 0
        for case_id in await self.services.db.run(ceiling.due, settings, utcnow()):
            lease = Lease(f"{EXPIRED}:{case_id}", CLAIM)
            effect = await self.services.db.run(_expire, case_id, settings, lease)
            if effect is not None:
                closed += 1
                await rasa_sync.apply(self.services, effect)
        if closed:
            log.info("closed %d cases nobody acted on for too long", closed)
        return warnings, closed

    async def one_pass(self) -> None:
        await self.tick()
        if time.monotonic() >= self.next_ceiling:
            self.next_ceiling = time.monotonic() + CEILING_SECONDS
            await self.ceiling_tick()
        if time.monotonic() >= self.next_sync:
            self.next_sync = time.monotonic() + RASA_RETRY_SECONDS
            await rasa_sync.retry_pending(self.services)
