"""A search result as the conversation carries it, and as a person reads it.

Actions pass results to the NLG endpoint as small dicts (`item`), because Rasa forwards an
action's arguments but the NLG has no database; rendering them is then pure and testable.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date

from bot.directory import hours as hours_mod
from bot.directory import messages as dm
from bot.directory.entry import Entry
from bot.directory.phones import display
from bot.directory.policy import Policy
from bot.directory.search import Result
from bot.directory.vocab import STALE_AFTER_DAYS
from bot.i18n import format_distance, gettext

Item = dict[str, Any]
NAME_IN_BUTTON = 24


def _today(entry: Entry, now: datetime) -> dict[str, str]:
    """Today's intervals in the place's own time zone, and whether it is open at `now`."""
    try:
        parsed = hours_mod.parse(entry.hours) if entry.hours else None
    except hours_mod.HoursError:
        parsed = None
    if parsed is None:
        return {"open": "", "today": "", "until": "", "opens": ""}
    local = now.astimezone(ZoneInfo(entry.timezone or "UTC"))
    minute = local.hour * 60 + local.minute
    intervals = parsed.days[local.weekday()]
    today = ",".join(f"{hours_mod.clock(a)}-{hours_mod.clock(b)}" for a, b in intervals)
    current = next(((a, b) for a, b in intervals if a <= minute < b), None)
    later = next((a for a, _ in intervals if a > minute), None)
    return {
        "open": "open" if current else "closed",
        "today": "24h" if intervals == ((0, 24 * 60),) else today,
        "until": hours_mod.clock(current[1]) if current and current[1] < 24 * 60 else "",
        "opens": hours_mod.clock(later) if later is not None and not current else "",
    }


def item(
    result: Result, distance: bool = True, now: datetime | None = None, policy: Policy | None = None
) -> Item:
    """The compact form of a result that travels in a response's arguments."""
    e = result.entry
    now = now or datetime.now(UTC)
    policy = policy or Policy()
    capacity = policy.capacity(e, now)
    return {
        "key": result.key,
        "name": e.name,
        "org": e.organization,
        "category": e.category,
        "km": round(result.distance_km, 1) if distance and result.distance_km >= 0 else None,
        "address": e.address,
        "city": e.city,
        "state": e.state,
        "phones": [display(p, e.country) for p in e.phones],
        "whatsapp": display(e.whatsapp, e.country) if e.whatsapp else "",
        "email": e.email,
        "website": e.website,
        "hours": e.hours,
        "populations": list(e.populations),
        "precision": e.precision,
        "lat": round(e.latitude, 6) if e.latitude is not None else None,
        "lon": round(e.longitude, 6) if e.longitude is not None else None,
        "verified_on": e.verified_on.isoformat() if e.verified_on else "",
        "confirmed_on": e.live.confirmed_on.isoformat() if e.live.confirmed_on else "",
        "checked_on": e.checked_on.isoformat() if e.checked_on else "",
        "stale": policy.stale(e, now.date()),
        "capacity": capacity,
        "beds": e.live.capacity_beds if capacity == "beds_available" else None,
        "reachable": e.reachable(),
        "cost": e.cost,
        "maps_url": e.maps_url(),
        **_today(e, now),
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
    if "stale" in it:
        return bool(it["stale"])
    checked = str(it.get("checked_on") or it.get("verified_on") or "")
    return not checked or (today - date.fromisoformat(checked)).days > STALE_AFTER_DAYS


def _date(value: str, lang: str) -> str:
    return format_date(date.fromisoformat(value), format="long", locale=lang)


def freshness(it: Item, today: date, lang: str) -> str:
    """Whether the entry is confirmed: by the organization, by a dated source, or not recently."""
    checked = str(it.get("checked_on") or it.get("verified_on") or "")
    if not checked:
        return gettext(lang, dm.UNVERIFIED_NOTE)
    if is_stale(it, today):
        return gettext(lang, dm.STALE_NOTE, date=_date(checked, lang))
    confirmed = str(it.get("confirmed_on") or "")
    if confirmed and confirmed == checked:
        return gettext(lang, dm.CONFIRMED_ON, date=_date(confirmed, lang))
    return gettext(lang, dm.CHECKED_ON, date=_date(checked, lang))


def hours_line(it: Item, lang: str) -> str:
    """ "Open now, until 17:00 · Today: 09:00-17:00", or the week's hours, or "not known"."""
    state, today = str(it.get("open") or ""), str(it.get("today") or "")
    if not state:
        shown = hours_text(str(it.get("hours") or ""), lang)
        return gettext(lang, dm.HOURS, hours=shown) if shown else gettext(lang, dm.HOURS_UNKNOWN)
    if today == "24h":
        return gettext(lang, dm.ALWAYS_OPEN).capitalize()
    if state == "open":
        until = str(it.get("until") or "")
        head = gettext(lang, dm.OPEN_NOW_UNTIL, time=until) if until else gettext(lang, dm.OPEN_NOW)
    else:
        opens = str(it.get("opens") or "")
        head = (
            gettext(lang, dm.CLOSED_OPENS_AT, time=opens) if opens else gettext(lang, dm.CLOSED_NOW)
        )
    tail = gettext(lang, dm.HOURS_TODAY, hours=today) if today else gettext(lang, dm.CLOSED_TODAY)
    return f"{head} · {tail}"


def capacity_line(it: Item, lang: str) -> str:
    capacity = str(it.get("capacity") or "")
    if capacity == "beds_available" and it.get("beds"):
        return gettext(lang, dm.CAPACITY_BEDS, beds=it["beds"])
    return gettext(lang, dm.CAPACITY_NAMES[capacity]) if capacity in dm.CAPACITY_NAMES else ""


def block(
    it: Item, lang: str, number: int | None = None, full: bool = False, today: date | None = None
) -> str:
    """The lines that describe one place: name, distance, address, phone, hours, who."""
    title = f"{number}. {it['name']}" if number is not None else str(it["name"])
    lines = [title, "📍 " + distance_line(it, lang)]
    phones = "; ".join(it.get("phones") or [])
    lines.append(
        "📞 " + (gettext(lang, dm.PHONE, phone=phones) if phones else gettext(lang, dm.NO_PHONE))
    )
    if it.get("whatsapp"):
        lines.append("💬 " + gettext(lang, dm.WHATSAPP, number=it["whatsapp"]))
    lines.append("🕒 " + hours_line(it, lang))
    capacity = capacity_line(it, lang)
    if capacity:
        lines.append("🛏️ " + capacity)
    groups = groups_text(list(it.get("populations") or []), lang)
    lines.append(
        "👥 "
        + (gettext(lang, dm.SERVES, groups=groups) if groups else gettext(lang, dm.SERVES_UNKNOWN))
    )
    if it.get("cost") == "free":
        lines.append("✅ " + gettext(lang, dm.FREE))
    if it.get("address") or it.get("precision") == "exact":
        lines.append("🗺️ " + gettext(lang, dm.DIRECTIONS_LINE, url=it.get("maps_url", "")))
    if "reachable" in it and not it["reachable"]:
        lines.append("ℹ️ " + gettext(lang, dm.NO_WAY_TO_REACH))
    if today is not None:
        checked = freshness(it, today, lang)
        mark = "✅ " if it.get("confirmed_on") and not is_stale(it, today) else "ℹ️ "
        lines.append(mark + checked)
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
