"""The web chat page in a real headless Chromium on a phone-sized screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from bot.app import create_app
from tests.conftest import LiveApp, free_port, make_settings

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(chromium: Browser, sqlite_url: str) -> Iterator[tuple[Page, LiveApp]]:
    """A phone-sized page against the app (Rasa unreachable: answers come from the catalogs)."""
    with LiveApp(create_app(make_settings(sqlite_url)), free_port()) as live:
        context = chromium.new_context(
            locale="es-MX", viewport={"width": 360, "height": 740}, is_mobile=True
        )
        page = context.new_page()
        try:
            yield page, live
        finally:
            context.close()


def test_a_person_writes_taps_a_button_and_reads_the_topic(phone: tuple[Page, LiveApp]) -> None:
    page, live = phone
    page.goto(f"{live.url}/?lang=es")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    page.get_by_label("Tu mensaje").fill("hola")
    page.get_by_role("button", name="Enviar").click()
    asylum = page.get_by_role("button", name="Asilo").first
    expect(asylum).to_be_visible()
    asylum.click()
    expect(page.get_by_role("log")).to_contain_text("COMAR")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "the page must not scroll sideways on a phone"


def test_a_persons_script_is_shown_as_text(phone: tuple[Page, LiveApp]) -> None:
    page, live = phone
    page.goto(f"{live.url}/?lang=en")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.get_by_label("Your message").fill("<script>alert(1)</script>")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("log")).to_contain_text("<script>alert(1)</script>")
    expect(page.get_by_role("log").locator(".msg.bot").first).to_be_visible()
    assert dialogs == []


def test_the_page_follows_the_chosen_language(phone: tuple[Page, LiveApp]) -> None:
    page, live = phone
    page.goto(f"{live.url}/")
    page.get_by_role("link", name="Kreyòl").click()
    expect(page.locator("html")).to_have_attribute("lang", "ht")
    expect(page.get_by_role("button", name="Voye")).to_be_visible()
