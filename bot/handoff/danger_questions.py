"""The app's own questions after a danger grade, answered on the person's next message.

- "Are you in danger right now?" (Rasa heard danger the screen did not see): yes marks the
  conversation urgent, gives the lines and asks consent for the urgent case; no gives the
  topic. Nothing else opens an urgent case for a calm message.
- "Would you like to talk to a person?" after past harm: yes asks consent for a `high`
  priority case (source `past_harm`); no carries on.

Like the offline consent question (bot.handoff.offline), what was asked is remembered in the
conversation's state, so the answer is taken whether Rasa is up or down by then; a person who
writes something else has moved on.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from bot.db import questions
from bot.db.models import Conversation
from bot.handoff import emergency, offline
from bot.handoff.escalation import mark_danger
from bot.handoff.responses import declined
from bot.nlg.registry import RenderContext
from bot.reply import OutMessage
from bot.safety.harms import HARMS
from bot.settings import Settings

CHECK = "danger_check"
OFFER = "harm_offer"


def _conversation(session: Session, conv_id: int) -> Conversation:
    conv = session.get(Conversation, conv_id)
    assert conv is not None
    return conv


def ask_check(
    session: Session, conv_id: int, place: str, harms: Sequence[str], shown: str = ""
) -> None:
    """Remember that the person is being asked whether they are in danger now (`shown`: the
    harm's topic whose first page came with the question)."""
    questions.remember(
        _conversation(session, conv_id),
        CHECK,
        {"place": place, "harms": list(harms), "shown": shown},
    )


def offer_person(session: Session, conv_id: int, harms: Sequence[str]) -> None:
    """Remember the offer of a person after past harm, with the case category it would have."""
    category = next((HARMS[h].category for h in harms if h in HARMS), "other")
    topic = emergency.harm_topic(harms)
    questions.remember(
        _conversation(session, conv_id),
        OFFER,
        {"category": category, "topic": topic.id if topic else ""},
    )


def answer_check(
    session: Session, conv_id: int, text: str, settings: Settings
) -> list[OutMessage] | None:
    """Yes: urgent case, lines, consent. No: the topic. Anything else: None (moved on)."""
    conv, asked = questions.take(session, conv_id, CHECK)
    decision = questions.yes_or_no(text) if isinstance(asked, dict) else None
    if decision is None or not isinstance(asked, dict):
        return None
    harms = [str(h) for h in asked.get("harms") or []]
    if not decision:
        return emergency.not_in_danger(conv.language, harms, str(asked.get("shown") or ""))
    mark_danger(session, conv, [h for h in harms if h in HARMS] or ["reported"])
    said = emergency.emergency(conv.language, str(asked.get("place") or ""), harms)
    return said + offline.ask(session, conv.id, settings)


def answer_offer(
    session: Session, conv_id: int, text: str, settings: Settings
) -> list[OutMessage] | None:
    """Yes: the consent question for a past-harm case. No: understood. Else None."""
    conv, asked = questions.take(session, conv_id, OFFER)
    decision = questions.yes_or_no(text) if isinstance(asked, dict) else None
    if decision is None or not isinstance(asked, dict):
        return None
    if not decision:
        return [declined(RenderContext(conv.language))]
    category = str(asked.get("category") or "other")
    return offline.ask(session, conv.id, settings, source="past_harm", category=category)
