"""Reading Open Referral HSDS packages (1.1, 2.0, 3.0; tabular or JSON) into directory entries.

Each service at each location (a service without one takes its organization's location) is
rebuilt as a source row and checked by the same rules as `directory/*.csv`. What HSDS spreads
over tables is gathered first: the country and address from `addresses`/`physical_addresses`,
hours from `schedules`/`regular_schedules`, the category and populations from taxonomy terms,
attributes and eligibility through `directory/mapping.yml`, fees from free text, phones in
E.164. By default any problem stops the import (all-or-nothing); `lenient` (`--partial`) keeps
every row that has a name, a category, a country and somewhere to be, drops only the faulty
field of the others, and says what it did, row by row, as `FILE:LINE: reason`.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from bot.directory import fields, hsds_hours, hsds_json, hsds_tables, phones
from bot.directory.entry import Entry, Live, Problem
from bot.directory.gazetteer import get_gazetteer
from bot.directory.hsds_tables import Row, Tables
from bot.directory.languages import language_code
from bot.directory.mapping import Mapping
from bot.directory.mapping import load as load_mapping
from bot.directory.sourcefile import Parsed, check_row
from bot.directory.vocab import CAPACITIES, CATEGORIES, COSTS, POPULATIONS

Progress = Callable[[int, int], None]
OURS = {"category": CATEGORIES, "audience": POPULATIONS, "cost": COSTS}


@dataclass
class Options:
    """How to read a package: `--country`, `--partial`, `--mapping`, `--id-prefix`."""

    country: str = ""
    lenient: bool = False
    mapping: Mapping | None = None
    id_prefix: str = ""
    source_url: str = ""
    progress: Progress | None = None


@dataclass
class _Sink:
    lenient: bool
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    said: set[Problem] = field(default_factory=set)

    def _add(self, to: list[Problem], row: Row, reason: str) -> None:
        where = Problem(row.get("_file", ""), int(row.get("_line") or 0), reason)
        if where not in self.said:  # a location shared by several services is reported once
            self.said.add(where)
            to.append(where)

    def fault(self, row: Row, reason: str) -> None:
        """A fault in a field the row can do without: a problem, or with --partial a note."""
        self._add(self.notes if self.lenient else self.problems, row, reason)

    def note(self, row: Row, reason: str) -> None:
        self._add(self.notes, row, reason)


def _index(rows: Iterable[Row], *keys: str) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        for key in keys:
            if row.get(key):
                out[row[key]].append(row)
    return out


def _first(*values: str | None) -> str:
    return next((v for v in values if v), "")


class _Package:
    """The tables, indexed by the ids that link them."""

    def __init__(self, t: Tables) -> None:
        self.t = t
        self.services = {r["id"]: r for r in t["services"] if r.get("id")}
        self.orgs = {r["id"]: r for r in t["organizations"] if r.get("id")}
        self.locations = {r["id"]: r for r in t["locations"] if r.get("id")}
        self.addresses = _index(t["addresses"], "location_id")
        self.postal = _index(t["postal_addresses"], "location_id")
        self.phones = _index(t["phones"], "service_id", "location_id", "service_at_location_id")
        self.org_phones = _index(t["phones"], "organization_id")
        self.schedules = _index(
            t["schedules"] + t["regular_schedules"],
            "service_id", "location_id", "service_at_location_id",
        )  # fmt: skip
        self.languages = _index(t["languages"], "service_id")
        self.attributes = _index(t["attributes"] + t["other_attributes"], "link_id")
        self.terms = {r["id"]: r for r in t["taxonomy_terms"] if r.get("id")}
        self.taxonomies = {r["id"]: r for r in t["taxonomies"] if r.get("id")}
        self.service_terms = _index(t["service_attributes"] + t["service_taxonomy"], "service_id")
        self.eligibility = _index(t["eligibility"], "service_id")
        self.capacity = _index(t["service_capacity"], "service_id")
        self.units = {r["id"]: r for r in t["units"] if r.get("id")}
        self.costs = _index(t["cost_options"], "service_id")
        self.links = _index(t["service_at_location"], "service_id")
        self.org_locations = _index(t["locations"], "organization_id")

    def work(self) -> list[tuple[Row, Row | None]]:
        """(service, link) pairs: one per service_at_location, else one per service."""
        out: list[tuple[Row, Row | None]] = []
        for service in self.t["services"]:
            links = self.links.get(service.get("id", ""), [])
            if links:
                out.extend((service, link) for link in links)
            else:
                out.append((service, None))
        return out

    def ours(self, link_id: str, kind: str) -> list[str]:
        """Values of our own attributes (a Puente export): category, audience, puente_id..."""
        return [a.get("value", "") for a in self.attributes.get(link_id, [])
                if a.get("link_type") == kind and a.get("value")]  # fmt: skip

    def term_rows(self, service: Row) -> list[Row]:
        sid = service.get("id", "")
        ids = [a.get("taxonomy_term_id", "") for a in self.attributes.get(sid, [])]
        ids += [r.get("taxonomy_term_id") or r.get("taxonomy_id") or ""
                for r in self.service_terms.get(sid, [])]  # fmt: skip
        ids += [i.strip() for i in (service.get("taxonomy_ids") or "").split(",")]
        return [self.terms.get(i) or {"id": i, "code": i} for i in dict.fromkeys(ids) if i]


def _capacity(pkg: _Package, service: Row, sink: _Sink) -> Live:
    rows = sorted(pkg.capacity.get(service.get("id", ""), []), key=lambda r: r.get("updated", ""))
    if not rows:
        return Live()
    row = rows[-1]
    unit = pkg.units.get(row.get("unit_id", ""), {}).get("name", "")
    try:
        available = int(float(row["available"])) if row.get("available") else None
    except ValueError:
        sink.fault(row, f"service_capacity available {row.get('available')!r} is not a number")
        return Live()
    words = f"{row.get('description', '')} {unit}".lower()
    if row.get("description", "").strip() in CAPACITIES:
        status = row["description"].strip()
    elif available == 0:
        status = "full"
    elif "famil" in words:
        status = "room_families"
    elif available is not None or "bed" in words or "available" in words:
        status = "beds_available"
    else:
        return Live()
    try:
        updated = datetime.fromisoformat(row["updated"].replace("Z", "+00:00"))
        updated = updated if updated.tzinfo else updated.replace(tzinfo=UTC)
    except (KeyError, ValueError):
        updated = None
    beds = available if status == "beds_available" else None
    return Live(capacity=status, capacity_beds=beds, capacity_at=updated)


def _phones(rows: list[Row], country: str, sink: _Sink) -> tuple[list[str], list[str]]:
    """(voice numbers, WhatsApp numbers) in E.164; faxes left out, bad numbers reported."""
    voice: list[str] = []
    whatsapp: list[str] = []
    seen: set[str] = set()
    for row in rows:
        if row.get("id") in seen or not row.get("number"):
            continue
        seen.add(row.get("id", ""))
        kind = (row.get("type") or "voice").strip().lower()
        if kind in ("fax", "pager"):
            continue
        try:
            extension = row.get("extension", "").split(".")[0]
            number = phones.normalise(row["number"], country, extension)
        except phones.PhoneError as exc:
            sink.fault(row, f"bad phone: {exc}")
            continue
        is_wa = "whatsapp" in f"{kind} {row.get('description', '')}".lower()
        target = whatsapp if is_wa else voice
        if number not in target:
            target.append(number)
    return voice, whatsapp


def _coordinates(location: Row, sink: _Sink) -> tuple[str, str, bool]:
    """The location's coordinates as text, or blanks when impossible (then reported)."""
    lat, lon = location.get("latitude", ""), location.get("longitude", "")
    if not (lat or lon):
        return "", "", False
    try:
        if not (lat and lon):
            raise fields.FieldError("give both latitude and longitude, or neither")
        a = fields.coordinate("latitude", lat, 90)
        b = fields.coordinate("longitude", lon, 180)
        if a == 0 and b == 0:
            raise fields.FieldError("0,0 is not a place")
    except fields.FieldError as exc:
        sink.fault(
            location,
            f"impossible coordinates refused ({exc}); the row keeps its address and other data",
        )
        return "", "", True
    return lat, lon, False


