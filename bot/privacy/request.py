"""A person asks to delete their data when Rasa cannot hear it: the app asks and erases itself.

Rasa normally hears "delete my data" (`action_delete_my_data`) and the yes
(`action_yes_no`). But while a case is open the app does not forward messages to Rasa, and
while Rasa is down or answers nothing its actions never run: the request used to vanish,
nothing was erased and the person was not told. So the core recognises the request itself in
those two situations, asks the same confirmation from the catalogs, remembers in the
conversation's state that it asked, and takes the yes or no on the next message whoever is in
charge by then. A yes flags the conversation; the core erases after the turn
(`bot.core.conversation._finish`), exactly as after Rasa's yes, and an open case is closed
with `close_reason = erased` (`bot.handoff.erasure`) so staff see what happened.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot.db import questions
from bot.db.models import Conversation
from bot.inbound import fold, parse_payload
from bot.nlg.registry import RenderContext
from bot.privacy import responses
from bot.privacy.question import asks_who_sees
from bot.reply import OutMessage

ASKED = "erase_asked"
FLAG = "erase"  # read by the core after the turn: erase, then confirm on a bare conversation
INTENT = "delete_my_data"
# Unmistakable requests in the four languages, matched on folded text (no accents).
REQUEST = re.compile(
    r"\b((borr|elimin)\w* (todos |toda )?(mis|mi) (datos|informacion|mensajes|numero)|"
    r"(delete|erase|remove) (all )?(of )?my (data|messages|details|info|information|number)|"
    r"(supprim|effac)\w* (toutes )?(mes|mon) (donnees|messages|infos|informations|numero)|"
    r"efase (tout )?(done|enfomasyon|mesaj|nimewo) (m|mwen))\b"
)
# A question about the details to give ("¿q datos les doy?", "what info do I need to give"):
# Rasa hears `delete_my_data` in "datos"; anything else it hears so is confirmed first, which
# costs nothing.
DETAILS_ASKED = re.compile(
    r"\b(?:(?:que|q|cuales|what|which|quels?|quelles?|ki) (?:datos|info\w*|informacion|details|"
    r"donnees|infos?|enfomasyon|done|papeles|documents?)\b.{0,40}\b(?:doy|les doy|damos|das|"
    r"give|provide|send|donne|donner|envoie|bay|voye|necesit\w*|need|piden|ask|faut|bezwen)"
    r"|(?:datos|info\w*|details|donnees|infos?|enfomasyon) (?:que|q|do|to|a|pou) (?:necesit\w*|"
    r"piden|doy|give|need|donner|bay))\b"
)
# Short forms that only mean erasure when they are the whole message.
WHOLE = {"olvidame", "forget me", "oubliez moi", "oublie moi", "bliye m", "bliye mwen"}


def wants_erasure(text: str) -> bool:
    """Whether the message asks to delete the person's data (Telegram's /delete included)."""
    parsed = parse_payload(text)
    if parsed is not None:
        return parsed[0] == INTENT
    folded = fold(text)
    return folded in WHOLE or REQUEST.search(folded) is not None


def flag(conv: Conversation) -> None:
    """Mark the conversation for erasure at the end of this turn."""
    conv.state = {**(conv.state or {}), FLAG: True}


def ask(session: Session, conv_id: int) -> list[OutMessage]:
    """The confirmation question (nothing is erased yet), remembered for the next message."""
    conv = session.get(Conversation, conv_id)
    assert conv is not None
    questions.remember(conv, ASKED, True)
    return [responses.delete_confirm(RenderContext(conv.language))]


def answer(session: Session, conv_id: int, text: str) -> list[OutMessage] | None:
    """The reply to the app's own confirmation; None when the message is neither yes nor no.

    Either way the question is forgotten: a person who writes something else has moved on.
    """
    conv, asked = questions.take(session, conv_id, ASKED)
    decision = questions.yes_or_no(text) if asked else None
    if decision is None:
        return None
    ctx = RenderContext(conv.language)
    if not decision:
        return [responses.delete_cancelled(ctx)]
    flag(conv)
    return [responses.data_deleted(ctx)]


def names_erasure(text: str) -> bool:
    """Whether a message Rasa read as `delete_my_data` is a request to erase (always, unless it
    asks which details to give, or whether its data reach migration: `bot.privacy.question`)."""
    if text.startswith("/"):
        return True
    return DETAILS_ASKED.search(fold(text)) is None and not asks_who_sees(text)
