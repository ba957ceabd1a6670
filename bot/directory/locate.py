"""Where to search from: a shared location, a named place, or what this conversation knows.

A shared point is rounded to about a kilometre before anything uses it. The point and the
place's name are kept only on the conversation row, which the core clears when it closes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.models import Conversation
from bot.directory.gazetteer import get_gazetteer
from bot.directory.geo import coarse
from bot.directory.placedata import fold
from bot.directory.vocab import SERVICE_WORDS


@dataclass(frozen=True)
class Origin:
    lat: float
    lon: float
    label: str  # the place's name; "" for a shared location ("near you")
    state: str  # the Mexican state it is in, "" when unknown or abroad
    fresh: bool  # given in this message (remember it) rather than recalled


@dataclass(frozen=True)
class Unknown:
    """The person named a place the gazetteer does not know."""

    text: str


def shared(meta: dict[str, Any]) -> Origin | None:
    """A location the channel attached to this message (`metadata.location`)."""
    where = meta.get("location")
    if not isinstance(where, dict):
        return None
    try:
        lat, lon = float(where["lat"]), float(where["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    lat, lon = coarse(lat), coarse(lon)
    return Origin(lat, lon, "", state_at(lat, lon), True)


def state_at(lat: float, lon: float) -> str:
    """The Mexican state of the nearest known town, or "" when that town is abroad."""
    near = get_gazetteer().nearest(lat, lon, country=None)
    return near.state if near is not None and near.country == "MX" else ""


def named(values: list[str], text: str) -> Origin | Unknown | None:
    """A place named by the `location` entity or, failing that, anywhere in the text."""
    gaz = get_gazetteer()
    for value in values:
        place = gaz.lookup(value)
        if place is not None:
            return _origin(place.latitude, place.longitude, place.label, place.state, place.country)
    if values:
        return Unknown(values[0])
    if not text or text.startswith("/"):
        return None
    place = gaz.find_in_text(text)
    if place is None:
        return None
    return _origin(place.latitude, place.longitude, place.label, place.state, place.country)


def _origin(lat: float, lon: float, label: str, state: str, country: str) -> Origin:
    return Origin(lat, lon, label, state if country == "MX" else "", True)


def given(meta: dict[str, Any], values: list[str], text: str) -> Origin | Unknown | None:
    """Where this message says the person is: a shared point first, then a named place.

    Synchronous and CPU-bound the first time (the gazetteer loads): run it off the event loop.
    """
    return shared(meta) or named(values, text)


# The writer says they are there: "estoy en", "m rive", "i'm in", "on est à" (not "soy de",
# "I'm from": a home town is no place to search from).
_HERE = re.compile(
    r"\b(?:estoy|estamos|vivo|vivimos|llegue|llegamos|ando|andamos|aqui en|aca en|"
    r"i m in|im in|i am in|we re in|were in|we are in|i live in|we live in|arrived|got to|"
    r"je suis a|jsuis a|chui a|on est a|nous sommes a|j habite|on habite|je vis a|"
    r"m nan|mwen nan|nou nan|m rive|mwen rive|nou rive|m ap viv|nou ap viv|m rete)\b"
)


def said_before(texts: Iterable[str]) -> Origin | None:
    """The place an earlier message of this conversation says the writer is in, the latest
    first ("m rive tapachula depi 10 jou", then "kote m ka dòmi?": not "which city?" again).
    Only a named place with words that put the writer there; kept, like any place searched
    from, until the conversation closes."""
    for text in texts:
        if text.startswith("/") or _HERE.search(fold(text)) is None:
            continue
        found = named([], text)
        if isinstance(found, Origin):
            return found
    return None


def recalled(session: Session, public_id: str) -> Origin | None:
    """The point this conversation searched from before (rounded), if it has one."""
    conv = session.scalars(select(Conversation).where(Conversation.public_id == public_id)).first()
    if conv is None or conv.location_lat is None or conv.location_lon is None:
        return None
    lat, lon = conv.location_lat, conv.location_lon
    return Origin(lat, lon, conv.location_label or "", state_at(lat, lon), False)


def remember(session: Session, public_id: str, origin: Origin) -> None:
    """Keep the rounded point and place name on the conversation, for "more" and "details"."""
    conv = session.scalars(select(Conversation).where(Conversation.public_id == public_id)).first()
    if conv is None:
        return
    conv.location_lat, conv.location_lon = coarse(origin.lat), coarse(origin.lon)
    conv.location_label = origin.label or None


def service_in(text: str) -> str:
    """The kind of service the words of a message name ("abri", "abogado"), or ""."""
    padded = f" {fold(text)} "
    for service, words in SERVICE_WORDS.items():
        if any(f" {w} " in padded for w in words):
            return service
    return ""


GROUPS_KEY = "directory_for"


def remember_groups(session: Session, public_id: str, groups: tuple[str, ...]) -> None:
    """Keep who the person looks for a place for, so "more places" keeps the same filter."""
    conv = session.scalars(select(Conversation).where(Conversation.public_id == public_id)).first()
    if conv is None:
        return
    state = dict(conv.state or {})
    if groups:
        state[GROUPS_KEY] = list(groups)
    else:
        state.pop(GROUPS_KEY, None)
    conv.state = state  # a new dict: the JSON column sees the change


def recalled_groups(session: Session, public_id: str) -> tuple[str, ...]:
    conv = session.scalars(select(Conversation).where(Conversation.public_id == public_id)).first()
    found = (conv.state or {}).get(GROUPS_KEY) if conv is not None else None
    return tuple(str(g) for g in found) if isinstance(found, list) else ()
