"""Open Referral HSDS 3.0 as a tabular data package: one CSV per table plus datapackage.json.

Each entry becomes an organization, a service, a location with its address, and the
service_at_location joining them; ids are UUIDs derived from ours, so exports are stable.
What HSDS has no field for travels as `attribute` rows: the category and populations (linked to
taxonomy terms), the coordinate precision, the source URLs and our own id.
"""

from __future__ import annotations

import csv
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.directory import hours
from bot.directory.entry import Entry
from bot.directory.vocab import CATEGORIES, POPULATIONS

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/puente/directory")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
TAXONOMIES = {
    "category": ("puente_category", CATEGORIES),
    "audience": ("puente_population", POPULATIONS),
}
TABLES: dict[str, tuple[str, ...]] = {
    "organizations": ("id", "name", "description", "email", "website"),
    "services": (
        "id", "organization_id", "name", "description", "url", "email", "status",
        "fees_description", "assured_date", "assurer_email",
    ),
    "locations": ("id", "location_type", "name", "latitude", "longitude"),
    "addresses": (
        "id", "location_id", "address_1", "city", "state_province", "postal_code", "country",
        "address_type",
    ),
    "service_at_location": ("id", "service_id", "location_id"),
    "phones": ("id", "service_id", "number", "type", "description"),
    "schedules": (
        "id", "service_id", "freq", "byday", "opens_at", "closes_at", "timezone", "description",
    ),
    "languages": ("id", "service_id", "code"),
    "taxonomies": ("id", "name", "description"),
    "taxonomy_terms": ("id", "code", "name", "description", "taxonomy_id"),
    "attributes": ("id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"),
    # HSDS 3.1's capacity tables, for room tonight.
    "units": ("id", "name", "scheme", "identifier"),
    "service_capacity": (
        "id", "service_id", "unit_id", "available", "maximum", "description", "updated",
    ),
}  # fmt: skip
FILES = {"units": "units", "service_capacity": "service_capacity"}
CAPACITY_WORDS = {
    "full": "Full tonight",
    "room_families": "Room for families tonight",
    "beds_available": "Beds available tonight",
}
SINGULAR = {
    "addresses": "address",
    "taxonomies": "taxonomy",
    "service_at_location": "service_at_location",
    "service_capacity": "service_capacity",
}
Rows = dict[str, list[dict[str, str]]]


def uid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def _utc_offset(zone: str) -> str:
    offset = datetime.now(UTC).astimezone(ZoneInfo(zone)).utcoffset()
    hours_off = offset.total_seconds() / 3600 if offset else 0.0
    return f"{hours_off:g}"


def _schedules(e: Entry, service_id: str) -> list[dict[str, str]]:
    parsed = hours.parse(e.hours) if e.hours else None
    if parsed is None:
        return []
    groups: dict[tuple[int, int], list[int]] = {}
    for day, intervals in enumerate(parsed.days):
        for interval in intervals:
            groups.setdefault(interval, []).append(day)
    rows = []
    for (opens, closes), days in sorted(groups.items(), key=lambda g: (g[1][0], g[0])):
        rows.append({
            "id": uid("schedule", e.id, str(opens), str(closes)),
            "service_id": service_id,
            "freq": "WEEKLY",
            "byday": ",".join(BYDAY[d] for d in days),
            "opens_at": hours.clock(opens),
            "closes_at": "23:59" if closes == 24 * 60 else hours.clock(closes),
            "timezone": _utc_offset(e.timezone),
            "description": e.hours,
        })  # fmt: skip
    return rows


def _attribute(link: str, entity: str, kind: str, value: str, term: str = "") -> dict[str, str]:
    return {
        "id": uid("attribute", link, kind, value),
        "link_id": link,
        "link_type": kind,
        "link_entity": entity,
        "taxonomy_term_id": term,
        "value": value,
    }


def _taxonomy_rows(out: Rows) -> None:
    for kind, (name, codes) in TAXONOMIES.items():
        tax_id = uid("taxonomy", name)
        out["taxonomies"].append({"id": tax_id, "name": name, "description": f"Puente {kind}"})
        for code in codes:
            out["taxonomy_terms"].append({
                "id": uid("term", name, code), "code": code, "name": code.replace("_", " "),
                "description": f"{kind}: {code}", "taxonomy_id": tax_id,
            })  # fmt: skip


def _coordinate(value: float | None) -> str:
    return "" if value is None else repr(value)


