"""One directory entry as the source files describe it, independent of storage and format.

CSV files, the database and HSDS exports all convert to and from `Entry`, so a round trip
through any of them can be checked by comparing entries. What providers and staff change
between imports (a confirmation, room tonight, "keep it") lives in `Live`, beside the entry and
outside its equality, so re-reading a source file never undoes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import quote_plus

from bot.directory.vocab import STALE_AFTER_DAYS

HEADER: tuple[str, ...] = (
    "id", "name", "organization", "category", "city", "state", "country", "address",
    "latitude", "longitude", "phone", "whatsapp", "email", "website", "hours", "populations",
    "languages", "cost", "notes", "source_url", "verified_on",
)  # fmt: skip
# Optional columns: where the coordinates point, who confirms the entry, the source's own words
# about fees (kept when they do not say free, low cost or paid).
OPTIONAL: tuple[str, ...] = ("coord_precision", "update_email", "update_whatsapp", "fees")
LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Problem:
    """A reason a file cannot be imported, printed as `FILE:LINE: reason`."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class Live:
    """What changes between imports: a provider's confirmation, room tonight, staff's "keep"."""

    confirmed_on: date | None = None
    capacity: str = ""  # one of vocab.CAPACITIES, or "" (nothing said)
    capacity_beds: int | None = None
    capacity_at: datetime | None = None
    kept_until: date | None = None
    first_seen: date | None = None


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    organization: str
    category: str
    city: str
    state: str
    country: str
    address: str
    latitude: float | None
    longitude: float | None
    precision: str
    timezone: str
    phones: tuple[str, ...] = ()
    whatsapp: str = ""
    email: str = ""
    website: str = ""
    hours: str = ""
    populations: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    cost: str = ""
    notes: str = ""
    source_urls: tuple[str, ...] = ()
    verified_on: date | None = None
    update_email: str = ""
    update_whatsapp: str = ""
    fees: str = ""
    live: Live = field(default_factory=Live, compare=False)

    @property
    def checked_on(self) -> date | None:
        """The newest of the source's date and the provider's (or staff's) confirmation."""
        dates = [d for d in (self.verified_on, self.live.confirmed_on) if d is not None]
        return max(dates) if dates else None

    def stale(self, today: date, days: int = STALE_AFTER_DAYS) -> bool:
        """Not confirmed recently: never checked, or checked more than `days` ago."""
        checked = self.checked_on
        return checked is None or today - checked > timedelta(days=days)

    @property
    def placed(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def reachable(self) -> bool:
        """At least one way to reach the place: phone, WhatsApp, email, website or an address."""
        return bool(self.phones or self.whatsapp or self.email or self.website or self.address)

    def maps_url(self) -> str:
        """A maps link: the point when it is the site, else a search for the name and address."""
        base = "https://www.google.com/maps/search/?api=1&query="
        if self.precision == "exact" and self.latitude is not None and self.longitude is not None:
            return f"{base}{self.latitude:.6f},{self.longitude:.6f}"
        words = [self.name, self.address, self.city, self.state]
        return base + quote_plus(", ".join(w for w in words if w))

    def as_row(self) -> dict[str, str]:
        """The entry as a source-file row (canonical spelling), with the optional columns."""
        return {
            "id": self.id,
            "name": self.name,
            "organization": self.organization,
            "category": self.category,
            "city": self.city,
            "state": self.state,
            "country": self.country,
            "address": self.address,
            "latitude": _coordinate(self.latitude),
            "longitude": _coordinate(self.longitude),
            "phone": join(self.phones),
            "whatsapp": self.whatsapp,
            "email": self.email,
            "website": self.website,
            "hours": self.hours,
            "populations": join(self.populations),
            "languages": join(self.languages),
            "cost": self.cost,
            "notes": self.notes,
            "source_url": join(self.source_urls),
            "verified_on": self.verified_on.isoformat() if self.verified_on else "",
            "coord_precision": self.precision,
            "update_email": self.update_email,
            "update_whatsapp": self.update_whatsapp,
            "fees": self.fees,
        }


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


def split(value: str) -> tuple[str, ...]:
    """A `;`-separated list field, blanks dropped."""
    return tuple(p.strip() for p in value.split(LIST_SEPARATOR) if p.strip())


def join(values: tuple[str, ...]) -> str:
    return f"{LIST_SEPARATOR} ".join(values)
