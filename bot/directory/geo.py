"""Great-circle distances and the bounding boxes that prefilter a search, in plain Python.

Doing the math here rather than in SQL keeps results identical on SQLite and PostgreSQL.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Box:
    """Every point within `radius_km` of the centre lies inside; lon bounds None = all."""

    min_lat: float
    max_lat: float
    min_lon: float | None
    max_lon: float | None


def box_around(lat: float, lon: float, radius_km: float) -> Box:
    dlat = radius_km / KM_PER_DEGREE
    min_lat, max_lat = max(-90.0, lat - dlat), min(90.0, lat + dlat)
    widest = max(abs(min_lat), abs(max_lat))
    if widest >= 89.9:
        return Box(min_lat, max_lat, None, None)
    dlon = radius_km / (KM_PER_DEGREE * math.cos(math.radians(widest)))
    if dlon >= 180 or lon - dlon < -180 or lon + dlon > 180:
        return Box(min_lat, max_lat, None, None)  # crosses the antimeridian: no lon filter
    return Box(min_lat, max_lat, lon - dlon, lon + dlon)


def coarse(value: float) -> float:
    """Round a person's coordinate to about a kilometre before it is used or stored."""
    return round(value, 2)