def _capacity(e: Entry, sid: str, out: Rows) -> None:
    live = e.live
    if not live.capacity:
        return
    unit = uid("unit", "bed")
    if not out["units"]:
        out["units"].append({"id": unit, "name": "Bed", "scheme": "", "identifier": "bed"})
    available = "0" if live.capacity == "full" else str(live.capacity_beds or "")
    out["service_capacity"].append({
        "id": uid("capacity", e.id), "service_id": sid, "unit_id": unit,
        "available": available, "maximum": "",
        "description": CAPACITY_WORDS.get(live.capacity, live.capacity),
        "updated": live.capacity_at.isoformat() if live.capacity_at else "",
    })  # fmt: skip


def to_tables(entries: list[Entry]) -> Rows:
    """Every HSDS table's rows for these entries."""
    out: Rows = {name: [] for name in TABLES}
    _taxonomy_rows(out)
    for e in entries:
        org_id = uid("organization", e.organization) if e.organization else ""
        if org_id and all(o["id"] != org_id for o in out["organizations"]):
            out["organizations"].append(
                {
                    "id": org_id,
                    "name": e.organization,
                    "description": "",
                    "email": "",
                    "website": "",
                }
            )
        sid, lid, sal = uid("service", e.id), uid("location", e.id), uid("sal", e.id)
        out["services"].append({
            "id": sid, "organization_id": org_id, "name": e.name, "description": e.notes,
            "url": e.website, "email": e.email, "status": "active", "fees_description": e.fees,
            "assured_date": e.checked_on.isoformat() if e.checked_on else "",
            "assurer_email": e.update_email,
        })  # fmt: skip
        out["locations"].append({
            "id": lid, "location_type": "physical", "name": e.name,
            "latitude": _coordinate(e.latitude), "longitude": _coordinate(e.longitude),
        })  # fmt: skip
        out["addresses"].append({
            "id": uid("address", e.id), "location_id": lid, "address_1": e.address,
            "city": e.city, "state_province": e.state, "postal_code": "", "country": e.country,
            "address_type": "physical",
        })  # fmt: skip
        out["service_at_location"].append({"id": sal, "service_id": sid, "location_id": lid})
        numbers = [(n, "voice", "") for n in e.phones]
        numbers += [(e.whatsapp, "text", "WhatsApp")] if e.whatsapp else []
        for number, kind, note in numbers:
            out["phones"].append({
                "id": uid("phone", e.id, number, kind), "service_id": sid, "number": number,
                "type": kind, "description": note,
            })  # fmt: skip
        out["schedules"].extend(_schedules(e, sid))
        for code in e.languages:
            out["languages"].append(
                {"id": uid("language", e.id, code), "service_id": sid, "code": code}
            )
        attrs = out["attributes"]
        attrs.append(_attribute(sal, "service_at_location", "puente_id", e.id))
        cat_term = uid("term", TAXONOMIES["category"][0], e.category)
        attrs.append(_attribute(sid, "service", "category", e.category, cat_term))
        for pop in e.populations:
            term = uid("term", TAXONOMIES["audience"][0], pop)
            attrs.append(_attribute(sid, "service", "audience", pop, term))
        attrs.append(_attribute(lid, "location", "coordinate_precision", e.precision))
        for url in e.source_urls:
            attrs.append(_attribute(sid, "service", "source_url", url))
        if e.cost:
            attrs.append(_attribute(sid, "service", "cost", e.cost))
        if e.update_whatsapp:
            attrs.append(_attribute(sid, "service", "update_whatsapp", e.update_whatsapp))
        _capacity(e, sid, out)
    return out


def write_package(entries: list[Entry], folder: Path) -> list[Path]:
    """Write the CSVs and datapackage.json into `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    resources = []
    for name, rows in to_tables(entries).items():
        path = folder / f"{FILES.get(name, name)}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(TABLES[name]))
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
        resources.append({
            "name": SINGULAR.get(name, name.removesuffix("s")),
            "path": path.name, "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8",
            "schema": {"fields": [{"name": c, "type": "string"} for c in TABLES[name]]},
        })  # fmt: skip
    package = {
        "name": "puente-directory",
        "profile": "tabular-data-package",
        "description": "Puente service directory as Open Referral HSDS 3.0 tables",
        "resources": resources,
    }
    meta = folder / "datapackage.json"
    meta.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return [*written, meta]
