"""Reading an HSDS 3.0 tabular package (ours or another system's) back into entries.

Each service_at_location (or, without that table, each service with its first location) is
rebuilt as a source row and checked by the same rules as `directory/*.csv`, so an HSDS import
is as strict, and as all-or-nothing, as a CSV import.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from pathlib import Path

from bot.directory.entry import Entry, Problem
from bot.directory.gazetteer import get_gazetteer
from bot.directory.hours import Interval, from_intervals
from bot.directory.hsds import BYDAY
from bot.directory.sourcefile import Parsed, parse_row

Table = list[dict[str, str]]


def _read(folder: Path, name: str, problems: list[Problem]) -> Table:
    path = folder / f"{name}.csv"
    if not path.exists():
        return []
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return [
                {k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)
            ]
    except (UnicodeDecodeError, csv.Error) as exc:
        problems.append(Problem(path.name, 1, f"unreadable: {exc}"))
        return []


def _by(rows: Table, key: str) -> dict[str, Table]:
    index: dict[str, Table] = defaultdict(list)
    for row in rows:
        if row.get(key):
            index[row[key]].append(row)
    return index


def _minutes(text: str, closing: bool) -> int:
    """'09:00' or '09:00-06:00' (HSDS allows an offset; times are the location's own)."""
    clock = text.strip()[:5]
    if len(clock) != 5 or clock[2] != ":" or not (clock[:2] + clock[3:]).isdigit():
        raise ValueError(text)
    total = int(clock[:2]) * 60 + int(clock[3:])
    return 24 * 60 if closing and total == 23 * 60 + 59 else total


def _hours(schedules: Table) -> str:
    """Weekly schedules as our hours text; a malformed one comes back unreadable on purpose."""
    days: dict[int, list[Interval]] = defaultdict(list)
    for s in schedules:
        if (s.get("freq") or "WEEKLY").upper() != "WEEKLY" or not s.get("opens_at"):
            continue
        try:
            interval = (_minutes(s["opens_at"], False), _minutes(s.get("closes_at", ""), True))
        except ValueError:
            return f"schedule {s.get('id', '')} {s.get('opens_at')}-{s.get('closes_at')}"
        for day in (s.get("byday") or ",".join(BYDAY)).upper().split(","):
            if day.strip() in BYDAY:
                days[BYDAY.index(day.strip())].append(interval)
    parsed = from_intervals(days)
    return parsed.format() if parsed else ""


class _Package:
    """The package's tables, indexed by the ids that link them."""

    def __init__(self, folder: Path, problems: list[Problem]) -> None:
        t = {
            name: _read(folder, name, problems)
            for name in (
                "organizations", "services", "locations", "addresses", "service_at_locations",
                "phones", "schedules", "languages", "attributes",
            )
        }  # fmt: skip
        self.services = {r["id"]: r for r in t["services"]}
        self.orgs = {r["id"]: r for r in t["organizations"]}
        self.locations = {r["id"]: r for r in t["locations"]}
        self.addresses = _by(t["addresses"], "location_id")
        self.phones = _by(t["phones"], "service_id")
        self.schedules = _by(t["schedules"], "service_id")
        self.languages = _by(t["languages"], "service_id")
        self.attributes = _by(t["attributes"], "link_id")
        self.links = t["service_at_locations"] or [
            {"id": s["id"], "service_id": s["id"], "location_id": loc["id"]}
            for s in t["services"]
            for loc in _first_location(s, t["locations"])
        ]
        self.links_file = (
            "service_at_locations.csv" if t["service_at_locations"] else "services.csv"
        )

    def attrs(self, link: str, kind: str) -> list[str]:
        return [a.get("value", "") for a in self.attributes.get(link, []) if a["link_type"] == kind]

    def row(self, link: dict[str, str]) -> dict[str, str]:
        """The source-file row this service at this location stands for."""
        service = self.services.get(link["service_id"], {})
        sid, lid = service.get("id", ""), link["location_id"]
        location = self.locations.get(lid, {})
        physical = [a for a in self.addresses.get(lid, []) if a.get("address_type") != "postal"]
        address = (physical or self.addresses.get(lid) or [{}])[0]
        phones = self.phones.get(sid, [])
        whatsapp = [p["number"] for p in phones if "whatsapp" in p.get("description", "").lower()]
        schedules = self.schedules.get(sid, []) + self.schedules.get(link["id"], [])
        return {
            "id": (self.attrs(link["id"], "puente_id") or [link["id"]])[0],
            "name": service.get("name", ""),
            "organization": self.orgs.get(service.get("organization_id", ""), {}).get("name", ""),
            "category": (self.attrs(sid, "category") or [""])[0],
            "city": address.get("city", ""),
            "state": address.get("state_province", ""),
            "country": address.get("country", ""),
            "address": " ".join(
                p for p in (address.get("address_1"), address.get("address_2")) if p
            ),
            "latitude": location.get("latitude", ""),
            "longitude": location.get("longitude", ""),
            "coord_precision": (self.attrs(lid, "coordinate_precision") or [""])[0],
            "phone": "; ".join(p["number"] for p in phones if p["number"] not in whatsapp),
            "whatsapp": "; ".join(whatsapp),
            "email": service.get("email", ""),
            "website": service.get("url", ""),
            "hours": _hours(schedules),
            "populations": "; ".join(self.attrs(sid, "audience")),
            "languages": "; ".join(r["code"] for r in self.languages.get(sid, []) if r.get("code")),
            "cost": service.get("fees_description", ""),
            "notes": service.get("description", ""),
            "source_url": "; ".join(self.attrs(sid, "source_url")),
            "verified_on": service.get("assured_date", "")[:10],
        }


def _first_location(service: dict[str, str], locations: Table) -> Table:
    own = [loc for loc in locations if loc.get("organization_id") == service.get("organization_id")]
    return (own or locations)[:1]


def read_package(folder: Path, today: date) -> Parsed:
    """Entries from an HSDS package, or every problem found (file and line of the link row)."""
    problems: list[Problem] = []
    if not (folder / "services.csv").exists():
        return Parsed(str(folder), problems=[Problem(str(folder), 0, "no services.csv")])
    package = _Package(folder, problems)
    out = Parsed(str(folder), problems=problems)
    gaz = get_gazetteer()
    seen: dict[str, int] = {}
    for number, link in enumerate(package.links, start=2):
        where = f"{folder / package.links_file}"
        if link["service_id"] not in package.services:
            out.problems.append(Problem(where, number, f"unknown service {link['service_id']!r}"))
            continue
        entry, reasons = parse_row(package.row(link), today, gaz)
        out.problems.extend(Problem(where, number, r) for r in reasons)
        if entry is not None and entry.id in seen:
            out.problems.append(Problem(where, number, f"duplicate id {entry.id!r}"))
        elif entry is not None:
            seen[entry.id] = number
            out.entries.append((number, entry))
    if not out.entries and not out.problems:
        out.problems.append(Problem(str(folder), 0, "no services"))
    return out


def entries_of(parsed: Parsed) -> list[Entry]:
    return [e for _, e in parsed.entries]
