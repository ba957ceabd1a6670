"""The person's side: answers to the consent question and the check-in, and "stop sharing".

The core calls `concerns` on every message (no database, cheap) and `answer` only when it may
apply. Buttons carry the referral's id, so a tap works days later and in a new conversation;
a typed "si" or "no" answers the question still pending in this conversation. Every answer is
checked against the person: nobody can answer, or withdraw, someone else's referral.
Withdrawal works whatever is pending: "ya no quiero compartir mis datos", "stop sharing my
data", "je ne veux plus partager mes données", "mwen pa vle pataje done m ankò", or the button.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db import questions
from bot.db.models import Conversation
from bot.handoff.models import Case
from bot.i18n import gettext
from bot.inbound import fold, parse_payload
from bot.referrals import checkins, consent
from bot.referrals import messages as m
from bot.referrals.models import ReferralLoop
from bot.referrals.transitions import PERSON
from bot.reply import OutMessage
from bot.settings import Settings

INTENTS = (consent.SHARE_INTENT, consent.STOP_INTENT, checkins.INTENT)
KEYS = (consent.QUESTION, checkins.QUESTION)
# "Stop sharing my data" in the four languages, on folded text (no accents, lower case).
WITHDRAW = re.compile(
    r"\b((ya )?no (quiero|kiero|qiero|deseo) (que |q |k )?"
    r"(compartir|compartan|den|pasen|compartas)\w*"
    r"( (mis|mi))? (datos|informacion|nombre|numero)|"
    r"(dejen|dejar|deja) de compartir|retir\w* (mi )?consentimiento|"
    r"stop sharing( my)?( data| details| info)?|(i )?(do not|don t|dont) want to share|"
    r"withdraw (my )?consent|"
    r"(je )?ne (veux|souhaite) plus partager|arret\w* de partager|retir\w* (mon )?consentement|"
    r"(m|mwen) pa vle (yo )?pataje|sispann pataje)\b"
)
STILL_NEED_HELP = re.compile(
    r"\b(todavia|aun|sigo|still|toujours|encore|toujou|toujou bezwen) \w* ?"
    r"(necesito|need|besoin|bezwen)|necesito ayuda|i need help|j ai besoin d aide|"
    r"mwen bezwen ed\b"
)


def concerns(text: str, state: dict[str, Any] | None) -> bool:
    """Whether this message may be for the referral questions (decided without the database)."""
    pending = bool(state) and any(key in (state or {}) for key in KEYS)
    parsed = parse_payload(text)
    if parsed is not None:
        return parsed[0] in INTENTS or pending
    if pending:
        return True
    return WITHDRAW.search(fold(text)) is not None


def _loop_of_person(session: Session, referral_id: Any, conv: Conversation) -> ReferralLoop | None:
    try:
        rid = int(referral_id)
    except (TypeError, ValueError):
        return None
    loop = session.get(ReferralLoop, rid)
    if loop is None:
        return None
    case = session.get(Case, loop.case_id)
    if case is None or case.contact_id is None or case.contact_id != conv.contact_id:
        return None  # not this person's referral: say nothing about it
    return loop


HELPED = re.compile(
    r"\b(me (ayudaron|ayudo|atendieron|recibieron)|(it|they) helped|helped me|"
    r"(ils|elle|il) m ont (aide|aidee)|m ont aide|yo ede m|li ede m)\b"
)
NOT_HELPED = re.compile(
    r"\b(no me (ayudaron|ayudo|atendieron|recibieron)|(did not|didn t|didnt) help|"
    r"ne m ont pas|pa ede m)\b"
)


def leading_yes_no(text: str) -> bool | None:
    """A yes or no, alone or opening a longer answer ("si, gracias", "no se"): the first word
    decides. "no se" (I don't know) counts as no, which shares nothing."""
    decision = questions.yes_or_no(text)
    if decision is not None:
        return decision
    words = fold(text).split()
    if not words:
        return None
    if words[0] in questions.NO:
        return False
    return True if words[0] in questions.YES else None


def _checkin_reply(text: str) -> str | None:
    folded = fold(text)
    if STILL_NEED_HELP.search(folded):
        return "more"
    if NOT_HELPED.search(folded):
        return "no"
    if HELPED.search(folded):
        return "yes"
    decision = leading_yes_no(text)
    if decision is None:
        return None
    return "yes" if decision else "no"


def answer(
    session: Session, conv_id: int, text: str, settings: Settings
) -> list[OutMessage] | None:
    """The reply to a referral question or a withdrawal; None when the message is not one."""
    conv = session.get(Conversation, conv_id)
    if conv is None:
        return None
    parsed = parse_payload(text)
    if parsed is not None and parsed[0] in INTENTS:
        # Ours whatever happens: a stale or foreign button never reaches Rasa as an intent.
        answered = _button(session, conv, parsed[0], parsed[1], settings)
        return answered or [OutMessage(gettext(conv.language, m.ALREADY_ANSWERED))]
    if WITHDRAW.search(fold(text)):
        questions.take(session, conv_id, consent.QUESTION)
        return [withdraw_all(session, conv, settings)]
    state = conv.state or {}
    if consent.QUESTION in state:
        _, asked = questions.take(session, conv_id, consent.QUESTION)
        decision = leading_yes_no(text)
        loop = _loop_of_person(session, asked, conv)
        if decision is None or loop is None:
            return None
        reply = consent.answer(session, loop, decision, PERSON, settings, conv.language)
        return [reply] if reply else None
    if checkins.QUESTION in state:
        _, asked = questions.take(session, conv_id, checkins.QUESTION)
        loop = _loop_of_person(session, asked, conv)
        choice = _checkin_reply(text)
        if loop is None or choice is None:
            return None
        reply = checkins.answer(session, loop, choice, conv)
        return [reply] if reply else None
    return None


def _button(
    session: Session, conv: Conversation, intent: str, values: dict[str, str], settings: Settings
) -> list[OutMessage] | None:
    loop = _loop_of_person(session, values.get("id"), conv)
    if loop is None:
        return None
    if intent == consent.SHARE_INTENT:
        questions.take(session, conv.id, consent.QUESTION)
        reply = consent.answer(
            session, loop, values.get("a") == "1", PERSON, settings, conv.language
        )
    elif intent == consent.STOP_INTENT:
        done = [loop] if consent.withdraw(session, loop, PERSON) else []
        reply = _withdrawn(session, conv.language, done)
    else:
        questions.take(session, conv.id, checkins.QUESTION)
        reply = checkins.answer(session, loop, values.get("a", ""), conv)
    return [reply] if reply else None


def withdraw_all(session: Session, conv: Conversation, settings: Settings) -> OutMessage:
    """Stop sharing with every organisation this person agreed to share with.

    A question still pending counts as a no: that referral leaves without details.
    """
    loops = session.scalars(
        select(ReferralLoop)
        .join(Case, Case.id == ReferralLoop.case_id)
        .where(Case.contact_id == conv.contact_id, ReferralLoop.consent.in_(("given", "pending")))
    ).all()
    done = []
    for loop in loops:
        if loop.consent == "pending":
            if consent.answer(session, loop, False, PERSON, settings, conv.language):
                done.append(loop)
        elif consent.withdraw(session, loop, PERSON):
            done.append(loop)
    return _withdrawn(session, conv.language, done)


def _withdrawn(session: Session, lang: str, loops: list[ReferralLoop]) -> OutMessage:
    if not loops:
        return OutMessage(gettext(lang, m.NOTHING_SHARED))
    names = {consent.name_of(session, loop) for loop in loops}
    if len(names) == 1 and "" not in names:
        return OutMessage(gettext(lang, m.WITHDRAWN, organization=next(iter(names))))
    return OutMessage(gettext(lang, m.WITHDRAWN_MANY))
