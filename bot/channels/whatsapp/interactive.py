"""WhatsApp's own buttons, lists and map pins, described as Twilio Content resources.

A menu of up to three choices becomes quick-reply buttons (`twilio/quick-reply`), one of four to
ten a list picker (`twilio/list-picker`), and a service's place a pin (`twilio/location`).
WhatsApp refuses what breaks its limits, so titles are shortened here first: at a word boundary
with "…" (a word is cut only when it alone is longer than the limit), and kept unique (two
titles that shorten alike are numbered). Each choice's id is its payload, so a tap on any
menu, however old, comes back as what the button meant; a payload too long for an id travels
as a reference `@<message id>:<index>` to the stored button instead.

A spec's key hashes its kind, language and everything it shows, so one Content resource serves
every message that shows the same thing (`bot.channels.whatsapp.content`).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from bot.channels import messages as cm
from bot.channels.split import size
from bot.i18n import gettext
from bot.inbound import fold
from bot.reply import Button, Place

QUICK_REPLY, LIST_PICKER, LOCATION = "twilio/quick-reply", "twilio/list-picker", "twilio/location"
MAX_BUTTONS = 3  # in a session message (approved templates may have more)
MAX_ITEMS = 10
BUTTON_TITLE = 20
ITEM_TITLE = 24
ITEM_DESCRIPTION = 72
LIST_BUTTON = 20
BODY = 1024
ID_LIMIT = 200
PLACE_LABEL = 100
PLACE_ADDRESS = 200
REF = "@"  # an id "@<message id>:<index>" points at a stored button, as on Telegram
ELLIPSIS = "…"
_TRAILING = " ,;:.-–—/(·"


def _prefix(text: str, limit: int) -> str:
    """The longest start of `text` of at most `limit` UTF-16 units."""
    total = 0
    for index, char in enumerate(text):
        total += 2 if ord(char) > 0xFFFF else 1
        if total > limit:
            return text[:index]
    return text


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` units (UTF-16, as WhatsApp counts emoji), cut between words.

    "Regularización migratoria en México" at 24 gives "Regularización…", never "Regularización
    migra…". Only a single word longer than the limit is cut inside, as a last resort.
    """
    text = " ".join(text.split())
    if size(text) <= limit:
        return text
    kept = ""
    for word in text.split(" "):
        candidate = f"{kept} {word}" if kept else word
        if size(candidate) + 1 > limit:
            break
        kept = candidate
    kept = kept.rstrip(_TRAILING)
    if kept:
        return kept + ELLIPSIS
    return _prefix(text, limit - 1).rstrip(_TRAILING) + ELLIPSIS


def unique_titles(titles: list[str], limit: int) -> list[str]:
    """Each title shortened to `limit`; titles that would read alike are numbered ("2. …").

    WhatsApp refuses a menu whose titles repeat, and a person could not tell them apart.
    """
    short = [shorten(t, limit) or str(i) for i, t in enumerate(titles, start=1)]
    counts = Counter(s.casefold() for s in short)
    out = []
    for i, (full, title) in enumerate(zip(titles, short, strict=True), start=1):
        if counts[title.casefold()] > 1:
            mark = f"{i}. "
            title = mark + shorten(full, limit - size(mark))
        out.append(title)
    if len({t.casefold() for t in out}) < len(out):  # a title that already read "2. X"
        out = [shorten(f"{i}. {t}", limit) for i, t in enumerate(titles, start=1)]
    return out


def option_id(payload: str, message_id: int, index: int) -> str:
    """What a tap sends back: the payload itself, or a reference when it does not fit."""
    if len(payload) <= ID_LIMIT and not payload.startswith(REF) and payload.strip():
        return payload
    return f"{REF}{message_id}:{index}"


