"""Finding shelters, legal help and health services near the person, in the conversation.

One action serves `find_shelter`, `find_legal_help`, `find_health` and `inform_location`, and
the list's buttons (`page`, `entry`, `view` entities): it works out what to look for and from
where, asks for what is missing, and hands results to the NLG as plain arguments.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import anyio
from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from bot.actions.base import PuenteAction, intent_of, language_of, metadata, say
from bot.actions.topics import first_need, intent_ranking, say_decision, say_followup
from bot.content.topics import SERVICE_TOPICS
from bot.db.base import utcnow
from bot.directory import locate, present, store
from bot.directory.filters import groups_in
from bot.directory.geo import haversine_km
from bot.directory.locate import Origin, Unknown
from bot.directory.policy import Policy
from bot.directory.search import Query, Result, open_first, search
from bot.directory.vocab import CATEGORIES, INTENT_CATEGORIES, NEARBY_KM
from bot.understanding.meaning.asked_outright import AFTER_APPLYING, asks_to_move
from bot.understanding.meaning.decide import decide, first_need_decision
from bot.understanding.meaning.service_question import ill_and_asks_the_cost, service_topic

PAGE_SIZE = 3
# What public care costs, said before the list to someone ill who asks it.
HEALTH_COSTS = "rights_health"


@dataclass(frozen=True)
class _Ask:
    """What to look for, for whom, and the clock the answer is computed at."""

    service: str
    groups: tuple[str, ...]
    policy: Policy
    now: datetime


def _page(session: Session, origin: Origin, ask: _Ask, page: int) -> tuple[list[Result], bool]:
    """One page of places within reach, open ones first, and whether there are more."""
    query = Query(
        origin.lat, origin.lon, category=ask.service, limit=PAGE_SIZE + 1,
        offset=(page - 1) * PAGE_SIZE, max_km=NEARBY_KM, groups=ask.groups, policy=ask.policy,
        now=ask.now,
    )  # fmt: skip
    found = open_first(session, query)
    return found[:PAGE_SIZE], len(found) > PAGE_SIZE


def _nearest_far(session: Session, origin: Origin, ask: _Ask) -> tuple[Result | None, str]:
    """Nothing within reach: the nearest in the person's state, else the nearest at all."""
    base = Query(
        origin.lat, origin.lon, category=ask.service, limit=1, groups=ask.groups,
        policy=ask.policy, now=ask.now,
    )  # fmt: skip
    if origin.state:
        found = search(session, replace(base, state=origin.state))
        if found:
            return found[0], origin.state
    found = search(session, base)
    return (found[0] if found else None), ""


def _entry(session: Session, key: int, origin: Origin | None) -> Result | None:
    entry = store.entries_by_key(session, [key]).get(key)
    if entry is None:
        return None
    km = -1.0
    if origin is not None and entry.latitude is not None and entry.longitude is not None:
        km = haversine_km(origin.lat, origin.lon, entry.latitude, entry.longitude)
    return Result(key, entry, km)


def _earlier_texts(tracker: Tracker, count: int = 8) -> list[str]:
    """The person's earlier messages in this conversation, the latest first (not this one)."""
    said = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"][:-1]
    return said[::-1][:count]


def _entities(tracker: Tracker) -> dict[str, str]:
    found: dict[str, str] = {}
    for e in tracker.latest_message.get("entities") or []:
        if isinstance(e, dict) and e.get("entity") and e.get("value") is not None:
            found.setdefault(str(e["entity"]), str(e["value"]))
    return found


