"""Nearest services first: a bounding box through the (latitude, longitude) index, then Python.

The box grows until enough services lie within its inscribed circle, so the answer is exactly
the nearest ones, whatever the density, and costs a few index range scans on either database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bot.directory import hours, store
from bot.directory.entry import Entry, split
from bot.directory.geo import box_around, haversine_km
from bot.directory.models import Location, Service
from bot.directory.policy import Policy
from bot.directory.vocab import SITUATION, WHO
from bot.i18n import format_distance

# key, id, latitude, longitude, populations, hours, time zone, dates (source, confirmed, kept,
# first seen)
Candidates = Select[
    int,
    str,
    float | None,
    float | None,
    str,
    str | None,
    str,
    date | None,
    date | None,
    date | None,
    datetime,
]
RADII_KM = (10.0, 25.0, 50.0, 100.0, 200.0, 400.0, 800.0, 1600.0, 3200.0)


@dataclass(frozen=True)
class Query:
    lat: float
    lon: float
    category: str | None = None
    population: str | None = None
    open_now: bool = False
    state: str | None = None
    limit: int = 5
    offset: int = 0
    max_km: float | None = None
    now: datetime | None = None
    # Any of these groups (the person's words: "para mujeres", "with my kids").
    groups: tuple[str, ...] = ()
    # What people see: leave out entries nobody confirmed for too long (Policy.hidden).
    policy: Policy | None = None


@dataclass(frozen=True)
class Result:
    key: int
    entry: Entry
    distance_km: float

    def as_json(self, lang: str, today: date) -> dict[str, Any]:
        e = self.entry
        return {
            "id": e.id,
            "name": e.name,
            "organization": e.organization,
            "category": e.category,
            "distance_km": round(self.distance_km, 2),
            "distance": format_distance(self.distance_km, lang),
            "address": e.address,
            "city": e.city,
            "state": e.state,
            "phone": "; ".join(e.phones),
            "whatsapp": e.whatsapp,
            "hours": e.hours,
            "populations": list(e.populations),
            "languages": list(e.languages),
            "cost": e.cost,
            "precision": e.precision,
            "verified_on": e.verified_on.isoformat() if e.verified_on else None,
            "confirmed_on": e.live.confirmed_on.isoformat() if e.live.confirmed_on else None,
            "stale": e.stale(today),
            "capacity": e.live.capacity or None,
            "capacity_at": e.live.capacity_at.isoformat() if e.live.capacity_at else None,
            "open_now": open_state(e, datetime.now(UTC)) or None,
            "maps_url": e.maps_url(),
        }


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def serves(populations: str, wanted: str | None) -> bool:
    """A service serves a group when it names it, says `all`, or names none of its kind.

    A shelter "for women and children" does not serve men; one "for asylum seekers" names no
    one by sex or age, so it counts for women too.
    """
    if not wanted or wanted == "all":
        return True
    listed = set(split(populations))
    kind = WHO if wanted in WHO else SITUATION
    return "all" in listed or wanted in listed or not (listed & kind)


def open_at(text: str | None, timezone: str, now: datetime) -> bool:
    """Open at `now` in the location's time zone; unknown hours are never open."""
    parsed = hours.parse(text) if text else None
    return parsed is not None and parsed.is_open(now.astimezone(_zone(timezone)))


def _candidates(q: Query, radius: float | None) -> Candidates:
    """Rows in the box: through (category, latitude, longitude) when a category is asked for,
    else through the locations' (latitude, longitude) index."""
    lat, lon = (Service.latitude, Service.longitude) if q.category else (
        Location.latitude, Location.longitude
    )  # fmt: skip
    stmt = select(
        Service.id, Service.external_id, lat, lon, Service.populations, Service.hours,
        Location.timezone, Service.verified_on, Service.confirmed_on, Service.kept_until,
        Service.created_at,
    ).join(Location, Service.location_id == Location.id)  # fmt: skip
    if q.category:
        stmt = stmt.where(Service.category == q.category)
    if radius is not None:
        box = box_around(q.lat, q.lon, radius)
        stmt = stmt.where(lat.between(box.min_lat, box.max_lat))
        if box.min_lon is not None and box.max_lon is not None:
            stmt = stmt.where(lon.between(box.min_lon, box.max_lon))
    if q.state:
        stmt = stmt.where(Location.state == q.state)
    return stmt


