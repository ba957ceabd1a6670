"""The channel-neutral shape of what Puente says: text, optional buttons, a place, a question.

Every channel gets the same words and the same choices; only the shape differs. Two needs are
carried explicitly rather than guessed from the words:

- `place`: a service at a known street address. Channels that can show a map pin do (a
  `twilio/location` on WhatsApp, a venue on Telegram); the web chat shows a map link.
- `asks`: what the reply asks the person for. `ASK_LOCATION` (the city question of a service
  search) gives Telegram a "share my location" key, WhatsApp a line on how to send one and the
  web chat a "use my location" button.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

ASK_LOCATION = "location"
ASKS = (ASK_LOCATION,)
PLACE_TEXT_LIMIT = 200  # a service's name or address; longer ones are cut, never refused


@dataclass(frozen=True)
class Button:
    title: str
    payload: str

    def as_dict(self) -> dict[str, str]:
        return {"title": self.title, "payload": self.payload}


@dataclass(frozen=True)
class Place:
    """Where a service is, at street precision: a name, an address and a point."""

    name: str
    address: str
    lat: float
    lon: float

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "address": self.address, "lat": self.lat, "lon": self.lon}

    @classmethod
    def from_dict(cls, data: object) -> Place | None:
        """The place in `data`, or None when it is missing or not a real point."""
        if not isinstance(data, dict):
            return None
        try:
            lat, lon = float(data.get("lat")), float(data.get("lon"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
        if not (math.isfinite(lat) and math.isfinite(lon)):
            return None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        name = str(data.get("name") or "").strip()[:PLACE_TEXT_LIMIT]
        address = str(data.get("address") or "").strip()[:PLACE_TEXT_LIMIT]
        return cls(name, address, lat, lon) if name else None


@dataclass(frozen=True)
class OutMessage:
    text: str
    buttons: tuple[Button, ...] = field(default_factory=tuple)
    place: Place | None = None
    asks: str | None = None

    @property
    def asks_location(self) -> bool:
        return self.asks == ASK_LOCATION

    def extras(self) -> dict[str, Any]:
        """What the message carries beyond text and buttons (stored with it, sent to the web)."""
        out: dict[str, Any] = {}
        if self.place is not None:
            out["place"] = self.place.as_dict()
        if self.asks is not None:
            out["asks"] = self.asks
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "buttons": [b.as_dict() for b in self.buttons], **self.extras()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutMessage:
        buttons = tuple(
            Button(str(b.get("title", "")), str(b.get("payload", "")))
            for b in data.get("buttons") or []
            if isinstance(b, dict) and b.get("payload")
        )
        asks = data.get("asks")
        return cls(
            str(data.get("text") or ""),
            buttons,
            Place.from_dict(data.get("place")),
            asks if asks in ASKS else None,
        )
