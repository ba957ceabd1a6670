"""`report_danger`: emergency numbers first, then safety advice and a person."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from bot.actions.base import PuenteAction, language_of, metadata, say
from bot.db.models import Conversation
from bot.handoff.escalation import mark_danger
from bot.nlg.topics import render_topic


def _flag(session: Session, public_id: str, categories: list[str]) -> None:
    conv = session.query(Conversation).filter_by(public_id=public_id).one_or_none()
    if conv is not None:
        mark_danger(session, conv, categories)


def danger_topic(in_us: bool) -> str:
    return "danger_us" if in_us else "danger"


class ActionDanger(PuenteAction):
    action_name = "action_danger"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        meta = metadata(tracker)
        categories = [str(c) for c in meta.get("danger") or []] or ["reported"]
        await self.services.db.run(_flag, tracker.sender_id, categories)
        topic = danger_topic(bool(meta.get("in_us")))
        for index in range(len(render_topic(topic, language_of(tracker)))):
            say(dispatcher, "utter_topic", topic=topic, part=index)
        # After the emergency numbers, ask consent for the urgent case already opened.
        return [FollowupAction("action_request_human")]
