"""The staff side of the service directory: find a service to refer to, keep entries current.

Staff search by place (a city or state the gazetteer knows, so "tapachula" finds the nearest
services) and category, or by name. Referrals keep the service's string id plus its name, so a
referral still reads right after the entry changes or when the directory is empty. Admins add
and edit entries through the directory's own row checks, so the console cannot store a row
that `directory import` would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.directory import freshness, store
from bot.directory.entry import HEADER
from bot.directory.gazetteer import get_gazetteer
from bot.directory.models import Location, Service
from bot.directory.placedata import fold
from bot.directory.policy import Policy
from bot.directory.search import Query
from bot.directory.search import search as nearest
from bot.directory.sourcefile import parse_row
from bot.directory.vocab import CATEGORIES

CONSOLE_SOURCE = "console"
LIMIT = 15


@dataclass(frozen=True)
class ServiceChoice:
    id: str
    name: str
    organization: str
    category: str
    city: str
    state: str
    verified_on: date | None
    distance_km: float | None = None
    status: str = ""  # confirmed | stale | left_out | unplaced (the directory's policy)
    tonight: str = ""  # room tonight, while the service's answer holds
    kept_until: date | None = None
    contact: str = ""  # who is asked to confirm it


def available() -> bool:
    return True


def _matches(words: str, *fields: str) -> bool:
    folded = fold(" ".join(fields))
    return all(word in folded for word in fold(words).split())


def search(session: Session, q: str, place: str, category: str) -> list[ServiceChoice]:
    """Nearest to a named place when one is given, else by name; never more than LIMIT."""
    category = category if category in CATEGORIES else ""
    if place.strip():
        found = get_gazetteer().lookup(place)
        if found is None:
            return []
        results = nearest(
            session, Query(found.latitude, found.longitude, category or None, limit=LIMIT * 3)
        )
        choices = [
            ServiceChoice(
                r.entry.id,
                r.entry.name,
                r.entry.organization,
                r.entry.category,
                r.entry.city,
                r.entry.state,
                r.entry.verified_on,
                round(r.distance_km, 1),
            )
            for r in results
            if not q.strip() or _matches(q, r.entry.name, r.entry.organization)
        ]
        return choices[:LIMIT]
    query = _named(q)
    if category:
        query = query.where(Service.category == category)
    return [_choice(s) for s in session.scalars(query.order_by(Service.name).limit(LIMIT))]


def _named(q: str) -> Select[Service]:
    """Services whose name or id contains every word of `q` (at most five words)."""
    query = select(Service).join(Location, Service.location_id == Location.id)
    for word in q.split()[:5]:
        like = f"%{word}%"
        query = query.where(or_(Service.name.ilike(like), Service.external_id.ilike(like)))
    return query


def _choice(s: Service) -> ServiceChoice:
    return ServiceChoice(
        s.external_id,
        s.name,
        s.organization.name if s.organization else "",
        s.category,
        s.location.city or "",
        s.location.state or "",
        s.verified_on,
    )


def service_name(session: Session, service_id: str) -> str | None:
    service = session.scalars(select(Service).where(Service.external_id == service_id)).first()
    if service is None:
        return None
    org = service.organization.name if service.organization else ""
    return f"{service.name} ({org})" if org and org != service.name else service.name


def row_for(session: Session, service_id: str) -> dict[str, str] | None:
    """An entry as the editable row of its source file."""
    service = session.scalars(select(Service).where(Service.external_id == service_id)).first()
    return store.entry_of(service).as_row() if service is not None else None


def save_row(session: Session, row: dict[str, str], today: date) -> list[str]:
    """Add or replace an entry from a row; returns the problems (nothing saved) or []."""
    clean = {key: str(row.get(key, "") or "").strip() for key in HEADER}
    entry, problems = parse_row(clean, today, get_gazetteer())
    if entry is None:
        return problems
    # An entry keeps the source it came from, so the next import of its file still owns it.
    source = session.scalar(select(Service.source).where(Service.external_id == entry.id))
    store.upsert(session, [entry], source or CONSOLE_SOURCE)
    return []


def mark_verified(session: Session, service_id: str, today: date) -> bool:
    """Staff checked the entry today: kept as a confirmation, which the next import of its
    source file does not undo."""
    service = session.scalars(select(Service).where(Service.external_id == service_id)).first()
    if service is None:
        return False
    service.confirmed_on = today
    return True


def recent(
    session: Session, q: str = "", limit: int = 100, policy: Policy | None = None
) -> list[ServiceChoice]:
    """Entries for the admin list: matching a name or id, least recently verified first, each
    with its freshness (confirmed, not confirmed recently, left out), room tonight and contact."""
    policy = policy or Policy()
    query = _named(q).order_by(Service.verified_on.is_not(None), Service.verified_on, Service.name)
    now = utcnow()
    out = []
    for service in session.scalars(query.limit(limit)):
        entry = store.entry_of(service)
        if not entry.placed:
            status = "unplaced"
        elif policy.hidden(entry, now.date()):
            status = "left_out"
        else:
            status = "stale" if policy.stale(entry, now.date()) else "confirmed"
        contact = "; ".join(x for x in (entry.update_email, entry.update_whatsapp) if x)
        out.append(replace(
            _choice(service), verified_on=entry.checked_on, status=status,
            tonight=policy.capacity(entry, now), kept_until=entry.live.kept_until,
            contact=contact,
        ))  # fmt: skip
    return out


def pending_proposals(session: Session) -> int:
    return len(freshness.pending(session))
