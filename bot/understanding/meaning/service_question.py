"""A directory intent whose words ask about the service, not for places.

Rasa hears "what are the rules in a shelter, can I stay with my kids?" or "¿el control del
embarazo es gratis?" as a search for places (`find_shelter`, `find_health`). With no place named
and no words asking for one, the topic that leads to that service answers (its buttons lead
to the list); a few words right after the list of shelters ("on peut rester cmb de temps") are
about shelters; sleeplessness and stress get the stress topic. Kept apart from `decide`, which
reads what a message asks of the topics; this reads what it asks of the directory.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.content.topics import INTENT_SERVICES, SERVICE_TOPICS, Topic, load_topics
from bot.understanding.meaning.asked_outright import MIND, lacks_address_proof, mind_named
from bot.understanding.meaning.deadline import refine_kind
from bot.understanding.meaning.decide import (
    KIND_SURE,
    MARGIN,
    SURE,
    SURE_UNPROMPTED,
    Decision,
    short_enough,
    weighted,
)
from bot.understanding.meaning.model import Reading, topic_model
from bot.understanding.meaning.question_words import kind_in_words
from bot.understanding.text import fold

# Words that ask for a place, not about the service: the directory answers them.
WANTS_PLACE = re.compile(
    r"\b(?:busco|buscamos|necesito|necesitamos|ocupo|hay|donde|adonde|quedarme hoy|"
    r"esta noche|cerca|need|needs|any|is there|are there|looking for|where|tonight|near|nearby|"
    r"cherche|chercher|besoin|y a t il|il y a|ou est|ou sont|ou se trouve|ou aller|trouver|"
    r"ce soir|pres|un refuge pour|"
    r"chache|bezwen|gen|kote|aswe a|toupre)\b"
)
# Symptoms: a person who is ill asks for care, not for the rules ("me duele mucho, es gratis
# el hospital?"): the directory answers (the danger screen has read them first).
SYMPTOMS = re.compile(
    r"\b(?:duele|dolor|sangr\w*|fiebre|calentura|vomit\w*|mareo|desmay\w*|"
    r"pain|hurts?|bleed\w*|fever|vomit\w*|dizzy|faint\w*|"
    r"douleur|mal au|saigne\w*|fievre|vomi\w*|"
    r"fe m mal|doule|senyen|lafyev|vomi)\b"
)

# Care after sexual violence: what the first days need (free care without a police report, the
# emergency pill, medicine against HIV) comes before a list of clinics, whose button it has.
SEXUAL_VIOLENCE = "sexual_violence"
_AFTER_RAPE = re.compile(
    r"\b(?:violacion|violaron|violad[ao]|abuso sexual|abusaron (?:de mi|sexualmente)"
    r"|pastilla del dia siguiente|rape|raped|sexual(?:ly)? assault\w*|morning after pill"
    r"|viol|violee?|agression sexuelle|agressee? sexuellement|pilule du lendemain"
    r"|kadejak|vyole|vyolans seksyel|grenn lanndemen)\b"
)


def service_topic(
    intent: str,
    text: str,
    lang: str | None = None,
    *,
    place_named: bool,
    reading: Reading | None = None,
    topics: Mapping[str, Topic] | None = None,
    last_topic: str | None = None,
) -> Decision:
    """A directory intent whose words ask about the service rather than for places: "what are
    the rules in a shelter, can I stay with my kids?" is the shelters topic, "¿el control del
    embarazo es gratis?" the pregnancy one. Only a topic that leads to that service (its
    `next`); else "none" (the list). A place named asks for the list, unless the words ask
    what the named topic costs, needs or takes ("¿cuánto cobra un psicólogo en Tapachula?")."""
    service = INTENT_SERVICES.get(intent)
    if service is None or text.startswith("/"):
        return Decision("none")
    folded = fold(text)
    topics = load_topics() if topics is None else topics
    asked = refine_kind(kind_in_words(text), text)
    if (
        last_topic is not None
        and last_topic in topics
        and lacks_address_proof(topics[last_topic], text)
    ):
        # "yo vivo en un albergue, no tengo comprobante de domicilio": where they live, not a
        # search; the papers' requirements say what to use instead.
        return Decision("followup", last_topic, "requirements", from_context=True)
    if service == "health" and SEXUAL_VIOLENCE in topics and _AFTER_RAPE.search(folded):
        # "i was raped 3 days ago where can i see a doctor": the page for the first days, or
        # what it says of the cost.
        if asked == "cost" and asked in topics[SEXUAL_VIOLENCE].followups:
            return Decision("followup", SEXUAL_VIOLENCE, asked)
        return Decision("topic", SEXUAL_VIOLENCE)
    if service == "health" and SYMPTOMS.search(folded):
        return Decision("none")  # a fever and no sleep: the list
    mind = MIND in topics and mind_named(text)
    if asked and service == "health" and mind:
        # "donde puedo hablar con un psicologo", "cuanto cobra un psicologo en tapachula": the
        # stress topic's page that answers it (its free line, its button to the list).
        return Decision("followup", MIND, asked)
    if asked:
        reading = reading or topic_model().read(text, lang)
        about_it = asked != "where"
        certainty = SURE if about_it else SURE_UNPROMPTED
        named = _named_topic(reading, intent, topics, service, sure=certainty, own=about_it)
        if named is not None and asked in topics[named].followups:
            # "¿dónde me hacen el control del embarazo en Mexicali?": the pregnancy page that
            # says where (with the list one tap away); "¿cuánto tiempo me puedo quedar en el
            # albergue de Tijuana?" what shelters say of the stay, even with a place named.
            return Decision("followup", named, asked)
    if mind and service == "health" and not place_named and WANTS_PLACE.search(folded):
        # "i need to talk to a psychologist", "m bezwen yon sikolog": no place to list yet, so
        # where such help is (the free line at once, the list one tap away).
        return Decision("followup", MIND, "where")
    if place_named or WANTS_PLACE.search(folded):
        return Decision("none")  # a place: the list
    if mind:
        # "no puedo dormir, pienso mucho" heard as a shelter, "tengo mucha ansiedad" as a
        # doctor: the stress topic, with its free line and its button to the list; "sikològ la
        # gratis oswa fòk peye" its page that answers the cost.
        return Decision("followup" if asked else "topic", MIND, asked)
    if (
        last_topic is not None
        and last_topic in topics
        and asked
        and asked != "where"
        and asked in topics[last_topic].followups
        and short_enough(text)
    ):
        # "no tenemos pa abogado" after the rights in detention, "avoka a konbyen" after the
        # appeal: what the topic just read says of the cost (a free defender, free help).
        return Decision("followup", last_topic, asked, from_context=True)
    reading = reading or topic_model().read(text, lang)
    if last_topic is not None and last_topic == SERVICE_TOPICS.get(service) and short_enough(text):
        # "on peut rester cmb de temps" right after the list of shelters: about shelters.
        sure = reading.kind if reading.kind_p >= KIND_SURE else None
        kind = asked or refine_kind(sure, text)
        if kind and kind != "where" and kind in topics[last_topic].followups:
            return Decision("followup", last_topic, kind, from_context=True)
    best = _named_topic(reading, intent, topics, service, sure=SURE_UNPROMPTED, own=True)
    if best is None:
        return Decision("none")
    kind = asked or refine_kind(reading.kind if reading.kind_p >= KIND_SURE else None, text)
    return Decision("followup" if kind else "topic", best, kind)


def _named_topic(
    reading: Reading,
    intent: str,
    topics: Mapping[str, Topic],
    service: str,
    *,
    sure: float,
    own: bool,
) -> str | None:
    """The topic the words name at least `sure`ly and clearly ahead of the next, if it leads
    to the service. `own`: whether the service's own topic (`rights_health`, `shelters`)
    counts; a "where" about it wants the list. A question about the thing, not where it is
    ("do I pay a lawyer to sue my boss?"), may take a likely topic (`SURE`)."""
    ranked = weighted(reading, intent, topics)
    best, p = ranked[0] if ranked else ("", 0.0)
    q = ranked[1][1] if len(ranked) > 1 else 0.0
    topic = topics.get(best)
    if topic is None or not topic.leads_to(service):
        return None
    if not own and best == SERVICE_TOPICS.get(service):
        return None
    if p < sure or p - q < MARGIN or p <= reading.no_topic:
        return None
    return best


def ill_and_asks_the_cost(intent: str, text: str) -> bool:
    """Someone ill who asks what care costs ("m malad depi 1 semen, m gen lafyèv ... eske lopital
    leta a ap fè m peye?", "me duele mucho, es gratis el hospital?"): the list of places comes,
    as for anyone ill, and what public care costs comes first."""
    if INTENT_SERVICES.get(intent) != "health" or text.startswith("/"):
        return False
    return bool(SYMPTOMS.search(fold(text))) and refine_kind(kind_in_words(text), text) == "cost"
