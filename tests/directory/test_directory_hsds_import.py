"""Importing other systems' directories: HSDS 3.0 (tabular and JSON) and 1.1 packages.

The fixtures beside this file are small packages written for these tests in the shapes of the
public specification (3.0 `examples/csv/`, the 3.0 API's JSON, a 211 system's 1.1 tables), and
`hsds_generate` writes a 4,000-service 1.1 package.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.db.session import Database
from bot.directory import store
from bot.directory.entry import Entry
from bot.directory.hsds_import import Options, entries_of, read_package
from bot.directory.importer import import_sources
from bot.settings import Settings
from tests.directory.hsds_generate import write_package

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 12, 6)


def _by_name(entries: list[Entry]) -> dict[str, Entry]:
    return {e.name: e for e in entries}


def test_hsds30_example_shape_refuses_impossible_coordinates_and_keeps_the_rest() -> None:
    strict = read_package(FIXTURES / "hsds30", TODAY)
    reasons = [str(p) for p in strict.problems]
    where = FIXTURES / "hsds30" / "locations.csv"
    assert any(
        r.startswith(f"{where}:3: impossible coordinates refused") and "latitude 100.0" in r
        for r in reasons
    ), reasons
    partial = read_package(FIXTURES / "hsds30", TODAY, Options(lenient=True))
    found = _by_name(entries_of(partial))
    counselling = found["Community Counselling"]
    # Coordinates refused; the postal address puts it at its city's centre, the rest is kept.
    assert counselling.precision == "city" and counselling.city == "Tapachula"
    assert counselling.country == "MX"  # "MEX" in the file
    assert counselling.category == "psychosocial"  # from the words "Counselling"
    assert counselling.cost == "paid" and "flat rate" in counselling.fees
    assert counselling.phones == ("+529621234567",)  # quotes around the number removed
    assert counselling.hours == "Th-Fr 10:00-18:00; Sa 10:00-13:00"  # weekdays kept
    assert counselling.verified_on == date(2026, 9, 15)
    assert counselling.languages == ("en",)
    # The one service nothing classifies is refused, with its line in services.csv.
    assert [str(p) for p in partial.problems] == [
        f"{FIXTURES / 'hsds30' / 'services.csv'}:4: no category: none of its taxonomy terms, "
        "attributes or words maps to one of ours (add them to directory/mapping.yml)"
    ]


def test_hsds30_fields_map_to_ours() -> None:
    found = _by_name(entries_of(read_package(FIXTURES / "hsds30", TODAY, Options(lenient=True))))
    shelter = found["Albergue Casa Ejemplo"]
    assert shelter.category == "shelter"  # Open Eligibility 1121 through the attributes
    assert set(shelter.populations) >= {"families"}
    assert shelter.phones == ("+526641234567 ext. 100",)
    assert shelter.whatsapp == "+526647654321"  # the old Mexican mobile "1" dropped
    assert shelter.website == "https://casa-ejemplo.test/albergue"  # scheme added
    # A night across midnight becomes two days: Monday evening, Tuesday early morning...
    assert shelter.hours == "Mo 18:00-24:00; Tu-Fr 00:00-08:00,18:00-24:00; Sa 00:00-08:00"
    assert shelter.languages == ("es", "ht")  # "hat" is Haitian Creole
    assert shelter.cost == "free" and shelter.fees == "Gratuito"
    assert shelter.update_email == "coordinacion@casa-ejemplo.test"  # assurer_email
    assert shelter.live.capacity == "room_families"
    assert shelter.live.capacity_at == datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
    assert shelter.precision == "exact" and shelter.timezone == "America/Tijuana"


def test_hsds30_json_page_of_services() -> None:
    path = FIXTURES / "hsds30_services_page.json"
    strict = read_package(path, TODAY)
    assert [f"{p.file}:{p.line}" for p in strict.problems] == [f"{path}:2"]  # the item index
    found = _by_name(entries_of(read_package(path, TODAY, Options(lenient=True))))
    refuge = found["Refuge Sainte-Famille"]
    assert refuge.organization == "Association Sainte-Famille"
    assert refuge.category == "shelter" and refuge.cost == "free"
    assert refuge.hours == "Mo,We,Fr 19:00-24:00; Tu,Th,Sa 00:00-07:00"
    assert refuge.languages == ("fr", "ht") and refuge.verified_on == date(2026, 11, 20)
    assert refuge.live.capacity == "full"  # 0 beds available
    legal = found["Asistencia legal gratuita"]
    assert legal.category == "legal_aid" and legal.precision == "city"


def test_hsds11_spanish_french_creole_services(db: Database) -> None:
    report = import_sources(
        db, [FIXTURES / "hsds11"], Options(country="US", lenient=True), today=TODAY
    )
    assert report.ok and report.rows == 9
    lines = {(Path(p.file).name, p.line) for p in report.problems}
    assert lines == {("services.csv", 8)}  # "Sèvis konsèy": nothing says what it is
    with db.session() as session:
        found = _by_name(store.all_entries(session))
    assert found["Refugio Familiar Esperanza"].category == "shelter"  # AIRS BH-1800.8500
    assert found["Refugio Familiar Esperanza"].hours == "24/7"  # seven weekday rows
    assert found["Refugio Familiar Esperanza"].populations == ("families",)
    creole = found["Abri pou fanm ak timoun"]
    assert creole.category == "shelter" and creole.populations == ("women", "children")
    assert creole.languages == ("ht", "fr") and creole.cost == "free"  # "pa peye"
    french = found["Aide juridique pour immigrants"]
    assert french.category == "legal_aid" and french.country == "US"  # "USA"
    assert french.hours == "Mo,We 09:00-17:00; Fr 09:00-12:00"
    assert french.phones == ("+13053584000 ext. 12",) and french.precision == "city"
    assert found["Clínica de Salud Comunitaria"].category == "health"
    assert found["Clínica de Salud Comunitaria"].cost == "low_cost"
    assert found["Asistencia legal"].category == "legal_aid"
    assert found["Santé pour tous"].category == "health" and found["Santé pour tous"].phones == ()
    assert found["Santé pour tous"].fees == "Call for details" and not found["Santé pour tous"].cost
    assert found["Comedor San José"].category == "food"
    assert found["Comedor San José"].precision == "city"  # 0,0 refused: Hialeah's centre
    assert found["Oficina sin nombre de país"].country == "US"  # from --country
    assert found["Aide juridique pour immigrants"].website == "https://cji.test/aide"


def test_all_or_nothing_by_default_and_every_refused_row_named(
    db: Database,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    assert main(["directory", "import", str(FIXTURES / "hsds11"), "--country", "US"]) == 1
    out = capsys.readouterr()
    assert "nothing was imported" in out.err
    assert f"{FIXTURES / 'hsds11' / 'phones.csv'}:5: bad phone" in out.out
    with db.session() as session:
        assert store.all_entries(session) == []
    assert main(["directory", "import", "--partial", "--country", "US",
                 str(FIXTURES / "hsds11")]) == 0  # fmt: skip
    out = capsys.readouterr()
    assert f"{FIXTURES / 'hsds11' / 'services.csv'}:8: no category" in out.out
    assert "9 were added" in out.out and "1 refused" in out.out


def test_csv_partial_keeps_good_rows_and_the_rest_of_a_row_with_bad_coordinates(
    db: Database, tmp_path: Path
) -> None:
    from tests.directory.support import row, write

    path = write(tmp_path / "d.csv", [
        row(id="ok"),
        row(id="no-name", name=""),
        row(id="far", latitude="95", longitude="-117", country="", phone="bad"),
    ])  # fmt: skip
    strict = import_sources(db, [path], Options(country="MX"), today=TODAY)
    assert not strict.ok and strict.rows == 0
    report = import_sources(db, [path], Options(country="MX", lenient=True), today=TODAY)
    assert report.ok and report.rows == 2
    assert [str(p) for p in report.problems] == [f"{path}:3: missing name"]
    notes = [str(n) for n in report.notes]
    assert any(n.startswith(f"{path}:4: coordinates out of range: latitude 95.0") for n in notes)
    with db.session() as session:
        far = {e.id: e for e in store.all_entries(session)}["far"]
    assert far.precision == "city" and far.country == "MX" and far.phones == ()
    assert far.email == "contacto@example.org"  # the rest of the row kept


def test_4000_services_import_quickly_and_keep_90_percent(db: Database, tmp_path: Path) -> None:
    counts = write_package(tmp_path / "big", 4000)
    started = time.monotonic()
    report = import_sources(db, [tmp_path / "big"], Options(lenient=True), today=TODAY)
    seconds = time.monotonic() - started
    print(f"4,000-service HSDS 1.1 package imported in {seconds:.1f} s ({report.summary()})")
    assert seconds < 30
    assert report.changes.added >= 0.9 * counts["addressed"]
    assert len(report.problems) == 4000 // 25  # the services nothing classifies
    assert all("no category" in p.reason for p in report.problems)
    with db.session() as session:
        entries = store.all_entries(session)
    assert sum(e.precision == "city" for e in entries) == 4000 // 50  # coordinates refused


def test_an_entry_without_a_position_round_trips(db: Database, tmp_path: Path) -> None:
    from bot.directory.hsds import write_package as export
    from tests.directory.support import row, write

    path = write(tmp_path / "d.csv", [
        row(id="nowhere", city="MyCity", state="", country="US", latitude="", longitude="",
            coord_precision="none", phone=""),
    ])  # fmt: skip
    assert import_sources(db, [path], today=TODAY).ok
    with db.session() as session:
        before = store.all_entries(session)
    assert before[0].precision == "none" and before[0].latitude is None
    export(before, tmp_path / "hsds")
    again = read_package(tmp_path / "hsds", TODAY)
    assert again.problems == [] and entries_of(again) == before
