"""`delete_my_data`: confirm first; the erasure itself happens when the person says yes."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from bot.actions.base import PuenteAction, intent_of, say
from bot.actions.topics import handed_back
from bot.db.models import Conversation
from bot.privacy.request import flag


class ActionDeleteMyData(PuenteAction):
    action_name = "action_delete_my_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if handed_back(intent_of(tracker), str(tracker.latest_message.get("text") or "")):
            # "¿q datos les doy?": a question about details to give, read by the topic logic.
            return [FollowupAction("action_show_topic")]
        say(dispatcher, "utter_delete_confirm")
        return []


def request_erasure(session: Session, public_id: str) -> None:
    """Flag the conversation; the core erases after the turn, outside Rasa's request."""
    conv = session.query(Conversation).filter_by(public_id=public_id).one_or_none()
    if conv is not None:
        flag(conv)
