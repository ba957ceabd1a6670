"""Marking a conversation urgent when a person signals danger.

Called from the app's danger screen and from Rasa's `report_danger` action, inside the same
transaction that stores the message, so the flag can never be lost. It also opens an `urgent`
case at once (consent is asked after the emergency contacts), so staff are alerted even when
Rasa is down.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.db.models import Conversation
from bot.handoff import categories as case_categories
from bot.handoff.cases import open_or_escalate


def mark_danger(session: Session, conv: Conversation, categories: list[str]) -> None:
    """Flag the conversation urgent and remember why, for the staff who will take it."""
    conv.urgent = True
    state = dict(conv.state or {})
    known = set(state.get("danger", []))
    state["danger"] = sorted(known | set(categories or ["reported"]))
    conv.state = state
    open_or_escalate(
        session,
        conv,
        category=case_categories.from_danger(state["danger"]),
        source="danger",
        danger=state["danger"],
    )
