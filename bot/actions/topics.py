"""Answering the question that was asked: a topic, its follow-ups, a choice, in context.

Rasa names the intent; `bot.understanding.meaning.decide` combines it with the topic the words
name (or a button's `topic`), the follow-up asked and the conversation's last topic. The answer
is the specific topic first, in a first reply that fits a phone ("More" for the rest); a
general question gets the area's overview; two close candidates get a choice; a message that
matches nothing gets "I can help with..." and the main menu, and a person on the second miss.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.base import (
    PuenteAction,
    intent_of,
    language_of,
    last_bot_metadata,
    metadata,
    say,
)
from bot.content.topics import load_topics
from bot.nlg import details, worries
from bot.nlg.topics import (
    answering_page,
    layout,
    named_page,
    option_button,
    page_count,
    relevant_page,
    render_followup,
)
from bot.privacy.question import asks_who_sees
from bot.privacy.request import names_erasure
from bot.understanding.meaning.decide import (
    HEARD_AS,
    Decision,
    decide,
    first_need_decision,
)
from bot.understanding.meaning.language_request import asks_to_switch

MISS_RESPONSES = frozenset({"utter_help_with", "utter_fallback", "utter_out_of_scope"})


def _entity(tracker: Tracker, name: str) -> str | None:
    for value in tracker.get_latest_entity_values(name):
        if value is not None and str(value):
            return str(value)
    return None


def intent_ranking(tracker: Tracker) -> list[tuple[str, float]]:
    """Rasa's intents for the latest message with their confidence, best first."""
    ranking = tracker.latest_message.get("intent_ranking") or []
    out = []
    for item in ranking:
        if isinstance(item, dict) and item.get("name"):
            out.append((str(item["name"]), float(item.get("confidence") or 0.0)))
    return out


def first_need(tracker: Tracker) -> str | None:
    """The topic the app chose as the first of several needs in this message, if any."""
    chosen = metadata(tracker).get("first_need")
    if isinstance(chosen, str) and chosen in load_topics():
        text = str(tracker.latest_message.get("text") or "")
        return None if text.startswith("/") else chosen
    return None


def show_page(
    dispatcher: CollectingDispatcher, topic_id: str, lang: str, page: int = 0, first: bool = False
) -> int:
    """One page of a topic. `first`: shown first because it answers the question, though it is
    not the topic's first page (its "More" then leads back to the start)."""
    pages = layout(topic_id, lang)
    page = min(max(page, 0), len(pages) - 1)
    parts = len(pages[page])
    for part in range(parts):
        if first and page > 0:
            say(dispatcher, "utter_topic_page", topic=topic_id, page=page, part=part, first=True)
        else:
            say(dispatcher, "utter_topic_page", topic=topic_id, page=page, part=part)
    return parts


# Intents Rasa hears in words that may only name what they are about, each with the check that
# the words really ask for it: "they want him to sign papers in spanish" names a language,
# "¿q datos les doy?" names data. The two actions hand a message that fails its check to the
# topic logic (`handed_back`), and the evaluation mirror does the same.
HANDED_BACK: dict[str, Callable[[str], bool]] = {
    "change_language": asks_to_switch,
    "delete_my_data": names_erasure,
}


def handed_back(intent: str, text: str) -> bool:
    """Whether Rasa's intent is one the words do not really ask for."""
    asks = HANDED_BACK.get(intent)
    return asks is not None and not asks(text)


def _handed_on(intent: str) -> bool:
    """An intent whose action may hand the message to the topic logic (`answer` then reads it
    as a message Rasa did not place)."""
    return intent in HANDED_BACK or intent in HEARD_AS


