"""The HSDS export validates against JSON schemas of the Open Referral specification.

No PyPI package ships the HSDS 3.0 JSON schemas (`hsds-data-tool` has pandera schemas of HSDS
2.0, `hsds-validator` needs Python 3.13), and files of the specification's repository may not
be copied into ours. So `fixtures/hsds_schema/*.json` were written for these tests from the
specification's schema reference: every table Puente exports, each field's type, format and
allowed values, and the fields the specification requires. Each exported CSV row is read as the
JSON object the specification's tabular form stands for (blank cells absent, numbers as
numbers) and checked with `jsonschema` (draft 2020-12, formats asserted).
"""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from bot.db.session import Database
from bot.directory import store
from bot.directory.entry import Live
from bot.directory.hsds import write_package
from bot.directory.importer import import_files
from bot.settings import ROOT
from tests.directory.support import row, seed

SCHEMAS = Path(__file__).parent / "fixtures" / "hsds_schema"
FORMATS = FormatChecker()


@FORMATS.checks("uri")
def _uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlparse(value)
    return bool(parts.scheme and (parts.netloc or parts.scheme == "mailto"))


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    return (
        not isinstance(value, str)
        or datetime.fromisoformat(value.replace("Z", "+00:00")) is not None
    )


def _schemas() -> dict[str, dict[str, Any]]:
    found = {}
    for path in sorted(SCHEMAS.glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        found[schema["path"]] = schema
    return found


def _as_object(row: dict[str, str], schema: dict[str, Any]) -> dict[str, Any]:
    """A CSV row as the JSON object it stands for: blanks absent, numbers as numbers."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        kind = schema["properties"].get(key, {}).get("type")
        if value == "":
            if key in schema["required"]:
                out[key] = ""
            continue
        out[key] = float(value) if kind == "number" else value
    return out


def _validate(folder: Path) -> list[str]:
    schemas = _schemas()
    errors = []
    written = {p.name for p in folder.glob("*.csv")}
    assert written <= set(schemas), written - set(schemas)
    for name in sorted(written):
        schema = schemas[name]
        validator = Draft202012Validator(schema, format_checker=FORMATS)
        with (folder / name).open(encoding="utf-8", newline="") as fh:
            for line, found in enumerate(csv.DictReader(fh), start=2):
                for error in validator.iter_errors(_as_object(found, schema)):
                    errors.append(f"{name}:{line}: {error.message}")
    return errors


def test_the_seed_directory_exports_valid_hsds(db: Database, tmp_path: Path) -> None:
    report = import_files(db, sorted((ROOT / "directory").glob("*.csv")))
    assert report.ok
    with db.session() as session:
        entries = store.all_entries(session)
    write_package(entries, tmp_path / "hsds")
    assert _validate(tmp_path / "hsds") == []


def test_every_field_we_export_is_valid_hsds(db: Database, tmp_path: Path) -> None:
    seed(db, tmp_path, [
        row(id="a", whatsapp="+52 664 111 1111", hours="Mo-Fr 09:00-17:00; Sa 10:00-14:00",
            update_email="ask@example.org", update_whatsapp="+52 664 222 2222",
            fees="Cuota de recuperación de 20 pesos", cost="low_cost"),
        row(id="b", hours="24/7", latitude="", longitude="", coord_precision=""),
    ])  # fmt: skip
    with db.session() as session:
        entries = store.all_entries(session)
    full = Live(capacity="beds_available", capacity_beds=4, capacity_at=datetime.now(UTC))
    entries = [dataclasses.replace(e, live=full) if e.id == "a" else e for e in entries]
    files = write_package(entries, tmp_path / "hsds")
    assert {p.name for p in files} >= {"service_capacity.csv", "units.csv", "schedules.csv"}
    assert _validate(tmp_path / "hsds") == []


def test_the_schemas_catch_what_the_specification_forbids(tmp_path: Path) -> None:
    """A check that cannot fail is no check: broken rows are refused."""
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "services.csv").write_text(
        "id,name,status,url,email,assured_date\n"
        "not-a-uuid,Albergue,open,example.org,nobody,06/12/2026\n",
        encoding="utf-8",
    )
    (folder / "locations.csv").write_text(
        "id,location_type,latitude,longitude\n"
        "3a19ff88-4620-4d17-9830-ac1d859eb5d5,building,100,101\n",
        encoding="utf-8",
    )
    errors = _validate(folder)
    assert len([e for e in errors if e.startswith("services.csv:2")]) >= 5
    assert any("'building' is not one of" in e for e in errors)
    assert any("100.0 is greater than the maximum of 90" in e for e in errors)


@pytest.mark.parametrize("name", sorted(p.name for p in SCHEMAS.glob("*.json")))
def test_each_schema_is_a_valid_json_schema(name: str) -> None:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["type"] == "object" and schema["required"]
