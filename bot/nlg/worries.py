"""The worry a person in danger names, and the message of the harm's topic that answers it.

The emergency reply shows the first message of the harm's topic (what to do in the first
minutes), and a topic asked about opens on its first page. Someone who writes "me hicieron
cosas ... tengo miedo de quedar embarazada" needs, as well, the one fact with a clock on it:
the emergency pill works up to five days after, and is a page further on. Someone bleeding
needs "press hard on the wound", not only "call 911". Asked later ("je peux encore prendre la
pilule du lendemain?" three days after), the topic opens on the page that answers.

The table below names, per topic, the words of such a worry and a phrase of the English source
message that answers it. The message is found by that phrase, so rewording or reordering the
topic cannot silently point at the wrong message (no phrase found, no extra message).
"""

from __future__ import annotations

import re

from bot.content.topics import Topic
from bot.nlg.topics import message_with, page_of
from bot.safety.text import whole

_PREGNANCY = (
    r"embaraz\w*|prenad\w*|pregnan\w*|enceinte|grossesse|ansent|gwoses|"
    r"pastilla del dia siguiente|morning after|pilule du lendemain"
)
_INFECTION = r"vih|hiv|sida|aids|infecci\w*|infection\w*|enfeksyon|maladi (?:moun|sida)|its|sti|std"
_BIRTH_OR_FITS = (
    r"embarazada|pregnant|enceinte|ansent|parto|labor|labour|accouch\w*|akouche|"
    r"convuls\w*|seizure\w*|konvil\w*|fits"
)
_BLEEDING_OR_HEAT = (
    r"sangr\w*|desangr\w*|bleed\w*|blood|saign\w*|sang|senyen|san ap koule|"
    r"golpe de calor|insolacion|heat ?stroke|coup de chaleur|insolation|kou chale"
)


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<= )(?:{pattern})(?= )")


# Per topic, in order of precedence: (the worry's words, a phrase of the answering message).
_WORRIES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "sexual_violence": (
        (_words(_PREGNANCY), "emergency pill"),
        (_words(_INFECTION), "infections like HIV"),
    ),
    "medical_emergency": (
        (_words(_BIRTH_OR_FITS), "Pregnant and bleeding"),
        (_words(_BLEEDING_OR_HEAT), "press hard on the wound"),
    ),
}


def answering_message(topic: Topic, text: str) -> int:
    """The index of the topic's message that answers the worry the text names, past the
    first (which the emergency reply always shows); 0 when none does."""
    said = whole(text)
    for words, phrase in _WORRIES.get(topic.id, ()):
        if words.search(said) is None:
            continue
        found = message_with(topic, phrase, start=1)
        if found is not None:
            return found
    return 0


def answering_page(topic: Topic, text: str, lang: str) -> int:
    """The page of the topic, as the language lays it out, with the message that answers the
    worry the text names; 0 when none does."""
    worry = answering_message(topic, text)
    return page_of(topic.id, worry, lang) if worry else 0
