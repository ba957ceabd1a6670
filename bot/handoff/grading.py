"""The danger screen's verdict, written down with the message it grades.

Inside the transaction that stores an inbound message: its grade, reasons and the country it
names (`message_columns`, the message's own columns); where the person is (the message, else
the point they shared, else the last country their earlier messages named); a request for
discretion ("no me escriban", "borré el chat"), which makes the contact quiet until they write
again; a safe time or code word they give, kept on their case when one is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.models import Conversation
from bot.handoff.cases import open_case_for
from bot.handoff.escalation import mark_danger, note_grade
from bot.safety.discretion import asks_discretion, safe_contact
from bot.safety.place import country_at
from bot.safety.screen import ScreenResult


@dataclass(frozen=True)
class Graded:
    place: str  # "us", "mx" or "" (unknown: Mexico's lines)
    discreet: bool  # this message asked for discretion


def message_columns(found: ScreenResult) -> dict[str, Any]:
    """The grade, its reasons and the country named, as the message's own columns."""
    return {
        "danger_grade": found.grade,
        "danger_reasons": list(found.reasons) or None,
        "place": found.place or None,
    }


def place_of(conv: Conversation, found: ScreenResult) -> str:
    """Where the person is: what this message says, the point they shared, or what their
    earlier messages said last (kept on the contact, so no message is searched per turn)."""
    if found.place:
        return found.place
    if conv.location_lat is not None and conv.location_lon is not None:
        shared = country_at(conv.location_lat, conv.location_lon)
        if shared:
            return shared
    return conv.contact.place or ""


def record(session: Session, conv: Conversation, found: ScreenResult, text: str) -> Graded:
    """Where the person is; discretion and a safe contact remembered; an urgent case on
    immediate danger. The message itself carries `message_columns`."""
    place = place_of(conv, found)
    if found.place and conv.contact.place != found.place:  # unchanged: nothing to flush
        conv.contact.place = found.place
    discreet = bool(text) and not text.startswith("/") and asks_discretion(text)
    if discreet:
        conv.contact.discreet_at = utcnow()
    if found.danger:
        mark_danger(session, conv, list(found.categories))
    else:
        note_grade(session, conv, found.grade)
    agreed = safe_contact(text) if text and not text.startswith("/") else None
    keep_safe_contact(session, conv, agreed)
    return Graded(place, discreet)


def keep_safe_contact(session: Session, conv: Conversation, agreed: str | None) -> None:
    """A safe time or code word goes on the open case, encrypted (staff can change it). With
    no case open it is not kept anywhere: the transcript shows it if a case opens later."""
    if not agreed:
        return
    case = open_case_for(session, conv.id)
    if case is not None:
        case.safe_contact = agreed[:200]
