"""RATE_PER_SENDER_PER_MIN on Telegram and WhatsApp, where the provider must never get a 429.

Twilio does not retry a refused webhook and Telegram would redeliver the update forever, so one
person's flood is not refused: a message over the limit is stored without a Rasa turn (staff
still see it; nothing is lost) and the person gets a short "slow down" notice at most once per
window. A message the danger screen flags is never limited: it always gets the full turn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.channels import messages as cm
from bot.channels import unsupported
from bot.core.conversation import ConversationCore, TurnResult
from bot.http.limits import Limits, TokenBucket
from bot.i18n import gettext
from bot.inbound import Inbound
from bot.reply import OutMessage
from bot.safety.screen import ScreenResult, screen

NOTICE_EVERY_SECONDS = 60.0  # the limit is per minute: one notice per minute of flood at most
DANGER_PAYLOAD = "/report_danger"


def is_danger(text: str, found: ScreenResult) -> bool:
    """What must always reach the turn: the screen's verdict, or the danger button's payload."""
    return text.startswith(DANGER_PAYLOAD) or found.danger


class SenderLimit:
    """Chooses, per message, between the full turn and a note with the slow-down notice."""

    def __init__(
        self,
        core: ConversationCore,
        limits: Limits,
        notice_every: float = NOTICE_EVERY_SECONDS,
    ) -> None:
        self.core, self.limits = core, limits
        self.notices = TokenBucket(rate=1 / notice_every, burst=1)

    def _key(self, inbound: Inbound) -> str:
        # Keyed by the core's hash: no phone numbers or chat ids kept in memory for this.
        return self.core.services.db.keys.lookup_hash(inbound.channel, inbound.sender)

    def allows(self, inbound: Inbound, found: ScreenResult) -> bool:
        """Whether this message gets a full turn; danger is never held back nor counted."""
        if is_danger(inbound.text, found):
            return True
        return not self.limits.wait(inbound.channel, self._key(inbound), None)

    def slow_down(self, inbound: Inbound) -> Callable[[str], list[OutMessage]]:
        """The answer to a message over the limit: the notice, once per window, else nothing.

        Decided only when the core calls it, i.e. not for a repeated delivery, so a replay
        never uses up the window's notice.
        """
        key = self._key(inbound)

        def answer(language: str) -> list[OutMessage]:
            if self.notices.take(f"{inbound.channel}:{key}"):
                return []
            return [OutMessage(gettext(language, cm.SLOW_DOWN))]

        return answer

    async def turn(self, inbound: Inbound, found: ScreenResult | None = None) -> TurnResult:
        """The core's full turn (replies pending for the outbox), or a note over the limit.

        `found` is the screen's verdict when the channel took it already (before its queue).
        A message with no text to read and no place (an empty or invisible WhatsApp `Body`, a
        location that did not parse) never reaches Rasa: it is noted and answered politely.
        """
        if inbound.location is None and unsupported.is_blank(inbound.text):
            return await self.note(replace(inbound, text=""), unsupported.polite_answer)
        if found is None:
            found = screen(inbound.text)  # once: the core takes this verdict, not a second screen
        if self.allows(inbound, found):
            return await self.core.handle(inbound, outbound_status="pending", found=found)
        return await self.core.note(inbound, self.slow_down(inbound))

    async def note(self, inbound: Inbound, answer: Callable[[str], list[OutMessage]]) -> TurnResult:
        """`core.note` with `answer` (e.g. to a voice note), or with the notice over the limit."""
        if self.allows(inbound, screen(inbound.text)):
            return await self.core.note(inbound, answer)
        return await self.core.note(inbound, self.slow_down(inbound))
