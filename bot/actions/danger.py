"""`report_danger`, by the grade the app's screen gave the message.

The app grades every message before routing and sends the grade in the metadata; it sends
"/report_danger" itself when the danger net doubts (immediate danger it answers itself). Past
harm reaches Rasa as words: this flow runs for it only when Rasa reads danger in them, and
otherwise the app adds the offer of a person to Rasa's answer (`bot.core.past_harm`). How
Rasa's own `report_danger` intent and the grade meet:

- grade `immediate`: the emergency lines for the place and the harm, what to do now, staying
  safe on the phone; the urgent case is open (the screen opened it, this makes sure); consent
  follows.
- grade `past_harm`: the harm's topic and the offer of a person (a yes opens a `high` priority
  case); no alarm. When the danger net read danger now in it (`doubt` in the metadata: documents
  kept, and a threat the patterns did not see), the lines and "are you in danger right now?"
  come first, as below, and "no" gives the topic.
- grade `information` with a harm that has an emergency topic (a question about what to do if
  someone faints, is beaten at home...): that topic's first page, which starts with 911, then
  "are you in danger right now?"; a no gives the rest of the topic.
- anything else (Rasa recognised danger in a message the screen found calm): the lines for the
  place, then "are you in danger right now?" with yes and no. Only a yes opens the urgent case,
  so an intent alone never raises an alarm for a calm message, and a real emergency the
  patterns missed is still answered with the lines at once.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from bot.actions.base import PuenteAction, language_of, metadata, say
from bot.actions.topics import show_page
from bot.db.models import Conversation
from bot.handoff import danger_questions, emergency
from bot.handoff.escalation import mark_danger
from bot.nlg.topics import render_followup
from bot.safety.harms import HARMS
from bot.understanding.meaning.asked_outright import place_of_lines_asked
from bot.understanding.meaning.decide import only_a_followup


def _conversation(session: Session, public_id: str) -> Conversation | None:
    return session.query(Conversation).filter_by(public_id=public_id).one_or_none()


def _flag(session: Session, public_id: str, categories: list[str]) -> None:
    conv = _conversation(session, public_id)
    if conv is not None:
        mark_danger(session, conv, categories)


def _ask_check(
    session: Session, public_id: str, place: str, harms: list[str], shown: str = ""
) -> None:
    conv = _conversation(session, public_id)
    if conv is not None:
        danger_questions.ask_check(session, conv.id, place, harms, shown)


def _offer(session: Session, public_id: str, harms: list[str]) -> None:
    conv = _conversation(session, public_id)
    if conv is not None:
        danger_questions.offer_person(session, conv.id, harms)


def danger_topic(in_us: bool) -> str:
    return "danger_us" if in_us else "danger"


class ActionDanger(PuenteAction):
    action_name = "action_danger"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        meta = metadata(tracker)
        grade = str(meta.get("grade") or ("immediate" if meta.get("danger") else "none"))
        place = str(meta.get("place") or ("us" if meta.get("in_us") else ""))
        harms = [str(h) for h in meta.get("harms") or [] if str(h) in HARMS]
        lang = language_of(tracker)
        said = str(tracker.latest_message.get("text") or "")
        db = self.services.db
        if grade == "immediate":
            categories = [str(c) for c in meta.get("danger") or []] or harms or ["reported"]
            await db.run(_flag, tracker.sender_id, categories)
            worry = emergency.worry_in(said, harms, place)
            for index in range(len(emergency.emergency(lang, place, harms, worry))):
                say(
                    dispatcher,
                    "utter_emergency",
                    place=place,
                    harms=harms,
                    part=index,
                    worry=worry,
                )
            # After the emergency lines, ask consent for the urgent case already opened.
            return [FollowupAction("action_request_human")]
        if grade == "past_harm" and not meta.get("doubt"):
            topic = emergency.harm_topic(harms, place=place, text=said)
            await db.run(_offer, tracker.sender_id, harms)
            events: list[EventType] = []
            if topic is not None:
                kind, page = emergency.asked(topic, said, lang)
                detail = render_followup(topic.id, kind, lang) if kind else None
                if kind and detail:
                    for index in range(len(detail)):
                        say(dispatcher, "utter_followup", topic=topic.id, kind=kind, part=index)
                else:
                    # The page that answers what was asked, else the first, with "More".
                    show_page(dispatcher, topic.id, lang, page, first=True)
                events.append(SlotSet("topic", topic.id))
            say(dispatcher, "utter_offer_after_harm", harms=harms)
            return events
        if grade == "none" and not meta.get("doubt") and only_a_followup(said, "report_danger"):
            # "et après ?" heard as danger, in which the screen and its net found nothing: a
            # follow-up about the topic just shown.
            return [FollowupAction("action_show_topic")]
        if grade == "information":
            # A harm named in a question ("¿qué hago si alguien se desmaya por el calor?"), or
            # blows at home a friend asks about, which the net asks about: what the question asks
            # of the harm's emergency topic (its first page starts with 911), then the question.
            now = emergency.now_asked(harms, said, lang, place)
            if now is not None:
                shown, kind, page = now
                await db.run(_ask_check, tracker.sender_id, place, harms, shown)
                said_back = emergency.question_after(lang, shown, kind, page, place, harms)
                for index in range(len(said_back)):
                    say(
                        dispatcher,
                        "utter_question_after",
                        topic=shown,
                        kind=kind,
                        page=page,
                        place=place,
                        harms=harms,
                        part=index,
                    )
                return [SlotSet("topic", shown)]
        # "us emergency numbers" heard as danger: the lines asked for, the US's.
        place = place or place_of_lines_asked(said)
        await db.run(_ask_check, tracker.sender_id, place, harms)
        for index in range(len(emergency.danger_check(lang, place, harms))):
            say(dispatcher, "utter_danger_check", place=place, harms=harms, part=index)
        return []
