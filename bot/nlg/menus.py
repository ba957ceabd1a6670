"""The menus and way-forward buttons every answer ends with."""

from __future__ import annotations

import json

from bot import messages as m
from bot.content.topics import SERVICE_INTENTS, NextStep, load_topics
from bot.i18n import gettext, language_name
from bot.reply import Button
from bot.settings import LANGUAGES

AREA_INTENTS = {
    "rights": "ask_rights",
    "regularization": "ask_regularization",
    "asylum": "ask_asylum",
    "trafficking": "ask_trafficking_signs",
    "return": "ask_voluntary_return",
    "missing": "ask_missing_person",
    "us": "ask_rights",
    "danger": "ask_trafficking_signs",
}


def payload(intent: str, **entities: str) -> str:
    """A Rasa button payload: '/intent' or '/intent{"entity": "value"}'."""
    if not entities:
        return f"/{intent}"
    return f"/{intent}{json.dumps(entities, separators=(',', ':'), ensure_ascii=False)}"


def main_menu(lang: str) -> tuple[Button, ...]:
    items = [
        (m.BTN_RIGHTS, payload("ask_rights")),
        (m.BTN_PAPERS, payload("ask_regularization")),
        (m.BTN_ASYLUM, payload("ask_asylum")),
        (m.BTN_SHELTER, payload("find_shelter")),
        (m.BTN_LEGAL, payload("find_legal_help")),
        (m.BTN_HEALTH, payload("find_health")),
        (m.BTN_TRAFFICKING, payload("ask_trafficking_signs")),
        (m.BTN_HUMAN, payload("request_human")),
        (m.BTN_MORE, payload("help_menu", menu="more")),
    ]
    return tuple(Button(gettext(lang, title), p) for title, p in items)


def more_menu(lang: str) -> tuple[Button, ...]:
    items = [
        (m.BTN_RETURN, payload("ask_voluntary_return")),
        (m.BTN_MISSING, payload("ask_missing_person")),
    ]
    buttons = [Button(gettext(lang, t), p) for t, p in items]
    us = load_topics().get("mexicans_in_us")
    if us is not None:
        buttons.append(Button(gettext(lang, us.title), topic_payload(us.id)))
    buttons.append(Button(gettext(lang, m.BTN_LANGUAGE), payload("change_language")))
    buttons.append(Button(gettext(lang, m.BTN_MENU), payload("help_menu")))
    return tuple(buttons)


def language_buttons() -> tuple[Button, ...]:
    return tuple(
        Button(language_name(code), payload("change_language", language=code)) for code in LANGUAGES
    )


def topic_payload(topic_id: str) -> str:
    topic = load_topics()[topic_id]
    return payload(AREA_INTENTS.get(topic.area, "ask_rights"), topic=topic_id)


def step_button(step: NextStep, lang: str) -> Button | None:
    if step.topic and step.topic in load_topics():
        return Button(gettext(lang, load_topics()[step.topic].title), topic_payload(step.topic))
    if step.service in SERVICE_INTENTS:
        label = {"shelter": m.BTN_SHELTER, "legal_aid": m.BTN_LEGAL, "health": m.BTN_HEALTH}
        return Button(gettext(lang, label[step.service]), payload(SERVICE_INTENTS[step.service]))
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
