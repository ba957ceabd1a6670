"""The directory in conversation: the action with a real tracker and database, and its responses."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from bot.actions.directory import ActionFindService
from bot.db.models import Conversation
from bot.db.session import Database
from bot.directory import messages as dm
from bot.directory.importer import import_files
from bot.i18n import has_translation
from bot.rasa.client import RasaClient
from bot.reply import OutMessage
from bot.responses import RenderContext, render
from bot.services import Services
from bot.settings import ROOT, Settings
from tests.directory.support import web_conversation

SEED = sorted((ROOT / "directory").glob("*.csv"))


@pytest.fixture
async def services(settings: Settings, db: Database) -> AsyncIterator[Services]:
    assert import_files(db, SEED).ok
    built = Services(settings=settings, db=db, rasa=RasaClient(settings.rasa_url))
    yield built
    await built.rasa.close()


@pytest.fixture
def sender(db: Database) -> str:
    return web_conversation(db, "tester")


def tracker(
    sender: str, text: str, intent: str, entities: dict[str, str] | None = None,
    lang: str = "es", channel: str = "web", slots: dict[str, Any] | None = None,
    location: dict[str, float] | None = None,
) -> Tracker:  # fmt: skip
    meta: dict[str, Any] = {"language": lang, "channel": channel}
    if location:
        meta["location"] = location
    ents = [{"entity": k, "value": v} for k, v in (entities or {}).items()]
    return Tracker.from_dict({
        "sender_id": sender, "slots": slots or {}, "events": [], "paused": False,
        "latest_message": {"text": text, "intent": {"name": intent, "confidence": 0.9},
                           "entities": ents, "metadata": meta},
        "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen",
    })  # fmt: skip


async def run(services: Services, t: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = await ActionFindService(services).run(dispatcher, t, {})
    return dispatcher.messages, events


def shown(message: dict[str, Any], lang: str = "es", channel: str = "web") -> OutMessage:
    payload = message["custom"]  # what `say` hands Rasa: the response's name and arguments
    out = render(
        payload["response"], RenderContext(lang=lang, channel=channel, args=payload["args"])
    )
    assert out is not None
    for button in out.buttons:
        assert len(button.payload.encode("utf-8")) <= 64, button.payload
    return out


def stored_location(db: Database, sender: str) -> tuple[float | None, float | None, str | None]:
    with db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.public_id == sender)).one()
        return conv.location_lat, conv.location_lon, conv.location_label


async def test_shelter_in_tijuana_is_listed_with_buttons(services: Services, sender: str) -> None:
    said = tracker(sender, "busco albergue en tijuana", "find_shelter", {"location": "tijuana"})
    messages, events = await run(services, said)
    assert [m["utter_action"] for m in messages] == ["utter_directory_results"]
    assert {"event": "slot", "timestamp": None, "name": "service", "value": "shelter"} in events
    out = shown(messages[0])
    assert out.text.startswith("Albergues cerca de Tijuana, Baja California")
    assert "Casa del Migrante en Tijuana" in out.text and "📞" in out.text and "🕒" in out.text
    assert "solo conozco la ciudad" in out.text  # city-centre coordinates said plainly
    assert "No confirmado recientemente" in out.text  # old verification said plainly
    payloads = [b.payload for b in out.buttons]
    assert payloads[-2:] == ['/find_shelter{"page":"2"}', "/request_human"]
    assert all(p.startswith('/find_shelter{"entry":') for p in payloads[:3])
    assert stored_location(services.db, sender) == (32.5, -117.0, "Tijuana, Baja California")


@pytest.mark.parametrize(
    ("lang", "text", "intro"),
    [
        ("en", "I need a shelter in Tijuana", "Shelters near Tijuana"),
        ("ht", "m ap chèche yon abri nan Tijuana", "Abri toupre Tijuana"),
        ("fr", "je cherche un refuge à Tijuana", "Refuges près de Tijuana"),
    ],
)
async def test_each_language_and_free_text_places(
    services: Services, sender: str, lang: str, text: str, intro: str
) -> None:
    messages, _ = await run(services, tracker(sender, text, "find_shelter", lang=lang))
    assert shown(messages[0], lang).text.startswith(intro)


async def test_a_service_named_in_a_message_heard_as_a_place(
    services: Services, sender: str
) -> None:
    said = tracker(
        sender,
        "m ap chèche yon abri nan Tijuana",
        "inform_location",
        {"location": "Tijuana"},
        lang="ht",
    )
    messages, events = await run(services, said)
    assert (
        messages[0]["utter_action"] == "utter_directory_results" and events[0]["value"] == "shelter"
    )
    messages, _ = await run(services, tracker(sender, "estoy en Tijuana", "inform_location"))
    assert messages[0]["utter_action"] == "utter_directory_choose_service"


async def test_without_a_place_it_asks_by_channel(services: Services, sender: str) -> None:
    for channel, has_key in (("telegram", True), ("whatsapp", True), ("web", False)):
        messages, events = await run(
            services, tracker(sender, "necesito un abogado", "find_legal_help", channel=channel)
        )
        assert [m["utter_action"] for m in messages] == ["utter_directory_ask_location"]
        out = shown(messages[0], "es", channel)
        assert ("/inform_location" in [b.payload for b in out.buttons]) is has_key
        assert out.buttons[-1].payload == "/request_human"
    assert events[0]["value"] == "legal_aid"


async def test_the_answer_to_where_then_more(services: Services, sender: str) -> None:
    answer = tracker(
        sender, "Tijuana", "inform_location", {"location": "Tijuana"}, slots={"service": "shelter"}
    )
    messages, _ = await run(services, answer)
    first = shown(messages[0])
    assert first.text.count("\n1. ") + first.text.count("\n2. ") + first.text.count("\n3. ") == 3
    more = tracker(sender, '/find_shelter{"page":"2"}', "find_shelter", {"page": "2"})
    messages, _ = await run(services, more)
    second = shown(messages[0])
    assert second.text.startswith("Más lugares: albergues") and "\n4. " in second.text
    last = tracker(sender, '/find_shelter{"page":"9"}', "find_shelter", {"page": "9"})
    messages, _ = await run(services, last)
    assert messages[0]["utter_action"] == "utter_directory_no_more"


async def test_a_shared_location_is_rounded_and_kept_on_the_conversation(
    services: Services, sender: str, db: Database
) -> None:
    point = {"lat": 14.90912, "lon": -92.26543}
    messages, _ = await run(services, tracker(sender, "", "inform_location", location=point))
    assert messages[0]["utter_action"] == "utter_directory_choose_service"
    assert shown(messages[0]).text == "¿Qué buscas cerca de ti?"
    assert stored_location(db, sender) == (14.91, -92.27, None)
    messages, _ = await run(services, tracker(sender, "/find_shelter", "find_shelter"))
    out = shown(messages[0])
    assert out.text.startswith("Albergues cerca de ti") and "Tapachula" in out.text


async def test_unknown_place_and_fallback(services: Services, sender: str) -> None:
    messages, _ = await run(
        services, tracker(sender, "Narnia", "inform_location", {"location": "Narnia"})
    )
    assert messages[0]["utter_action"] == "utter_directory_place_unknown"
    assert "«Narnia»" in shown(messages[0]).text
    messages, events = await run(services, tracker(sender, "asdf qwer", "nlu_fallback"))
    assert messages == [] and events[0]["event"] == "followup"
    messages, _ = await run(
        services, tracker(sender, "tijuna", "nlu_fallback", slots={"service": "shelter"})
    )
    assert messages[0]["utter_action"] == "utter_directory_results"
    unsure = tracker(sender, "zzq Tijuana", "nlu_fallback", {"location": "Tijuana"})
    messages, _ = await run(services, unsure)
    assert messages[0]["utter_action"] == "utter_directory_choose_service"


async def test_nothing_nearby_offers_the_nearest_and_national_lines(
    services: Services, sender: str
) -> None:
    said = tracker(
        sender, "I need a lawyer in Houston", "find_legal_help", {"location": "Houston"}, lang="en"
    )
    messages, _ = await run(services, said)
    assert messages[0]["utter_action"] == "utter_directory_none_nearby"
    out = shown(messages[0], "en")
    assert out.text.startswith("I found no free legal help within 150 km of Houston, Texas.")
    assert (
        "The nearest one I know:" in out.text and "800 5533 000" in out.text and "911" in out.text
    )
    assert [b.payload for b in out.buttons][-2:] == ["/request_human", "/help_menu"]
    far = "Benemérito de las Américas"
    said = tracker(sender, f"estoy en {far}", "find_legal_help", {"location": far})
    messages, _ = await run(services, said)  # Tapachula is some 250 km away, in Chiapas too
    assert messages[0]["state"] == "Chiapas"
    assert "El más cercano que conozco en Chiapas:" in shown(messages[0]).text


async def test_details_directions_and_gone(services: Services, sender: str) -> None:
    messages, _ = await run(
        services, tracker(sender, "albergue en Tijuana", "find_shelter", {"location": "Tijuana"})
    )
    key = messages[0]["results"][0]["key"]
    messages, _ = await run(services, tracker(sender, "/x", "find_shelter", {"entry": str(key)}))
    details = shown(messages[0], "en")
    assert (
        details.text.startswith("Casa del Migrante en Tijuana")
        and "not confirmed recently" in details.text.lower()
    )
    assert details.buttons[0].payload == json_payload("find_shelter", entry=str(key), view="map")
    messages, _ = await run(
        services, tracker(sender, "/x", "find_shelter", {"entry": str(key), "view": "map"})
    )
    directions = shown(messages[0], "en")
    assert "https://www.google.com/maps/search/?api=1&query=Casa+del+Migrante" in directions.text
    assert "do not have the exact address" in directions.text
    messages, _ = await run(services, tracker(sender, "/x", "find_shelter", {"entry": "999999"}))
    assert messages[0]["utter_action"] == "utter_directory_gone"


def json_payload(intent: str, **entities: str) -> str:
    return f"/{intent}{json.dumps(entities, separators=(',', ':'))}"


@pytest.mark.parametrize("lang", ["es", "fr", "ht"])
def test_every_directory_string_is_translated(lang: str) -> None:
    strings = [v for k, v in vars(dm).items() if k.isupper() and isinstance(v, str)]
    strings += [v for d in (dm.SERVICE_NAMES, dm.POPULATION_NAMES) for v in d.values()]
    assert [s for s in strings if not has_translation(lang, s)] == []


def test_the_app_serves_directory_responses_and_the_action(
    client: TestClient, settings: Settings
) -> None:
    db = Database.from_settings(settings)
    try:
        assert import_files(db, SEED).ok
    finally:
        db.dispose()
    meta = {"language": "ht", "channel": "telegram"}
    body = {
        "response": "utter_directory_ask_location",
        "arguments": {},
        "tracker": {"latest_message": {"metadata": meta}},
        "channel": {"name": "collector"},
    }
    answer = client.post("/rasa/nlg", json=body).json()
    assert (
        answer["text"].startswith("Ki kote ou ye?")
        and answer["buttons"][0]["payload"] == "/inform_location"
    )
    call = {
        "next_action": "action_find_service", "sender_id": "nobody", "version": "3.6.21",
        "domain": {}, "tracker": tracker("nobody", "albergue en Tijuana", "find_shelter",
                                         {"location": "Tijuana"}).current_state(),
    }  # fmt: skip
    result = client.post("/rasa/actions", json=call).json()
    assert result["responses"][0]["utter_action"] == "utter_directory_results"
    assert len(result["responses"][0]["results"]) == 3


async def test_where_an_office_is_heard_as_a_place_gets_the_office(
    services: Services, sender: str
) -> None:
    """Development journeys, round 2: "estoy en la cdmx x tlahuac a q oficina voy" after the
    asylum topic, and "ki adres comar la", got "what are you looking for near Mexico City?"."""
    said = tracker(
        sender,
        "estoy en la cdmx x tlahuac a q oficina voy",
        "inform_location",
        {"location": "cdmx"},
        slots={"topic": "asylum"},
    )
    messages, events = await run(services, said)
    assert messages[0]["utter_action"] == "utter_followup"
    assert (messages[0]["topic"], messages[0]["kind"]) == ("asylum", "where")
    assert {"event": "slot", "name": "topic", "value": "asylum"}.items() <= events[-1].items()
    # The place is remembered for a search later.
    assert stored_location(services.db, sender)[2] is not None


def _after(t: Tracker, *earlier: str) -> Tracker:
    """The same tracker with the person's earlier messages before this one."""
    said = [{"event": "user", "text": text} for text in earlier]
    t.events = [*said, {"event": "user", "text": t.latest_message["text"]}]
    return t


