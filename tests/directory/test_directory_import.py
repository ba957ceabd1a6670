"""Importing source files: strict, all-or-nothing, idempotent; the start-up load never fails."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.session import Database
from bot.directory import store
from bot.directory.entry import HEADER
from bot.directory.importer import import_files, load_directory_folder
from bot.directory.models import Location, Organization, Phone, Schedule, Service
from bot.directory.sourcefile import parse_file
from bot.settings import ROOT
from tests.directory.support import row, seed, write


def count(db: Database, model: type[object] = Service) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_good_file_is_imported_with_every_table(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "good.csv", [row(id="a", whatsapp="+52 664 111 1111"), row(id="b")])
    report = import_files(db, [path])
    assert report.ok and report.changes.added == 2
    assert count(db) == 2 and count(db, Location) == 2
    assert count(db, Organization) == 1  # both rows name the same organization
    assert count(db, Phone) == 3 and count(db, Schedule) == 10
    with db.session() as s:
        entry = {e.id: e for e in store.all_entries(s)}["a"]
    assert entry.whatsapp == "+526641111111" and entry.populations == ("women", "children")
    assert entry.precision == "exact" and entry.timezone == "America/Tijuana"
    assert entry.verified_on == date(2026, 6, 1)


def test_reimport_is_idempotent_and_updates_by_id(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.csv", [row(id="a"), row(id="b", name="Old name")])
    assert import_files(db, [path]).changes.added == 2
    again = import_files(db, [path])
    assert (again.changes.added, again.changes.updated, again.changes.unchanged) == (0, 0, 2)
    write(path, [row(id="a"), row(id="b", name="New name", organization="")])
    changed = import_files(db, [path])
    assert (changed.changes.updated, changed.changes.unchanged) == (1, 1)
    with db.session() as s:
        names = {e.id: e.name for e in store.all_entries(s)}
    assert names == {"a": "Albergue de prueba", "b": "New name"}
    assert count(db) == 2 and count(db, Location) == 2


def test_dry_run_counts_but_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.csv", [row(id="a"), row(id="b")])
    report = import_files(db, [path], dry_run=True)
    assert report.ok and report.changes.added == 2 and "would be added" in report.summary()
    assert count(db) == 0


def test_prune_removes_rows_the_file_dropped(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.csv", [row(id="a"), row(id="b")])
    import_files(db, [path])
    write(path, [row(id="a")])
    assert import_files(db, [path]).changes.removed == 0  # plain import only upserts
    assert import_files(db, [path], prune=True).changes.removed == 1
    assert count(db) == 1 and count(db, Location) == 1


BROKEN: list[tuple[dict[str, str], str]] = [
    (row(id=""), "missing id"),
    (row(id="bad id!"), "bad id"),
    (row(name=""), "missing name"),
    (row(category="hotel"), "unknown category 'hotel'"),
    (row(country=""), "missing country"),
    (row(country="XX"), "unknown country"),
    (row(state="Atlantis"), "unknown Mexican state"),
    (row(latitude="north", longitude="-117"), "bad coordinates"),
    (row(latitude="32.5", longitude=""), "bad coordinates"),
    (row(latitude="95", longitude="-117"), "coordinates out of range"),
    (row(latitude="32.5", longitude="-190"), "coordinates out of range"),
    (row(latitude="0", longitude="0"), "coordinates out of range"),
    (row(latitude="", longitude="", city=""), "missing both coordinates and city"),
    (row(latitude="", longitude="", city="Narnia"), "not found in the gazetteer"),
    (row(verified_on="2026-13-01"), "bad date"),
    (row(verified_on="01/06/2026"), "bad date"),
    (row(verified_on="2099-01-01"), "in the future"),
    (row(hours="9 to 5"), "bad hours"),
    (row(populations="women; aliens"), "unknown population 'aliens'"),
    (row(languages="spanish"), "bad language code"),
    (row(cost="cheap"), "unknown cost"),
    (row(phone="call us"), "bad phone"),
    (row(whatsapp="12"), "bad whatsapp"),
    (row(email="not-an-email"), "bad email"),
    (row(website="example org"), "bad website"),
    (row(source_url="ftp://example.org"), "bad source_url"),
    (row(coord_precision="approximate"), "unknown coord_precision"),
]


@pytest.mark.parametrize(("bad", "reason"), BROKEN, ids=[r for _, r in BROKEN])
def test_every_kind_of_broken_row_is_named(
    tmp_path: Path, bad: dict[str, str], reason: str
) -> None:
    path = write(tmp_path / "d.csv", [row(id="ok-1"), {**bad, "id": bad["id"] or ""}])
    parsed = parse_file(path, date(2026, 11, 23))
    assert [str(p) for p in parsed.problems if reason in p.reason], parsed.problems
    assert all(str(p).startswith(f"{path}:3: ") for p in parsed.problems)


def test_a_file_with_broken_rows_is_refused_whole(db: Database, tmp_path: Path) -> None:
    seed(db, tmp_path, [row(id="kept", name="Before")])
    rows = [row(id="kept", name="After"), row(id="x1", category="hotel"), row(id="ok")]
    rows += [row(id="x2", latitude="999"), row(id="ok")]
    path = write(tmp_path / "broken.csv", rows)
    report = import_files(db, [path])
    lines = sorted(str(p) for p in report.problems)
    assert lines == [
        f"{path}:3: unknown category 'hotel' (one of: {', '.join(_categories())})",
        f"{path}:5: coordinates out of range: latitude 999.0 not within ±90",
        f"{path}:6: duplicate id 'ok' (first on line 4)",
    ]
    assert count(db) == 1
    with db.session() as s:
        assert store.all_entries(s)[0].name == "Before"


def _categories() -> tuple[str, ...]:
    from bot.directory.vocab import CATEGORIES

    return CATEGORIES


def test_file_level_problems(tmp_path: Path) -> None:
    today = date(2026, 11, 23)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert [str(p) for p in parse_file(empty, today).problems] == [f"{empty}:1: empty file"]
    header_only = write(tmp_path / "header.csv", [])
    assert [p.reason for p in parse_file(header_only, today).problems] == ["no rows"]
    missing = write(tmp_path / "missing.csv", [row()], header=[h for h in HEADER if h != "city"])
    assert [str(p) for p in parse_file(missing, today).problems] == [
        f"{missing}:1: missing header columns: city"
    ]
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(write(tmp_path / "x.csv", [row(name="Albergue Niño")]).read_bytes()
                       .decode().encode("latin-1"))  # fmt: skip
    assert [str(p) for p in parse_file(latin1, today).problems] == [
        f"{latin1}:2: not UTF-8 (byte 0xf1); save as UTF-8"
    ]
    short = tmp_path / "short.csv"
    short.write_text(",".join(HEADER) + "\nonly,three,fields\n", encoding="utf-8")
    assert [p.reason for p in parse_file(short, today).problems] == ["expected 21 fields, found 3"]


def test_city_without_coordinates_is_placed_at_the_city_centre(tmp_path: Path) -> None:
    path = write(tmp_path / "d.csv", [row(latitude="", longitude="", city="tijuana")])
    ((_, entry),) = parse_file(path, date(2026, 11, 23)).entries
    assert (entry.latitude, entry.longitude, entry.precision) == (32.5027, -117.00371, "city")


def test_duplicate_ids_across_files_are_refused(db: Database, tmp_path: Path) -> None:
    one = write(tmp_path / "one.csv", [row(id="same")])
    two = write(tmp_path / "two.csv", [row(id="same")])
    report = import_files(db, [one, two])
    assert [str(p) for p in report.problems] == [f"{two}:2: duplicate id 'same' (also in {one})"]
    assert count(db) == 0


def test_startup_load_skips_a_broken_file_and_keeps_its_rows(
    db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "directory"
    folder.mkdir()
    good = write(folder / "good.csv", [row(id="g1"), row(id="g2")])
    bad = write(folder / "bad.csv", [row(id="b1")])
    assert load_directory_folder(db, folder).ok and count(db) == 3
    write(bad, [row(id="b1"), row(id="b2", category="nope")])
    write(good, [row(id="g1")])
    report = load_directory_folder(db, folder)
    assert not report.ok and "bad.csv:3: unknown category 'nope'" in caplog.text
    with db.session() as s:
        assert sorted(store.ids_by_source(s)) == ["b1", "g1"]  # g2 left its file; b1 is kept
    (folder / "missing.csv").write_text("", encoding="utf-8")
    (folder / "good.csv").unlink()
    load_directory_folder(db, folder)
    with db.session() as s:
        assert sorted(store.ids_by_source(s)) == ["b1"]


def test_startup_load_survives_a_database_without_tables(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        report = load_directory_folder(db, ROOT / "directory")
    finally:
        db.dispose()
    assert report.ok  # the files are fine; writing failed and was logged, not raised


def test_the_seed_files_are_valid() -> None:
    files = sorted((ROOT / "directory").glob("*.csv"))
    assert files
    for path in files:
        parsed = parse_file(path, date.today())
        assert parsed.problems == [] and parsed.entries
        assert all(e.source_urls and e.precision == "city" for _, e in parsed.entries)
