"""Search: nearest first, filters, open now, the same answers as a full scan on every database."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.db.session import Database
from bot.directory.gazetteer import get_gazetteer
from bot.directory.geo import box_around, haversine_km
from bot.directory.search import Query, full_scan, nearest_keys, search, serves
from tests.directory.support import TIJUANA, row, seed

# A Monday 10:00 in Tijuana (UTC-8 in November).
MONDAY_10 = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
SUNDAY_10 = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("said", "name", "state"),
    [
        ("Tijuana", "Tijuana", "Baja California"),
        ("tijuna", "Tijuana", "Baja California"),
        ("TIJUANA", "Tijuana", "Baja California"),
        ("monterey", "Monterrey", "Nuevo León"),
        ("Monterrey", "Monterrey", "Nuevo León"),
        ("juarez", "Ciudad Juárez", "Chihuahua"),
        ("Cd. Juárez", "Ciudad Juárez", "Chihuahua"),
        ("queretaro", "Santiago de Querétaro", "Querétaro"),
        ("tapachla", "Tapachula", "Chiapas"),
        ("san luis potosi", "San Luis Potosí", "San Luis Potosí"),
        ("cdmx", "Ciudad de México", "Ciudad de México"),
        ("chiapas", "Chiapas", "Chiapas"),
    ],
)
def test_gazetteer_tolerates_typos_and_accents(said: str, name: str, state: str) -> None:
    place = get_gazetteer().lookup(said)
    assert place is not None and (place.name, place.state) == (name, state)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("busco albergue en tijuna", "Tijuana"),
        ("I need a shelter in Tijuana", "Tijuana"),
        ("m ap chèche yon abri nan Tijuana", "Tijuana"),
        ("estoy en la ciudad de mexico", "Ciudad de México"),
        ("estoy en guadalupe nuevo leon", "Guadalupe"),
        ("hay albergue para mujeres", None),
        ("tengo hambre", None),
        ("estoy en mexico", None),
    ],
)
def test_places_are_found_in_sentences(text: str, name: str | None) -> None:
    place = get_gazetteer().find_in_text(text)
    assert (place.name if place else None) == name


def test_guadalupe_in_the_state_named() -> None:
    place = get_gazetteer().find_in_text("estoy en guadalupe nuevo leon")
    assert place is not None and place.state == "Nuevo León"


def test_bounding_box_contains_the_circle() -> None:
    lat, lon = TIJUANA
    box = box_around(lat, lon, 50)
    assert box.min_lon is not None and box.max_lon is not None
    assert haversine_km(lat, lon, box.max_lat, lon) == pytest.approx(50, rel=1e-3)
    assert haversine_km(lat, lon, lat, box.max_lon) >= 50


def test_nearest_first_with_distances(db: Database, tmp_path: Path) -> None:
    seed(db, tmp_path)
    lat, lon = TIJUANA
    with db.session() as s:
        found = search(s, Query(lat, lon, category="shelter", limit=10))
    assert [r.entry.id for r in found] == ["near-1", "near-5", "near-20", "far-300"]
    assert [round(r.distance_km) for r in found] == [1, 5, 20, 300]
    result = found[0].as_json("es", date(2026, 11, 23))
    assert result["distance"] == "1,0 km" and result["precision"] == "exact"
    assert result["maps_url"].endswith("query=32.511700,-117.003710")
    assert result["stale"] is False


def test_filters_category_population_radius_and_paging(db: Database, tmp_path: Path) -> None:
    seed(db, tmp_path)
    lat, lon = TIJUANA
    with db.session() as s:
        ids = lambda q: [r.entry.id for r in search(s, q)]  # noqa: E731
        assert ids(Query(lat, lon, category="legal_aid")) == ["legal-2"]
        assert ids(Query(lat, lon, category="shelter", population="women")) == [
            "near-1", "near-20", "far-300",
        ]  # fmt: skip
        assert ids(Query(lat, lon, category="shelter", max_km=150)) == [
            "near-1",
            "near-5",
            "near-20",
        ]
        assert ids(Query(lat, lon, category="shelter", limit=2, offset=2)) == ["near-20", "far-300"]
        assert ids(Query(lat, lon, category="shelter", state="Sonora")) == ["far-300"]
        assert ids(Query(lat, lon, category="health")) == ["health-city"]
        assert ids(Query(0.0, 0.0, category="shelter", limit=1)) == ["far-300"]  # from far away


def test_open_now_in_the_services_time_zone(db: Database, tmp_path: Path) -> None:
    seed(db, tmp_path)
    lat, lon = TIJUANA
    with db.session() as s:
        monday = search(s, Query(lat, lon, category="shelter", open_now=True, now=MONDAY_10))
        sunday = search(s, Query(lat, lon, category="shelter", open_now=True, now=SUNDAY_10))
        early = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)  # 08:30 in Tijuana, 09:30 in Sonora
        before = search(s, Query(lat, lon, category="shelter", open_now=True, now=early))
    assert [r.entry.id for r in monday] == ["near-1", "near-5", "near-20", "far-300"]
    assert [r.entry.id for r in sunday] == ["near-1"]  # only the 24/7 one
    assert [r.entry.id for r in before] == ["near-1", "far-300"]


def test_who_a_service_serves() -> None:
    assert serves("women; children", "women") and not serves("women; children", "men")
    assert serves("", "men") and serves("all", "lgbti")
    assert serves("asylum_seekers", "women")  # names no one by sex or age
    assert not serves("returnees", "asylum_seekers") and serves("men", "asylum_seekers")


def test_same_answers_as_a_full_scan(db: Database, tmp_path: Path) -> None:
    rng = random.Random(4)
    rows = [
        row(
            id=f"r{i}", latitude=round(rng.uniform(14.5, 32.7), 5),
            longitude=round(rng.uniform(-117.1, -86.7), 5), city="", state="",
            category=rng.choice(["shelter", "legal_aid", "health"]),
            populations=rng.choice(["", "women", "men", "all", "families; children"]),
            hours=rng.choice(["", "24/7", "Mo-Fr 09:00-17:00"]),
        )
        for i in range(300)
    ]  # fmt: skip
    seed(db, tmp_path, rows)
    with db.session() as s:
        for _ in range(25):
            q = Query(
                rng.uniform(15, 32), rng.uniform(-116, -88), category=rng.choice(["shelter", None]),
                population=rng.choice([None, "women"]), open_now=rng.random() < 0.3,
                limit=5, max_km=rng.choice([None, 150.0]), now=MONDAY_10,
            )  # fmt: skip
            assert nearest_keys(s, q) == full_scan(s, q)


@pytest.mark.parametrize(
    "text",
    [
        "como saco la tarjeta humanitaria",  # once Taretán, Michoacán
        "que reglas tienen los albergues",  # once Regla, Cuba
        "hola puente necesito ayuda",  # once La Puente, California
        "el señor del cuarto me dijo que no",  # once Señor, Yucatán
        "nos perdimos en el monte",  # once El Monte, California
        "socorro",  # once Socorro, New Mexico
        "je veux parler a quelqu un",  # once Parlier, California
        "la residencia temporal cuanto cuesta",  # once Tempoal, Veracruz
        "m ap chache tonton m",  # once Taunton, Massachusetts
        "el coyote nos dejo",  # once San Antonio del Coyote, Coahuila
    ],
)
def test_common_words_are_not_small_places(text: str) -> None:
    assert get_gazetteer().find_in_text(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("estoy en tenosique", "Tenosique"),
        ("ando en huixtla", "Huixtla"),
        ("estoy en laredo", "Laredo"),
        ("m nan tapachoula", "Tapachula"),
        ("im in houstn", "Houston"),
        ("estoy en sonoyta", "Sonoyta"),  # a town on the route named after "en"
        ("estoy en tapanatepec", "San Pedro Tapanatepec"),
    ],
)
def test_towns_on_the_route_still_found_when_common(text: str, name: str) -> None:
    place = get_gazetteer().find_in_text(text)
    assert place is not None and place.name == name