async def test_the_place_said_earlier_is_searched_from(
    services: Services, sender: str, db: Database
) -> None:
    """ "M rive tapachula depi 10 jou", then "e kote m ka dòmi?" asked "which city?" again
    (development journeys, round 2, ht #0)."""
    said = _after(
        tracker(sender, "e kote m ka dòmi pandan m ap tann", "find_shelter", lang="ht"),
        "m se ayisyen m rive tapachula depi 10 jou. m vle mande azil",
        "e konbyen li koute?",
    )
    messages, _ = await run(services, said)
    assert messages[0]["utter_action"] == "utter_directory_results"
    assert "Tapachula" in (stored_location(db, sender)[2] or "")


@pytest.mark.parametrize(
    "earlier",
    [
        "soy de veracruz, me trajeron a trabajar",  # a home town is no place to search from
        "mi prima vive en otro lado",
    ],
)
async def test_a_place_not_said_as_where_the_writer_is_is_not_used(
    services: Services, sender: str, earlier: str
) -> None:
    messages, _ = await run(
        services, _after(tracker(sender, "necesito un albergue", "find_shelter"), earlier)
    )
    assert [m["utter_action"] for m in messages] == ["utter_directory_ask_location"]


async def test_the_question_for_the_city_says_what_will_be_looked_for(
    services: Services, sender: str
) -> None:
    """ "Tmb quisieramos un abogado pero no tenemos dinero" got only "which city?" (development
    journeys, round 2): the person hears that the help looked for is free first."""
    messages, _ = await run(
        services,
        tracker(sender, "quisieramos un abogado pero no tenemos dinero", "find_legal_help"),
    )
    assert messages[0]["utter_action"] == "utter_directory_ask_location"
    text = shown(messages[0]).text
    assert text.startswith("Buscaré «Ayuda legal gratis» cerca de ti.")


