"""What to answer: the topic asked about, one of its follow-ups, a choice, or nothing.

Rasa names the intent (the outside contract); the topic classifier names the topic and the
follow-up in the words. Together:
- a button's topic is taken as it is;
- a specific question that the classifier is sure about gets that topic (or that topic's
  follow-up: "cuanto cuesta la tarjeta humanitaria" is the humanitarian card's cost);
- a general question gets the overview of the intent's area;
- two close candidates get a choice between them, never a confident wrong answer;
- a follow-up that names no topic ("and how much?") is about the last topic shown;
- a message Rasa did not understand is answered only when the classifier is clearly sure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from bot.content.topics import (
    FOLLOWUP_KINDS,
    INTENT_SERVICES,
    INTENT_TOPICS,
    SERVICE_INTENTS,
    Topic,
    load_topics,
)
from bot.directory.locate import service_in
from bot.understanding.areas import AREA_INTENTS
from bot.understanding.meaning.abroad import US_AREA, at_home_unless_abroad, writes_from_the_us
from bot.understanding.meaning.asked_outright import (
    AFTER_APPLYING,
    ASYLUM_AREA,
    WORK_PHRASE,
    asks_about_status,
    asks_to_move,
    asks_to_work_with_it,
    complaint_about_treatment,
    lacks_address_proof,
    lines_asked,
    nationality_asked,
    papers_through_child,
)
from bot.understanding.meaning.deadline import refine_kind
from bot.understanding.meaning.examples import FOLLOWUP_INTENTS
from bot.understanding.meaning.model import Reading, topic_model
from bot.understanding.meaning.narrower import narrower
from bot.understanding.meaning.question_words import (
    kind_in_words,
    names_nothing,
    only_asks,
    words_to_question,
)
from bot.understanding.text import fold

TOPIC_INTENTS = frozenset(INTENT_TOPICS)
# Areas whose topics are papers: "can I work with it?" asks about the paper just read about.
PAPER_AREAS = frozenset({"regularization", "asylum"})
WORK_TOPIC = "work_permit"
UNSURE_INTENTS = frozenset({"nlu_fallback", "out_of_scope"})
# Hesitating between these ("ok gracias bye") costs nothing: the likelier one is answered.
SMALL_TALK = frozenset({"greet", "goodbye", "thank"})

SURE = 0.5  # a topic this likely (after the intent's nudge) is answered at once
MARGIN = 0.15  # ... when the runner-up is this far behind
SURE_UNPROMPTED = 0.65  # what it takes when Rasa understood nothing
CANDIDATE = 0.2  # a topic this likely may be offered in a choice
CANDIDATE_INTENT = 0.25  # Rasa's runner-up intent this likely is offered when it understood nothing
KIND_SURE = 0.5  # a follow-up kind this likely is taken
NUDGE = 2.0  # topics of the intent Rasa named weigh this much more
AGREED = 0.35  # a topic of the area Rasa named this likely is answered ...
DOMINANT = 3.0  # ... when it is this many times likelier than the runner-up

Mode = Literal["topic", "followup", "choice", "ask_topic", "service", "small_talk", "none"]


@dataclass(frozen=True)
class Decision:
    mode: Mode
    topic: str | None = None
    kind: str | None = None
    choices: tuple[str, ...] = ()
    from_context: bool = False  # the topic is the conversation's last one, not in the words
    service: str | None = None  # "service": the find_* intent; "small_talk": greet, thank...


def intent_of_topic(topic: Topic) -> str | None:
    return AREA_INTENTS.get(topic.area)


def weighted(
    reading: Reading, intent: str, topics: Mapping[str, Topic], in_us: bool = False
) -> list[tuple[str, float]]:
    """The classifier's topics, nudged towards the intent Rasa named (and towards the topics
    for people in the US when the words place the writer there), renormalised with the
    probability of no topic kept as it was."""
    weighted = []
    for topic_id, p in reading.topics:
        topic = topics.get(topic_id)
        if topic is None:
            continue
        nudge = NUDGE if intent in TOPIC_INTENTS and intent_of_topic(topic) == intent else 1.0
        if in_us and topic.area == US_AREA:
            nudge *= NUDGE
        weighted.append((topic_id, p * nudge))
    total = sum(p for _, p in weighted)
    mass = 1.0 - reading.no_topic
    if total <= 0:
        return []
    ranked = [(t, p / total * mass) for t, p in weighted]
    return sorted(ranked, key=lambda x: -x[1])


def decide(
    intent: str,
    text: str,
    lang: str | None = None,
    *,
    entity_topic: str | None = None,
    last_topic: str | None = None,
    reading: Reading | None = None,
    topics: Mapping[str, Topic] | None = None,
    ranking: Sequence[tuple[str, float]] = (),
) -> Decision:
    """`ranking`: Rasa's intents with their confidence, for a message it did not understand
    (its runner-up intents still say what the person may have meant)."""
    topics = load_topics() if topics is None else topics
    asked_kind = refine_kind(FOLLOWUP_INTENTS.get(intent), text)
    if entity_topic and entity_topic in topics:
        return Decision("followup" if asked_kind else "topic", entity_topic, asked_kind)
    lines = lines_asked(text) if not text.startswith("/") else None
    if lines in topics:
        # "numero de policia en usa?": the emergency lines for where the writer is.
        return Decision("topic", lines)
    born = (
        (nationality_asked(text) or papers_through_child(text))
        if not text.startswith("/")
        else None
    )
    if born in topics:
        # "mi bb si nace aqui va a ser mexicano?" after a pregnancy told: the birth topic.
        return Decision("topic", born)
    if text.startswith("/"):
        # A button without a topic (`/ask_asylum`): the area's overview, no guessing.
        overview = INTENT_TOPICS.get(intent)
        return (
            Decision("topic", overview)
            if overview in topics
            else Decision("ask_topic", kind=asked_kind)
        )
    if intent not in TOPIC_INTENTS and intent not in UNSURE_INTENTS and asked_kind is None:
        return Decision("none")
    reading = reading or topic_model().read(text, lang)
    guesses = [(i, c) for i, c in ranking if i not in UNSURE_INTENTS and i != "nlu_fallback"]
    leaning = guesses[0][0] if intent in UNSURE_INTENTS and guesses else intent
    ranked = weighted(reading, leaning, topics, writes_from_the_us(text))
    top, p = ranked[0] if ranked else ("", 0.0)
    best = top
    at_home = narrower(at_home_unless_abroad(best, text), text) if best else best
    if at_home in topics:
        best = at_home
    runner, q = ranked[1] if len(ranked) > 1 else ("", 0.0)
    if runner and at_home_unless_abroad(runner, text) == best:
        # Searching for a relative, and nothing places the writer abroad: the two candidates
        # are one answer (its buttons lead to the search from abroad).
        p, (runner, q) = p + q, ranked[2] if len(ranked) > 2 else ("", 0.0)
    kind = asked_kind or refine_kind(reading.kind if reading.kind_p >= KIND_SURE else None, text)
    # What the question words ask, for a topic this message names or the area Rasa named; never
    # to tie an unnamed question to the last topic ("¿dónde puedo dormir esta noche?").
    said = kind or refine_kind(kind_in_words(text), text)
    last = last_topic if last_topic in topics else None
    sure = SURE_UNPROMPTED if intent in UNSURE_INTENTS else SURE
    named = p >= sure and p - q >= MARGIN and p > reading.no_topic
    if not named and best in topics and intent_of_topic(topics[best]) == intent:
        # Rasa's intent and a clear favourite of its area agree: that topic, not the area's
        # overview ("ICE picked up my cousin in Pasadena, who do we call": the consulates).
        named = p >= AGREED and p >= DOMINANT * q and p > reading.no_topic
    close = not named and p >= CANDIDATE and q >= CANDIDATE and p + q > reading.no_topic

    if close and intent in TOPIC_INTENTS:
        # Two close candidates, one of them in the area Rasa named: the two agree on it.
        agreed = [t for t in (best, runner) if intent_of_topic(topics[t]) == intent]
        if len(agreed) == 1:
            best, named = agreed[0], True
        elif len(agreed) == 2 and topics[best].area == topics[runner].area:
            # An area's overview and one of its topics: the specific answer first (the
            # topic's buttons lead back to the area).
            overviews = {t for t in agreed if topics[t].id == topics[t].area}
            if len(overviews) == 1:
                best, named = next(t for t in agreed if t not in overviews), True
    words_name = max((chance for t, chance in reading.topics if t in topics), default=0.0) >= SURE
    if last and topics[last].area == ASYLUM_AREA and asks_to_move(text):
        # "tengo un primo en monterrey, puedo irme pa alla mientras?" while asking for asylum:
        # the page that says to stay in the state and ask COMAR first, not "what are you looking
        # for near Monterrey?" (a city named made it a search).
        return Decision("topic", AFTER_APPLYING, from_context=True)
    complaint = complaint_about_treatment(text, last) if not text.startswith("/") else None
    if complaint is not None and complaint in topics:
        # "y si lo tratan mal o no lo dejan llamar donde me quejo" after an appeal: where to
        # complain of mistreatment (the CNDH), not the last topic's office.
        said_kind = refine_kind(kind_in_words(text), text)
        if said_kind and said_kind in topics[complaint].followups:
            return Decision("followup", complaint, said_kind)
        return Decision("topic", complaint)
    if last and lacks_address_proof(topics[last], text):
        # "vivo en un albergue, no tengo comprobante de domicilio" after the card's papers: what
        # the requirements say to use instead, not a search for shelters.
        return Decision("followup", last, "requirements", from_context=True)
    if last and topics[last].area in PAPER_AREAS and asks_to_work_with_it(text):
        # "can i do job with it? i am cook" after the humanitarian card: whether the paper
        # lets one work, not the signs of a false job offer. The page of the last topic that
        # says so (`bot.nlg.details`), else the topic on which papers let you work.
        if any(WORK_PHRASE in message for message in topics[last].messages):
            return Decision("topic", last, from_context=True)
        if WORK_TOPIC in topics:
            return Decision("topic", WORK_TOPIC)
    if last and asks_about_status(text):
        # "menm si m pa gen papye?", "aunque no tenga papeles?": whether the topic just shown
        # holds without papers; its page says so.
        return Decision("topic", last, from_context=True)
    if last and names_nothing(text):
        # "how much does it cost", "where is the office": nothing in the words but the question
        # and words any topic may hold, so whatever topic the classifier reads in them, the
        # question is about the topic just shown. (With none shown, the classifier's reading
        # stands: asking "which topic?" instead lost two blind English topics, 2026-12-07.)
        # A kind the classifier has no examples of, read in the words, comes first ("y tengo q
        # dar mi nombre?": whether it is anonymous, not "requirements"); of the written kinds,
        # the classifier's ("pou konbyen tan li bon": how long it is valid, not a duration).
        words = refine_kind(kind_in_words(text), text)
        kind = words if words and (words not in FOLLOWUP_KINDS or not kind) else kind
        return Decision("followup", last, kind, from_context=True)
    if named and kind and last and best != last and (not words_name or refers_back(text)):
        # "¿a dónde llamo para reportarlo?" after a job offer, "ki kote pou m mande l" after the
        # humanitarian card: a follow-up whose words name no topic of their own. Rasa's intent
        # (its nudge, or its agreement with one of two candidates) does not take it from the
        # topic the conversation is about.
        return Decision("followup", last, kind, from_context=True)
    if named:
        return Decision("followup" if said else "topic", best, said)
    service = service_in(text) if reading.no_topic >= p else ""
    if service and asked_kind is not None:
        # "donde hay un doctor" heard as a follow-up: the directory answers (when the words
        # point to a topic more than to none, the topic logic below decides).
        return Decision("service", service=SERVICE_INTENTS[service])
    if service and intent in UNSURE_INTENTS:
        # Not understood but naming a service: one tap to the directory, never a guess.
        others = [f"intent:{g}" for g, c in guesses[:2] if g != SERVICE_INTENTS[service]]
        return Decision("choice", choices=(f"intent:{SERVICE_INTENTS[service]}", *others[:1]))
    if (
        last
        and not kind
        and not service
        and not words_name
        and (_short(text) or said in IN_CONTEXT)
    ):
        # "a q numero le hablo", "le numéro?", "nimewo a?", "hasta cuando vale": a few words
        # that only ask, about the topic just shown (a longer message may ask anything).
        kind = refine_kind(kind_in_words(text), text)
    if words_name and kind and last and best != last and best == top and not refers_back(text):
        # "is the hospital free?" after asylum: the words name a topic of their own, if not
        # surely enough to answer unprompted; the question is about it, not the last one.
        # Not a topic the words only seemed to name: a search from abroad read in "estoy en la
        # cdmx, a q oficina voy" (nothing places the writer abroad) after asylum.
        return Decision("followup", best, kind)
    if asked_kind is not None or (kind and last and not _looks_for_a_thing(text)):
        # A follow-up that names no topic clearly is about the last topic.
        if last:
            return Decision("followup", last, kind, from_context=True)
        if close:
            return Decision("choice", kind=kind, choices=(best, runner))
        return Decision("ask_topic", kind=kind)
    if close:
        return Decision("choice", kind=kind, choices=(best, runner))
    if intent in TOPIC_INTENTS:
        # The area's overview; for a search, the search from abroad when the words say the
        # writer is there ("je suis aux USA, dans le New Jersey. mon petit frère...").
        overview = at_home_unless_abroad(INTENT_TOPICS[intent], text)
        if overview not in topics:
            return Decision("none")
        if said and said in topics[overview].followups:
            return Decision("followup", overview, said)  # "¿dónde pido asilo?": the area's own
        return Decision("topic", overview)
    talk = intent == "nlu_fallback" and bool(guesses) and guesses[0][0] in SMALL_TALK
    if talk and (len(guesses) == 1 or guesses[1][0] in SMALL_TALK or guesses[0][1] >= SURE):
        return Decision("small_talk", service=guesses[0][0])
    if len(guesses) > 1 and guesses[1][1] >= CANDIDATE_INTENT:
        # Rasa hesitated between two intents: offer both rather than guess.
        return Decision("choice", choices=(f"intent:{guesses[0][0]}", f"intent:{guesses[1][0]}"))
    return Decision("none")


SHORT_FOLLOWUP = 10  # words: "y se les puede escribir x whatsapp?" is still only a follow-up
# Follow-ups about the matter at hand however long the message: someone who cannot read the
# papers in Spanish ("they want him to sign papers in spanish he cant read") asks for the
# interpreter of the procedure just discussed; "and if I leave without telling them?" what
# happens in the procedure just discussed.
IN_CONTEXT = frozenset({"interpreter", "consequence"})


# Words that look for a thing, not for more about the topic: "where can I get food and water".
_SEARCH = re.compile(
    r"(?<!\bla )(?<!\blo )(?<!\blas )(?<!\blos )(?<!\ble )"
    r"\b(?:get|find|buy|eat|sleep|stay|conseguir|consigo|comprar|compro|comer|dormir|quedarme"
    r"|trouver|acheter|manger|jwenn|achte|manje|dom?i)\b"
    r"(?! (?:it|them|one|that|this|eso|esto|l|li|sa|le|la)\b)"
)


# Intents Rasa may hear in a few words that only ask about the topic just shown: "et après ?"
# as report_danger, "y dsps d eso q pasa" as affirm. Their actions hand such words to the topic
# logic (`only_a_followup`) when the screen found nothing and no question is pending.
HEARD_AS = frozenset({"affirm", "deny", "report_danger"})


def only_a_followup(text: str, heard: str = "affirm") -> bool:
    """Nothing but a follow-up's question words ("et après ?", "y cuanto cuesta", "hasta cuando
    vale"), of a kind that cannot hide danger now. A second read found danger behind the
    others when Rasa heard it and the screen did not: "how long till they come back"
    (duration), "les pago?" (paying whoever asks), "what do they want from me" (what is
    asked), "sabran que fui yo?" (fear of being known), "¿dónde estoy?" (someone lost); and
    behind any word besides the question ("a quelle heure ils reviennent", "open 24? hes
    back").

    Also, unless Rasa heard danger (`heard`), a short "and if ...?" about the procedure just
    shown ("y si tambien sale negativo ahi se acaba?"): its "si" is heard as a yes."""
    if text.startswith("/") or _PAYS.search(fold(text)):
        return False
    if heard != DANGER_INTENT and asks_what_if(text):
        return True
    return len(text.split()) <= SHORT_ONLY and only_asks(text) in _HANDED_KINDS


DANGER_INTENT = "report_danger"
# "Y si...", "and if...", "et si...", "e si...": a question about what follows.
_WHAT_IF = re.compile(r"^\W*(?:(?:y|and|et|e|pero|but|mais|men|ok|bueno) )?(?:si|if|what if) ")


def asks_what_if(text: str) -> bool:
    """A short question about what happens if something is done or said, in those words."""
    folded = fold(text)
    return (
        len(text.split()) <= SHORT_FOLLOWUP
        and _WHAT_IF.search(folded) is not None
        and kind_in_words(text) == "consequence"
    )


_HANDED_KINDS = frozenset({"next", "cost", "validity", "hours", "purpose", "interpreter"})
# Paying whoever asks, or to get someone out: "les pago?", "should i pay them", "m peye yo?".
_PAYS = re.compile(
    r"\b(?:pag\w*|doy|damos|deposit\w*|pay\w*|paie\w*|paye\w*|peye|ba yo|solt\w*|liber\w*"
    r"|release\w*|lage|sortir|salir|soti|rescate|ransom|rancon)\b"
)
SHORT_ONLY = 6  # words


# Papers or a thing named in the same question: the pronoun points to it, not back.
_THING_NAMED = re.compile(
    r"\b(?:curp|tarjeta|constancia|residencia|visa|pasaporte|acta|cita|denuncia|queja|solicitud"
    r"|permiso|ine|rfc|nss)\b"
)


# An object pronoun before the verb that does the asking: "dnd lo reporto", "como la saco",
# "where do i report it", "où je le signale", "ki kote pou m rapote l". The thing was named
# before: the words' own topic ("report" is also the trafficking line's) does not take it away.
_BACK = re.compile(
    r"\b(?:lo|la|los|las|le|les) (?:reporto|reportamos|denuncio|denunciamos|saco|sacamos|"
    r"tramito|tramitamos|pido|pedimos|meto|metemos|presento|presentamos|pongo|renuevo|hago|"
    r"busco|buscamos|consigo|conseguimos|llevo|llevamos|mando|mandamos)\b"
    r"|\b(?:report|file|get|renew|do|send|bring|find|apply for) (?:it|them|that)\b"
    r"|\b(?:le|la|les|l) (?:signaler|declarer|demander|faire|envoyer|trouver|renouveler|deposer)\b"
    r"|\b(?:je|on|nous) (?:le|la|les|l) (?:signale|declare|demande|fais|envoie|trouve|"
    r"renouvelle|obtiens|depose)\b"
    r"|\b(?:rapote|deklare|mande|fe|voye|jwenn|renouvle|depoze|mennen) (?:li|l|yo|sa)\b"
)


# The pronoun after the verb, ending a short question: "a donde llamo para reportarlo",
# "donde puedo sacarla" (the thing was named before; "y la curp donde sacarla" names its own).
_BACK_AFTER = re.compile(
    r"\b(?:report|denunci|sac|tramit|ped|met|present|pon|renov|busc|consegu|llev|mand)"
    r"(?:ar|er|ir)(?:lo|la|los|las)\s*[?!.]*\s*$"
)


def refers_back(text: str) -> bool:
    """A short question about something named earlier, by its pronoun, near its start ("y la
    curp donde la saco" names what "la" is: its own topic) or ending it ("a donde llamo para
    reportarlo")."""
    folded = fold(text)
    if not short_enough(text):
        return False
    if _BACK_AFTER.search(folded) is not None:
        return _THING_NAMED.search(folded) is None
    found = _BACK.search(folded)
    return found is not None and len(folded[: found.start()].split()) <= 3


def short_enough(text: str) -> bool:
    return len(text.split()) <= SHORT_FOLLOWUP


def _looks_for_a_thing(text: str) -> bool:
    """ "where can I get food and water": a search of its own, whatever was said before."""
    return _SEARCH.search(fold(text)) is not None


def _short(text: str) -> bool:
    """Only a few words before the first question mark ("se les puede escribir x whatsapp?
    me da pena hablar") or before the end of the question words ("can i text them instead
    idk i dont like calling"), none of them looking for a thing of their own."""
    asked = re.split(r"[?¿!.]", text.strip(" ?¿!."))[0]
    reached = words_to_question(text)
    soon_asked = len(asked.split()) <= SHORT_FOLLOWUP or (
        reached is not None and reached <= SHORT_FOLLOWUP
    )
    return soon_asked and len(text.split()) <= 2 * SHORT_FOLLOWUP and not _looks_for_a_thing(text)


def understood_intent(
    intent: str, decision: Decision, topics: Mapping[str, Topic] | None = None
) -> str:
    """The intent a person's message was answered as: the topic's when one was answered."""
    topics = load_topics() if topics is None else topics
    topic = topics.get(decision.topic or "")
    if decision.mode in ("topic", "followup") and topic is not None and not decision.from_context:
        return intent_of_topic(topic) or intent
    if decision.mode in ("service", "small_talk") and decision.service:
        return decision.service
    return intent


# Intents whose answer gives the first of two needs when the app chose one (`action_show_topic`,
# `action_followup`, `action_find_service`); danger, a person, and the rest keep their own.
FIRST_NEED_INTENTS = (
    TOPIC_INTENTS | UNSURE_INTENTS | frozenset(FOLLOWUP_INTENTS) | frozenset(INTENT_SERVICES)
)


def first_need_decision(
    topic_id: str, text: str, topics: Mapping[str, Topic] | None = None
) -> Decision:
    """The first of several needs, answered as its follow-up when the words ask one it has
    ("... quiero la tarjeta humanitaria, what are the requirements?"), else as its topic."""
    topics = load_topics() if topics is None else topics
    kind = refine_kind(kind_in_words(text), text)
    topic = topics.get(topic_id)
    if kind and topic is not None and kind in topic.followups:
        return Decision("followup", topic_id, kind)
    return Decision("topic", topic_id)
