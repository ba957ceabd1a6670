"""How long an entry stays true: when to ask its contact again, when it is "not confirmed
recently", when it is left out of what people see, how long "room tonight" holds.

One object, built from the settings, so the search, the conversation, the console, the stats
and the confirmation loop all apply the same clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.directory.entry import Entry
from bot.directory.vocab import STALE_AFTER_DAYS
from bot.settings import Settings

HIDE_AFTER_DAYS = 365
CONFIRM_EVERY_DAYS = 30
LINK_DAYS = 14
CAPACITY_HOURS = 24


@dataclass(frozen=True)
class Policy:
    stale_days: int = STALE_AFTER_DAYS
    hide_days: int = HIDE_AFTER_DAYS
    confirm_every_days: int = CONFIRM_EVERY_DAYS
    link_days: int = LINK_DAYS
    capacity_hours: int = CAPACITY_HOURS

    @classmethod
    def from_settings(cls, settings: Settings) -> Policy:
        return cls(
            stale_days=settings.directory_stale_days,
            hide_days=settings.directory_hide_days,
            confirm_every_days=settings.directory_confirm_every_days,
            link_days=settings.directory_link_days,
            capacity_hours=settings.directory_capacity_hours,
        )

    def stale(self, entry: Entry, today: date) -> bool:
        """Not confirmed recently: never checked, or checked more than `stale_days` ago."""
        return entry.stale(today, self.stale_days)

    def hidden(self, entry: Entry, today: date) -> bool:
        """Left out of what people see: nobody confirmed it for `hide_days` since Puente could
        first ask (its source date or when it entered the directory, the later), and staff did
        not keep it."""
        return self.hidden_at(entry.checked_on, entry.live.first_seen, entry.live.kept_until, today)

    def hidden_at(
        self, checked: date | None, first_seen: date | None, kept: date | None, today: date
    ) -> bool:
        if kept is not None and kept >= today:
            return False
        starts = [d for d in (checked, first_seen) if d is not None]
        if not starts:
            return False
        return today - max(starts) > timedelta(days=self.hide_days)

    def capacity(self, entry: Entry, now: datetime) -> str:
        """What the provider said about room tonight, while it still holds; else ""."""
        live = entry.live
        if not live.capacity or live.capacity_at is None:
            return ""
        if now - live.capacity_at > timedelta(hours=self.capacity_hours):
            return ""
        return live.capacity

    def due(self, entry: Entry, today: date) -> bool:
        """Time to ask the entry's contact again (it has one and was not confirmed lately)."""
        if not (entry.update_email or entry.update_whatsapp):
            return False
        checked = entry.checked_on
        return checked is None or today - checked >= timedelta(days=self.confirm_every_days)
