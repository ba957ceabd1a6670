"""Answers from the catalogs alone, for when Rasa cannot be reached.

A person must never meet silence: danger always gets the emergency numbers, a button payload or
a menu number still opens its topic, and a few unmistakable keywords find their topic too.
"""

from __future__ import annotations

import re

from bot.content.topics import INTENT_TOPICS, load_topics
from bot.handoff import emergency
from bot.inbound import fold, parse_payload
from bot.nlg import menus
from bot.nlg.topics import render_topic
from bot.reply import OutMessage
from bot.responses import RenderContext, render
from bot.safety.screen import ScreenResult

KEYWORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(asilo|refugio|comar|asylum|refugee|asile|refugie|azil)"), "asylum"),
    (re.compile(r"\b(derecho|rights?|droits?|dwa)\b"), "rights"),
    (
        re.compile(r"\b(papeles|regulariz|tarjeta|visa|curp|papers|residen|papiers|papye)"),
        "regularization",
    ),
    (re.compile(r"\b(trata|traffick|traite|trafik)"), "trafficking"),
    (re.compile(r"\b(regresar|volver|retorno|return|go home|retour|retounen)"), "voluntary_return"),
    (re.compile(r"\b(desaparecid|missing|disparu|disparet)"), "missing_person"),
]


def _topic_for(text: str, lang: str) -> str | None:
    topics = load_topics()
    parsed = parse_payload(text)
    if parsed is not None:
        intent, entities = parsed
        chosen = entities.get("topic") or INTENT_TOPICS.get(intent)
        return chosen if chosen in topics else None
    stripped = text.strip()
    if stripped.isdigit():
        menu = menus.main_menu(lang)
        index = int(stripped) - 1
        if 0 <= index < len(menu):
            return _topic_for(menu[index].payload, lang)
        return None
    folded = fold(text)
    for pattern, topic in KEYWORDS:
        if pattern.search(folded) and topic in topics:
            return topic
    return None


def answer(text: str, lang: str, found: ScreenResult, place: str = "") -> list[OutMessage]:
    """The best answer we can give without Rasa: in danger, the lines for the place and the
    harm; harm named as information, its topic; else a topic by button, number or keyword."""
    if found.danger or text.startswith("/report_danger"):
        return emergency.emergency(lang, place or found.place, list(found.harms))
    if found.grade == "information":
        topic = emergency.harm_topic(found.harms)
        if topic is not None and topic.id not in emergency.DANGER_TOPICS:
            return render_topic(topic.id, lang)
    chosen = _topic_for(text, lang)
    if chosen is not None:
        return render_topic(chosen, lang)
    degraded = render("utter_degraded", RenderContext(lang=lang))
    return [degraded] if degraded is not None else []
