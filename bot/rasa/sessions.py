"""Short Rasa sessions, so a person's 240th turn costs what their 10th does.

Rasa replays a conversation's whole event history on every turn: its SQL tracker store loads
every event since the latest `session_started`, the policies featurise them, and the NLG and
action callbacks carry the tracker. A conversation that goes on for hundreds of turns gets
slower with each one. Every `ROLL_EVERY` turns of a person we start a new Rasa session in
place: `action_session_start` and `session_started`, the current slots carried over (as Rasa
does itself when a session expires), then the last bot turn copied after them, so a question
the bot just asked ("may we share...?", "was this useful?") is still the one the next answer
replies to. The closed sessions' events are then deleted from Rasa's store
(`bot.rasa.tracker_store.SessionPruner`): Rasa would still scan them on every load and save.

The count is kept per process: with several replicas a person may roll a little later, which
only costs speed. A turn that cannot roll (Rasa briefly unreachable) simply tries next time.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

ROLL_EVERY = 20
REMEMBERED = 50_000  # senders whose count we keep; the oldest are forgotten first
# Events of the bot's last turn that shape what the next message means.
TAIL_EVENTS = {"action", "bot", "slot", "active_loop", "followup"}


class TurnCounter:
    """How many turns each sender has had in their current Rasa session."""

    def __init__(self, every: int = ROLL_EVERY, remembered: int = REMEMBERED) -> None:
        self.every = every
        self.remembered = remembered
        self.counts: OrderedDict[str, int] = OrderedDict()

    def due(self, sender: str) -> bool:
        """Count this turn; True when the session should be rolled before it is sent."""
        count = self.counts.pop(sender, 0) + 1
        self.counts[sender] = count
        if len(self.counts) > self.remembered:
            self.counts.popitem(last=False)
        return count > self.every

    def rolled(self, sender: str) -> None:
        self.counts[sender] = 1


def new_session_events(tracker: dict[str, Any]) -> list[dict[str, Any]]:
    """The events that start a fresh session carrying this tracker's slots and last bot turn."""
    events = [e for e in tracker.get("events") or [] if isinstance(e, dict)]
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    tail = [
        {k: v for k, v in e.items() if k != "timestamp"}
        for e in events[last_user + 1 :]
        if e.get("event") in TAIL_EVENTS
        and not (e.get("event") == "action" and e.get("name") == "action_listen")
    ]
    slots = tracker.get("slots") or {}
    carried = [
        {"event": "slot", "name": name, "value": value}
        for name, value in slots.items()
        if value is not None
        and not any(t.get("event") == "slot" and t.get("name") == name for t in tail)
    ]
    return [
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        *carried,
        *tail,
        {"event": "action", "name": "action_listen"},
    ]
