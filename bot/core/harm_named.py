"""A harm named as information, which Rasa did not answer: the harm's topic.

"¿Qué hace una si el marido le pega?", "kisa pou m fè si yon moun endispoze nan chalè a?": the
screen reads a harm in a question, about someone else, or in general, and grades it
`information` (no alarm, no case). Rasa reads the words as for any message. When its answer is
not an answer to a need (the fallback, a choice between two topics, "which topic?"), the harm
the screen read says what the question is about: its topic's page that answers, with "More".
An answer to a need (a topic, a follow-up, the directory) stays as it is, and Rasa's own danger
flow answers the rest (`bot.actions.danger`). Without Rasa, `bot.core.offline` does the same.
"""

from __future__ import annotations

from typing import Any

from bot.core.rasa_answer import answered, answers_a_need
from bot.handoff import emergency
from bot.reply import OutMessage
from bot.safety.screen import ScreenResult


def named_as_information(found: ScreenResult) -> bool:
    return found.grade == "information" and bool(found.harms) and not found.doubt


def answer(
    raw: list[dict[str, Any]],
    messages: list[OutMessage],
    lang: str,
    harms: list[str],
    text: str = "",
    place: str = "",
) -> list[OutMessage]:
    """What the person reads: Rasa's answer, or the harm's page when Rasa answered nothing (a
    choice between two topics too: the harm the screen read is the surer sign)."""
    names, _ = answered(raw)
    if answers_a_need(names):
        return messages
    return emergency.harm_page(lang, harms, text, place) or messages
