"""Words of a question that point to one page of a topic: the sign-ins, the interview, a paper
to sign.

"Do i have to go sign or something while i wait", "fok mwen al siyen chak semen?" after the
asylum steps ask about the weekly sign-in, which is on the topic's second page; without a
follow-up of its own, the question opened the first page. Each entry pairs the words of such a
question (in the four languages, on folded text) with a phrase of the English source message
that answers it; the page is found by the phrase, so a topic that does not say it is left alone
(no phrase, no page), and rewording a topic cannot point at the wrong page.
"""

from __future__ import annotations

import re

from bot.content.topics import Topic
from bot.nlg.topics import message_with, page_of
from bot.understanding.meaning.asked_outright import WORK_ASKED
from bot.understanding.text import fold

# (the question's words, a phrase of the answering message), the first that fits wins.
_DETAILS: tuple[tuple[re.Pattern[str], str], ...] = (
    # A paper put in front of the person: "they gave me a paper in spanish to sign".
    (
        re.compile(
            r"\b(?:papel|papeles|documento|hoja|paper|papers|document|form|papier|feuille|papye)"
            r"\b.*\b(?:firmar|firme|firmo|sign|signer|siyen)\b"
            r"|\b(?:firmar|sign|signer|siyen)\b.*\b(?:papel|hoja|paper|papier|papye)\b"
        ),
        "Do not sign",
    ),
    # The sign-ins while a case goes on: "¿tengo que ir a firmar?", "il faut signer ?".
    (
        re.compile(
            r"\b(?:firmar|firma|firmas|firmo|sign|signing|signer|signe|signature|siyen|siyati)\b"
        ),
        "sign-in",
    ),
    # Whether the paper lets one work, asked: "can i do job with it?", "m ka travay ak li?"
    # (not any message that names work: its first page would be skipped).
    (WORK_ASKED, "lets you work"),
    # The interview: "cuando es la entrevista", "what do they ask at the interview".
    (
        re.compile(r"\b(?:entrevista|interview|entretien|entrevi\w*|entvyou|antrevi\w*)\b"),
        "interview",
    ),
)


def detail_page(topic: Topic, text: str, lang: str) -> int:
    """The page of the topic, as the language lays it out, that answers the detail the
    question's words point to; 0 when none does."""
    said = fold(text)
    for words, phrase in _DETAILS:
        if words.search(said) is None:
            continue
        # The first detail the words point to decides: a paper to sign is not a sign-in.
        found = message_with(topic, phrase)
        return 0 if found is None else page_of(topic.id, found, lang)
    return 0
