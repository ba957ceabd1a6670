"""A large HSDS 1.1 datapackage in the shape a 211 system publishes, generated for the tests.

Services in Spanish, French and Haitian Creole around real towns, with the defects real
exports carry in a known share: websites without a scheme, numbers that are not numbers,
impossible coordinates, services no taxonomy term or word classifies. The import must keep at
least 90% of the services that have a name and an address.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

TOWNS = [  # (city, state, country, latitude, longitude, area code)
    ("Miami", "FL", "US", 25.7743, -80.1937, "305"),
    ("Hialeah", "FL", "US", 25.8576, -80.2781, "786"),
    ("Tijuana", "Baja California", "MX", 32.5027, -117.0037, "664"),
    ("Tapachula", "Chiapas", "MX", 14.9054, -92.2589, "962"),
    ("Monterrey", "Nuevo León", "MX", 25.6751, -100.3185, "81"),
]
KINDS = [  # (name, taxonomy code or "", language)
    ("Albergue {n}", "BH-1800.8500", "Spanish"),
    ("Refuge {n}", "", "French"),
    ("Abri pou fanmi {n}", "", "Haitian Creole"),
    ("Asistencia legal {n}", "", "Spanish"),
    ("Aide juridique {n}", "1381", "French"),
    ("Clínica {n}", "LN-1500", "Spanish"),
    ("Santé {n}", "", "French"),
    ("Comedor {n}", "BD-5000.8300", "Spanish"),
]
UNCLASSIFIED = ("Sèvis {n}", "", "Haitian Creole")  # every 25th: nothing says what it is
TABLES = {
    "organizations": ["id", "name", "alternate_name", "description", "email", "url"],
    "services": ["id", "organization_id", "name", "description", "url", "email", "status",
                 "fees"],
    "services_taxonomy": ["id", "service_id", "taxonomy_id", "taxonomy_detail"],
    "taxonomy": ["id", "name", "parent_id", "parent_name", "vocabulary"],
    "services_at_location": ["id", "service_id", "location_id", "description"],
    "locations": ["id", "organization_id", "name", "latitude", "longitude"],
    "physical_addresses": ["id", "location_id", "address_1", "city", "state_province",
                           "postal_code", "country"],
    "phones": ["id", "service_id", "number", "extension", "type", "language"],
    "regular_schedules": ["id", "service_id", "weekday", "opens_at", "closes_at"],
    "languages": ["id", "service_id", "language"],
}  # fmt: skip
RESOURCE = {
    "services_at_location": "service_at_location",
    "physical_addresses": "physical_address",
    "services_taxonomy": "service_taxonomy",
    "regular_schedules": "regular_schedule",
}


def write_package(folder: Path, services: int, seed: int = 16) -> dict[str, int]:
    """Write the package; returns how many services have a name and an address."""
    rnd = random.Random(seed)
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in TABLES}
    rows["taxonomy"] = [
        {"id": "BH-1800.8500", "name": "Homeless Shelter", "vocabulary": "AIRS"},
        {"id": "LN-1500", "name": "Community Clinics", "vocabulary": "AIRS"},
        {"id": "BD-5000.8300", "name": "Soup Kitchens", "vocabulary": "AIRS"},
        {"id": "1381", "name": "Citizenship & Immigration", "vocabulary": "Open Eligibility"},
    ]
    rows["organizations"] = [{"id": f"o{n}", "name": f"Organización {n}"} for n in range(200)]
    addressed = 0
    for i in range(1, services + 1):
        city, state, country, lat, lon, area = TOWNS[i % len(TOWNS)]
        name, code, language = UNCLASSIFIED if i % 25 == 0 else KINDS[i % len(KINDS)]
        sid, lid, oid = f"s{i}", f"l{i}", f"o{i % 200}"
        rows["services"].append({
            "id": sid, "organization_id": oid, "name": name.format(n=i), "status": "active",
            "url": f"www.servicio{i}.test" if i % 3 else "", "description": "",
            "fees": rnd.choice(["Gratis", "gratuit", "pa peye", "Sliding scale", "", "$20"]),
        })  # fmt: skip
        if code:
            rows["services_taxonomy"].append(
                {"id": f"t{i}", "service_id": sid, "taxonomy_id": code}
            )
        point = (lat + rnd.uniform(-0.05, 0.05), lon + rnd.uniform(-0.05, 0.05))
        if i % 50 == 7:
            point = (100.0, 101.0)  # impossible: refused, the row kept at its city
        rows["locations"].append(
            {"id": lid, "organization_id": oid, "latitude": round(point[0], 5),
             "longitude": round(point[1], 5)}
        )  # fmt: skip
        rows["services_at_location"].append(
            {"id": f"sal{i}", "service_id": sid, "location_id": lid}
        )
        rows["physical_addresses"].append({
            "id": f"a{i}", "location_id": lid, "address_1": f"{i} Calle Ejemplo", "city": city,
            "state_province": state, "postal_code": "00000", "country": country,
        })  # fmt: skip
        addressed += 1
        number = f"{area} {rnd.randint(200, 899)} {rnd.randint(1000, 9999)}"
        if len(area) == 2:
            number = f"{area} {rnd.randint(2000, 8999)} {rnd.randint(1000, 9999)}"
        if i % 40 == 0:
            number = "211"  # not a number we can dial: dropped, the row kept
        rows["phones"].append({"id": f"p{i}", "service_id": sid, "number": number,
                               "type": "voice", "language": language[:2].lower()})  # fmt: skip
        for day in range(1, 6):
            rows["regular_schedules"].append({"id": f"r{i}-{day}", "service_id": sid,
                                              "weekday": day, "opens_at": "09:00",
                                              "closes_at": "17:00"})  # fmt: skip
        rows["languages"].append({"id": f"g{i}", "service_id": sid, "language": language})
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for table, columns in TABLES.items():
        path = folder / f"{table}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows[table])
        resources.append({"name": RESOURCE.get(table, table.rstrip("s")), "path": path.name})
    (folder / "datapackage.json").write_text(
        json.dumps({"name": "generated-211", "resources": resources}), encoding="utf-8"
    )
    return {"services": services, "addressed": addressed}
