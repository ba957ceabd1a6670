"""Reading a `directory/*.csv` source file into entries, or into every problem it has; writing one.

A file is judged whole: the caller imports nothing unless the problem list is empty, so one bad
row never leaves the directory half-updated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO, TypeVar

from bot.directory import fields as f
from bot.directory.entry import HEADER, OPTIONAL, Entry, Problem
from bot.directory.gazetteer import Gazetteer, get_gazetteer
from bot.directory.states import DEFAULT_TIMEZONE, STATE_TIMEZONES
from bot.directory.vocab import CATEGORIES, COSTS, PRECISIONS

T = TypeVar("T")
NOTHING: tuple[str, ...] = ()


@dataclass
class Parsed:
    """What a file holds: its entries with their line numbers, or its problems."""

    name: str
    entries: list[tuple[int, Entry]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _decode(name: str, data: bytes) -> tuple[str | None, list[Problem]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    problems = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as exc:
            byte = line[exc.start]
            problems.append(Problem(name, number, f"not UTF-8 (byte 0x{byte:02x}); save as UTF-8"))
    return None, problems


def _timezone(gaz: Gazetteer, city: str, state: str, country: str, lat: float, lon: float) -> str:
    place = gaz.exact(city, state or None, country) if city else None
    if place is None and country == "MX":
        return STATE_TIMEZONES.get(state, DEFAULT_TIMEZONE)
    if place is None:
        place = gaz.nearest(lat, lon, country)
    return place.timezone if place and place.timezone else "UTC"


def _position(
    row: dict[str, str], gaz: Gazetteer, city: str, state: str, country: str
) -> tuple[float, float, str]:
    """Coordinates and their precision, from the row or from the city's centre."""
    lat_text, lon_text = row["latitude"].strip(), row["longitude"].strip()
    precision = f.choice("coord_precision", row.get("coord_precision", ""), PRECISIONS)
    if lat_text or lon_text:
        if not (lat_text and lon_text):
            raise f.FieldError("bad coordinates: give both latitude and longitude, or neither")
        lat = f.coordinate("latitude", lat_text, 90)
        lon = f.coordinate("longitude", lon_text, 180)
        if lat == 0 and lon == 0:
            raise f.FieldError("coordinates out of range: 0,0 is not a place in the directory")
        return lat, lon, precision or "exact"
    if not city:
        raise f.FieldError("missing both coordinates and city")
    if precision == "exact":
        raise f.FieldError("coord_precision is exact but there are no coordinates")
    place = gaz.exact(city, state or None, country)
    if place is None:
        raise f.FieldError(f"city {city!r} not found in the gazetteer; give latitude and longitude")
    return place.latitude, place.longitude, "city"


class _Reasons:
    """Runs field checks, keeping every failure's reason instead of stopping at the first."""

    def __init__(self) -> None:
        self.reasons: list[str] = []

    def get(self, check: Callable[[], T], default: T) -> T:
        try:
            return check()
        except f.FieldError as exc:
            self.reasons.append(str(exc))
            return default


