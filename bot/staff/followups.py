"""A loop for what follows a case and its referrals when nobody is looking.

Every STAFF_ALERT_POLL_SECONDS it checks the first-reply targets (bot/referrals/timers.py) and
posts each missed one, once, to the supervisors' Telegram group, then to the next person of
the on-call list every ON_CALL_STEP_MINUTES; the console shows the same cases in a banner.
Every REFERRAL_POLL_SECONDS it sends the referral links that are due (e-mail), the check-ins
that are due (outbox), and expires the referrals nobody answered. Each replica runs it; a
lease makes exactly one of them post each alert.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

import httpx
from sqlalchemy.orm import Session

from bot.core.turns import Lease, TurnBusy, give_back, take
from bot.i18n import gettext
from bot.referrals import checkins, delivery, timers, transitions
from bot.services import Services
from bot.staff import audit
from bot.staff import referral_messages as rm
from bot.staff.labels import label_id
from bot.staff.loop import StaffLoop

log = logging.getLogger(__name__)
ALERT_LANGUAGE = "es"
CLAIM = timedelta(seconds=60)


def _claim(session: Session, escalation: timers.Escalation, lease: Lease) -> bool:
    try:
        take(session, lease)
    except TurnBusy:
        return False
    return timers.still_due(session, escalation)


def _mark(session: Session, escalation: timers.Escalation, posted: bool, lease: Lease) -> None:
    give_back(session, lease)
    timers.mark(session, escalation, posted)
    if posted:
        audit.record(
            session,
            None,
            "reply_overdue_alert",
            escalation.case_id,
            level=escalation.level,
            minutes_late=escalation.minutes_late,
        )


def _checkin(session: Session, referral_id: int) -> str | None:
    status = checkins.send(session, referral_id)
    if status is not None:
        audit.record(
            session, None, "referral_checkin", None, referral_id=referral_id, status=status
        )
    return status


class FollowUps(StaffLoop):
    """Reply timers, referral links, check-ins and expiry: one loop, started by the app."""

    name = "staff-followups"

    def __init__(self, services: Services) -> None:
        services.settings.reply_targets()  # a malformed FIRST_REPLY_TARGETS stops start-up
        super().__init__(services)
        self.retry_at: dict[tuple[int, int], float] = {}
        self.next_referrals = 0.0

    def text(self, escalation: timers.Escalation) -> str:
        s = self.services.settings
        url = f"{s.public_base_url.rstrip('/')}/staff/cases/{escalation.case_id}"
        return gettext(
            ALERT_LANGUAGE,
            rm.ALERT_OVERDUE if escalation.level == 1 else rm.ALERT_ON_CALL,
            id=escalation.case_id,
            category=gettext(ALERT_LANGUAGE, label_id("category", escalation.category)),
            priority=gettext(ALERT_LANGUAGE, label_id("priority", escalation.priority)),
            minutes=escalation.minutes_late,
            url=url,
        )

    async def post(self, chat_id: str, text: str) -> bool:
        s = self.services.settings
        base = s.telegram_api_url.rstrip("/")
        base = base if base.endswith("/bot") else f"{base}/bot"
        try:
            resp = await self.http.post(
                f"{base}{s.telegram_bot_token}/sendMessage",
                # Form-encoded, as python-telegram-bot sends it; the Bot API takes both.
                data={"chat_id": chat_id, "text": text, "disable_web_page_preview": "true"},
            )
            return resp.is_success
        except httpx.HTTPError as exc:
            log.warning("reply-timer alert failed: %s", type(exc).__name__)
            return False

    async def timers_tick(self) -> int:
        """Post every first-reply alert now due; returns how many went out."""
        db, settings = self.services.db, self.services.settings
        posted = 0
        for escalation in await db.run(timers.escalations, settings):
            key = (escalation.case_id, escalation.level)
            if self.retry_at.get(key, 0) > time.monotonic():
                continue
            lease = Lease(f"reply:{escalation.case_id}", CLAIM)
            if not await db.run(_claim, escalation, lease):
                if lease.held:
                    await db.run(give_back, lease)
                continue
            # Without Telegram the console's banner is the alert: the step counts as given.
            can_post = bool(settings.telegram_bot_token and escalation.chat_id)
            ok = await self.post(escalation.chat_id, self.text(escalation)) if can_post else True
            await db.run(_mark, escalation, ok, lease)
            if ok:
                posted += 1
                self.retry_at.pop(key, None)
            else:
                self.retry_at[key] = time.monotonic() + 30
        return posted

    async def referrals_tick(self) -> tuple[int, int, int]:
        """(links sent, check-ins handled, referrals expired)."""
        db, settings = self.services.db, self.services.settings
        links = await delivery.deliver(self.services)
        handled = 0
        for referral_id in await db.run(checkins.due):
            if await db.run(_checkin, referral_id) is not None:
                handled += 1
        expired = await db.run(transitions.expire_due, settings)
        return links, handled, len(expired)

    async def one_pass(self) -> None:
        await self.timers_tick()
        if time.monotonic() >= self.next_referrals:
            self.next_referrals = time.monotonic() + self.services.settings.referral_poll_seconds
            await self.referrals_tick()
