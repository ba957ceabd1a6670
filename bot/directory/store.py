"""Entries in and out of the database: upsert by id, read back, remove what a source dropped.

Re-importing the same file changes nothing (an unchanged entry is not even touched), so loading
`directory/` at every start-up is cheap and leaves `updated_at` meaningful.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from bot.directory import hours
from bot.directory.entry import Entry, Live, split
from bot.directory.models import Location, Organization, Phone, Schedule, Service


@dataclass
class Changes:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


def _none(value: str) -> str | None:
    return value or None


def entry_of(service: Service) -> Entry:
    """The entry a stored service was imported from."""
    loc = service.location
    return Entry(
        id=service.external_id,
        name=service.name,
        organization=service.organization.name if service.organization else "",
        category=service.category,
        city=loc.city or "",
        state=loc.state or "",
        country=loc.country,
        address=loc.address or "",
        latitude=loc.latitude,
        longitude=loc.longitude,
        precision=loc.precision,
        timezone=loc.timezone,
        phones=tuple(p.number for p in service.phones if p.kind == "voice"),
        whatsapp="".join(p.number for p in service.phones if p.kind == "whatsapp"),
        email=service.email or "",
        website=service.website or "",
        hours=service.hours or "",
        populations=split(service.populations),
        languages=split(service.languages),
        cost=service.cost or "",
        notes=service.notes or "",
        source_urls=split(service.source_url or ""),
        verified_on=service.verified_on,
        update_email=service.update_email or "",
        update_whatsapp=service.update_whatsapp or "",
        fees=service.fees or "",
        live=live_of(service),
    )


def live_of(service: Service) -> Live:
    return Live(
        confirmed_on=service.confirmed_on,
        capacity=service.capacity or "",
        capacity_beds=service.capacity_beds,
        capacity_at=service.capacity_at,
        kept_until=service.kept_until,
        first_seen=service.created_at.date() if service.created_at else None,
    )


def _organization(session: Session, name: str, cache: dict[str, Organization]) -> Organization:
    if name not in cache:
        found = session.scalars(select(Organization).where(Organization.name == name)).first()
        cache[name] = found or Organization(name=name)
    return cache[name]


def _schedules(text: str) -> list[Schedule]:
    parsed = hours.parse(text) if text else None
    if parsed is None:
        return []
    return [
        Schedule(weekday=day, opens_at=hours.clock(a), closes_at=hours.clock(b))
        for day, intervals in enumerate(parsed.days)
        for a, b in intervals
    ]


def _fill(service: Service, entry: Entry, source: str, orgs: dict[str, Organization]) -> None:
    session = Session.object_session(service)
    assert session is not None
    loc = service.location
    loc.address, loc.city, loc.state = _none(entry.address), _none(entry.city), _none(entry.state)
    loc.country, loc.latitude, loc.longitude = entry.country, entry.latitude, entry.longitude
    loc.precision, loc.timezone = entry.precision, entry.timezone
    service.name, service.category = entry.name, entry.category
    service.latitude, service.longitude = entry.latitude, entry.longitude
    service.organization = (
        _organization(session, entry.organization, orgs) if entry.organization else None
    )
    service.populations = "; ".join(entry.populations)
    service.languages = "; ".join(entry.languages)
    service.cost, service.email = _none(entry.cost), _none(entry.email)
    service.website, service.hours = _none(entry.website), _none(entry.hours)
    service.notes, service.source_url = _none(entry.notes), _none("; ".join(entry.source_urls))
    service.verified_on, service.source = entry.verified_on, source
    service.phones = [Phone(number=n, kind="voice", position=i) for i, n in enumerate(entry.phones)]
    if entry.whatsapp:
        service.phones.append(Phone(number=entry.whatsapp, kind="whatsapp", position=99))
    service.schedules = _schedules(entry.hours)
    service.update_email, service.update_whatsapp = (
        _none(entry.update_email),
        _none(entry.update_whatsapp),
    )
    service.fees = _none(entry.fees)
    if entry.live.capacity:  # an HSDS import's service_capacity; a CSV row never says
        service.capacity, service.capacity_beds = entry.live.capacity, entry.live.capacity_beds
        service.capacity_at = entry.live.capacity_at


def _same(service: Service, entry: Entry, source: str) -> bool:
    """Nothing to write: same fields, same source, and no newer capacity from the import."""
    if service.source != source or entry_of(service) != entry:
        return False
    live = entry.live
    return not live.capacity or (
        (service.capacity, service.capacity_beds, service.capacity_at)
        == (live.capacity, live.capacity_beds, live.capacity_at)
    )


_LOAD = (
    selectinload(Service.location),
    selectinload(Service.organization),
    selectinload(Service.phones),
)


def upsert(session: Session, entries: Iterable[Entry], source: str) -> Changes:
    """Insert new entries and update changed ones, matched by id."""
    entries = list(entries)
    changes = Changes()
    existing: dict[str, Service] = {}
    ids = [e.id for e in entries]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(Service).where(Service.external_id.in_(chunk)).options(*_LOAD)
        existing.update((s.external_id, s) for s in session.scalars(query))
    orgs: dict[str, Organization] = {}
    with session.no_autoflush:
        for entry in entries:
            service = existing.get(entry.id)
            if service is None:
                service = Service(external_id=entry.id, location=Location())
                session.add(service)
                changes.added += 1
            elif _same(service, entry, source):
                changes.unchanged += 1
                continue
            else:
                changes.updated += 1
            _fill(service, entry, source, orgs)
    session.flush()
    _drop_orphans(session)
    return changes


def remove(session: Session, external_ids: Iterable[str]) -> int:
    """Delete services (and their locations) by id; returns how many went."""
    ids = list(external_ids)
    removed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for service in session.scalars(select(Service).where(Service.external_id.in_(chunk))):
            session.delete(service)
            session.delete(service.location)
            removed += 1
    session.flush()
    _drop_orphans(session)
    return removed


def _drop_orphans(session: Session) -> None:
    used = select(Service.organization_id).where(Service.organization_id.is_not(None))
    session.execute(delete(Organization).where(Organization.id.not_in(used)))


def ids_by_source(session: Session) -> dict[str, str]:
    """Every stored id with the source it came from."""
    return {ext: src for ext, src in session.execute(select(Service.external_id, Service.source))}


def all_entries(session: Session) -> list[Entry]:
    query = select(Service).options(*_LOAD).order_by(Service.external_id)
    return [entry_of(s) for s in session.scalars(query)]


def entries_by_key(session: Session, keys: list[int]) -> dict[int, Entry]:
    """Entries by their database key, for the few results a search returns."""
    if not keys:
        return {}
    query = select(Service).where(Service.id.in_(keys)).options(*_LOAD)
    return {s.id: entry_of(s) for s in session.scalars(query)}
