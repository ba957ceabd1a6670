"""The web chat for a shared phone, without a browser: the language hint, places in answers,
a page small enough for 2G, and the neutral page the quick exit goes to."""

from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.models import Conversation
from bot.db.session import Database
from bot.outbox import store as outbox
from bot.reply import ASK_LOCATION, OutMessage, Place
from bot.settings import LANGUAGES

PAGE_BUDGET = 60_000  # bytes of HTML, CSS and JavaScript together


def chat(client: TestClient, sender: str, text: str, **extra: object) -> dict[str, object]:
    resp = client.post("/api/chat", json={"sender": sender, "text": text, **extra})
    assert resp.status_code == 200, resp.text
    data: dict[str, object] = resp.json()
    return data


def language(data: dict[str, object]) -> str:
    conversation = data["conversation"]
    assert isinstance(conversation, dict)
    return str(conversation["language"])


def test_the_browser_language_is_a_hint_and_what_the_person_writes_decides(
    client: TestClient,
) -> None:
    assert language(chat(client, "w1", "hola", lang_hint="en-US")) == "es"
    assert language(chat(client, "w2", "hello, I need help", lang_hint="es-MX")) == "en"
    assert language(chat(client, "w3", "/help_menu", lang_hint="fr-FR")) == "fr"  # no words
    assert language(chat(client, "w4", "hola", lang_hint="xx-not-a-language")) == "es"
    # A language picked on the page is a choice: it wins over the words.
    assert language(chat(client, "w5", "hola", lang="en", lang_hint="es")) == "en"


def test_staff_messages_carry_their_place_and_question_to_the_page(
    client: TestClient, db: Database
) -> None:
    chat(client, "w6", "hola")
    with db.session() as s:
        conv = s.scalars(select(Conversation)).one()
        place = Place("Casa del Migrante", "Av. Juárez 100, Tijuana", 32.5331, -117.0192)
        outbox.enqueue(s, conv, [OutMessage("Aquí está", place=place)], sender="staff")
        outbox.enqueue(s, conv, [OutMessage("¿Dónde estás?", asks=ASK_LOCATION)], sender="staff")
    data = client.get("/api/chat/updates", headers={"X-Puente-Sender": "w6"}).json()
    first, second = data["messages"]
    assert first["place"] == {
        "name": "Casa del Migrante",
        "address": "Av. Juárez 100, Tijuana",
        "lat": 32.5331,
        "lon": -117.0192,
    }
    assert second["asks"] == "location" and "place" not in second


def test_the_page_fits_a_2g_budget_and_loads_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/", headers={"accept-language": "en-US,en;q=0.9"})
    css = client.get("/static/chat.css")
    js = client.get("/static/chat.js")
    assert page.status_code == css.status_code == js.status_code == 200
    total = len(page.content) + len(css.content) + len(js.content)
    assert total < PAGE_BUDGET, f"{total} bytes"
    html = page.text
    assert not re.search(r'(src|href)="(https?:)?//', html)  # no third-party script or style
    assert "@font-face" not in css.text and "@import" not in css.text
    labels = json.loads(re.findall(r'id="labels">(.*?)</script>', html, re.S)[0])
    assert set(labels) == set(LANGUAGES)
    assert labels["es"]["quick_exit"] == "Salida rápida"
    assert 'id="exit"' in html and 'href="/blank"' in html
    assert 'data-chosen="no"' in html  # the browser's language only shapes the words
    assert 'data-chosen="yes"' in client.get("/?lang=fr").text
    assert page.headers["cache-control"] == "no-store"


def test_the_quick_exit_lands_on_a_page_that_names_nothing(client: TestClient) -> None:
    blank = client.get("/blank")
    assert blank.status_code == 200
    assert blank.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in blank.headers["content-security-policy"]
    text = blank.text.lower()
    for word in ("puente", "migra", "chat", "help", "ayuda", "<script", "http"):
        assert word not in text