def parse_ref(value: str) -> tuple[int, int] | None:
    """(message id, index) of an `@<message id>:<index>` id, else None."""
    if not value.startswith(REF):
        return None
    head, _, tail = value[1:].partition(":")
    if not (head.isdigit() and tail.isdigit()) or len(head) > 12 or len(tail) > 3:
        return None
    return int(head), int(tail)


@dataclass(frozen=True)
class ContentSpec:
    """One Content resource to create (once) and send: its kind, language and types."""

    kind: str
    language: str
    types: dict[str, Any]

    @property
    def key(self) -> str:
        canonical = json.dumps(
            {"kind": self.kind, "language": self.language, "types": self.types},
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @property
    def friendly_name(self) -> str:
        short = self.kind.split("/")[-1].replace("-", "_")
        return f"puente_{short}_{self.language}_{self.key[:16]}"

    def request(self) -> dict[str, Any]:
        """The body of Twilio's `POST /v1/Content` (ContentList.ContentCreateRequest)."""
        return {"friendly_name": self.friendly_name, "language": self.language, "types": self.types}


def fits_body(text: str) -> bool:
    return 0 < size(text) <= BODY


def menu(body: str, options: tuple[Button, ...], lang: str, message_id: int) -> ContentSpec | None:
    """Quick-reply buttons for up to three options, a list for up to ten; None otherwise.

    `body` must already fit WhatsApp's 1,024 characters (the caller sends longer text first).
    """
    if not options or len(options) > MAX_ITEMS or not fits_body(body):
        return None
    ids = [option_id(b.payload, message_id, i) for i, b in enumerate(options)]
    if len(set(ids)) < len(ids):  # two buttons with one payload: keep them apart by reference
        ids = [f"{REF}{message_id}:{i}" for i in range(len(options))]
    full = [b.title for b in options]
    if len(options) <= MAX_BUTTONS:
        titles = unique_titles(full, BUTTON_TITLE)
        actions = [{"title": t, "id": i} for t, i in zip(titles, ids, strict=True)]
        return ContentSpec(QUICK_REPLY, lang, {QUICK_REPLY: {"body": body, "actions": actions}})
    titles = unique_titles(full, ITEM_TITLE)
    items: list[dict[str, str]] = []
    for title, whole, item_id in zip(titles, full, ids, strict=True):
        item = {"id": item_id, "item": title}
        if title != " ".join(whole.split()):  # shortened: the description says it all
            item["description"] = shorten(whole, ITEM_DESCRIPTION)
        items.append(item)
    button = shorten(gettext(lang, cm.LIST_BUTTON), LIST_BUTTON)
    return ContentSpec(
        LIST_PICKER, lang, {LIST_PICKER: {"body": body, "button": button, "items": items}}
    )


def shown_titles(options: list[Button]) -> list[str]:
    """The titles WhatsApp showed for these options (shortened as `menu` shortens them)."""
    limit = BUTTON_TITLE if len(options) <= MAX_BUTTONS else ITEM_TITLE
    return unique_titles([b.title for b in options], limit)


def match_shown(text: str, options: list[Button]) -> str | None:
    """The payload of the option whose shown (shortened) title is `text`.

    Twilio normally names a tapped choice by its id; when only its words arrive (the `Body`,
    or a title), they are the shortened ones ("Tarjeta de visitante…"), which the options'
    full titles do not match.
    """
    if not options or len(options) > MAX_ITEMS or not fold(text):
        return None
    for title, option in zip(shown_titles(options), options, strict=True):
        if fold(title) == fold(text):
            return option.payload
    return None


def location(place: Place, lang: str) -> ContentSpec:
    """A map pin with the service's name and address."""
    pin: dict[str, Any] = {
        "latitude": round(place.lat, 6),
        "longitude": round(place.lon, 6),
        "label": shorten(place.name, PLACE_LABEL),
    }
    if place.address:
        pin["address"] = shorten(place.address, PLACE_ADDRESS)
    return ContentSpec(LOCATION, lang, {LOCATION: pin})