async def test_an_office_asked_for_with_a_place_gets_its_addresses(
    services: Services, sender: str
) -> None:
    """ "Mwen nan mexico city bo tlahuac. ki adres comar la tanpri", heard as a place, got "what
    are you looking for near Mexico City?" (development journeys, round 2, ht #1): Rasa's
    runner-up (asylum) leans the reading to COMAR's offices."""
    said = tracker(
        sender,
        "mwen nan mexico city bo tlahuac. ki adres comar la tanpri",
        "inform_location",
        lang="ht",
    )
    said.latest_message["intent_ranking"] = [
        {"name": "inform_location", "confidence": 0.50},
        {"name": "ask_asylum", "confidence": 0.30},
        {"name": "ask_where", "confidence": 0.19},
    ]
    messages, _ = await run(services, said)
    assert [m["custom"]["args"].get("kind") for m in messages][:1] == ["where"]
    assert "Iztapalapa" in shown(messages[0], lang="ht").text


@pytest.mark.parametrize(
    ("text", "lang", "free"),
    [
        (
            "m malad depi 1 semen, m gen lafyèv e m pa gen IMSS, m pa gen lajan. eske lopital "
            "leta a ap fè m peye?",
            "ht",
            "gratis",
        ),
        ("estoy embarazada y me duele mucho la panza, es gratis el hospital?", "es", "gratis"),
    ],
)
async def test_someone_ill_who_asks_the_cost_hears_it_before_the_city(
    services: Services, sender: str, text: str, lang: str, free: str
) -> None:
    """Ill and asking what the public hospital costs got only "which city?" (development
    journeys, round 2, ht #7): what public care costs first, then the search."""
    messages, _ = await run(services, tracker(sender, text, "find_health", lang=lang))
    assert [m["utter_action"] for m in messages] == [
        "utter_followup",
        "utter_directory_ask_location",
    ]
    assert free in shown(messages[0], lang=lang).text


