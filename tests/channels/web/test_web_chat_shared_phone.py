"""The web chat on a shared phone, in a real headless Chromium on a phone-sized screen: the quick
exit, nothing kept unless asked, a conversation kept across a reload when asked, the browser's
language as a hint only, map links, a 2G connection. Screenshots for the README are taken here
(into PUENTE_SCREENSHOTS_DIR when it is set, e.g. docs/screenshots)."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import func, select

from bot.app import create_app
from bot.db.models import Conversation, Message
from bot.db.session import Database
from bot.outbox import store as outbox
from bot.reply import ASK_LOCATION, OutMessage, Place
from tests.conftest import LiveApp, free_port, make_settings

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 740}
Opened = tuple[Page, LiveApp, Database]


@pytest.fixture
def phone(chromium: Browser, sqlite_url: str) -> Iterator[Callable[[str], Opened]]:
    """Open a phone-sized page with the browser set to `locale` against a live app."""
    settings = make_settings(sqlite_url)
    db = Database.from_settings(settings)
    contexts = []
    with LiveApp(create_app(settings), free_port()) as live:

        def open_with(locale: str) -> Opened:
            context = chromium.new_context(locale=locale, viewport=PHONE, is_mobile=True)
            contexts.append(context)
            return context.new_page(), live, db

        try:
            yield open_with
        finally:
            for context in contexts:
                context.close()
            db.dispose()


def write(page: Page, text: str) -> None:
    page.locator("#text").fill(text)
    page.locator("#composer button[type=submit]").click()


def bot_bubbles(page: Page) -> int:
    return page.locator("#log .msg.bot").count()


def wait_answer(page: Page, before: int) -> None:
    expect(page.locator("#log .msg.bot").nth(before)).to_be_visible()


def stored_keys(page: Page) -> list[str]:
    keys: list[str] = page.evaluate("Object.keys(localStorage).concat(Object.keys(sessionStorage))")
    return keys


def test_the_quick_exit_leaves_for_a_blank_page_back_cannot_undo(
    phone: Callable[[str], Opened],
) -> None:
    page, live, _db = phone("es-MX")
    page.goto(f"{live.url}/privacy")  # where the person was before the chat, in this tab
    page.goto(f"{live.url}/")
    write(page, "me pegan en mi casa")
    wait_answer(page, 0)
    exit_button = page.get_by_role("button", name=re.compile("Salida rápida"))
    expect(exit_button).to_be_in_viewport()  # always in view
    exit_button.click()
    expect(page).to_have_url(f"{live.url}/blank")
    assert page.evaluate("document.body.innerText.trim()") == ""
    assert "Puente" not in page.title()
    assert stored_keys(page) == []
    page.go_back()
    expect(page).to_have_url(f"{live.url}/privacy")  # not the conversation
    assert page.locator("#log").count() == 0


def test_escape_is_a_quick_exit_too(phone: Callable[[str], Opened]) -> None:
    page, live, _db = phone("es-MX")
    page.goto(f"{live.url}/")
    page.keyboard.press("Escape")
    expect(page).to_have_url(f"{live.url}/blank")


def test_nothing_is_kept_on_the_phone_unless_the_person_asks(
    phone: Callable[[str], Opened],
) -> None:
    page, live, db = phone("es-MX")
    page.goto(f"{live.url}/")
    write(page, "hola")
    wait_answer(page, 0)
    assert stored_keys(page) == []
    page.reload()
    expect(page.locator("#composer")).to_be_visible()
    assert page.locator("#log .msg").count() == 0  # a reload ends the conversation here
    write(page, "hola")
    wait_answer(page, 0)
    with db.session() as s:  # and the next message starts another one (another sender)
        assert s.scalar(select(func.count()).select_from(Conversation)) == 2


def test_a_kept_conversation_continues_after_a_reload(
    phone: Callable[[str], Opened],
) -> None:
    page, live, db = phone("es-MX")
    page.goto(f"{live.url}/")
    page.get_by_label("Guardar esta conversación en este teléfono").check()
    write(page, "hola")
    wait_answer(page, 0)
    page.get_by_role("button", name="Asilo").first.click()
    expect(page.get_by_role("log")).to_contain_text("COMAR")
    said = page.locator("#log .msg").count()
    page.reload()
    expect(page.locator("#log .msg")).to_have_count(said)
    expect(page.get_by_label("Guardar esta conversación en este teléfono")).to_be_checked()
    before = bot_bubbles(page)
    write(page, "gracias")
    wait_answer(page, before)
    expect(page.locator("#log .msg.person")).to_have_count(3)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Conversation)) == 1
        inbound = select(func.count()).select_from(Message).where(Message.direction == "in")
        assert s.scalar(inbound) == 3
    # The quick exit erases even a kept conversation from the phone.
    page.get_by_role("button", name=re.compile("Salida rápida")).click()
    expect(page).to_have_url(f"{live.url}/blank")
    assert stored_keys(page) == []


def test_hola_on_an_english_phone_is_answered_in_spanish_until_english_is_picked(
    phone: Callable[[str], Opened],
) -> None:
    page, live, _db = phone("en-US")
    page.goto(f"{live.url}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    write(page, "hola")
    expect(page.get_by_role("button", name="Tus derechos")).to_be_visible()
    page.evaluate("window.samePage = true; window.entries = history.length")
    page.get_by_role("link", name="English").click()  # a choice, made on the page
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    assert page.evaluate("window.samePage === true && history.length === window.entries")
    write(page, "hola")
    expect(page.get_by_role("button", name="Your rights")).to_be_visible()


def test_a_place_from_the_team_shows_a_map_link(phone: Callable[[str], Opened]) -> None:
    page, live, db = phone("es-MX")
    page.goto(f"{live.url}/")
    write(page, "hola")
    wait_answer(page, 0)
    with db.session() as s:
        conv = s.scalars(select(Conversation)).one()
        place = Place("Casa del Migrante", "Av. Juárez 100, Tijuana", 32.5331, -117.0192)
        outbox.enqueue(s, conv, [OutMessage("Te esperan aquí.", place=place)], sender="staff")
    link = page.locator("a.map")
    expect(link).to_be_visible(timeout=10_000)  # the page asks for new messages every 4 s
    expect(link).to_contain_text("Casa del Migrante")
    href = link.get_attribute("href") or ""
    assert href.startswith("https://www.openstreetmap.org/?mlat=32.5331&mlon=-117.0192")
    assert link.get_attribute("rel") == "noopener noreferrer"


def test_a_question_about_the_place_offers_the_phones_location(
    chromium: Browser, sqlite_url: str
) -> None:
    settings = make_settings(sqlite_url)
    db = Database.from_settings(settings)
    with LiveApp(create_app(settings), free_port()) as live:
        context = chromium.new_context(
            locale="es-MX",
            viewport=PHONE,
            is_mobile=True,
            geolocation={"latitude": 32.5331, "longitude": -117.0192},
            permissions=["geolocation"],
        )
        try:
            page = context.new_page()
            page.goto(f"{live.url}/")
            write(page, "hola")
            wait_answer(page, 0)
            with db.session() as s:
                conv = s.scalars(select(Conversation)).one()
                asking = OutMessage("¿En qué ciudad estás?", asks=ASK_LOCATION)
                outbox.enqueue(s, conv, [asking], sender="staff")
            share = page.get_by_role("button", name="📍 Usar mi ubicación")
            expect(share).to_be_visible(timeout=10_000)
            before = bot_bubbles(page)
            share.click()
            wait_answer(page, before)
            with db.session() as s:
                conv = s.scalars(select(Conversation)).one()
                # Rounded to about a kilometre before it is stored (minimal data).
                assert (conv.location_lat, conv.location_lon) == (32.53, -117.02)
        finally:
            context.close()
            db.dispose()


def test_the_page_works_on_a_2g_connection(phone: Callable[[str], Opened]) -> None:
    page, live, _db = phone("es-MX")
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    # Chrome DevTools' "2G" profile: 300 ms round trips, 250 kbit/s down, 50 kbit/s up.
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 300,
            "downloadThroughput": 250 * 1024 / 8,
            "uploadThroughput": 50 * 1024 / 8,
        },
    )
    started = time.monotonic()
    page.goto(f"{live.url}/", wait_until="load")
    loaded = time.monotonic() - started
    write(page, "hola")
    wait_answer(page, 0)
    answered = time.monotonic() - started
    print(f"2G: page usable after {loaded:.1f} s, first answer after {answered:.1f} s")
    assert loaded < 4.0
    assert answered < 8.0


def test_screenshots_of_the_web_chat_on_a_phone(
    phone: Callable[[str], Opened], tmp_path: Path
) -> None:
    target = Path(os.environ.get("PUENTE_SCREENSHOTS_DIR") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    page, live, _db = phone("es-MX")
    page.goto(f"{live.url}/")
    page.screenshot(path=str(target / "web-chat-phone-start.png"))
    write(page, "hola")
    wait_answer(page, 0)
    page.get_by_role("button", name="Asilo").first.click()
    expect(page.get_by_role("log")).to_contain_text("COMAR")
    page.screenshot(path=str(target / "web-chat-phone-conversation.png"))
    for name in ("web-chat-phone-start.png", "web-chat-phone-conversation.png"):
        assert (target / name).stat().st_size > 5_000
