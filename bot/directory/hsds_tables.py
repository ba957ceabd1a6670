"""The tables of an Open Referral package, whatever its version and shape, with where each row was.

HSDS 1.1, 2.0 and 3.0 name their tables differently (`physical_addresses` and `addresses`,
`services_at_location` and `service_at_location`, `regular_schedules` and `schedules`, ...).
Every row is read into one dict per row under a canonical table name, carrying the file and line
(`_file`, `_line`) so a problem can be named as `FILE:LINE`. JSON (the HSDS 3.0 API shapes) is
flattened into the same tables by `bot.directory.hsds_json`.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from bot.directory.entry import Problem

Row = dict[str, str]
Tables = dict[str, list[Row]]

# Canonical name: the file names each version uses (without `.csv`).
ALIASES: dict[str, tuple[str, ...]] = {
    "organizations": ("organizations", "organization"),
    "services": ("services", "service"),
    "locations": ("locations", "location"),
    "addresses": ("addresses", "address", "physical_addresses", "physical_address"),
    "postal_addresses": ("postal_addresses", "postal_address"),
    "service_at_location": (
        "service_at_location", "service_at_locations", "services_at_location",
        "services_at_locations",
    ),
    "phones": ("phones", "phone"),
    "schedules": ("schedules", "schedule"),
    "regular_schedules": ("regular_schedules", "regular_schedule"),
    "languages": ("languages", "language"),
    "taxonomies": ("taxonomies",),
    "taxonomy_terms": ("taxonomy_terms", "taxonomy_term", "taxonomy"),
    "service_taxonomy": ("services_taxonomy", "service_taxonomy"),
    "service_attributes": ("service_attributes", "service_attribute"),
    "other_attributes": ("other_attributes", "other_attribute"),
    "attributes": ("attributes", "attribute"),
    "eligibility": ("eligibility", "eligibilities"),
    "contacts": ("contacts", "contact"),
    "service_capacity": ("service_capacity", "service_capacities"),
    "units": ("units", "unit"),
    "cost_options": ("cost_options", "cost_option"),
}  # fmt: skip
CANONICAL = {alias: name for name, aliases in ALIASES.items() for alias in aliases}


def _cell(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _read_csv(path: Path, label: str, problems: list[Problem]) -> list[Row]:
    """Rows with the line where each starts; an unreadable file is one problem, not a crash."""
    rows: list[Row] = []
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        problems.append(Problem(label, 0, f"cannot read: {exc.strerror}"))
        return rows
    except UnicodeDecodeError as exc:
        problems.append(Problem(label, 1, f"not UTF-8 (byte {exc.start}); save as UTF-8"))
        return rows
    reader = csv.reader(text.splitlines(keepends=True))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        return rows
    except csv.Error as exc:
        problems.append(Problem(label, 1, f"unreadable header: {exc}"))
        return rows
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(label, line, f"unreadable row: {exc}"))
            break
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        row = {h: _cell(c) for h, c in zip(header, cells, strict=False) if h}
        row["_file"], row["_line"] = label, str(start)
        rows.append(row)
    return rows


def _resource_paths(folder: Path) -> dict[str, Path]:
    """Canonical table -> file, from datapackage.json when it names them, else the folder."""
    found: dict[str, Path] = {}
    meta = folder / "datapackage.json"
    if meta.is_file():
        try:
            package = json.loads(meta.read_text(encoding="utf-8"))
            for resource in package.get("resources") or []:
                path = str(resource.get("path") or "")
                name = str(resource.get("name") or Path(path).stem)
                canonical = CANONICAL.get(name.lower()) or CANONICAL.get(Path(path).stem.lower())
                target = (folder / path).resolve()
                if canonical and path and target.is_file() and folder.resolve() in target.parents:
                    found.setdefault(canonical, target)
        except (ValueError, OSError, AttributeError):
            pass  # a broken datapackage.json: fall back on the file names
    for csv_path in sorted(folder.glob("*.csv")):
        canonical = CANONICAL.get(csv_path.stem.lower())
        if canonical:
            found.setdefault(canonical, csv_path)
    return found


def read_folder(folder: Path) -> tuple[Tables, list[Problem]]:
    """Every known table of a tabular package; problems for files that cannot be read."""
    problems: list[Problem] = []
    tables: Tables = {name: [] for name in ALIASES}
    for name, path in _resource_paths(folder).items():
        tables[name] = _read_csv(path, str(folder / path.name), problems)
    return tables, problems


def is_package(path: Path) -> bool:
    """A folder with a services table (any version), or a JSON file."""
    if path.is_dir():
        return "services" in _resource_paths(path)
    return path.suffix.lower() == ".json"