async def test_someone_ill_who_asks_where_gets_only_the_search(
    services: Services, sender: str
) -> None:
    messages, _ = await run(
        services, tracker(sender, "tengo fiebre, donde hay un doctor", "find_health")
    )
    assert [m["utter_action"] for m in messages] == ["utter_directory_ask_location"]


async def test_moving_while_asking_for_asylum_is_no_search_near_the_city(
    services: Services, sender: str
) -> None:
    """ "mon cousin est à Tijuana, je peux partir en attendant?" after the asylum decision time
    (Rasa understood nothing, but named Tijuana) had asked what to look for near Tijuana; the
    asylum procedure says to stay in the state (third development round of journeys)."""
    said = tracker(
        sender,
        "mon cousin est a tijuana il dit de venir la-bas, je peux partir en attendant?",
        "nlu_fallback",
        {"location": "Tijuana"},
        lang="fr",
        slots={"topic": "asylum"},
    )
    messages, _ = await run(services, said)
    assert messages[0]["utter_action"] == "utter_topic_page"
    assert messages[0]["custom"]["args"]["topic"] == "asylum_process"
    # A place alone, with nothing asked about the topic, still asks what to look for there.
    messages, _ = await run(
        services,
        tracker(
            sender,
            "estoy en Tijuana",
            "nlu_fallback",
            {"location": "Tijuana"},
            slots={"topic": "asylum"},
        ),
    )
    assert messages[0]["utter_action"] == "utter_directory_choose_service"