class _Builder:
    def __init__(self, pkg: _Package, opts: Options, today: date, sink: _Sink) -> None:
        self.pkg, self.opts, self.today, self.sink = pkg, opts, today, sink
        self.mapping = opts.mapping or load_mapping()

    def _location(self, service: Row, link: Row | None) -> Row:
        if link is not None:
            return self.pkg.locations.get(link.get("location_id", ""), {})
        own = self.pkg.org_locations.get(service.get("organization_id", ""), [])
        return own[0] if own else {}

    def _category(self, service: Row, terms: list[Row]) -> str:
        ours = [v for v in self.pkg.ours(service.get("id", ""), "category") if v in CATEGORIES]
        if ours:
            return ours[0]
        codes = [c for t in terms for c in (t.get("code", ""), t.get("id", "")) if c]
        names = " ; ".join(
            _first(t.get("name"), t.get("term")) + " " + t.get("parent_name", "") for t in terms
        )
        return self.mapping.category(
            codes, names, service.get("name", ""), service.get("alternate_name", ""),
            service.get("description", ""),
        )  # fmt: skip

    def _populations(self, service: Row, terms: list[Row]) -> list[str]:
        ours = [v for v in self.pkg.ours(service.get("id", ""), "audience") if v in POPULATIONS]
        if ours or self.pkg.ours(service.get("id", ""), "category"):
            return ours  # a Puente export says who, or that the source did not say
        codes = [c for t in terms for c in (t.get("code", ""), t.get("id", "")) if c]
        names = " ; ".join(_first(t.get("name"), t.get("term")) for t in terms)
        values = [e.get("eligibility", "") for e in self.pkg.eligibility.get(service["id"], [])]
        return self.mapping.populations(
            codes, values, names, service.get("name", ""),
            service.get("eligibility_description", ""),
        )  # fmt: skip

    def _cost(self, service: Row) -> tuple[str, str]:
        """(our cost code or "", the source's own words, kept)."""
        ours = [v for v in self.pkg.ours(service.get("id", ""), "cost") if v in COSTS]
        text = _first(service.get("fees_description"), service.get("fees"))
        options = self.pkg.costs.get(service.get("id", ""), [])
        if ours:
            return ours[0], text
        amounts = [o.get("amount", "") for o in options if o.get("amount")]
        words = " ".join([text, *(o.get("option", "") for o in options)])
        cost = self.mapping.cost(words)
        if not cost and amounts:
            try:
                cost = "free" if all(float(a) == 0 for a in amounts) else "paid"
            except ValueError:
                cost = ""
        return cost, text

    def row(self, service: Row, link: Row | None, single: bool) -> tuple[dict[str, str], Live]:
        pkg, sid = self.pkg, service.get("id", "")
        location = self._location(service, link)
        lid = location.get("id", "")
        addresses = pkg.addresses.get(lid, [])
        physical = [a for a in addresses if a.get("address_type", "physical") != "postal"]
        address = (physical or addresses or pkg.postal.get(lid) or [{}])[0]
        country = address.get("country", "")
        try:
            cc = fields.country(country, self.opts.country)
        except fields.FieldError:
            cc = ""
        lat, lon, refused = _coordinates(location, self.sink) if location else ("", "", False)
        link_id = link.get("id", "") if link else ""
        phone_rows = pkg.phones.get(sid, []) + pkg.phones.get(lid, []) + pkg.phones.get(link_id, [])
        if not phone_rows:
            phone_rows = pkg.org_phones.get(service.get("organization_id", ""), [])
        voice, whatsapp = _phones(phone_rows, cc, self.sink)
        schedules = (
            pkg.schedules.get(sid, []) + pkg.schedules.get(link_id, []) + pkg.schedules.get(lid, [])
        )
        hours = hsds_hours.hours_text(schedules, self.today, self.sink.note)
        terms = pkg.term_rows(service)
        org = pkg.orgs.get(service.get("organization_id", ""), {})
        cost, fees = self._cost(service)
        languages = [language_code(r.get("code") or r.get("language") or r.get("name") or "")
                     for r in pkg.languages.get(sid, [])]  # fmt: skip
        ident = _first(*(pkg.ours(link_id, "puente_id") if link_id else []),
                       *pkg.ours(sid, "puente_id"))  # fmt: skip
        if not ident:
            ident = self.opts.id_prefix + (sid if single or not link_id else link_id)
        street = ", ".join(
            p for p in (address.get(k, "") for k in ("address_1", "address_2", "address_3",
                                                     "address_4")) if p
        )  # fmt: skip
        row = {
            "id": ident,
            "name": _first(service.get("name"), service.get("alternate_name")),
            "organization": org.get("name", ""),
            "category": self._category(service, terms),
            "city": address.get("city", ""),
            "state": address.get("state_province", ""),
            "country": cc or country,
            "address": street,
            "latitude": lat,
            "longitude": lon,
            "coord_precision": "" if refused else _first(*pkg.ours(lid, "coordinate_precision")),
            "phone": "; ".join(voice),
            "whatsapp": whatsapp[0] if whatsapp else "",
            "email": _first(service.get("email"), org.get("email")),
            "website": _first(service.get("url"), org.get("website"), org.get("url")),
            "hours": hours,
            "populations": "; ".join(self._populations(service, terms)),
            "languages": "; ".join(dict.fromkeys(c for c in languages if c)),
            "cost": cost,
            "fees": fees,
            "notes": service.get("description", ""),
            "source_url": "; ".join(pkg.ours(sid, "source_url")) or self.opts.source_url,
            "verified_on": service.get("assured_date", "")[:10],
            "update_email": service.get("assurer_email", ""),
            "update_whatsapp": _first(*pkg.ours(sid, "update_whatsapp")),
        }
        if refused:
            row["_coordinates_refused"] = "1"
        return row, _capacity(pkg, service, self.sink)


