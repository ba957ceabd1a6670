"""The one rule for consent on a danger case: the screen opens it at once, the person decides.

The danger screen opens an urgent case before anyone asks, so staff are alerted even when Rasa
is down; sharing the conversation still waits for the person's yes. Rasa's consent question
(`bot.actions.handoff`) and the app's own, asked while Rasa is down (`bot.handoff.offline`), both
ask this module whether such a case is waiting, so the two can never disagree.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.handoff.cases import open_case_for
from bot.handoff.models import Case


def waits_for_consent(case: Case | None) -> bool:
    """Whether this case was opened on danger and the person has not agreed to share yet."""
    return case is not None and case.source == "danger" and case.consent_at is None


def danger_waits_for_consent(session: Session, conv_id: int) -> bool:
    """Whether the conversation's open case is a danger case still waiting for consent."""
    return waits_for_consent(open_case_for(session, conv_id))
