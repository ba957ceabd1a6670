"""The menus and way-forward buttons every answer ends with.

The main menu keeps the most asked areas in a fixed order; "More topics" lists every other
area that has topics, read from the topic files, so an area the content team adds is reachable
without code: an area with an overview topic opens it, an area with one topic opens that
topic, and an area with several opens a menu of its topics.
"""

from __future__ import annotations

import json

from bot import messages as m
from bot.content.topics import (
    INTENT_SERVICES,
    INTENT_TOPICS,
    SERVICE_INTENTS,
    NextStep,
    Topic,
    load_topics,
)
from bot.i18n import gettext, language_name
from bot.nlg import messages as nm
from bot.reply import Button
from bot.settings import LANGUAGES
from bot.understanding.areas import AREA_INTENTS

# Areas the main menu shows first, and their labels.
MAIN_AREAS = ("rights", "regularization", "asylum", "trafficking")
AREA_LABELS = {
    "rights": m.BTN_RIGHTS,
    "regularization": m.BTN_PAPERS,
    "asylum": m.BTN_ASYLUM,
    "trafficking": m.BTN_TRAFFICKING,
    "return": m.BTN_RETURN,
    "missing": m.BTN_MISSING,
    "us": nm.AREA_US,
    "danger": nm.AREA_DANGER,
    "victims": nm.AREA_VICTIMS,
    "children": nm.AREA_CHILDREN,
    "health": nm.AREA_HEALTH,
    "work": nm.AREA_WORK,
    "shelter": nm.AREA_SHELTER,
}
# The order of the other areas in "More topics"; areas not named here follow, by name.
MORE_ORDER = (
    "victims",
    "children",
    "health",
    "work",
    "shelter",
    "return",
    "missing",
    "danger",
    "us",
)
SERVICE_LABELS = {"shelter": m.BTN_SHELTER, "legal_aid": m.BTN_LEGAL, "health": m.BTN_HEALTH}
FOLLOWUP_INTENT = {
    "requirements": "ask_requirements",
    "cost": "ask_cost",
    "where": "ask_where",
    "duration": "ask_duration",
    "validity": "ask_validity",
}


def payload(intent: str, **entities: str) -> str:
    """A Rasa button payload: '/intent' or '/intent{"entity": "value"}'."""
    if not entities:
        return f"/{intent}"
    return f"/{intent}{json.dumps(entities, separators=(',', ':'), ensure_ascii=False)}"


def areas() -> dict[str, list[Topic]]:
    """Every area with its topics, in file order."""
    out: dict[str, list[Topic]] = {}
    for topic in load_topics().values():
        out.setdefault(topic.area, []).append(topic)
    return out


def area_button(area: str, lang: str) -> Button | None:
    topics = areas().get(area)
    if not topics:
        return None
    overview = next((t for t in topics if t.id == area), None)
    if overview is None and len(topics) == 1:
        overview = topics[0]
    label_id = AREA_LABELS.get(area)
    if overview is not None:
        return Button(gettext(lang, label_id or overview.title), area_payload(overview))
    label = gettext(lang, label_id) if label_id else gettext(lang, topics[0].title)
    return Button(label, payload("help_menu", menu=area))


def main_menu(lang: str) -> tuple[Button, ...]:
    buttons = [b for a in MAIN_AREAS[:3] if (b := area_button(a, lang)) is not None]
    buttons += [service_button(s, lang) for s in ("shelter", "legal_aid", "health")]
    trafficking = area_button("trafficking", lang)
    if trafficking is not None:
        buttons.append(trafficking)
    buttons.append(Button(gettext(lang, m.BTN_HUMAN), payload("request_human")))
    buttons.append(Button(gettext(lang, m.BTN_MORE), payload("help_menu", menu="more")))
    return tuple(buttons)


# WhatsApp shows at most ten choices as one list; beyond that a menu falls back to numbers.
MAX_MENU = 10


def more_menu(lang: str) -> tuple[Button, ...]:
    """Every other area, then the language; the way back to the main menu only while the
    whole menu still fits one WhatsApp list (writing "menu" always works)."""
    others = [a for a in areas() if a not in MAIN_AREAS]
    ordered = [a for a in MORE_ORDER if a in others] + sorted(
        a for a in others if a not in MORE_ORDER
    )
    buttons = [b for a in ordered if (b := area_button(a, lang)) is not None]
    buttons.append(Button(gettext(lang, m.BTN_LANGUAGE), payload("change_language")))
    if len(buttons) < MAX_MENU:
        buttons.append(menu_button(lang))
    return tuple(buttons)


def area_menu(area: str, lang: str) -> tuple[Button, ...] | None:
    """The topics of one area, for areas without an overview topic."""
    topics = areas().get(area)
    if not topics:
        return None
    buttons = [Button(gettext(lang, t.title), topic_payload(t.id)) for t in topics]
    return (*buttons, menu_button(lang))


def language_buttons() -> tuple[Button, ...]:
    return tuple(
        Button(language_name(code), payload("change_language", language=code)) for code in LANGUAGES
    )


def topic_intent(topic: Topic) -> str:
    """The intent a topic's button is sent as; any topic intent shows the topic it names, so a
    new area's topics ride on `ask_rights` (danger topics too: a button must never open a case)."""
    intent = AREA_INTENTS.get(topic.area, "ask_rights")
    return "ask_rights" if intent == "report_danger" else intent


def area_payload(overview: Topic) -> str:
    """An area's button: its intent alone when that intent opens this very topic (the menu's
    classic payloads, `/ask_asylum`), else the intent with the topic named."""
    intent = topic_intent(overview)
    if INTENT_TOPICS.get(intent) == overview.id:
        return payload(intent)
    return topic_payload(overview.id)


def topic_payload(topic_id: str) -> str:
    return payload(topic_intent(load_topics()[topic_id]), topic=topic_id)


def followup_payload(kind: str, topic_id: str) -> str:
    return payload(FOLLOWUP_INTENT[kind], topic=topic_id)


def service_button(service: str, lang: str) -> Button:
    return Button(gettext(lang, SERVICE_LABELS[service]), payload(SERVICE_INTENTS[service]))


def intent_button(intent: str, lang: str) -> Button | None:
    """A button for an intent Rasa hesitated about: a service, a person, or an area's overview."""
    if intent in INTENT_SERVICES:
        return service_button(INTENT_SERVICES[intent], lang)
    if intent == "request_human":
        return Button(gettext(lang, m.BTN_HUMAN), payload("request_human"))
    if intent == "report_danger":
        danger = load_topics().get("danger")
        return Button(gettext(lang, danger.title), topic_payload("danger")) if danger else None
    area = next((a for a, i in AREA_INTENTS.items() if i == intent and a != "us"), None)
    return area_button(area, lang) if area else None


def step_button(step: NextStep, lang: str) -> Button | None:
    if step.topic and step.topic in load_topics():
        return Button(gettext(lang, load_topics()[step.topic].title), topic_payload(step.topic))
    if step.service in SERVICE_INTENTS:
        return service_button(step.service, lang)
    if step.human:
        return Button(gettext(lang, m.BTN_HUMAN), payload("request_human"))
    return None


def yes_no(lang: str) -> tuple[Button, ...]:
    return (
        Button(gettext(lang, m.BTN_YES), payload("affirm")),
        Button(gettext(lang, m.BTN_NO), payload("deny")),
    )


def menu_button(lang: str) -> Button:
    return Button(gettext(lang, m.BTN_MENU), payload("help_menu"))