def _wanted(q: Query, pops: str) -> bool:
    if q.groups:
        return any(serves(pops, g) for g in q.groups)
    return serves(pops, q.population)


def _hidden(q: Query, row: Any, today: date) -> bool:
    if q.policy is None:
        return False
    checked = max((d for d in (row[7], row[8]) if d is not None), default=None)
    first_seen = row[10].date() if row[10] is not None else None
    return q.policy.hidden_at(checked, first_seen, row[9], today)


def nearest_keys(session: Session, q: Query) -> list[tuple[float, str, int]]:
    """(distance, id, key) of the nearest matches, grown box by box, nearest first."""
    wanted = q.offset + q.limit
    now = q.now or datetime.now(UTC)
    today = now.date()
    radii: list[float | None] = [r for r in RADII_KM if q.max_km is None or r < q.max_km]
    radii.append(q.max_km)
    found: list[tuple[float, str, int]] = []
    for radius in radii:
        found = []
        for row in session.execute(_candidates(q, radius)):
            key, ext, lat, lon, pops, text, tz = row[:7]
            if lat is None or lon is None or not _wanted(q, pops) or _hidden(q, row, today):
                continue
            distance = haversine_km(q.lat, q.lon, lat, lon)
            if radius is not None and distance > radius:
                continue
            if q.open_now and not open_at(text, tz, now):
                continue
            found.append((distance, ext, key))
        if len(found) >= wanted:
            break
    found.sort()
    return found[q.offset : wanted]


def search(session: Session, q: Query) -> list[Result]:
    """The nearest services matching the query, with their full entries."""
    hits = nearest_keys(session, q)
    entries = store.entries_by_key(session, [key for _, _, key in hits])
    return [Result(key, entries[key], d) for d, _, key in hits if key in entries]


def full_scan(session: Session, q: Query) -> list[tuple[float, str, int]]:
    """The naive way (every row, every distance): the benchmark's baseline and a test oracle."""
    now = q.now or datetime.now(UTC)
    found = []
    for row in session.execute(_candidates(q, None)):
        key, ext, lat, lon, pops, text, tz = row[:7]
        if lat is None or lon is None or _hidden(q, row, now.date()):
            continue
        distance = haversine_km(q.lat, q.lon, lat, lon)
        if q.max_km is not None and distance > q.max_km:
            continue
        if _wanted(q, pops) and (not q.open_now or open_at(text, tz, now)):
            found.append((distance, ext, key))
    found.sort()
    return found[q.offset : q.offset + q.limit]


def open_state(entry: Entry, now: datetime) -> str:
    """`open` or `closed` at `now` in the place's time zone; "" when its hours are unknown."""
    if not entry.hours:
        return ""
    return "open" if open_at(entry.hours, entry.timezone, now) else "closed"


def open_first(session: Session, q: Query, pool: int = 30) -> list[Result]:
    """Places within reach, the ones open now first, then unknown hours, then closed now, and
    last those full tonight; nearest first within each. `q.offset`/`q.limit` page the result."""
    now = q.now or datetime.now(UTC)
    near = search(session, replace(q, offset=0, limit=max(pool, q.offset + q.limit)))
    policy = q.policy or Policy()

    def rank(result: Result) -> tuple[int, float]:
        full = policy.capacity(result.entry, now) == "full"
        state = open_state(result.entry, now)
        order = 3 if full else {"open": 0, "": 1, "closed": 2}[state]
        return order, result.distance_km

    ranked = sorted(near, key=rank)
    return ranked[q.offset : q.offset + q.limit]
