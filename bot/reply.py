"""The channel-neutral shape of what Puente says: text plus optional buttons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Button:
    title: str
    payload: str

    def as_dict(self) -> dict[str, str]:
        return {"title": self.title, "payload": self.payload}


@dataclass(frozen=True)
class OutMessage:
    text: str
    buttons: tuple[Button, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "buttons": [b.as_dict() for b in self.buttons]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutMessage:
        buttons = tuple(
            Button(str(b.get("title", "")), str(b.get("payload", "")))
            for b in data.get("buttons") or []
            if isinstance(b, dict) and b.get("payload")
        )
        return cls(str(data.get("text") or ""), buttons)
