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

from bot.i18n import normalize_language
from bot.nlg.registry import RenderContext, UnknownResponse
from bot.reply import OutMessage
from bot.responses import CATALOG

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
