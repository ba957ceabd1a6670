"""Answers people can act on: open places first, hours today, confirmed or not, room tonight,
a maps link, a filter from their words, and plain words when there is no way to reach a place."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.db.session import Database
from bot.directory.models import Service
from bot.rasa.client import RasaClient
from bot.services import Services
from bot.settings import Settings
from tests.directory.support import TIJUANA, row, seed, web_conversation
from tests.directory.test_directory_conversation import run, shown, tracker

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
LAT, LON = TIJUANA


def _other_day() -> str:
    today = datetime.now(ZoneInfo("America/Tijuana")).weekday()
    return DAYS[(today + 3) % 7]


@pytest.fixture
async def services(settings: Settings, db: Database, tmp_path: Path) -> AsyncIterator[Services]:
    recent = (date.today() - timedelta(days=10)).isoformat()
    seed(db, tmp_path, [
        row(id="closed", name="Cerrado Cerca", latitude=LAT + 0.005, longitude=LON,
            hours=f"{_other_day()} 09:00-10:00", populations="all", verified_on=recent),
        row(id="open", name="Abierto Lejos", latitude=LAT + 0.05, longitude=LON, hours="24/7",
            populations="all", verified_on=recent),
        row(id="unknown", name="Sin Horario", latitude=LAT + 0.02, longitude=LON, hours="",
            populations="all", verified_on="2020-01-01"),
        row(id="women", name="Casa Mujeres", latitude=LAT + 0.03, longitude=LON, hours="24/7",
            populations="women; children", verified_on=recent),
        row(id="lost", name="Sin Contacto", latitude=LAT + 0.04, longitude=LON, hours="",
            phone="", email="", website="", address="", populations="men",
            verified_on=recent),
    ])  # fmt: skip
    built = Services(settings=settings, db=db, rasa=RasaClient(settings.rasa_url))
    yield built
    await built.rasa.close()


@pytest.fixture
def sender(db: Database) -> str:
    return web_conversation(db, "answers")


async def test_open_places_first_with_hours_today_confirmation_and_a_maps_link(
    services: Services, sender: str
) -> None:
    messages, _ = await run(services, tracker(sender, "albergue en tijuana", "find_shelter"))
    out = shown(messages[0])
    names = [
        line.split(". ", 1)[1] for line in out.text.split("\n") if line[:2] in ("1.", "2.", "3.")
    ]
    # The 24-hour places come first although further; the one closed now after unknown hours.
    assert names[:2] == ["Casa Mujeres", "Abierto Lejos"]
    assert "Abierto las 24 horas" in out.text or "abierto las 24 horas" in out.text.lower()
    assert "🗺️ Cómo llegar: https://www.google.com/maps/search/?api=1&query=" in out.text
    assert "Información del" in out.text  # a recent, dated source
    assert "📞 Teléfono: 664 000 0000" in out.text  # shown as dialled in Mexico


async def test_closed_now_says_when_and_unknown_hours_say_so(
    services: Services, sender: str
) -> None:
    messages, _ = await run(services, tracker(sender, "albergue en tijuana", "find_shelter"))
    first = shown(messages[0]).text
    unknown = first.split("Sin Horario", 1)[1].split("\n\n", 1)[0]
    assert "No conozco el horario" in unknown or "desconoc" in unknown.lower(), unknown
    assert "No confirmado recientemente" in unknown  # the 2020 entry
    messages, _ = await run(
        services, tracker(sender, '/find_shelter{"page":"2"}', "find_shelter", {"page": "2"})
    )
    out = shown(messages[0]).text
    closed = out.split("Cerrado Cerca", 1)[1].split("\n\n", 1)[0]
    assert "Cerrado ahora" in closed and "Hoy cerrado" in closed
    assert out.index("Sin Contacto") < out.index("Cerrado Cerca")  # closed now goes last


async def test_a_place_with_no_way_to_reach_it_says_so_and_offers_a_person(
    services: Services, sender: str
) -> None:
    await run(services, tracker(sender, "shelter in tijuana", "find_shelter", lang="en"))
    page = '/find_shelter{"page":"2"}'
    messages, _ = await run(services, tracker(sender, page, "find_shelter", {"page": "2"}, "en"))
    out = shown(messages[0], lang="en")
    block = out.text.split("Sin Contacto", 1)[1].split("\n\n", 1)[0]
    assert "I have no phone, address or website for this place" in block
    assert any(b.payload == "/request_human" for b in out.buttons)


async def test_filters_from_free_text_keep_to_the_list_and_its_pages(
    services: Services, sender: str
) -> None:
    messages, _ = await run(
        services, tracker(sender, "necesito albergue para mujeres en tijuana", "find_shelter")
    )
    out = shown(messages[0])
    assert "Solo lugares para: mujeres" in out.text
    assert "Casa Mujeres" in out.text and "Sin Contacto" not in out.text  # men only: left out
    messages, _ = await run(
        services, tracker(sender, '/find_shelter{"page":"2"}', "find_shelter", {"page": "2"})
    )
    assert "Sin Contacto" not in shown(messages[0]).text  # the same filter on page 2
    messages, _ = await run(services, tracker(sender, "albergue en tijuana", "find_shelter"))
    assert "Solo lugares para" not in shown(messages[0]).text  # a new request, no filter


async def test_room_tonight_shows_and_full_places_go_last(
    services: Services, sender: str, db: Database
) -> None:
    with db.session() as s:
        women = s.scalars(select(Service).where(Service.external_id == "women")).one()
        women.capacity, women.capacity_at = "full", datetime.now(UTC)
        far = s.scalars(select(Service).where(Service.external_id == "open")).one()
        far.capacity, far.capacity_beds, far.capacity_at = "beds_available", 5, datetime.now(UTC)
    messages, _ = await run(services, tracker(sender, "albergue en tijuana", "find_shelter"))
    out = shown(messages[0])
    assert out.text.index("Abierto Lejos") < out.text.index("Sin Horario")
    assert "🛏️ 5 camas disponibles esta noche" in out.text
    assert "Casa Mujeres" not in out.text.split("\n\n", 4)[1]  # full tonight: not first


async def test_entries_nobody_confirmed_for_too_long_are_left_out_unless_kept(
    services: Services, sender: str, db: Database
) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=800)
    with db.session() as s:
        old = s.scalars(select(Service).where(Service.external_id == "unknown")).one()
        old.created_at = long_ago  # in the directory for two years, nobody confirmed it
    messages, _ = await run(services, tracker(sender, "albergue en tijuana", "find_shelter"))
    texts = shown(messages[0]).text
    messages, _ = await run(
        services, tracker(sender, '/find_shelter{"page":"2"}', "find_shelter", {"page": "2"})
    )
    texts += shown(messages[0]).text
    assert "Sin Horario" not in texts
    with db.session() as s:
        old = s.scalars(select(Service).where(Service.external_id == "unknown")).one()
        old.kept_until = date.today() + timedelta(days=30)  # staff keep it
    messages, _ = await run(services, tracker(sender, "albergue en tijuana", "find_shelter"))
    assert "Sin Horario" in shown(messages[0]).text
