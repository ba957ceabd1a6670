"""The normalised shape of an inbound message, whatever channel it came from."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

CHANNELS = ("web", "telegram", "whatsapp", "terminal")
# Control characters, zero-width and direction marks, embeddings and overrides (U+202A-202E),
# bidi isolates (U+2066-2069) and the Arabic letter mark: invisible, and able to make a
# person's words read differently on a staff member's screen.
_CONTROL = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u061c\u200b-\u200f\u2028-\u202e"
    r"\u2066-\u2069]"
)


def normalize_text(text: str) -> str:
    """NFC, no control or direction-override characters, trimmed."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Lower case, no accents (ñ becomes n), apostrophes kept, one space between words:
    the form the danger screen, keyword routing and language detection match against."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]", " ", plain)).strip()


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float


@dataclass(frozen=True)
class Inbound:
    channel: str
    sender: str
    text: str
    message_id: str | None = None
    lang: str | None = None
    lang_hint: str | None = None
    location: Location | None = None
    display_name: str | None = None
    kind: str = "text"
    extra: dict[str, str] = field(default_factory=dict)


PAYLOAD = re.compile(r"^/(?P<intent>\w+)(?P<entities>\{.*\})?$", re.S)


def parse_payload(text: str) -> tuple[str, dict[str, str]] | None:
    """'/intent{"k": "v"}' -> ('intent', {'k': 'v'}); None for ordinary text."""
    match = PAYLOAD.match(text.strip())
    if not match:
        return None
    entities: dict[str, str] = {}
    if match.group("entities"):
        try:
            raw = json.loads(match.group("entities"))
            entities = {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
        except ValueError:
            return None
    return match.group("intent"), entities