def answer(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Say what `decide` chose; the `topic` slot remembers the topic for follow-ups."""
    lang = language_of(tracker)
    intent = intent_of(tracker)
    text = str(tracker.latest_message.get("text") or "")
    topics = load_topics()
    if intent == "show_more":
        topic_id = _entity(tracker, "topic")
        if topic_id not in topics:
            say(dispatcher, "utter_help_menu")
            return []
        try:
            page = int(_entity(tracker, "page") or 0)
        except ValueError:
            page = 0
        shown = show_page(dispatcher, str(topic_id), lang, page)
        _ask_after(dispatcher, str(topic_id), page + 1 >= page_count(str(topic_id), lang), shown)
        return [SlotSet("topic", topic_id)]
    if _handed_on(intent):
        # A language named, not asked for (`action_set_language`); "datos" in a question, not
        # a request to erase (`action_delete_my_data`); a follow-up heard as a yes or as danger
        # (`action_yes_no`, `action_danger`): read as a message Rasa did not place.
        intent = "nlu_fallback"
    if not text.startswith("/") and asks_who_sees(text):
        # "y mis datos se los pasan a migracion?": who sees what they write, answered plainly.
        say(dispatcher, "utter_privacy_answer")
        return []
    first = first_need(tracker)
    if first is not None:
        # The first of two needs from different areas, chosen by the app (`bot.core.conversation`).
        return say_decision(dispatcher, tracker, first_need_decision(first, text, topics), lang)
    slot = tracker.get_slot("topic")
    decision = decide(
        intent,
        text,
        lang,
        entity_topic=_entity(tracker, "topic"),
        last_topic=str(slot) if slot else None,
        ranking=[(name, p) for name, p in intent_ranking(tracker) if name not in HANDED_BACK],
        topics=topics,
    )
    return say_decision(dispatcher, tracker, decision, lang)


def say_decision(
    dispatcher: CollectingDispatcher, tracker: Tracker, decision: Decision, lang: str
) -> list[EventType]:
    if decision.mode == "followup" and decision.topic and decision.kind == "next":
        # "y después qué pasa?", "et après ?": the page after the last one they were shown.
        page = next_page(tracker, decision.topic, lang)
        if page is None:
            # Past the last page, what comes last is on it: "y dsps d eso q pasa" after the
            # temporary CURP, shown first because COMAR was named (it becomes permanent).
            page = page_count(decision.topic, lang) - 1
        shown = show_page(dispatcher, decision.topic, lang, page)
        _ask_after(dispatcher, decision.topic, page + 1 >= page_count(decision.topic, lang), shown)
        return [SlotSet("topic", decision.topic)]
    if decision.mode == "followup" and decision.topic and decision.kind:
        if say_followup(dispatcher, decision.topic, decision.kind, lang):
            return [SlotSet("topic", decision.topic)]
        if decision.from_context and answering_page(decision.topic, decision.kind, lang) is None:
            # Asked about the last topic, which does not have this detail: the first topic it
            # leads to that has it, under its title ("what do I bring" after the constancia's
            # validity: the humanitarian card's papers), else a person.
            beside = next_with_detail(decision.topic, decision.kind, lang)
            if beside is None:
                say(dispatcher, "utter_followup_unknown", topic=decision.topic)
                return []
            say_followup(dispatcher, beside, decision.kind, lang, titled=True)
            return [SlotSet("topic", beside)]
    if decision.mode in ("topic", "followup") and decision.topic:
        # A question about a detail the topic has no written answer for opens the page that
        # says it ("how long do I have?" -> the deadline), else the first page.
        # No detail asked: the page that names the office or paper the question names, else
        # the one its words point to (a sign-in, a paper to sign), else the one that answers
        # a worry it names (the emergency pill).
        said = str(tracker.latest_message.get("text") or "")
        topic = load_topics()[decision.topic]
        page = (
            relevant_page(topic.id, decision.kind, lang)
            if decision.kind
            else named_page(topic.id, said, lang)
            or details.detail_page(topic, said, lang)
            or worries.answering_page(topic, said, lang)
        )
        shown = show_page(dispatcher, decision.topic, lang, page, first=True)
        _ask_after(dispatcher, decision.topic, page_count(decision.topic, lang) == 1, shown)
        return [SlotSet("topic", decision.topic)]
    if decision.mode == "service":
        # "donde hay un doctor" heard as a follow-up or not understood: the directory answers.
        return [FollowupAction("action_find_service")]
    if decision.mode == "small_talk" and decision.service:
        say(dispatcher, f"utter_{decision.service}")  # utter_greet, utter_goodbye, utter_thank
        return []
    if decision.mode == "choice":
        if not any(option_button(o, decision.kind, lang) for o in decision.choices):
            # Rasa hesitated between intents that have no button ("thank", "ask_cost"): a
            # choice would offer only the main menu; say what I can help with instead.
            _not_understood(dispatcher, tracker)
            return []
        say(dispatcher, "utter_topic_choice", options=list(decision.choices), kind=decision.kind)
        return []
    if decision.mode == "ask_topic":
        say(dispatcher, "utter_followup_no_topic", kind=decision.kind)
        return []
    _not_understood(dispatcher, tracker)
    return []


def say_followup(
    dispatcher: CollectingDispatcher, topic_id: str, kind: str, lang: str, titled: bool = False
) -> bool:
    """Say a topic's written answer to one follow-up, part by part; False when it has none."""
    parts = render_followup(topic_id, kind, lang, titled) or []
    for part in range(len(parts)):
        extra = {"titled": True} if titled else {}
        say(dispatcher, "utter_followup", topic=topic_id, kind=kind, part=part, **extra)
    return bool(parts)


def next_with_detail(topic_id: str, kind: str, lang: str) -> str | None:
    """The first topic a topic leads to, and names in its own text, that answers this
    follow-up: the constancia's pages name the humanitarian card, so its papers answer "what do
    I bring". Only one the text names: a second read found the topics a page merely leads to
    answering for it with their own facts (a consulate's free appointments as the cost of a
    search for a missing person)."""
    topics = load_topics()
    said = " ".join(topics[topic_id].strings()).casefold()
    for step in topics[topic_id].next:
        other = topics.get(step.topic or "")
        if other is None or not render_followup(other.id, kind, lang):
            continue
        # A name of two words or more ("humanitarian visitor card"), not a bare "asylum" that
        # a consulate's page mentions in passing.
        name = other.title.split("(")[0].strip().casefold()
        if len(name.split()) >= 2 and name in said:
            return other.id
    return None


def next_page(tracker: Tracker, topic_id: str, lang: str) -> int | None:
    """The page of a topic after the last one this conversation showed (its first page when
    only a follow-up of it was shown); None when the last page was shown already."""
    shown = -1
    for event in reversed(tracker.events):
        meta = (event.get("metadata") or {}) if event.get("event") == "bot" else {}
        if meta.get("utter_action") == "utter_topic_page" and meta.get("topic") == topic_id:
            shown = int(meta.get("page") or 0)
            break
    following = shown + 1
    return following if following < page_count(topic_id, lang) else None


def _ask_after(
    dispatcher: CollectingDispatcher, topic_id: str, last_page: bool, shown: int
) -> None:
    """After a topic's last page, when it was a single message: a person for topics that need
    one, else "was this useful?". A page with "More", or of two messages, ends with its buttons
    (a person among them when the topic needs one), so a reply is never more than two messages."""
    if not last_page or shown > 1:
        return
    topic = load_topics()[topic_id]
    say(
        dispatcher,
        "utter_offer_human" if topic.needs_person else "utter_feedback_ask",
        topic=topic_id,
    )


def _not_understood(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """A short "I can help with..." and the main menu; on the second miss in a row, a person."""
    if last_bot_metadata(tracker).get("utter_action") in MISS_RESPONSES:
        say(dispatcher, "utter_fallback_offer_human")
    elif intent_of(tracker) == "out_of_scope":
        say(dispatcher, "utter_out_of_scope")
    else:
        say(dispatcher, "utter_help_with")


class ActionShowTopic(PuenteAction):
    """A question about a topic, a "More" button, or a message Rasa did not understand."""

    action_name = "action_show_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events = answer(dispatcher, tracker)
        chained = any(event.get("event") == "followup" for event in events)
        if _handed_on(intent_of(tracker)) and not chained:
            # Run as another action's follow-up, where no rule says what comes next: the turn
            # ends here (else Rasa's core fallback adds "sorry, I did not understand").
            return [*events, FollowupAction("action_listen")]
        return events


class ActionFollowup(PuenteAction):
    """'What do I bring?', 'how much?', 'where?', 'how long?', 'valid for how long?': about the
    topic the words name, else the conversation's last topic."""

    action_name = "action_followup"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return answer(dispatcher, tracker)


class ActionShowMenu(PuenteAction):
    """The main menu, "More topics", or the topics of one area (a button's `menu`)."""

    action_name = "action_show_menu"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        menu = _entity(tracker, "menu")
        if menu:
            say(dispatcher, "utter_help_menu", menu=menu)
        else:
            say(dispatcher, "utter_help_menu")
        return []
