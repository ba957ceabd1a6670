"""Keep Rasa's tracker in step with who is in charge, after the database says so.

The app decides whether the bot answers (Conversation.status); Rasa's own pause is only a record
in the tracker's history. Resuming must be followed by `action_listen`, or Rasa loops into its
fallback. A call that fails (Rasa down) never blocks staff: the case remembers it
(`rasa_pending`) and the staff loop retries, because a tracker left paused would silence the
bot for that person.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.models import Conversation
from bot.handoff.models import Case
from bot.services import Services

log = logging.getLogger(__name__)
EVENTS = {
    "pause": [{"event": "pause"}],
    "resume": [{"event": "resume"}, {"event": "action", "name": "action_listen"}],
}


@dataclass(frozen=True)
class Effect:
    """What to tell Rasa once the transaction is committed."""

    case_id: int
    conversation_id: str
    pause: bool = False
    resume: bool = False
    refused: str | None = None  # a reply the channel refused at once, and why


def _done(session: Session, case_id: int, kind: str) -> None:
    case = session.get(Case, case_id)
    if case is not None and case.rasa_pending == kind:
        case.rasa_pending = None


async def send(services: Services, case_id: int, conversation_id: str, kind: str) -> bool:
    ok = await services.rasa.append_events(conversation_id, EVENTS[kind])
    if ok:
        await services.db.run(_done, case_id, kind)
    else:
        log.info("could not record %s in Rasa's tracker for %s", kind, conversation_id)
    return ok


async def apply(services: Services, effect: Effect | None) -> None:
    if effect is None or not (effect.pause or effect.resume):
        return
    kind = "resume" if effect.resume else "pause"
    await send(services, effect.case_id, effect.conversation_id, kind)


def _pending(session: Session) -> list[tuple[int, str, str]]:
    rows = session.execute(
        select(Case.id, Conversation.public_id, Case.rasa_pending)
        .join(Conversation, Conversation.id == Case.conversation_id)
        .where(Case.rasa_pending.is_not(None))
        .order_by(Case.id)
        .limit(20)
    ).all()
    return [(int(i), str(p), str(k)) for i, p, k in rows]


async def retry_pending(services: Services) -> int:
    """Record what failed before; returns how many went through."""
    done = 0
    for case_id, conversation_id, kind in await services.db.run(_pending):
        if kind in EVENTS and await send(services, case_id, conversation_id, kind):
            done += 1
    return done
