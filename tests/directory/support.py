"""Helpers for the directory tests: well-formed rows, files built from them, a seeded database."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from bot.db.models import Contact, Conversation
from bot.db.session import Database
from bot.directory.entry import HEADER
from bot.directory.importer import import_files

# Tijuana's centre is 32.5027, -117.00371 in GeoNames.
TIJUANA = (32.5027, -117.00371)


def row(**values: Any) -> dict[str, str]:
    base = {
        "id": "t-1",
        "name": "Albergue de prueba",
        "organization": "Organización de prueba",
        "category": "shelter",
        "city": "Tijuana",
        "state": "Baja California",
        "country": "MX",
        "address": "Calle 1 #23, Zona Centro",
        "latitude": "32.53",
        "longitude": "-117.02",
        "phone": "+52 664 000 0000",
        "whatsapp": "",
        "email": "contacto@example.org",
        "website": "https://example.org",
        "hours": "Mo-Fr 09:00-17:00",
        "populations": "women; children",
        "languages": "es; en",
        "cost": "free",
        "notes": "",
        "source_url": "https://example.org/fuente",
        "verified_on": "2026-06-01",
    }
    base.update({k: str(v) for k, v in values.items()})
    return base


def csv_text(rows: list[dict[str, str]], header: list[str] | None = None) -> str:
    columns = list(header) if header is not None else list(HEADER)
    if header is None:  # optional columns the rows use (coord_precision)
        columns += list(dict.fromkeys(k for r in rows for k in r if k not in columns))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def write(path: Path, rows: list[dict[str, str]], header: list[str] | None = None) -> Path:
    path.write_text(csv_text(rows, header), encoding="utf-8")
    return path


def around_tijuana() -> list[dict[str, str]]:
    """Services at known distances from Tijuana's centre, in several categories."""
    lat, lon = TIJUANA
    return [
        row(id="near-1", name="A 1 km", latitude=lat + 0.009, longitude=lon, hours="24/7"),
        row(id="near-5", name="B 5 km", latitude=lat + 0.045, longitude=lon, populations="men"),
        row(id="near-20", name="C 20 km", latitude=lat + 0.18, longitude=lon, populations=""),
        row(id="far-300", name="D 300 km", latitude=lat + 2.7, longitude=lon, state="Sonora"),
        row(id="legal-2", name="E legal 2 km", category="legal_aid", latitude=lat - 0.018,
            longitude=lon),
        row(id="health-city", name="F clinic", category="health", latitude="", longitude="",
            city="Tijuana", hours="", populations="all"),
    ]  # fmt: skip


def seed(db: Database, folder: Path, rows: list[dict[str, str]] | None = None) -> None:
    path = write(folder / "seed.csv", rows if rows is not None else around_tijuana())
    report = import_files(db, [path])
    assert report.ok, [str(p) for p in report.problems]


def web_conversation(db: Database, identifier: str) -> str:
    """A person on the web chat with one conversation in Spanish: its public id."""
    with db.session() as s:
        contact = Contact(channel="web", identifier_hash=identifier[:1] * 64, identifier=identifier)
        s.add(contact)
        s.flush()
        conv = Conversation(contact_id=contact.id, channel="web", language="es")
        s.add(conv)
        s.flush()
        return conv.public_id
