"""A service at street precision travels as a place; the location question says it asks for one."""

from __future__ import annotations

from typing import Any

import pytest

from bot.reply import ASK_LOCATION, OutMessage, Place
from bot.responses import RenderContext, render


def item(precision: str) -> dict[str, Any]:
    return {
        "key": "s1",
        "name": "Casa del Migrante",
        "org": "",
        "category": "shelter",
        "km": 1.2,
        "address": "Av. Juárez 100",
        "city": "Tijuana",
        "state": "Baja California",
        "phones": [],
        "whatsapp": "",
        "email": "",
        "website": "",
        "hours": "",
        "populations": [],
        "precision": precision,
        "lat": 32.5331,
        "lon": -117.0192,
        "verified_on": "",
        "cost": "",
        "maps_url": "https://www.google.com/maps/search/?api=1&query=32.533100,-117.019200",
    }


def shown(response: str, channel: str = "whatsapp", **args: Any) -> OutMessage:
    out = render(response, RenderContext(lang="es", channel=channel, args=args))
    assert out is not None
    return out


@pytest.mark.parametrize("response", ["utter_directory_details", "utter_directory_directions"])
def test_a_service_at_its_door_is_a_place(response: str) -> None:
    out = shown(response, item=item("exact"))
    assert out.place == Place("Casa del Migrante", "Av. Juárez 100, Tijuana", 32.5331, -117.0192)
    assert out.as_dict()["place"]["lat"] == 32.5331


@pytest.mark.parametrize("response", ["utter_directory_details", "utter_directory_directions"])
def test_a_service_known_only_by_its_city_is_never_a_pin(response: str) -> None:
    out = shown(response, item=item("city"))
    assert out.place is None
    assert "place" not in out.as_dict()


@pytest.mark.parametrize("channel", ["whatsapp", "telegram", "web"])
def test_the_city_question_asks_for_a_place_on_every_channel(channel: str) -> None:
    assert shown("utter_directory_ask_location", channel, service="shelter").asks == ASK_LOCATION
    unknown = shown("utter_directory_place_unknown", channel, said="tijuan")
    assert unknown.asks_location
    assert OutMessage.from_dict(unknown.as_dict()) == unknown
