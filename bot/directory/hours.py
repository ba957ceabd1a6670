"""Opening hours: a small, strict subset of OpenStreetMap's `opening_hours` syntax.

    24/7
    Mo-Fr 09:00-17:00; Sa 09:00-13:00
    Mo,We,Fr 08:00-12:00,14:00-18:00

Rules are separated by `;`; each names days (`Mo Tu We Th Fr Sa Su`, ranges `Mo-Fr`, lists
`Mo,We`) and one or more `HH:MM-HH:MM` intervals in the location's local time. A closing time
must be after its opening time (`24:00` closes at midnight; write a night across midnight as two
days). A day may appear in one rule only. Blank means unknown, never "closed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_DAY_INDEX = {d.lower(): i for i, d in enumerate(DAYS)}
_TIME = re.compile(r"^(\d{2}):(\d{2})$")
_RULE = re.compile(r"^(?P<days>[A-Za-z,\-]+)\s+(?P<times>[\d:,\-\s]+)$")
FULL_DAY = ((0, 24 * 60),)

Interval = tuple[int, int]


class HoursError(ValueError):
    """The hours text does not follow the syntax; the message says where."""


@dataclass(frozen=True)
class OpeningHours:
    """Intervals in minutes after midnight for each weekday, Monday first."""

    days: tuple[tuple[Interval, ...], ...]

    @property
    def always_open(self) -> bool:
        return all(d == FULL_DAY for d in self.days)

    def is_open(self, local: datetime) -> bool:
        minute = local.hour * 60 + local.minute
        return any(start <= minute < end for start, end in self.days[local.weekday()])

    def format(self, names: tuple[str, ...] = DAYS) -> str:
        """The canonical text: days with the same times grouped, `24/7` when always open.

        `names` are the weekday abbreviations to write (another language's, for display).
        """
        if self.always_open:
            return "24/7"
        groups: dict[tuple[Interval, ...], list[int]] = {}
        for index, intervals in enumerate(self.days):
            if intervals:
                groups.setdefault(intervals, []).append(index)
        rules = sorted(groups.items(), key=lambda item: item[1][0])
        return "; ".join(
            f"{_format_days(days, names)} {_format_times(times)}" for times, days in rules
        )


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _format_times(times: tuple[Interval, ...]) -> str:
    return ",".join(f"{clock(a)}-{clock(b)}" for a, b in times)


def _format_days(days: list[int], names: tuple[str, ...]) -> str:
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = [names[r[0]] if len(r) == 1 else f"{names[r[0]]}-{names[r[-1]]}" for r in runs]
    return ",".join(parts)


def _parse_time(text: str, closing: bool) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise HoursError(f"bad time {text.strip()!r} (write HH:MM)")
    hour, minute = int(match.group(1)), int(match.group(2))
    if minute > 59 or hour > 24 or (hour == 24 and (minute or not closing)):
        raise HoursError(f"bad time {text.strip()!r}")
    return hour * 60 + minute


def _parse_days(text: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        ends = part.split("-")
        if len(ends) > 2 or any(e.lower() not in _DAY_INDEX for e in ends):
            raise HoursError(f"unknown day {part!r} (use {' '.join(DAYS)})")
        first, last = _DAY_INDEX[ends[0].lower()], _DAY_INDEX[ends[-1].lower()]
        if last < first:
            raise HoursError(f"day range {part!r} runs backwards")
        days.extend(range(first, last + 1))
    return days


def _parse_intervals(text: str) -> tuple[Interval, ...]:
    out: list[Interval] = []
    for part in text.split(","):
        bounds = part.strip().split("-")
        if len(bounds) != 2:
            raise HoursError(f"bad times {part.strip()!r} (write HH:MM-HH:MM)")
        start, end = _parse_time(bounds[0], False), _parse_time(bounds[1], True)
        if end <= start:
            raise HoursError(f"closing time must be after opening time in {part.strip()!r}")
        if out and start < out[-1][1]:
            raise HoursError(f"times overlap or are out of order in {text.strip()!r}")
        out.append((start, end))
    return tuple(out)


@lru_cache(maxsize=4096)
def parse(text: str) -> OpeningHours | None:
    """Parse hours text; None when blank. Raises HoursError with the reason."""
    text = text.strip()
    if not text:
        return None
    if text == "24/7":
        return OpeningHours((FULL_DAY,) * 7)
    days: list[tuple[Interval, ...]] = [()] * 7
    for rule in text.split(";"):
        match = _RULE.match(rule.strip())
        if not match:
            raise HoursError(
                f"cannot read {rule.strip()!r} (write e.g. 'Mo-Fr 09:00-17:00; Sa 09:00-13:00')"
            )
        intervals = _parse_intervals(match.group("times"))
        for day in _parse_days(match.group("days")):
            if days[day]:
                raise HoursError(f"{DAYS[day]} appears in more than one rule")
            days[day] = intervals
    return OpeningHours(tuple(days))


def canonical(text: str) -> str:
    """The canonical spelling of valid hours text ('' when blank)."""
    hours = parse(text)
    return hours.format() if hours else ""


def from_intervals(days: dict[int, list[Interval]]) -> OpeningHours | None:
    """Build hours from per-weekday intervals (HSDS schedules); None when there are none."""
    if not any(days.values()):
        return None
    return OpeningHours(tuple(tuple(sorted(days.get(i, []))) for i in range(7)))
