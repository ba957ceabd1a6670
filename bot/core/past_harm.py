"""Past harm told with a question: the question's answer, then the offer of a person.

"Me asaltaron el año pasado, ¿puedo pedir la visa humanitaria?", "my cousin was kidnapped three
years ago, how do we look for him?". Such messages used to reach Rasa as "/report_danger", so
every one got the harm's own topic (crime victims, kidnapping) whatever it asked. On the blind
sets 25 to 29 calm messages per language (of about 950) are past harm, and most of them ask
something else: their rights, a missing relative, the signs of trafficking, papers. Issue 14
asks for the *matching* topic and a person on offer; the topic that matches is the one asked.

So Rasa reads the words as for any message (with the grade in the metadata). Then:
- Rasa ran the danger flow itself (it read danger), or a request for a person: as it is.
- Rasa answered a need (a topic, a follow-up, a service): that answer, then the offer of a
  person, whose "yes" opens a `high` priority case (`bot.handoff.danger_questions`).
- Rasa did not answer a need (a fallback, a choice): the harm's topic and the offer, as before.
"""

from __future__ import annotations

from typing import Any

from bot.core.rasa_answer import NOT_ANSWERS, answered
from bot.handoff import emergency
from bot.reply import OutMessage
from bot.safety.screen import ScreenResult

# The directory asking what to look for, or where: a question back, not an answer to the harm
# ("ICE se lo llevó esta mañana... cómo lo encuentro" read as a search near the home town).
PROMPTS = frozenset({"utter_directory_choose_service", "utter_directory_ask_location"})
# Rasa's own danger flow already said what a past harm needs (`bot.actions.danger`).
DANGER_FLOW = frozenset({"utter_offer_after_harm", "utter_danger_check", "utter_emergency"})


def told_with_a_question(found: ScreenResult) -> bool:
    """Past harm with nothing pressing in it: Rasa may read its question."""
    return found.grade == "past_harm" and not found.danger and not found.doubt


def answer(
    raw: list[dict[str, Any]],
    messages: list[OutMessage],
    lang: str,
    harms: list[str],
    text: str = "",
    place: str = "",
) -> tuple[list[OutMessage], bool]:
    """What the person reads, and whether it offers a person (to record in the same turn)."""
    names, _ = answered(raw)
    if names & DANGER_FLOW or any(n.startswith("utter_handoff") for n in names):
        return messages, False
    if not names or names & (NOT_ANSWERS | PROMPTS):
        return emergency.after_harm(lang, harms, text, place), True
    return [*messages, emergency.offer_person(lang)], True
