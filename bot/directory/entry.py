"""One directory entry as the source files describe it, independent of storage and format.

CSV files, the database and HSDS exports all convert to and from `Entry`, so a round trip
through any of them can be checked by comparing entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import quote_plus

from bot.directory.vocab import STALE_AFTER_DAYS

HEADER: tuple[str, ...] = (
    "id", "name", "organization", "category", "city", "state", "country", "address",
    "latitude", "longitude", "phone", "whatsapp", "email", "website", "hours", "populations",
    "languages", "cost", "notes", "source_url", "verified_on",
)  # fmt: skip
OPTIONAL: tuple[str, ...] = ("coord_precision",)
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
class Entry:
    id: str
    name: str
    organization: str
    category: str
    city: str
    state: str
    country: str
    address: str
    latitude: float
    longitude: float
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

    def stale(self, today: date) -> bool:
        """Never verified, or verified more than a year ago."""
        return self.verified_on is None or today - self.verified_on > timedelta(
            days=STALE_AFTER_DAYS
        )

    def maps_url(self) -> str:
        """A maps link: the point when it is the site, else a search for the name in the city."""
        base = "https://www.google.com/maps/search/?api=1&query="
        if self.precision == "exact":
            return f"{base}{self.latitude:.6f},{self.longitude:.6f}"
        words = [self.name, self.address, self.city, self.state]
        return base + quote_plus(", ".join(w for w in words if w))

    def as_row(self) -> dict[str, str]:
        """The entry as a source-file row (canonical spelling), with `coord_precision`."""
        return {
            "id": self.id,
            "name": self.name,
            "organization": self.organization,
            "category": self.category,
            "city": self.city,
            "state": self.state,
            "country": self.country,
            "address": self.address,
            "latitude": f"{self.latitude:.6f}".rstrip("0").rstrip("."),
            "longitude": f"{self.longitude:.6f}".rstrip("0").rstrip("."),
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
        }


def split(value: str) -> tuple[str, ...]:
    """A `;`-separated list field, blanks dropped."""
    return tuple(p.strip() for p in value.split(LIST_SEPARATOR) if p.strip())


def join(values: tuple[str, ...]) -> str:
    return f"{LIST_SEPARATOR} ".join(values)
