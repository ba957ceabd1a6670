"""What every channel agrees on about buttons: which one asks for the person's location.

A button whose payload is `LOCATION_PAYLOAD` asks for the person's location: a location key on
Telegram, a how-to line on WhatsApp, a place field on the web chat.
"""

from __future__ import annotations

from bot.reply import Button

LOCATION_PAYLOAD = "/inform_location"


def asks_location(button: Button) -> bool:
    return button.payload.strip() == LOCATION_PAYLOAD
