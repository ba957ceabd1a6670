"""Asking for a person: consent first, then the case, the place in line and a paused bot.

`action_request_human` explains what staff will see and asks; `action_yes_no` hands the answer
to `action_handoff_answer`, which opens the case (or confirms the one the danger screen opened)
and records a `pause` in Rasa's tracker. The app, not Rasa, then keeps the bot quiet.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ConversationPaused, EventType
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.actions.base import PuenteAction, intent_of, language_of, last_bot_metadata, say
from bot.content.topics import load_topics
from bot.db.base import utcnow
from bot.db.models import Conversation
from bot.handoff import categories
from bot.handoff.cases import accept_handoff, decline_handoff, queue_position
from bot.handoff.consent import danger_waits_for_consent
from bot.handoff.routing import hours_text
from bot.settings import Settings

SOURCES_BY_QUESTION = {"utter_fallback_offer_human": "fallback", "utter_offer_human": "topic"}


def _conversation(session: Session, public_id: str) -> Conversation | None:
    return session.scalars(
        select(Conversation).where(Conversation.public_id == public_id)
    ).one_or_none()


def _danger_case_waiting(session: Session, public_id: str) -> bool:
    """Whether the danger screen already opened a case that still needs the person's consent."""
    conv = _conversation(session, public_id)
    return conv is not None and danger_waits_for_consent(session, conv.id)


def _last_service_intent(tracker: Tracker) -> str | None:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            name = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            if name in categories.INTENT_CATEGORIES:
                return str(name)
    return None


class ActionRequestHuman(PuenteAction):
    """Say what a person from the team will see, and ask whether that is all right."""

    action_name = "action_request_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        lang = language_of(tracker)
        asked = last_bot_metadata(tracker).get("utter_action")
        source = SOURCES_BY_QUESTION.get(str(asked), "request")
        if await self.services.db.run(_danger_case_waiting, tracker.sender_id):
            source = "danger"
        topic = tracker.get_slot("topic")
        known = load_topics().get(str(topic)) if topic else None
        category = categories.from_context(
            known.id if known else None,
            known.area if known else None,
            _last_service_intent(tracker),
        )
        say(
            dispatcher,
            "utter_handoff_consent",
            source=source,
            category=category,
            topic=known.id if known else "",
            hours=hours_text(self.services.settings, lang, utcnow()),
        )
        return []


def _accept(
    session: Session,
    public_id: str,
    category: str,
    source: str,
    topic: str | None,
    settings: Settings,
    lang: str,
) -> tuple[int, str] | None:
    conv = _conversation(session, public_id)
    if conv is None:
        return None
    case = accept_handoff(session, conv, category, source, topic)
    session.flush()
    return queue_position(session, case), hours_text(settings, lang, utcnow())


def _decline(session: Session, public_id: str) -> None:
    conv = _conversation(session, public_id)
    if conv is not None:
        decline_handoff(session, conv)


class ActionHandoffAnswer(PuenteAction):
    """Yes: open the case and pause the bot. No: share nothing and carry on."""

    action_name = "action_handoff_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        asked = last_bot_metadata(tracker)
        if intent_of(tracker) != "affirm":
            await self.services.db.run(_decline, tracker.sender_id)
            say(dispatcher, "utter_handoff_declined")
            return []
        category = str(asked.get("category") or "other")
        if category not in categories.CATEGORIES:
            category = "other"
        source = str(asked.get("source") or "request")
        source = source if source in categories.SOURCES else "request"
        topic = str(asked.get("topic") or "") or None
        opened = await self.services.db.run(
            _accept,
            tracker.sender_id,
            category,
            source,
            topic,
            self.services.settings,
            language_of(tracker),
        )
        if opened is None:
            say(dispatcher, "utter_help_menu")
            return []
        position, hours = opened
        say(dispatcher, "utter_handoff_opened", position=position, hours=hours)
        return [ConversationPaused()]
