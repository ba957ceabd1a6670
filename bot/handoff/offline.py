"""Asking for a person while Rasa is down: the app asks for consent itself and queues the case.

Rasa normally asks (`action_request_human`) and hears the answer (`action_handoff_answer`). When
it cannot be reached, a request for a person, or a danger case still waiting for consent, must
not end in a menu: the app asks the same question from the catalogs, remembers in the
conversation's state that it asked, and takes the yes or no itself on the next message, whether
Rasa is back by then or not. Rasa's tracker gets its pause later from the staff loop.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot.db import questions
from bot.db.base import utcnow
from bot.db.models import Conversation
from bot.handoff import categories, responses
from bot.handoff.cases import accept_handoff, decline_handoff, open_case_for, queue_position
from bot.handoff.consent import danger_waits_for_consent
from bot.handoff.routing import hours_text
from bot.inbound import fold, parse_payload
from bot.nlg.registry import RenderContext
from bot.reply import OutMessage
from bot.settings import Settings

ASKED = "offline_consent"
# Unmistakable requests for a person in the four languages (matched on folded text).
REQUEST = re.compile(
    r"\b(hablar con (una |alguna )?persona|persona real|un humano|asesor|"
    r"talk to (a |someone|somebody|a real)|real person|a human|"
    r"parler a (quelqu'un|une personne|un humain)|"
    r"pale ak (yon moun|moun))"
)


def wants_person(text: str) -> bool:
    parsed = parse_payload(text)
    if parsed is not None:
        return parsed[0] == "request_human"
    return REQUEST.search(fold(text)) is not None


def ask(
    session: Session,
    conv_id: int,
    settings: Settings,
    *,
    source: str = "request",
    category: str | None = None,
) -> list[OutMessage]:
    """The consent question, remembered so that the next message can answer it.

    A danger case already open asks as danger; `source` and `category` say why otherwise
    (`past_harm` after harm that is over: a `high` priority case)."""
    conv = session.get(Conversation, conv_id)
    assert conv is not None
    case = open_case_for(session, conv.id)
    if case is not None and case.source == "danger":
        source = "danger"
    if case is not None:
        category = case.category
    category = category or categories.from_context(None, None, None)
    questions.remember(conv, ASKED, {"source": source, "category": category})
    hours = hours_text(settings, conv.language, utcnow())
    return [
        responses.consent(RenderContext(conv.language, args={"source": source, "hours": hours}))
    ]


def ask_if_danger_waits(session: Session, conv_id: int, settings: Settings) -> list[OutMessage]:
    """The consent question when the open case is a danger case still waiting for consent,
    else nothing: one transaction, because a person in danger waits for every one."""
    if not danger_waits_for_consent(session, conv_id):
        return []
    return ask(session, conv_id, settings)


def answer(
    session: Session, conv_id: int, text: str, settings: Settings
) -> list[OutMessage] | None:
    """The reply to the app's own consent question; None when the message is neither yes nor no.

    Either way the question is forgotten: a person who writes something else has moved on.
    """
    conv, asked = questions.take(session, conv_id, ASKED)
    decision = questions.yes_or_no(text) if isinstance(asked, dict) else None
    if decision is None:
        return None
    ctx = RenderContext(conv.language)
    if not decision:
        decline_handoff(session, conv)
        return [responses.declined(ctx)]
    category = str(asked.get("category") or "other")
    source = str(asked.get("source") or "request")
    case = accept_handoff(session, conv, category, source, None)
    case.rasa_pending = "pause"  # the staff loop records the pause once Rasa answers
    session.flush()
    ctx.args.update(
        position=queue_position(session, case),
        hours=hours_text(settings, conv.language, utcnow()),
    )
    return [responses.opened(ctx)]
