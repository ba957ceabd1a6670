"""Marking a conversation urgent when a person signals danger, and grading its case.

Called from the app's danger screen and from Rasa's `report_danger` action (on an immediate
grade, or on the person's yes to "are you in danger right now?"), inside the same transaction
that stores the message, so the flag can never be lost. It also opens an `urgent` case at once
(consent is asked after the emergency contacts), so staff are alerted even when Rasa is down.
A case remembers the most pressing grade that opened or joined it, for the inbox.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.db.models import Conversation
from bot.handoff import categories as case_categories
from bot.handoff.cases import open_case_for, open_or_escalate
from bot.handoff.models import Case

GRADE_RANK = {"immediate": 0, "past_harm": 1, "information": 2, "none": 3}


def mark_danger(session: Session, conv: Conversation, categories: list[str]) -> Case:
    """Flag the conversation urgent and remember why, for the staff who will take it."""
    conv.urgent = True
    state = dict(conv.state or {})
    known = set(state.get("danger", []))
    state["danger"] = sorted(known | set(categories or ["reported"]))
    conv.state = state
    case = open_or_escalate(
        session,
        conv,
        category=case_categories.from_danger(state["danger"]),
        source="danger",
        danger=state["danger"],
    )
    grade_case(case, "immediate")
    return case


def grade_case(case: Case, grade: str) -> None:
    """Keep the case's most pressing grade."""
    if GRADE_RANK.get(grade, 9) < GRADE_RANK.get(case.grade or "none", 9):
        case.grade = grade


def note_grade(session: Session, conv: Conversation, grade: str) -> None:
    """A message graded past harm or immediate joins the open case's grade (staff mode)."""
    if grade not in ("immediate", "past_harm"):
        return  # most messages: no case to look up
    case = open_case_for(session, conv.id)
    if case is not None:
        grade_case(case, grade)
