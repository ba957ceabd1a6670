"""A search result as the conversation carries it, and as a person reads it.

Actions pass results to the NLG endpoint as small dicts (`item`), because Rasa forwards an
action's arguments but the NLG has no database; rendering them is then pure and testable.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from babel.dates import format_date

from bot.directory import hours as hours_mod
from bot.directory import messages as dm
from bot.directory.search import Result
from bot.i18n import format_distance, gettext

Item = dict[str, Any]
NAME_IN_BUTTON = 24


def item(result: Result, distance: bool = True) -> Item:
    """The compact form of a result that travels in a response's arguments."""
    e = result.entry
    return {
        "key": result.key,
        "name": e.name,
        "org": e.organization,
        "category": e.category,
        "km": round(result.distance_km, 1) if distance else None,
        "address": e.address,
        "city": e.city,
        "state": e.state,
        "phones": list(e.phones),
        "whatsapp": e.whatsapp,
        "email": e.email,
        "website": e.website,
        "hours": e.hours,
        "populations": list(e.populations),
        "precision": e.precision,
        "lat": round(e.latitude, 6),
        "lon": round(e.longitude, 6),
        "verified_on": e.verified_on.isoformat() if e.verified_on else "",
        "cost": e.cost,
        "maps_url": e.maps_url(),
    }


def hours_text(text: str, lang: str) -> str:
    """'lun-vie 09:00-17:00' in the person's language; '' when unknown or unreadable."""
    try:
        parsed = hours_mod.parse(text) if text else None
    except hours_mod.HoursError:
        return ""
    if parsed is None:
        return ""
    if parsed.always_open:
        return gettext(lang, dm.ALWAYS_OPEN)
    return parsed.format(dm.DAY_NAMES.get(lang, hours_mod.DAYS))


def groups_text(populations: list[str], lang: str) -> str:
    names = [gettext(lang, dm.POPULATION_NAMES[p]) for p in populations if p in dm.POPULATION_NAMES]
    return ", ".join(names)


def distance_line(it: Item, lang: str) -> str:
    km = it.get("km")
    city = str(it.get("city") or "")
    where = ", ".join(str(x) for x in (it.get("address"), city) if x)
    if km is None:
        return where
    if it.get("precision") == "city" and city:
        if km < 2:
            head = gettext(lang, dm.IN_CITY, city=city)
            return ", ".join(x for x in (head, str(it.get("address") or "")) if x)
        head = gettext(lang, dm.DISTANCE_CITY, distance=format_distance(km, lang), city=city)
    else:
        head = gettext(lang, dm.DISTANCE_AWAY, distance=format_distance(km, lang))
    return f"{head} · {where}" if where else head


def is_stale(it: Item, today: date) -> bool:
    checked = str(it.get("verified_on") or "")
    return not checked or (today - date.fromisoformat(checked)).days > 365


def freshness(it: Item, today: date, lang: str) -> str:
    """A plain warning when the entry is old or its date unknown; '' when it is recent."""
    checked = str(it.get("verified_on") or "")
    if not checked:
        return gettext(lang, dm.UNVERIFIED_NOTE)
    if is_stale(it, today):
        shown = format_date(date.fromisoformat(checked), format="long", locale=lang)
        return gettext(lang, dm.STALE_NOTE, date=shown)
    return ""


def block(it: Item, lang: str, number: int | None = None, full: bool = False) -> str:
    """The lines that describe one place: name, distance, address, phone, hours, who."""
    title = f"{number}. {it['name']}" if number is not None else str(it["name"])
    lines = [title, "📍 " + distance_line(it, lang)]
    phones = "; ".join(it.get("phones") or [])
    lines.append(
        "📞 " + (gettext(lang, dm.PHONE, phone=phones) if phones else gettext(lang, dm.NO_PHONE))
    )
    if it.get("whatsapp"):
        lines.append("💬 " + gettext(lang, dm.WHATSAPP, number=it["whatsapp"]))
    shown = hours_text(str(it.get("hours") or ""), lang)
    lines.append(
        "🕒 " + (gettext(lang, dm.HOURS, hours=shown) if shown else gettext(lang, dm.HOURS_UNKNOWN))
    )
    groups = groups_text(list(it.get("populations") or []), lang)
    lines.append(
        "👥 "
        + (gettext(lang, dm.SERVES, groups=groups) if groups else gettext(lang, dm.SERVES_UNKNOWN))
    )
    if it.get("cost") == "free":
        lines.append("✅ " + gettext(lang, dm.FREE))
    if full:
        for key, msgid, field in (
            ("org", dm.ORGANIZATION, "name"),
            ("email", dm.EMAIL, "email"),
            ("website", dm.WEBSITE, "url"),
        ):
            if it.get(key):
                lines.append(gettext(lang, msgid, **{field: it[key]}))
    return "\n".join(lines)


def button_name(name: str) -> str:
    return name if len(name) <= NAME_IN_BUTTON else name[: NAME_IN_BUTTON - 1].rstrip() + "…"
