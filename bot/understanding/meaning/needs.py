"""Several needs in one message: "I need a shelter in Tijuana and a lawyer".

The message is cut into its sentences and clauses ("and", "y", "et", "epi", "ak"...); each part
may name a service (shelter, lawyer, health care) or a topic. The needs come back in the order
they were written, so the first one is answered and the others are offered, not dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from bot.content.topics import INTENT_SERVICES, SERVICE_INTENTS, load_topics
from bot.directory.locate import service_in
from bot.understanding.meaning.model import topic_model
from bot.understanding.text import fold, segments

SURE = 0.6  # a part must name its topic this clearly to count as a need of its own
SUPPORT = 3  # ... and be among the topics the whole message most likely names
# A part that asks for a person of the team: "y quiero hablar con alguien", "can someone call
# me", "je veux parler à une personne", "m bezwen pale ak yon moun".
PERSON = re.compile(
    r"\b(?:"
    r"hablar con (?:alguien|una persona|un humano|una humana|alguien del equipo|un asesor[a]?)|"
    r"(?:que )?alguien me (?:llame|marque|contacte|hable|ayude personalmente)|"
    r"(?:talk|speak|chat) (?:to|with) (?:a person|someone|somebody|a human|a real person|staff)|"
    r"(?:can|could) (?:someone|somebody) (?:call|contact|text) me|"
    r"parler (?:a|avec) (?:quelqu un|une personne|un humain|un conseiller|une conseillere)|"
    r"(?:quelqu un|une personne) (?:peut|pourrait) m (?:appeler|ecrire|contacter)|"
    r"pale ak (?:yon moun|moun|yon moun nan ekip la)|(?:yon moun|kek moun) (?:ka|kab) rele m"
    r")\b"
)


# A part that asks: a question, or words that want something. A part naming a topic without
# them ("pedí asilo en Tapachula y ...") is often the story before the request, not a need.
ASKING = re.compile(
    r"\b(?:"
    r"necesito|necesitamos|ocupo|ocupamos|quiero|queremos|quisiera|busco|buscamos|como|donde|"
    r"cuanto|cuanta|cuando|puedo|podemos|se puede|me pueden|pueden|ayuda|ayudame|ayudeme|info|"
    r"informacion|que hago|hay|tienen|saber|"
    r"need|needs|want|wanna|looking for|how|where|can i|can we|could|is there|are there|help|"
    r"info|what do i|do i|does|know|"
    r"besoin|veux|voudrais|cherche|cherchons|comment|ou|combien|est ce que|puis je|peut on|"
    r"on peut|je peux|aide|aidez|savoir|"
    r"bezwen|vle|chache|kijan|kouman|kote|konbyen|eske|ka|ede|konnen|"
    # Question words at the end of a message typed without "?" ("faut amener quoi exactement").
    r"quoi|quel|quelle|quels|quelles|what|which|cual|cuales|kisa|kiyes"
    r")\b"
)


class Need(NamedTuple):
    option: str  # a topic id, `intent:find_*` or `intent:request_human`
    asked: bool  # its part asks for it (a question, "necesito", "how")


def needs(text: str, lang: str | None = None) -> list[str]:
    """The needs of a message, in order: topic ids, `intent:find_*` services and
    `intent:request_human`."""
    return [need.option for need in read_needs(text, lang)]


def read_needs(text: str, lang: str | None = None) -> list[Need]:
    """The needs of a message in order, each with whether its part asks for it."""
    found: list[Need] = []
    parts = segments(text)
    if len(parts) < 2:
        return found
    model = topic_model()
    asked = _question_marks(text, parts)
    for part, marked in zip(parts, asked, strict=True):
        service = service_in(part)
        if service:
            option = f"intent:{SERVICE_INTENTS[service]}"
        elif PERSON.search(fold(part)):
            option = "intent:request_human"
        else:
            reading = model.read(part, lang)
            topic, p = reading.best
            if p < SURE or p <= reading.no_topic or topic.startswith("danger"):
                if found and not found[-1].asked and (marked or _asks(part)):
                    # "me piden la CURP. ¿cómo la saco?": the question is about the need before.
                    found[-1] = found[-1]._replace(asked=True)
                continue
            option = topic
        if all(option != need.option for need in found):
            found.append(Need(option, marked or _asks(part)))
    return found


def _asks(part: str) -> bool:
    return "?" in part or ASKING.search(fold(part)) is not None


def _question_marks(text: str, parts: Sequence[str]) -> list[bool]:
    """Whether a question mark ends each part in the message (the cut drops it: "mi bb si
    nace aqui va a ser mexicano?" asks, though no question word says so)."""
    marks: list[bool] = []
    at = 0
    for part in parts:
        head = part.split()[0] if part.split() else part
        start = text.find(head, at)
        if start < 0:
            marks.append(False)
            continue
        end = text.find(part.split()[-1], start) + len(part.split()[-1]) if part.split() else start
        at = max(end, start)
        marks.append(text[at : at + 3].lstrip().startswith(("?", "¿")))
    return marks


def to_offer(wanted: list[str], met: set[str]) -> list[str]:
    """The needs to offer as buttons after the answer, which met the needs in `met`.

    Without a sign of which need was answered, the first was. A lone need found in a message
    of several parts is offered when the answer was about something else, from another area:
    a need in the same area is more likely the answered one, read differently."""
    if len(wanted) >= 2:
        return [n for n in wanted if n not in met] if met & set(wanted) else wanted[1:]
    if len(wanted) == 1 and met and not _same_area(wanted[0], met):
        return wanted
    return []


def _same_area(need: str, met: set[str]) -> bool:
    """`need` is what was met, or of its area; a service is met by a topic that leads to it
    (the shelters topic answered "what are the rules in shelters?": no extra shelter button)."""
    if need in met:
        return True
    topics = load_topics()
    service = INTENT_SERVICES.get(need.removeprefix("intent:"))
    if service is not None:
        return any(m in topics and topics[m].leads_to(service) for m in met)
    topic = topics.get(need)
    if topic is None:
        return False
    return any(m in topics and topics[m].area == topic.area for m in met)


def first_of_several(
    found: Sequence[Need], text: str | None = None, lang: str | None = None
) -> str | None:
    """The first need to answer (`_first_of_several`), when the whole message (`text`, if
    given) points to it at all: in a long story a part may read as a need the message is not
    about ("mataron a mi primo" in a question about the asylum deadline)."""
    first = _first_of_several(found)
    if first is None or text is None:
        return first
    likeliest = [topic for topic, _ in topic_model().read(text, lang).topics[:SUPPORT]]
    return first if first in likeliest else None


def _first_of_several(found: Sequence[Need]) -> str | None:
    """The topic to answer first when a message names needs from different areas ("quiero
    pedir asilo y también necesito un albergue"): the first one written, when it is a topic.
    A first need that is a service is left to Rasa and the directory, which read its place
    from the words; needs of one area are one question, read by the whole message."""
    if len(found) < 2:
        return None
    first = found[0]
    if not first.asked and any(later.asked for later in found[1:]):
        # The story first ("ya me dieron la constancia de la COMAR"), then what is asked ("me
        # piden la CURP, ¿cómo la saco?"): the whole message decides, not the story.
        return None
    if first.option not in load_topics():
        return None
    if all(_same_area(other.option, {first.option}) for other in found[1:]):
        return None
    return first.option
