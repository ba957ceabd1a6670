"""Answers from the catalogs alone, for when Rasa cannot be reached.

A person must never meet silence: a button payload or a menu number still opens its topic
(and "More" its next page), and free text still finds its topic through the app's own topic
classifier (`bot.understanding.meaning`), or a choice between the two likeliest topics when it
hesitates. Danger is answered before this, by the conversation core.
"""

from __future__ import annotations

import logging

from bot.content.topics import INTENT_TOPICS, load_topics
from bot.handoff import emergency
from bot.inbound import parse_payload
from bot.nlg import menus
from bot.nlg.topics import (
    choice,
    relevant_page,
    render_followup,
    render_page,
)
from bot.reply import OutMessage
from bot.responses import RenderContext, render
from bot.safety.screen import ScreenResult
from bot.understanding.meaning.decide import Decision, decide
from bot.understanding.meaning.needs import first_of_several, read_needs, to_offer

log = logging.getLogger(__name__)


def _from_payload(text: str, lang: str) -> list[OutMessage] | None:
    """A button's payload or a menu number; None when the text is neither."""
    topics = load_topics()
    parsed = parse_payload(text)
    if parsed is None:
        stripped = text.strip()
        if not stripped.isdigit():
            return None
        menu = menus.main_menu(lang)
        index = int(stripped) - 1
        return _from_payload(menu[index].payload, lang) if 0 <= index < len(menu) else []
    intent, entities = parsed
    topic = entities.get("topic") or INTENT_TOPICS.get(intent)
    if topic not in topics:
        return []
    page = entities.get("page", "0")
    return render_page(str(topic), lang, int(page) if page.isdigit() else 0)


def _first_of_two_needs(text: str, lang: str) -> list[OutMessage]:
    """Two needs from different areas: the first one's topic, the others as buttons, as when
    Rasa is up (`bot.core.conversation`)."""
    asked = read_needs(text, lang)
    first = first_of_several(asked, text, lang)
    if first is None:
        return []
    messages = render_page(first, lang, 0, seen_start=True)
    rest = to_offer([need.option for need in asked], {first})
    offer = render("utter_also_asked", RenderContext(lang=lang, args={"options": rest}))
    return messages + ([offer] if rest and offer is not None else [])


def _from_words(text: str, lang: str, found: ScreenResult) -> list[OutMessage]:
    try:
        several = _first_of_two_needs(text, lang)
        if several:
            return several
        decision = decide("nlu_fallback", text, lang)
    except Exception:  # whatever went wrong, the person still gets the menu
        log.exception("topic classifier failed while Rasa is down")
        decision = Decision("none")
    if decision.mode not in ("topic", "followup") and found.grade == "information":
        # A harm named as information that the words do not otherwise answer: the harm's page
        # that answers, as when Rasa is up (`bot.core.harm_named`).
        harm_page = emergency.harm_page(lang, list(found.harms), text, found.place)
        if harm_page:
            return harm_page
    if decision.mode in ("topic", "followup") and decision.topic:
        if decision.kind:
            written = render_followup(decision.topic, decision.kind, lang)
            if written:
                return written
        page = relevant_page(decision.topic, decision.kind, lang)
        return render_page(decision.topic, lang, page, seen_start=page == 0)
    if decision.mode == "choice":
        return [choice(decision.choices, decision.kind, lang)]
    return []


def answer(text: str, lang: str, found: ScreenResult) -> list[OutMessage]:
    """The best answer we can give without Rasa: a topic by button, number or words; a harm
    named as information that the words do not otherwise answer, its page. Danger never gets
    here: the conversation core answers it first, Rasa up or down
    (`ConversationCore._danger_now`)."""
    chosen = _from_payload(text, lang)
    if chosen is None:
        chosen = _from_words(text, lang, found)
    if chosen:
        return chosen
    degraded = render("utter_degraded", RenderContext(lang=lang))
    return [degraded] if degraded is not None else []
