"""One message understood as the whole app understands it, for measuring.

The path a message takes in `bot.core.conversation`: the danger screen grades it, and the danger
net reads again what it graded `none` or past harm; an immediate grade or the net's doubt go to
Rasa's danger flow without an intent guess; otherwise Rasa names the intent on the normalised
text and the actions decide (`decide`): a topic, a follow-up, a choice, the directory... Past
harm keeps that answer (and is offered a person) when it answers a need, and gets the harm's
topic when it does not (`bot.core.past_harm`). Rasa's own `report_danger` on a calm message asks
"are you in danger right now?" with the lines. `eval-nlu` scores this, so the figures are what a
person gets, not what one model alone would do.

What a danger reply shows, as topics: an immediate grade shows the lines for the place (the
`danger` or `danger_us` topic's purpose) and, for a harm that has one, the first message of its
"what to do now" topic; past harm shows the harm's topic whole; the question "are you in danger
right now?" shows the lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.actions.topics import HANDED_BACK, handed_back
from bot.content.topics import INTENT_SERVICES, Topic
from bot.directory import locate
from bot.handoff.emergency import NOW_TOPICS, asked, danger_topic, harm_topic
from bot.safety import doubt
from bot.safety.screen import ScreenResult, screen
from bot.understanding.meaning.asked_outright import place_of_lines_asked
from bot.understanding.meaning.decide import (
    FIRST_NEED_INTENTS,
    HEARD_AS,
    Decision,
    decide,
    first_need_decision,
    only_a_followup,
    understood_intent,
)
from bot.understanding.meaning.needs import first_of_several, read_needs
from bot.understanding.meaning.service_question import service_topic

DANGER = "report_danger"
# Decisions that answer a need: past harm keeps them and adds the offer of a person.
ANSWERS = frozenset({"topic", "followup", "service"})
# Decisions the app answers with a question back (a choice, "which topic?"), and intents whose
# "none" is the fallback or a menu: `bot.core.rasa_answer.NOT_ANSWERS`.
NOT_ANSWERED = frozenset({"choice", "ask_topic"})
SAYS_NOTHING = frozenset({"nlu_fallback", "out_of_scope", "help_menu"})


@dataclass(frozen=True)
class Understood:
    rasa_intent: str  # what Rasa alone said
    intent: str  # what the message was answered as
    decision: Decision
    grade: str = "none"  # the danger screen's grade ("doubt": the danger net's question)
    also: tuple[str, ...] = ()  # other topics the same reply shows (the lines with a harm's)

    @property
    def first_topic(self) -> str | None:
        """The topic whose words come first in the answer, if any."""
        if self.decision.mode in ("topic", "followup"):
            return self.decision.topic
        return None

    def shows(self, topic: str) -> bool:
        return topic == self.first_topic or topic in self.also


def _asked_of(topic: Topic, text: str, lang: str) -> Decision:
    """The detail of a harm's topic the words ask for, else the topic (`emergency.asked`)."""
    kind, _ = asked(topic, text, lang)
    return Decision("followup", topic.id, kind) if kind else Decision("topic", topic.id)


def _danger(
    rasa_intent: str, found: ScreenResult, grade: str, text: str = "", lang: str = "en"
) -> Understood:
    lines = danger_topic(found.place)
    if grade == "immediate":
        now = harm_topic(found.harms, NOW_TOPICS, place=found.place)
        if now is not None:
            return Understood(rasa_intent, DANGER, Decision("topic", now.id), grade, (lines,))
        return Understood(rasa_intent, DANGER, Decision("topic", lines), grade)
    if grade == "information" or (grade == "doubt" and found.grade == "information"):
        # A harm named in a question that Rasa read as danger: the harm's emergency topic's
        # first page, then "are you in danger right now?" (`bot.actions.danger`).
        now = harm_topic(found.harms, NOW_TOPICS, place=found.place, text=text)
        if now is not None:
            return Understood(rasa_intent, DANGER, _asked_of(now, text, lang), grade)
    if grade == "past_harm":
        # The harm's topic whole, then the offer of a person: answered as that topic's intent.
        topic = harm_topic(found.harms, place=found.place, text=text)
        if topic is None:
            return Understood(rasa_intent, DANGER, Decision("none"), grade)
        decision = _asked_of(topic, text, lang)
        return Understood(rasa_intent, understood_intent(DANGER, decision), decision, grade)
    asked_for = danger_topic(found.place or place_of_lines_asked(text))
    return Understood(rasa_intent, DANGER, Decision("topic", asked_for), grade)


def understand(
    text: str,
    lang: str,
    rasa_intent: str,
    ranking: Sequence[tuple[str, float]] = (),
    last_topic: str | None = None,
    found: ScreenResult | None = None,
) -> Understood:
    """`rasa_intent` and `ranking`: Rasa's parse of the normalised text."""
    found = screen(text) if found is None else found
    if found.danger:
        return _danger(rasa_intent, found, found.grade, text, lang)
    if doubt.doubtful(text, found.grade, found.reasons):
        return _danger(rasa_intent, found, "doubt", text, lang)
    if rasa_intent in HEARD_AS and found.grade == "none" and only_a_followup(text, rasa_intent):
        rasa_intent = "nlu_fallback"  # as `action_danger` and `action_yes_no` hand it on
    if rasa_intent == DANGER:
        return _danger(rasa_intent, found, found.grade, text, lang)
    if handed_back(rasa_intent, text):
        rasa_intent = "nlu_fallback"  # as the two actions hand it to the topic logic
        ranking = [(name, p) for name, p in ranking if name not in HANDED_BACK]
    first = (
        None if found.grade == "past_harm" else first_of_several(read_needs(text, lang), text, lang)
    )
    if first is not None and rasa_intent in FIRST_NEED_INTENTS:
        # As the app does (`bot.core.conversation` and the actions): the first of needs from
        # different areas is answered when Rasa's intent leads to a topic or a service.
        decision = first_need_decision(first, text)
        return Understood(
            rasa_intent, understood_intent(rasa_intent, decision), decision, found.grade
        )
    if rasa_intent in INTENT_SERVICES:
        # As `action_find_service` does: a question about the service gets its topic.
        # (The app also counts a shared location and Rasa's place entity; the words are all
        # an evaluation message has.)
        place_named = locate.named([], text) is not None
        decision = service_topic(
            rasa_intent, text, lang, place_named=place_named, last_topic=last_topic
        )
        if decision.mode == "none":
            decision = Decision("service", service=rasa_intent)  # the list of places
    else:
        decision = decide(rasa_intent, text, lang, last_topic=last_topic, ranking=ranking)
    if found.grade == "past_harm" and decision.mode not in ANSWERS:
        # Past harm whose question Rasa did not answer: the harm's topic (`bot.core.past_harm`).
        return _danger(rasa_intent, found, found.grade, text, lang)
    if found.grade == "information" and (
        decision.mode in NOT_ANSWERED or (decision.mode == "none" and rasa_intent in SAYS_NOTHING)
    ):
        # A harm named as information that Rasa did not answer: its page (`bot.core.harm_named`).
        topic = harm_topic(found.harms, place=found.place, text=text)
        if topic is not None:
            decision = _asked_of(topic, text, lang)
    return Understood(rasa_intent, understood_intent(rasa_intent, decision), decision, found.grade)
