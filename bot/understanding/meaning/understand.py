"""One message understood as the whole app understands it, for measuring.

The path a message takes: the danger screen first (a danger signal goes straight to the danger
flow, whatever Rasa would say), then Rasa's intent on the normalised text, then the topic
decision the actions make (`decide`). `eval-nlu` scores this, so the figures are what a person
gets, not what one model alone would do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.safety.screen import screen
from bot.understanding.meaning.decide import Decision, decide, understood_intent


@dataclass(frozen=True)
class Understood:
    rasa_intent: str  # what Rasa alone said
    intent: str  # what the message was answered as
    decision: Decision

    @property
    def first_topic(self) -> str | None:
        """The topic whose words come first in the answer, if any."""
        if self.decision.mode in ("topic", "followup"):
            return self.decision.topic
        return None


def understand(
    text: str,
    lang: str,
    rasa_intent: str,
    ranking: Sequence[tuple[str, float]] = (),
    last_topic: str | None = None,
) -> Understood:
    """`rasa_intent` and `ranking`: Rasa's parse of the normalised text."""
    found = screen(text)
    if found.danger or rasa_intent == "report_danger":
        topic = "danger_us" if found.in_us else "danger"
        intent = "report_danger"
        return Understood(rasa_intent, intent, Decision("topic", topic))
    decision = decide(rasa_intent, text, lang, last_topic=last_topic, ranking=ranking)
    return Understood(rasa_intent, understood_intent(rasa_intent, decision), decision)
