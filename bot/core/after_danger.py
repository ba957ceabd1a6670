"""After the app answers immediate danger itself, Rasa learns which topic the person is on.

The app answers a person in immediate danger without waiting for Rasa
(`ConversationCore._danger_now`), so Rasa never hears that message and its `topic` slot stays
what it was. The next message is most often a question about what was just said: "¿es
anónimo?" after an extortion call, "yo pale kreyòl?" after the US lines. Those follow-ups are
read against the `topic` slot (`bot.understanding.meaning.decide`), so the slot is set here to
the topic of the lines that were given: the topic of the harm shown under the lines (kidnapping
and extortion, violence at home...), else the Mexican lines; in the United States the US lines,
unless the harm's topic gives its own US line (violence at home, sexual violence, self-harm).

The call to Rasa runs in the background: the emergency reply never waits for it, and a Rasa
that is down or slow only costs the follow-up its context (logged).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from bot.handoff.emergency import NOW_TOPICS, harm_topic
from bot.rasa.client import RasaClient

log = logging.getLogger(__name__)

US_LINES = "danger_us"
MX_LINES = "danger"


def topic_after(place: str, harms: Sequence[str]) -> str:
    """The topic a follow-up to the emergency reply is about."""
    shown = harm_topic(harms, NOW_TOPICS, place=place)
    if place == "us":
        # The harm's own US line where its topic gives one ("je peux envoyer un sms plutot?"
        # after violence at home in Houston: text START to 88788), else the US lines.
        return shown.id if shown is not None and shown.id in US_OWN_LINES else US_LINES
    return shown.id if shown is not None else MX_LINES


# Topics shown under the lines that give the US line for their harm themselves.
US_OWN_LINES = frozenset({"violence_home", "sexual_violence", "self_harm"})


def events(topic: str, first_contact: bool) -> list[dict[str, Any]]:
    """The slot, after a session start for a tracker Rasa has never seen (so that the next
    message does not find a session without its start)."""
    slot = {"event": "slot", "name": "topic", "value": topic}
    if not first_contact:
        return [slot]
    return [
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        slot,
        {"event": "action", "name": "action_listen"},
    ]


class AfterDanger:
    """Records the topic in Rasa's tracker without holding up the reply."""

    def __init__(self, rasa: RasaClient) -> None:
        self._rasa = rasa
        self._pending: set[asyncio.Task[None]] = set()

    def remember(self, sender: str, place: str, harms: Sequence[str], first_contact: bool) -> None:
        task = asyncio.create_task(
            self._record(sender, events(topic_after(place, harms), first_contact))
        )
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _record(self, sender: str, recorded: list[dict[str, Any]]) -> None:
        if not await self._rasa.append_events(sender, recorded):
            log.info("could not record the topic after danger in Rasa's tracker for %s", sender)

    async def settle(self) -> None:
        """Waits for the records still on their way (tests, shutdown)."""
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