class ActionFindService(PuenteAction):
    """List the nearest places of the kind asked for, or ask where the person is."""

    action_name = "action_find_service"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        intent = intent_of(tracker)
        lang = language_of(tracker)
        text = str(tracker.latest_message.get("text") or "")
        first = first_need(tracker)
        if first is not None:
            # The first of two needs is a topic: it answers; the service is offered after it.
            return say_decision(dispatcher, tracker, first_need_decision(first, text), lang)
        entities = _entities(tracker)
        chosen = (
            INTENT_CATEGORIES.get(intent)
            or entities.get("service")
            or locate.service_in(text)  # "abri nan Tijuana" heard as a place only
            or tracker.get_slot("service")
        )
        service = str(chosen) if chosen in CATEGORIES else ""
        events: list[EventType] = [SlotSet("service", service)] if service else []
        if tracker.get_slot("location") is not None:
            events.append(SlotSet("location", None))  # the place is not kept in Rasa's tracker
        db, sender = self.services.db, tracker.sender_id
        if entities.get("entry", "").isdigit():
            origin = await db.run(locate.recalled, sender)
            await self._show_entry(dispatcher, int(entities["entry"]), entities.get("view"), origin)
            return events
        values = [str(v) for v in tracker.get_latest_entity_values("location")]
        given = await anyio.to_thread.run_sync(locate.given, metadata(tracker), values, text)
        if isinstance(given, Unknown):
            say(dispatcher, "utter_directory_place_unknown", said=given.text)
            return events
        if intent == "nlu_fallback" and given is None:
            return [FollowupAction("action_fallback")]
        slot = tracker.get_slot("topic")
        about = service_topic(
            intent,
            text,
            lang,
            place_named=given is not None,
            last_topic=str(slot) if slot else None,
        )
        if about.mode in ("topic", "followup"):
            # A question about the service, not for places ("can I stay with my kids in a
            # shelter?"): its topic answers, and the topic's buttons lead to the list.
            return [*events, *say_decision(dispatcher, tracker, about, lang)]
        if (
            intent in ("inform_location", "nlu_fallback")
            and not service
            and text
            and not text.startswith("/")
        ):
            # "estoy en la cdmx x tlahuac, a q oficina voy?" after asylum, "ki adres comar la":
            # where the office of a topic is, not what to look for near there.
            # Rasa's runner-up intents lean the reading to an area ("ki adres comar la":
            # asylum), as for any message Rasa did not place.
            others = [(n, p) for n, p in intent_ranking(tracker) if n != intent]
            asked = decide(
                "nlu_fallback",
                text,
                lang,
                last_topic=str(slot) if slot else None,
                ranking=others,
            )
            # So is moving there while asylum is asked ("mon cousin est à Tijuana, je peux partir
            # en attendant?": stay in the state); not any question with a place ("estoy en
            # tijuana cuanto cuesta un cuarto?" is no question about asylum's cost).
            moving = asked.topic == AFTER_APPLYING and asks_to_move(text)
            if asked.mode in ("topic", "followup") and (asked.kind == "where" or moving):
                if given is not None and given.fresh:
                    await db.run(locate.remember, sender, given)
                return [*events, *say_decision(dispatcher, tracker, asked, lang)]
        if ill_and_asks_the_cost(intent, text):
            say_followup(dispatcher, HEALTH_COSTS, "cost", lang)
        origin = (
            given
            or await db.run(locate.recalled, sender)
            or await anyio.to_thread.run_sync(locate.said_before, _earlier_texts(tracker))
        )
        if origin is None:
            if intent == "inform_location" and text and not text.startswith("/"):
                say(dispatcher, "utter_directory_place_unknown", said=text)
            else:
                say(dispatcher, "utter_directory_ask_location", service=service)
            return events
        if origin.fresh:
            await db.run(locate.remember, sender, origin)
        if not service:
            say(dispatcher, "utter_directory_choose_service", place=origin.label)
            return events
        page = int(entities["page"]) if entities.get("page", "").isdigit() else 1
        if text and not text.startswith("/"):  # a new request: its own words say for whom
            groups = groups_in(text)
            await db.run(locate.remember_groups, sender, groups)
        else:  # a button: the same filter as the list it came from
            groups = await db.run(locate.recalled_groups, sender)
        ask = _Ask(service, groups, Policy.from_settings(self.services.settings), utcnow())
        await self._list(dispatcher, origin, ask, max(1, page))
        if service in SERVICE_TOPICS:
            # "¿cuánto tiempo nos podemos quedar?" after the shelters is about shelters.
            events.append(SlotSet("topic", SERVICE_TOPICS[service]))
        return events

    async def _list(
        self, dispatcher: CollectingDispatcher, origin: Origin, ask: _Ask, page: int
    ) -> None:
        db, service = self.services.db, ask.service
        results, more = await db.run(_page, origin, ask, page)
        if results:
            say(dispatcher, "utter_directory_results", service=service, place=origin.label,
                results=[present.item(r, now=ask.now, policy=ask.policy) for r in results],
                page=page, first=(page - 1) * PAGE_SIZE + 1, more=more, groups=list(ask.groups),
            )  # fmt: skip
        elif page > 1:
            say(dispatcher, "utter_directory_no_more", service=service)
        else:
            nearest, state = await db.run(_nearest_far, origin, ask)
            item = present.item(nearest, now=ask.now, policy=ask.policy) if nearest else None
            say(dispatcher, "utter_directory_none_nearby", service=service, place=origin.label,
                km=int(NEARBY_KM), state=state, nearest=item,
            )  # fmt: skip

    async def _show_entry(
        self, dispatcher: CollectingDispatcher, key: int, view: str | None, origin: Origin | None
    ) -> None:
        found = await self.services.db.run(_entry, key, origin)
        if found is None:
            say(dispatcher, "utter_directory_gone")
            return
        policy = Policy.from_settings(self.services.settings)
        it = present.item(found, distance=origin is not None, policy=policy)
        name = "utter_directory_directions" if view == "map" else "utter_directory_details"
        say(dispatcher, name, item=it)
