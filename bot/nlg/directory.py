"""Directory responses: where are you, the nearest places, one place's details, directions.

Every list ends with a way forward: details of each place, more places, a person. The location
question says it asks for a place (`OutMessage.asks`): a location key on Telegram, a how-to line
on WhatsApp, a "use my location" button on the web chat. One service whose point is the site
itself (precision `exact`) travels as a place too: a map pin on WhatsApp and Telegram, a map link
on the web chat; a point at a city's centre never does (it would send people to the wrong door).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot import messages as m
from bot.directory import messages as dm
from bot.directory import present
from bot.directory.vocab import CATEGORY_INTENTS
from bot.i18n import gettext
from bot.nlg.menus import main_menu, menu_button, payload
from bot.nlg.registry import RenderContext, ResponseTable
from bot.reply import ASK_LOCATION, Button, OutMessage, Place

responses = ResponseTable()

LOCATION_PAYLOAD = "/inform_location"
ASK_BY_CHANNEL = {"telegram": dm.ASK_LOCATION_TELEGRAM, "whatsapp": dm.ASK_LOCATION_WHATSAPP}


def _intent(service: str) -> str:
    return CATEGORY_INTENTS.get(service, "find_shelter")


def _service_name(ctx: RenderContext) -> str:
    service = str(ctx.args.get("service") or "")
    return gettext(ctx.lang, dm.SERVICE_NAMES.get(service, dm.SERVICE_NAMES["shelter"]))


def _human(lang: str) -> Button:
    return Button(gettext(lang, m.BTN_HUMAN), payload("request_human"))


def _location_button(ctx: RenderContext) -> tuple[Button, ...]:
    if ctx.channel in ASK_BY_CHANNEL:
        return (Button(gettext(ctx.lang, dm.BTN_SEND_LOCATION), LOCATION_PAYLOAD),)
    return ()


def _place(it: dict[str, Any]) -> Place | None:
    """The service as a place, only when its point is the site itself."""
    if it.get("precision") != "exact":
        return None
    where = ", ".join(str(x) for x in (it.get("address"), it.get("city")) if x)
    found = {"name": it.get("name"), "address": where, "lat": it.get("lat"), "lon": it.get("lon")}
    return Place.from_dict(found)


def _today(ctx: RenderContext) -> date:
    given = ctx.args.get("today")
    return date.fromisoformat(str(given)) if given else date.today()


@responses("utter_directory_ask_location")
def ask_location(ctx: RenderContext) -> OutMessage:
    ask = gettext(ctx.lang, ASK_BY_CHANNEL.get(ctx.channel, dm.ASK_LOCATION_WEB))
    service = dm.SERVICE_NAMES.get(str(ctx.args.get("service") or ""))
    if service is not None:
        ask = gettext(ctx.lang, dm.LOOKING_FOR, service=gettext(ctx.lang, service)) + "\n" + ask
    text = f"{ask}\n{gettext(ctx.lang, dm.LOCATION_PRIVACY)}"
    buttons = (*_location_button(ctx), _human(ctx.lang))
    return OutMessage(text, buttons, asks=ASK_LOCATION)


@responses("utter_directory_place_unknown")
def place_unknown(ctx: RenderContext) -> OutMessage:
    said = str(ctx.args.get("said") or "")[:60]
    text = gettext(ctx.lang, dm.PLACE_UNKNOWN, text=said)
    return OutMessage(text, (*_location_button(ctx), _human(ctx.lang)), asks=ASK_LOCATION)


@responses("utter_directory_choose_service")
def choose_service(ctx: RenderContext) -> OutMessage:
    place = str(ctx.args.get("place") or "")
    buttons = tuple(
        Button(gettext(ctx.lang, label), payload(intent))
        for label, intent in (
            (m.BTN_SHELTER, "find_shelter"),
            (m.BTN_LEGAL, "find_legal_help"),
            (m.BTN_HEALTH, "find_health"),
        )
    )
    if place:
        text = gettext(ctx.lang, dm.CHOOSE_SERVICE, place=place)
    else:
        text = gettext(ctx.lang, dm.CHOOSE_SERVICE_NEAR_YOU)
    return OutMessage(text, (*buttons, _human(ctx.lang)))


def _notes(items: list[dict[str, Any]], ctx: RenderContext) -> list[str]:
    notes = []
    if any(it.get("precision") == "city" for it in items):
        notes.append(gettext(ctx.lang, dm.CITY_CENTRE_NOTE))
    return notes


@responses("utter_directory_results")
def results(ctx: RenderContext) -> OutMessage | None:
    items: list[dict[str, Any]] = list(ctx.args.get("results") or [])
    if not items:
        return None
    service, place = str(ctx.args.get("service") or ""), str(ctx.args.get("place") or "")
    page, first = int(ctx.args.get("page") or 1), int(ctx.args.get("first") or 1)
    name = _service_name(ctx)
    if page > 1:
        intro = gettext(ctx.lang, dm.MORE_RESULTS, service=name.lower())
    elif place:
        intro = gettext(ctx.lang, dm.RESULTS_NEAR_PLACE, service=name, place=place)
    else:
        intro = gettext(ctx.lang, dm.RESULTS_NEAR_YOU, service=name)
    blocks = [
        present.block(it, ctx.lang, first + i, today=_today(ctx)) for i, it in enumerate(items)
    ]
    groups = present.groups_text(list(ctx.args.get("groups") or []), ctx.lang)
    if groups:
        intro += "\n" + gettext(ctx.lang, dm.FILTERED_FOR, groups=groups)
    text = "\n\n".join([intro, *blocks, *_notes(items, ctx)])
    intent = _intent(service)
    buttons = [
        Button(
            gettext(
                ctx.lang, dm.BTN_DETAILS, number=first + i, name=present.button_name(it["name"])
            ),
            payload(intent, entry=str(it["key"])),
        )
        for i, it in enumerate(items)
    ]
    if ctx.args.get("more"):
        buttons.append(
            Button(gettext(ctx.lang, dm.BTN_MORE_PLACES), payload(intent, page=str(page + 1)))
        )
    buttons.append(_human(ctx.lang))
    return OutMessage(text, tuple(buttons))


@responses("utter_directory_no_more")
def no_more(ctx: RenderContext) -> OutMessage:
    intent = _intent(str(ctx.args.get("service") or ""))
    back = Button(gettext(ctx.lang, dm.BTN_BACK_TO_LIST), payload(intent, page="1"))
    return OutMessage(gettext(ctx.lang, dm.NO_MORE_RESULTS), (back, _human(ctx.lang)))


@responses("utter_directory_none_nearby")
def none_nearby(ctx: RenderContext) -> OutMessage:
    place = str(ctx.args.get("place") or "")
    found = {"service": _service_name(ctx).lower(), "km": int(ctx.args.get("km") or 150)}
    if place:
        parts = [gettext(ctx.lang, dm.NONE_NEARBY, place=place, **found)]
    else:
        parts = [gettext(ctx.lang, dm.NONE_NEARBY_YOU, **found)]
    nearest = ctx.args.get("nearest")
    buttons: list[Button] = []
    if isinstance(nearest, dict):
        state = str(ctx.args.get("state") or "")
        head = dm.NEAREST_IN_STATE if state else dm.NEAREST_ANYWHERE
        parts.append(gettext(ctx.lang, head, state=state) if state else gettext(ctx.lang, head))
        parts.append(present.block(nearest, ctx.lang, today=_today(ctx)))
        parts.extend(_notes([nearest], ctx))
        intent = _intent(str(ctx.args.get("service") or ""))
        buttons.append(
            Button(
                gettext(ctx.lang, dm.BTN_DIRECTIONS),
                payload(intent, entry=str(nearest["key"]), view="map"),
            )
        )
    else:
        parts.append(gettext(ctx.lang, dm.NONE_AT_ALL))
    parts.append(gettext(ctx.lang, dm.NATIONAL_LINES))
    buttons = [*buttons, _human(ctx.lang), menu_button(ctx.lang)]
    pin = _place(nearest) if isinstance(nearest, dict) else None
    return OutMessage("\n\n".join(parts), tuple(buttons), place=pin)


@responses("utter_directory_details")
def details(ctx: RenderContext) -> OutMessage | None:
    it = ctx.args.get("item")
    if not isinstance(it, dict):
        return None
    parts = [present.block(it, ctx.lang, full=True, today=_today(ctx))]
    if it.get("precision") == "city":
        parts.append(gettext(ctx.lang, dm.CITY_CENTRE_NOTE_ONE))
    intent = _intent(str(it.get("category") or ""))
    buttons = (
        Button(
            gettext(ctx.lang, dm.BTN_DIRECTIONS), payload(intent, entry=str(it["key"]), view="map")
        ),
        Button(gettext(ctx.lang, dm.BTN_BACK_TO_LIST), payload(intent, page="1")),
        _human(ctx.lang),
    )
    return OutMessage("\n\n".join(parts), buttons, place=_place(it))


@responses("utter_directory_directions")
def directions(ctx: RenderContext) -> OutMessage | None:
    it = ctx.args.get("item")
    if not isinstance(it, dict):
        return None
    text = gettext(ctx.lang, dm.DIRECTIONS, name=it["name"], url=it["maps_url"])
    if it.get("precision") == "city":
        text += "\n\n" + gettext(ctx.lang, dm.DIRECTIONS_CITY, city=it.get("city") or "")
    intent = _intent(str(it.get("category") or ""))
    back = Button(gettext(ctx.lang, dm.BTN_BACK_TO_LIST), payload(intent, page="1"))
    return OutMessage(text, (back, _human(ctx.lang)), place=_place(it))


@responses("utter_directory_gone")
def gone(ctx: RenderContext) -> OutMessage:
    return OutMessage(gettext(ctx.lang, dm.ENTRY_GONE), main_menu(ctx.lang))
