"""Language, fallback and yes/no handling."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.actions.base import (
    PuenteAction,
    consecutive_fallbacks,
    intent_of,
    language_of,
    last_bot_metadata,
    metadata,
    say,
)
from bot.actions.privacy import request_erasure
from bot.actions.topics import handed_back, say_decision
from bot.content.topics import load_topics
from bot.db.models import Contact, Conversation, Feedback
from bot.i18n import normalize_language
from bot.nlg.topics import answering_page
from bot.settings import DEFAULT_LANGUAGE
from bot.understanding.meaning.decide import Decision, only_a_followup
from bot.understanding.meaning.language_request import refused


def _set_language(session: Session, public_id: str, lang: str) -> None:
    conv = session.query(Conversation).filter_by(public_id=public_id).one_or_none()
    if conv is None:
        return
    conv.language = lang
    session.execute(update(Contact).where(Contact.id == conv.contact_id).values(language=lang))


class ActionSetLanguage(PuenteAction):
    """Switch the conversation's language, remembered for the contact."""

    action_name = "action_set_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        if handed_back(intent_of(tracker), text):
            # "they want him to sign papers in spanish": a language named, not asked for. The
            # topic logic reads it as a message Rasa did not understand (`topics.answer`).
            return [FollowupAction("action_show_topic")]
        named = [normalize_language(str(v)) for v in tracker.get_latest_entity_values("language")]
        wanted = next((code for code in named if code and code not in refused(text)), None)
        writing = language_of(tracker)
        about = _with_an_interpreter(tracker.get_slot("topic"), writing)
        if wanted is None and named and writing not in refused(text) and about is not None:
            # "je parle pas espagnol" written in French, after asylum: not this chat's language
            # (it is French already) but the procedure's, whose interpreter answers.
            interpreter = Decision("followup", about, "interpreter", from_context=True)
            return say_decision(dispatcher, tracker, interpreter, writing)
        if wanted is None:
            # None named, or only one nobody reads here ("no hablo inglés"): which one?
            say(dispatcher, "utter_ask_language")
            return []
        await self.services.db.run(_set_language, tracker.sender_id, wanted)
        say(dispatcher, "utter_language_changed", language=wanted)
        return [SlotSet("language", wanted)]


def _with_an_interpreter(topic: object, lang: str) -> str | None:
    """The topic just read, or the next one it leads to, that says who interprets."""
    topics = load_topics()
    if not isinstance(topic, str) or topic not in topics:
        return None
    steps = [step.topic for step in topics[topic].next if step.topic in topics]
    for candidate in (topic, *steps):
        if answering_page(candidate, "interpreter", lang) is not None:
            return candidate
    return None


class ActionFallback(PuenteAction):
    """Ask to rephrase; on the second miss in a row, offer a person.

    It always ends the turn with `action_listen` (the rule "a fallback always ends the turn"
    says so too): it also runs as another action's follow-up, where no rule says what comes
    next, and Rasa's core fallback would pick it again and again until its loop breaker trips.
    """

    action_name = "action_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        misses = consecutive_fallbacks(tracker)
        if misses >= 2:
            say(dispatcher, "utter_fallback_offer_human")
        elif intent_of(tracker) == "out_of_scope":
            say(dispatcher, "utter_out_of_scope")
        else:
            say(dispatcher, "utter_fallback")
        return [FollowupAction("action_listen")]


def _store_feedback(session: Session, topic: str, useful: bool, lang: str, channel: str) -> None:
    session.add(Feedback(topic=topic, useful=useful, language=lang, channel=channel))


class ActionYesNo(PuenteAction):
    """'Yes' and 'no' mean what the bot's last question asked."""

    action_name = "action_yes_no"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        yes = intent_of(tracker) == "affirm"
        last = last_bot_metadata(tracker)
        asked = last.get("utter_action")
        if asked == "utter_feedback_ask" and last.get("topic"):
            meta = metadata(tracker)
            await self.services.db.run(
                _store_feedback,
                str(last["topic"]),
                yes,
                str(meta.get("language") or DEFAULT_LANGUAGE),
                str(meta.get("channel") or "web"),
            )
            say(dispatcher, "utter_feedback_thanks")
            return []
        if asked == "utter_delete_confirm":
            if yes:
                await self.services.db.run(request_erasure, tracker.sender_id)
                say(dispatcher, "utter_data_deleted")
            else:
                say(dispatcher, "utter_delete_cancelled")
            return []
        if asked == "utter_handoff_consent":
            return [FollowupAction("action_handoff_answer")]
        if asked in ("utter_fallback_offer_human", "utter_offer_human") and yes:
            return [FollowupAction("action_request_human")]
        if only_a_followup(str(tracker.latest_message.get("text") or "")):
            # Nothing asked, and the words ask about the topic just shown ("y dsps d eso q pasa"
            # heard as a yes): the topic logic answers.
            return [FollowupAction("action_show_topic")]
        say(dispatcher, "utter_help_menu")
        return []
