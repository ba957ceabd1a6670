"""Exchange and reporting: HSDS 3.0 round trip, CSV export, stats."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from bot.db import migrate
from bot.db.session import Database
from bot.directory import store
from bot.directory.entry import Entry
from bot.directory.hsds import write_package
from bot.directory.hsds_import import Options, entries_of, read_package
from bot.directory.importer import import_entries, import_files
from bot.directory.sourcefile import parse_file, write_csv
from bot.directory.stats import stats
from bot.settings import ROOT
from tests.directory.support import around_tijuana, row, seed

TODAY = date(2026, 11, 23)


def _entries(db: Database) -> list[Entry]:
    with db.session() as s:
        return list(store.all_entries(s))


def test_hsds_round_trip_keeps_every_field(db: Database, tmp_path: Path) -> None:
    rows = [
        *around_tijuana(),
        row(id="wa", whatsapp="+52 55 1234 5678", hours="Mo,We 08:00-12:00,14:00-18:00"),
    ]
    seed(db, tmp_path, rows)
    before = _entries(db)
    files = write_package(before, tmp_path / "hsds")
    names = {p.name for p in files}
    assert {"organizations.csv", "services.csv", "locations.csv", "service_at_location.csv",
            "phones.csv", "schedules.csv", "datapackage.json"} <= names  # fmt: skip
    package = json.loads((tmp_path / "hsds" / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} == names - {"datapackage.json"}
    parsed = read_package(tmp_path / "hsds", TODAY)
    assert parsed.problems == []
    assert sorted(entries_of(parsed), key=lambda e: e.id) == before


def test_hsds_import_into_another_database(db: Database, tmp_path: Path) -> None:
    seed(db, tmp_path)
    write_package(_entries(db), tmp_path / "hsds")
    other_url = f"sqlite:///{tmp_path / 'other.db'}"
    migrate.upgrade(other_url)
    other = Database(other_url)
    try:
        parsed = read_package(tmp_path / "hsds", TODAY)
        report = import_entries(other, entries_of(parsed), "hsds")
        assert report.changes.added == len(around_tijuana())
        assert _entries(other) == _entries(db)
    finally:
        other.dispose()


def test_hsds_schedules_are_weekly_rrules(db: Database, tmp_path: Path) -> None:
    seed(
        db,
        tmp_path,
        [row(id="s", hours="Mo-Fr 09:00-17:00; Sa 09:00-13:00"), row(id="a", hours="24/7")],
    )
    write_package(_entries(db), tmp_path / "hsds")
    with (tmp_path / "hsds" / "schedules.csv").open(encoding="utf-8") as fh:
        rows = [
            (r["freq"], r["byday"], r["opens_at"], r["closes_at"], r["timezone"])
            for r in csv.DictReader(fh)
        ]
    assert ("WEEKLY", "MO,TU,WE,TH,FR", "09:00", "17:00", "-8") in rows
    assert ("WEEKLY", "SA", "09:00", "13:00", "-8") in rows
    assert ("WEEKLY", "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "-8") in rows


def test_hsds_problems_are_named_by_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "foreign"
    folder.mkdir()
    (folder / "services.csv").write_text(
        "id,name,status\ns1,Refugio,active\ns2,Clinic,active\ns3,Zzyzx,active\n",
        encoding="utf-8",
    )
    (folder / "locations.csv").write_text(
        "id,location_type,latitude,longitude\nl1,physical,32.5,-117.0\n", encoding="utf-8"
    )
    (folder / "service_at_location.csv").write_text(
        "id,service_id,location_id\nsal1,s1,l1\nsal2,s2,l1\nsal3,s9,l1\nsal4,s3,l1\n",
        encoding="utf-8",
    )
    problems = [str(p) for p in read_package(folder, TODAY).problems]
    services, links = folder / "services.csv", folder / "service_at_location.csv"
    # Categories come from the mapping's words ("refugio", "clinic"); the country is missing.
    assert f"{services}:2: missing country (give the column or --country CC)" in problems
    assert f"{services}:3: missing country (give the column or --country CC)" in problems
    assert any(p.startswith(f"{services}:4: no category") for p in problems)
    assert f"{links}:4: unknown service 's9'" in problems
    with_country = read_package(folder, TODAY, Options(country="MX"))
    assert [str(p) for p in with_country.problems if "country" in p.reason] == []


def test_csv_export_is_a_valid_source_file(db: Database, tmp_path: Path) -> None:
    seed(db, tmp_path)
    out = tmp_path / "export.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        assert write_csv(_entries(db), fh) == len(around_tijuana())
    parsed = parse_file(out, TODAY)
    assert parsed.problems == [] and [e for _, e in parsed.entries] == _entries(db)
    report = import_files(db, [out])  # the rows now come from the export: only their source changes
    assert report.ok and report.changes.added == 0
    buf = io.StringIO()
    write_csv(_entries(db), buf)
    assert buf.getvalue() == out.read_text(encoding="utf-8")


def test_stats_count_by_category_state_precision_and_stale(db: Database, tmp_path: Path) -> None:
    rows = around_tijuana()
    rows[0]["verified_on"] = "2024-01-01"
    rows[1]["verified_on"] = ""
    seed(db, tmp_path, rows)
    with db.session() as session:
        counts = stats(session, TODAY)
    assert counts["services"] == 6 and counts["organizations"] == 1
    assert counts["by_category"] == {"health": 1, "legal_aid": 1, "shelter": 4}
    assert counts["by_country"] == {"MX": 6}
    assert counts["by_state"] == {"Baja California": 5, "Sonora": 1}
    assert counts["by_precision"] == {"city": 1, "exact": 5}
    assert counts["stale"] == 2


def test_seed_data_imports_and_round_trips(db: Database, tmp_path: Path) -> None:
    files = sorted((ROOT / "directory").glob("*.csv"))
    report = import_files(db, files)
    assert report.ok and report.changes.added == report.rows > 50
    before = _entries(db)
    write_package(before, tmp_path / "hsds")
    assert (
        sorted(entries_of(read_package(tmp_path / "hsds", date.today())), key=lambda e: e.id)
        == before
    )


def test_stats_report_completeness(db: Database, tmp_path: Path) -> None:
    rows = [
        row(id="full"),
        row(id="bare", phone="", email="", website="", address="", hours="", verified_on=""),
        row(id="wa-only", phone="", whatsapp="+52 664 111 1111", email="", website="",
            address="", hours="", latitude="", longitude="", coord_precision=""),
    ]  # fmt: skip
    seed(db, tmp_path, rows)
    with db.session() as session:
        full = stats(session, TODAY)["completeness"]
    assert full["with_phone_or_whatsapp"] == 2 and full["with_street_address"] == 1
    assert full["with_hours"] == 1 and full["reachable"] == 2 and full["with_source"] == 3
    assert full["by_precision"] == {"city": 1, "exact": 2}
    assert full["confirmed_within_period"] == 2 and full["not_confirmed_recently"] == 1
    assert full["percent"]["reachable"] == 66.7