def read_tables(tables: Tables, today: date, opts: Options, name: str) -> Parsed:
    """Entries from HSDS tables, with every problem (and, with --partial, every note)."""
    sink = _Sink(opts.lenient)
    out = Parsed(name)
    if not tables.get("services"):
        out.problems.append(Problem(name, 0, "no services in this package"))
        return out
    pkg = _Package(tables)
    for orphan in tables["service_at_location"]:
        if orphan.get("service_id", "") not in pkg.services:
            sink.fault(orphan, f"unknown service {orphan.get('service_id', '')!r}")
    builder = _Builder(pkg, opts, today, sink)
    gaz = get_gazetteer()
    work = pkg.work()
    per_service: dict[str, int] = defaultdict(int)
    for service, _ in work:
        per_service[service.get("id", "")] += 1
    seen: dict[str, str] = {}
    for done, (service, link) in enumerate(work, start=1):
        single = per_service[service.get("id", "")] == 1
        at: Row = link if link is not None and not single else service
        where = Problem(at.get("_file", name), int(at.get("_line") or 0), "")
        row, live = builder.row(service, link, single)
        if not row["category"]:
            reason = (
                "no category: none of its taxonomy terms, attributes or words maps to one of ours "
                "(add them to directory/mapping.yml)"
            )
            out.problems.append(dataclasses.replace(where, reason=reason))
        else:
            checked = check_row(row, today, gaz, country=opts.country, lenient=opts.lenient)
            out.problems.extend(dataclasses.replace(where, reason=r) for r in checked.reasons)
            out.notes.extend(dataclasses.replace(where, reason=n) for n in checked.notes)
            entry = checked.entry
            if entry is not None and entry.id in seen:
                reason = f"duplicate id {entry.id!r} (also {seen[entry.id]})"
                out.problems.append(dataclasses.replace(where, reason=reason))
            elif entry is not None:
                seen[entry.id] = f"{where.file}:{where.line}"
                out.entries.append((where.line, dataclasses.replace(entry, live=live)))
        if opts.progress is not None:
            opts.progress(done, len(work))
    out.problems[:0] = sink.problems
    out.notes[:0] = sink.notes
    return out


def read_package(path: Path, today: date, opts: Options | None = None) -> Parsed:
    """An HSDS package (a folder of CSV files, or a JSON file) as entries or problems."""
    opts = opts or Options()
    if path.is_dir():
        tables, problems = hsds_tables.read_folder(path)
    elif path.suffix.lower() == ".json":
        tables, problems = hsds_json.read_json(path)
    else:
        refused = Problem(str(path), 0, "not an HSDS folder or JSON file")
        return Parsed(str(path), problems=[refused])
    if problems and not opts.lenient:
        return Parsed(str(path), problems=problems)
    parsed = read_tables(tables, today, opts, str(path))
    parsed.problems[:0] = problems
    return parsed


def entries_of(parsed: Parsed) -> list[Entry]:
    return [e for _, e in parsed.entries]
