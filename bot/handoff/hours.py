"""Office hours (STAFF_HOURS, STAFF_TIMEZONE): is the team working now, and how to say when.

The format is the opening_hours subset people already write: `Mo-Fr 09:00-18:00`, several
rules separated by `;` or `,` (`Mo-Fr 09:00-18:00; Sa 10:00-14:00`). A person who writes out of
hours is told when someone will read them instead of waiting in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.handoff import messages as pm
from bot.i18n import gettext

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
DAY_NAMES = (pm.MONDAY, pm.TUESDAY, pm.WEDNESDAY, pm.THURSDAY, pm.FRIDAY, pm.SATURDAY, pm.SUNDAY)
RULE = re.compile(
    r"^(?P<d1>Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?P<d2>Mo|Tu|We|Th|Fr|Sa|Su))?\s+"
    r"(?P<h1>\d{1,2}):(?P<m1>\d{2})-(?P<h2>\d{1,2}):(?P<m2>\d{2})$"
)


@dataclass(frozen=True)
class Rule:
    first: int
    last: int
    start: time
    end: time

    def covers(self, weekday: int, at: time) -> bool:
        return self.first <= weekday <= self.last and self.start <= at < self.end


@dataclass(frozen=True)
class OfficeHours:
    rules: tuple[Rule, ...]
    zone: ZoneInfo

    def is_open(self, now: datetime) -> bool:
        local = now.astimezone(self.zone)
        return any(r.covers(local.weekday(), local.time()) for r in self.rules)

    def describe(self, lang: str) -> str:
        """'Monday to Friday, from 09:00 to 18:00 (Mexico City time)' in the person's language."""
        parts = []
        for rule in self.rules:
            days = gettext(lang, DAY_NAMES[rule.first])
            if rule.last != rule.first:
                days = gettext(
                    lang, pm.DAY_RANGE, first=days, last=gettext(lang, DAY_NAMES[rule.last])
                )
            parts.append(
                gettext(
                    lang,
                    pm.HOURS_RULE,
                    days=days,
                    start=rule.start.strftime("%H:%M"),
                    end=rule.end.strftime("%H:%M"),
                )
            )
        city = gettext(lang, str(self.zone.key).rsplit("/", 1)[-1].replace("_", " "))
        return gettext(lang, pm.HOURS_ZONE, hours="; ".join(parts), city=city)


class HoursError(ValueError):
    """STAFF_HOURS or STAFF_TIMEZONE cannot be understood."""


def _time(hours: str, minutes: str) -> time:
    h, m = int(hours), int(minutes)
    if h == 24 and m == 0:
        return time.max
    if not (0 <= h < 24 and 0 <= m < 60):
        raise HoursError(f"bad time {hours}:{minutes}")
    return time(h, m)


@lru_cache(maxsize=8)
def parse(spec: str, timezone: str) -> OfficeHours:
    """Parse the settings once; raises HoursError with the offending part."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise HoursError(f"STAFF_TIMEZONE: unknown time zone {timezone!r}") from exc
    rules = []
    for part in re.split(r"[;,]", spec):
        part = " ".join(part.split())
        if not part:
            continue
        match = RULE.match(part)
        if match is None:
            raise HoursError(f"STAFF_HOURS: cannot read {part!r} (expected e.g. Mo-Fr 09:00-18:00)")
        first = DAYS.index(match["d1"])
        last = DAYS.index(match["d2"] or match["d1"])
        start, end = _time(match["h1"], match["m1"]), _time(match["h2"], match["m2"])
        if last < first or end <= start:
            raise HoursError(f"STAFF_HOURS: {part!r} ends before it starts")
        rules.append(Rule(first, last, start, end))
    if not rules:
        raise HoursError("STAFF_HOURS is empty")
    return OfficeHours(tuple(rules), zone)
