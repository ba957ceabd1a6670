"""Rasa's answer to a turn, turned into what the person reads.

Rasa hands back the names of the responses it chose, with their arguments, as custom payloads
(`bot.actions.base.say`, and the domain's stubs for responses that rules use); the app renders
each from the catalogs here, in the person's language and for their channel. Rasa never has to
call back into the app for words, which spared a round trip carrying the whole tracker for
every reply. Plain text and buttons, as a Rasa configured with its own NLG would send, are
taken as they are.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.content.topics import SERVICE_INTENTS
from bot.i18n import normalize_language
from bot.nlg.registry import RenderContext, UnknownResponse
from bot.reply import OutMessage
from bot.responses import CATALOG
from bot.understanding.meaning.needs import needs, to_offer

log = logging.getLogger(__name__)


def render_answer(raw: list[dict[str, Any]], lang: str, channel: str) -> list[OutMessage]:
    """Every reply of one Rasa answer, rendered; a language change applies from where it is
    said (an action that switches the language names the new one in its arguments)."""
    out: list[OutMessage] = []
    for part in raw:
        custom = part.get("custom")
        if isinstance(custom, dict) and isinstance(custom.get("response"), str):
            args = custom.get("args")
            args = args if isinstance(args, dict) else {}
            lang = normalize_language(str(args.get("language") or "")) or lang
            try:
                message = CATALOG.render(custom["response"], RenderContext(lang, channel, args))
            except UnknownResponse:
                log.error("Rasa chose a response no area defines: %s", custom["response"])
                continue
            if message is not None and (message.text or message.buttons):
                out.append(message)
        elif part.get("text") or part.get("buttons"):
            out.append(OutMessage.from_dict(part))
    return without_repeats(out)


def without_repeats(messages: list[OutMessage]) -> list[OutMessage]:
    """Drop a message identical to the one before it.

    A dialogue loop in Rasa repeats the same answer until its loop breaker stops it; on
    WhatsApp each copy is a paid send that tells the person nothing new.
    """
    kept: list[OutMessage] = []
    for message in messages:
        if not kept or kept[-1] != message:
            kept.append(message)
    return kept


# Answers that are not an answer to a need (a choice, "I can help with..."): nothing to add.
NOT_ANSWERS = frozenset(
    {
        "utter_topic_choice",
        "utter_help_with",
        "utter_fallback",
        "utter_fallback_offer_human",
        "utter_out_of_scope",
        "utter_followup_no_topic",
        "utter_help_menu",
    }
)


def answers_a_need(names: set[str]) -> bool:
    """Whether Rasa's answer (its response names) answered a need, not "I can help with..." or
    a question back."""
    return bool(names) and not names & NOT_ANSWERS


def answered(raw: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """The response names of an answer, and the needs they answered (topics, services)."""
    names: set[str] = set()
    needs_met: set[str] = set()
    for part in raw:
        custom = part.get("custom")
        if not isinstance(custom, dict):
            continue
        names.add(str(custom.get("response") or ""))
        given = custom.get("args")
        args: dict[str, Any] = given if isinstance(given, dict) else {}
        if args.get("topic"):
            needs_met.add(str(args["topic"]))
        if str(args.get("service") or "") in SERVICE_INTENTS:
            needs_met.add(f"intent:{SERVICE_INTENTS[str(args['service'])]}")
    return names, needs_met


def other_needs(
    raw: list[dict[str, Any]],
    text: str,
    lang: str,
    channel: str,
    wanted: list[str] | None = None,
) -> list[OutMessage]:
    """A message with several needs gets the first answered and the others offered as buttons
    (a lone need from another area than the answer's too: `needs.to_offer`)."""
    if text.startswith("/"):
        return []
    names, met = answered(raw)
    if not answers_a_need(names):
        return []
    rest = to_offer(needs(text, lang) if wanted is None else wanted, met)
    if not rest:
        return []
    offer = CATALOG.render("utter_also_asked", RenderContext(lang, channel, {"options": rest}))
    return [offer] if offer is not None else []
