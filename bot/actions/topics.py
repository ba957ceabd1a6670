"""Answering topic questions and their follow-ups in context."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.base import PuenteAction, intent_of, language_of, say
from bot.content.topics import INTENT_TOPICS, load_topics
from bot.nlg.topics import render_followup, render_topic

FOLLOWUP_INTENTS = {"ask_requirements": "requirements", "ask_cost": "cost", "ask_where": "where"}


class ActionShowTopic(PuenteAction):
    """Show the topic the intent (or a button's `topic`) asks for, then ask for feedback."""

    action_name = "action_show_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topics = load_topics()
        chosen = next(
            (str(v) for v in tracker.get_latest_entity_values("topic") if str(v) in topics), None
        )
        if chosen is None:
            chosen = INTENT_TOPICS.get(intent_of(tracker))
        if chosen is None or chosen not in topics:
            say(dispatcher, "utter_help_menu")
            return []
        parts = render_topic(chosen, language_of(tracker))
        for index in range(len(parts)):
            say(dispatcher, "utter_topic", topic=chosen, part=index)
        # Topics that need a person (trafficking, missing people...) offer one instead.
        ask = "utter_offer_human" if topics[chosen].needs_person else "utter_feedback_ask"
        say(dispatcher, ask, topic=chosen)
        return [SlotSet("topic", chosen)]


class ActionFollowup(PuenteAction):
    """'What do I bring?', 'how much?', 'where?' about the topic just shown."""

    action_name = "action_followup"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topic = tracker.get_slot("topic")
        kind = FOLLOWUP_INTENTS.get(intent_of(tracker), "")
        if not topic or topic not in load_topics():
            say(dispatcher, "utter_followup_no_topic")
            return []
        parts = render_followup(str(topic), kind, language_of(tracker))
        if not parts:
            say(dispatcher, "utter_followup_unknown")
            return []
        for index in range(len(parts)):
            say(dispatcher, "utter_followup", topic=topic, kind=kind, part=index)
        return []
