"""HSDS schedules to our opening hours, weekday by weekday.

HSDS 3.0 and 2.0 write `schedules` as RRULE-like rows (`freq=WEEKLY`, `byday=MO,TU`,
`opens_at`, `closes_at`); HSDS 1.1 writes `regular_schedules`, one row per weekday (`weekday`
1 = Monday). Rows for the same service may hang on the service, its location or the
service_at_location, and repeat each other: the same row is used once, overlapping intervals are
merged, a night across midnight is split over two days, and a schedule whose `valid_to` has
passed is left out (the specification: after it "we don't have opening time information").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from bot.directory.hours import Interval, from_intervals
from bot.directory.hsds_tables import Row

BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = {
    **{d.lower(): i for i, d in enumerate(BYDAY)},
    **{n: i for i, n in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday"))},
    **{n: i for i, n in enumerate(("lunes", "martes", "miercoles", "jueves", "viernes",
                                   "sabado", "domingo"))},
    **{n: i for i, n in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
}  # fmt: skip
Note = Callable[[Row, str], None]


def minutes(text: str) -> int:
    """'09:00', '09:00:00', '09:00Z', '09:00-05:00': minutes after midnight, local time."""
    clock = text.strip()
    parts = clock[:5]
    if len(parts) != 5 or parts[2] != ":" or not (parts[:2] + parts[3:]).isdigit():
        raise ValueError(text)
    hour, minute = int(parts[:2]), int(parts[3:])
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        raise ValueError(text)
    return hour * 60 + minute


def _days(row: Row) -> list[int] | None:
    """Weekdays of one schedule row (Monday = 0); None when the row says none we can use."""
    if row.get("weekday"):
        value = row["weekday"].strip().lower()
        if value.isdigit() and 1 <= int(value) <= 7:
            return [int(value) - 1]
        return [DAY_NAMES[value]] if value in DAY_NAMES else None
    freq = (row.get("freq") or "WEEKLY").strip().upper()
    if freq == "DAILY":
        return list(range(7))
    if freq != "WEEKLY":
        return None
    days = []
    for part in (row.get("byday") or "").upper().replace(" ", "").split(","):
        if part in BYDAY:
            days.append(BYDAY.index(part))
        elif part:
            return None  # "1MO" and other monthly forms
    if days:
        return days
    try:
        return [date.fromisoformat((row.get("dtstart") or "")[:10]).weekday()]
    except ValueError:
        return None


def _add(days: dict[int, list[Interval]], day: int, opens: int, closes: int) -> None:
    if closes == 23 * 60 + 59 or (closes == 0 and opens > 0):
        closes = 24 * 60
    if closes > opens:
        days[day].append((opens, closes))
    elif closes < opens:  # across midnight: the rest of this day and the start of the next
        days[day].append((opens, 24 * 60))
        if closes > 0:
            days[(day + 1) % 7].append((0, closes))


def _merged(intervals: list[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for start, end in sorted(set(intervals)):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def hours_text(rows: list[Row], today: date, note: Note) -> str:
    """Our hours text for these schedule rows ('' when none is usable); `note` hears why not."""
    days: dict[int, list[Interval]] = defaultdict(list)
    seen: set[str] = set()
    for row in rows:
        key = row.get("id") or f"{row.get('_file')}:{row.get('_line')}"
        if key in seen:
            continue
        seen.add(key)
        if not (row.get("opens_at") or row.get("closes_at")):
            continue
        weekdays = _days(row)
        said = row.get("byday") or row.get("weekday") or ""
        shown = f"{said} {row.get('opens_at')}-{row.get('closes_at')}"
        if weekdays is None:
            note(row, f"schedule {shown.strip()} has no weekly days we can read: not used")
            continue
        valid_to = (row.get("valid_to") or "")[:10]
        if valid_to and valid_to < today.isoformat():
            note(row, f"schedule {shown.strip()} was valid until {valid_to}: not used")
            continue
        try:
            opens, closes = minutes(row.get("opens_at", "")), minutes(row.get("closes_at", ""))
        except ValueError:
            note(row, f"schedule times {row.get('opens_at')!r}-{row.get('closes_at')!r} unreadable")
            continue
        for day in weekdays:
            _add(days, day, opens, closes)
    parsed = from_intervals({d: _merged(v) for d, v in days.items() if v})
    return parsed.format() if parsed else ""
