"""Staff mode: what happens to a person's message while a person, not the bot, is in charge.

The message is already stored in the conversation, which is the case's live transcript; here
the case learns the person is waiting, a danger message still gets the emergency numbers at
once, and a waiting person hears now and then where they stand in line.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import Conversation
from bot.handoff import emergency
from bot.handoff import hours as office
from bot.handoff.cases import open_case_for, queue_position
from bot.handoff.models import Case
from bot.handoff.responses import position_text
from bot.reply import OutMessage
from bot.safety.screen import ScreenResult
from bot.settings import Settings


def office_hours(settings: Settings) -> office.OfficeHours:
    return office.parse(settings.staff_hours, settings.staff_timezone)


def hours_text(settings: Settings, lang: str, now: datetime) -> str:
    """The team's hours in the person's language when it is not working now, else ''."""
    hours = office_hours(settings)
    return "" if hours.is_open(now) else hours.describe(lang)


def position_notice(
    session: Session, case: Case, lang: str, settings: Settings, now: datetime, opened: bool
) -> str:
    return position_text(
        lang, queue_position(session, case), hours_text(settings, lang, now), opened
    )


def staff_mode_turn(
    session: Session, conv_id: int, found: ScreenResult, settings: Settings, place: str = ""
) -> list[OutMessage] | None:
    """Replies for a message in staff mode, or None when no case holds it (the bot answers)."""
    conv = session.get(Conversation, conv_id)
    if conv is None:
        return None
    case = open_case_for(session, conv_id)
    if case is None:
        conv.status = "bot"  # nobody is in charge any more: never leave a person unanswered
        return None
    now = utcnow()
    case.waiting_since = case.waiting_since or now
    case.updated_at = now
    if found.danger:
        # The lines at once, even while a person is in charge: staff may be away.
        return emergency.emergency(conv.language, place or found.place, list(found.harms))
    if case.first_reply_at is not None:
        return []
    pause = timedelta(minutes=settings.staff_queue_notice_minutes)
    if case.person_notified_at is not None and now - case.person_notified_at < pause:
        return []
    case.person_notified_at = now
    return [OutMessage(position_notice(session, case, conv.language, settings, now, False))]