def parse_row(row: dict[str, str], today: date, gaz: Gazetteer) -> tuple[Entry | None, list[str]]:
    """One row to an entry, or every reason it is wrong."""
    r = _Reasons()
    ident = r.get(lambda: f.identifier(row["id"]), "")
    name = r.get(lambda: f.text("name", row["name"], required=True), "")
    org = r.get(lambda: f.text("organization", row["organization"]), "")
    category = r.get(lambda: f.choice("category", row["category"], CATEGORIES, True), "")
    country = r.get(lambda: f.country(row["country"]), "")
    state = r.get(lambda: f.state(row["state"], country), "")
    city = r.get(lambda: f.text("city", row["city"]), "")
    address = r.get(lambda: f.text("address", row["address"]), "")
    position = r.get(lambda: _position(row, gaz, city, state, country), None)
    phones = r.get(lambda: f.phones("phone", row["phone"]), NOTHING)
    whatsapp = r.get(lambda: f.phones("whatsapp", row["whatsapp"]), NOTHING)
    email = r.get(lambda: f.email(row["email"]), "")
    website = r.get(lambda: f.urls("website", row["website"], single=True), NOTHING)
    hours = r.get(lambda: f.opening_hours(row["hours"]), "")
    populations = r.get(lambda: f.populations(row["populations"]), NOTHING)
    languages = r.get(lambda: f.languages(row["languages"]), NOTHING)
    cost = r.get(lambda: f.choice("cost", row["cost"], COSTS), "")
    sources = r.get(lambda: f.urls("source_url", row["source_url"]), NOTHING)
    verified_on = r.get(lambda: f.verified(row["verified_on"], today), None)
    if len(whatsapp) > 1:
        r.reasons.append("whatsapp takes one number")
    if r.reasons or position is None:
        return None, r.reasons
    lat, lon, precision = position
    entry = Entry(
        id=ident, name=name, organization=org, category=category, city=city, state=state,
        country=country, address=address, latitude=lat, longitude=lon, precision=precision,
        timezone=_timezone(gaz, city, state, country, lat, lon), phones=phones,
        whatsapp="".join(whatsapp), email=email, website="".join(website), hours=hours,
        populations=populations, languages=languages, cost=cost,
        notes=" ".join(row["notes"].split()), source_urls=sources, verified_on=verified_on,
    )  # fmt: skip
    return entry, []


def parse_text(name: str, text: str, today: date, gaz: Gazetteer | None = None) -> Parsed:
    """Parse a whole file's text; problems carry the line where each record starts."""
    out = Parsed(name)
    if not text.strip():
        out.problems.append(Problem(name, 1, "empty file"))
        return out
    gaz = gaz or get_gazetteer()
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        out.problems.append(Problem(name, 1, f"unreadable header: {exc}"))
        return out
    missing = [c for c in HEADER if c not in header]
    repeated = sorted({c for c in header if c and header.count(c) > 1})
    if missing:
        out.problems.append(Problem(name, 1, f"missing header columns: {', '.join(missing)}"))
    if repeated:
        out.problems.append(Problem(name, 1, f"repeated header columns: {', '.join(repeated)}"))
    if missing or repeated:
        return out
    seen: dict[str, int] = {}
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.problems.append(Problem(name, line, f"unreadable row: {exc}"))
            break
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            out.problems.append(
                Problem(name, start, f"expected {len(header)} fields, found {len(cells)}")
            )
            continue
        row = {k: v for k, v in zip(header, cells, strict=True) if k in HEADER or k in OPTIONAL}
        entry, reasons = parse_row(row, today, gaz)
        out.problems.extend(Problem(name, start, reason) for reason in reasons)
        if entry is None:
            continue
        if entry.id in seen:
            out.problems.append(
                Problem(name, start, f"duplicate id {entry.id!r} (first on line {seen[entry.id]})")
            )
            continue
        seen[entry.id] = start
        out.entries.append((start, entry))
    if not out.entries and not out.problems:
        out.problems.append(Problem(name, 2, "no rows"))
    return out


def parse_file(path: Path, today: date, name: str | None = None) -> Parsed:
    """Read and parse a file; `name` is how problems refer to it (default: the path)."""
    label = name or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Parsed(label, problems=[Problem(label, 0, f"cannot read: {exc.strerror}")])
    text, problems = _decode(label, data)
    if text is None:
        return Parsed(label, problems=problems)
    return parse_text(label, text, today)


def write_csv(entries: list[Entry], out: TextIO) -> int:
    """Source-file rows (with `coord_precision`), sorted by id; returns how many."""
    writer = csv.DictWriter(out, fieldnames=[*HEADER, *OPTIONAL], lineterminator="\n")
    writer.writeheader()
    for entry in sorted(entries, key=lambda e: e.id):
        writer.writerow(entry.as_row())
    return len(entries)
