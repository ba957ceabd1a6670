"""The JSON shapes of the HSDS 3.0 API, flattened into the same tables as a tabular package.

Accepted: one service (with its nested organization, service_at_locations, locations,
addresses, phones, schedules, languages, attributes, capacities), a list of them, an API page
(`{"contents": [...]}`), service_at_location and organization objects, and the specification's
`tabular.json` (`{"services.csv": [...], ...}`). A row's `_line` is the position of the
top-level item it came from, counting from 1, so problems read `FILE:ITEM: reason`.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from bot.directory.entry import Problem
from bot.directory.hsds_tables import ALIASES, CANONICAL, Row, Tables

Obj = dict[str, Any]


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


class _Flattener:
    def __init__(self, label: str) -> None:
        self.label = label
        self.tables: Tables = {name: [] for name in ALIASES}
        self.item = 0
        self.counter = itertools.count(1)

    def _row(self, table: str, obj: Obj, **links: str) -> str:
        row: Row = {k: "" if v is None else str(v).strip()
                    for k, v in obj.items() if _scalar(v)}  # fmt: skip
        row.setdefault("id", "")
        if not row["id"]:
            row["id"] = f"{table}-{self.item}-{next(self.counter)}"
        for key, value in links.items():
            if value and not row.get(key):
                row[key] = value
        row["_file"], row["_line"] = self.label, str(self.item)
        self.tables[table].append(row)
        return row["id"]

    def _many(self, obj: Obj, key: str) -> list[Obj]:
        value = obj.get(key)
        return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

    def _details(self, obj: Obj, **links: str) -> None:
        """Phones, schedules, languages and contacts hung on any object."""
        for phone in self._many(obj, "phones"):
            self._row("phones", phone, **links)
        for schedule in self._many(obj, "schedules"):
            self._row("schedules", schedule, **links)
        for language in self._many(obj, "languages"):
            self._row("languages", language, **links)
        for contact in self._many(obj, "contacts"):
            self._row("contacts", contact, **links)

    def _attributes(self, obj: Obj, link_id: str, entity: str) -> None:
        for attribute in self._many(obj, "attributes"):
            term = attribute.get("taxonomy_term")
            term_id = ""
            if isinstance(term, dict):
                term_id = self._row("taxonomy_terms", term)
            self._row(
                "attributes", attribute, link_id=link_id, link_entity=entity,
                taxonomy_term_id=term_id,
            )  # fmt: skip

    def organization(self, org: Obj, with_services: bool = True) -> str:
        org_id = self._row("organizations", org)
        for location in self._many(org, "locations"):
            self.location(location, org_id)
        if with_services:
            for service in self._many(org, "services"):
                self.service(service, org_id)
        return org_id

    def location(self, loc: Obj, org_id: str = "") -> str:
        loc_id = self._row("locations", loc, organization_id=org_id)
        for address in self._many(loc, "addresses"):
            self._row("addresses", address, location_id=loc_id)
        self._details(loc, location_id=loc_id)
        self._attributes(loc, loc_id, "location")
        return loc_id

    def service(self, svc: Obj, org_id: str = "") -> str:
        org = svc.get("organization")
        if isinstance(org, dict):
            org_id = self.organization(org, with_services=False)
        service_id = self._row("services", svc, organization_id=org_id)
        self._details(svc, service_id=service_id)
        self._attributes(svc, service_id, "service")
        for key in ("service_capacities", "capacities", "service_capacity"):
            for capacity in self._many(svc, key):
                unit = capacity.get("unit")
                unit_id = self._row("units", unit) if isinstance(unit, dict) else ""
                self._row("service_capacity", capacity, service_id=service_id, unit_id=unit_id)
        for option in self._many(svc, "cost_options"):
            self._row("cost_options", option, service_id=service_id)
        for sal in self._many(svc, "service_at_locations"):
            self.service_at_location(sal, service_id)
        return service_id

    def service_at_location(self, sal: Obj, service_id: str = "") -> None:
        nested = sal.get("service")
        if isinstance(nested, dict) and not service_id:
            nested = {k: v for k, v in nested.items() if k != "service_at_locations"}
            service_id = self.service(nested)
        loc = sal.get("location")
        loc_id = self.location(loc) if isinstance(loc, dict) else str(sal.get("location_id") or "")
        sal_id = self._row("service_at_location", sal, service_id=service_id, location_id=loc_id)
        self._details(sal, service_at_location_id=sal_id)

    def item_of(self, obj: Obj) -> None:
        if "service_at_locations" in obj or "status" in obj or "organization" in obj:
            self.service(obj)
        elif "location" in obj and "service" in obj:
            self.service_at_location(obj)
        elif "services" in obj or "locations" in obj:
            self.organization(obj)
        else:
            self.service(obj)

    def tabular(self, data: Obj) -> None:
        """`{"services.csv": [rows...], ...}`: rows are already flat."""
        for key, rows in data.items():
            table = CANONICAL.get(Path(key).stem.lower())
            if table is None or not isinstance(rows, list):
                continue
            for index, row in enumerate(rows, start=1):
                if isinstance(row, dict):
                    self.item = index
                    self._row(table, row)


def read_json(path: Path) -> tuple[Tables, list[Problem]]:
    label = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        return {}, [Problem(label, 0, f"cannot read: {exc.strerror}")]
    except UnicodeDecodeError:
        return {}, [Problem(label, 0, "not UTF-8; save as UTF-8")]
    except ValueError as exc:
        return {}, [Problem(label, 0, f"not JSON: {exc}")]
    flat = _Flattener(label)
    if isinstance(data, dict) and any(str(k).endswith(".csv") for k in data):
        flat.tabular(data)
        return flat.tables, []
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items = data["contents"]
    elif isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        items = [data]
    else:
        return {}, [Problem(label, 0, "expected an HSDS object, a list or a page of them")]
    problems = []
    for index, item in enumerate(items, start=1):
        flat.item = index
        if isinstance(item, dict):
            flat.item_of(item)
        else:
            problems.append(Problem(label, index, "not an HSDS object"))
    return flat.tables, problems
