"""The console in a real browser (Debian's Chromium via Playwright) against the app on a port.

A person writes on the web chat; an agent signs in, sees the urgent case first, claims it,
replies (the person's chat receives it), notes, refers to a directory service and closes; the
bot then answers the person again. Screenshots for the README go to docs/screenshots/.
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import ConsoleMessage, Page, expect
from sqlalchemy import select

from bot.db.models import Conversation, Message
from bot.db.session import Database
from bot.handoff.models import Case, CaseNote, Referral
from bot.settings import ROOT
from bot.staff import directory_link
from tests.conftest import LiveApp, make_settings
from tests.staff.helpers import PASSWORD, add_user

pytestmark = pytest.mark.browser
# The README's screenshots are refreshed on request, so a test run leaves the tree clean.
SCREENSHOTS = (
    ROOT / "docs" / "screenshots"
    if os.environ.get("PUENTE_UPDATE_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "puente-screenshots"
)
SERVICE = {
    "id": "mx-chis-tapachula-belen",
    "name": "Albergue Belén",
    "organization": "Albergue Belén A.C.",
    "category": "shelter",
    "city": "Tapachula",
    "state": "Chiapas",
    "country": "MX",
    "phone": "+52 962 000 0000",
    "populations": "all",
    "languages": "es; en",
    "cost": "free",
}


def chat(live: LiveApp, sender: str, text: str) -> dict[str, Any]:
    resp = httpx.post(
        f"{live.url}/api/chat", json={"sender": sender, "text": text, "lang": "es"}, timeout=30
    )
    assert resp.status_code == 200, resp.text
    data: dict[str, Any] = resp.json()
    return data


def ask_for_a_person(live: LiveApp, sender: str) -> None:
    """The web chat and Rasa's calls, as when a person asks for someone and agrees."""
    public_id = chat(live, sender, "hola")["conversation"]["id"]
    latest = {"intent": {"name": "affirm"}, "metadata": {"language": "es"}}
    tracker = {
        "sender_id": public_id,
        "slots": {},
        "latest_message": latest,
        "paused": False,
        "events": [
            {
                "event": "bot",
                "metadata": {
                    "utter_action": "utter_handoff_consent",
                    "category": "shelter",
                    "source": "request",
                },
            },
            {"event": "user", "parse_data": latest},
        ],
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    }
    call = {
        "next_action": "action_handoff_answer",
        "sender_id": public_id,
        "tracker": tracker,
        "domain": {},
        "version": "3.6.21",
    }
    assert httpx.post(f"{live.url}/rasa/actions", json=call, timeout=30).status_code == 200


def sign_in(page: Page, live: LiveApp, email: str, password: str = PASSWORD) -> None:
    page.goto(f"{live.url}/staff/login?lang=es")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]")


def csp_watch(page: Page) -> list[str]:
    problems: list[str] = []

    def seen(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or message.type == "error":
            problems.append(message.text)

    page.on("console", seen)
    page.on("dialog", lambda dialog: problems.append(f"dialog: {dialog.message}"))
    return problems


def test_an_agent_takes_an_urgent_case_from_inbox_to_closing(
    staff_page: Page, live: LiveApp
) -> None:
    page = staff_page
    db = Database.from_settings(make_settings(live_database(live)))
    try:
        add_user(db, "agente@example.org", "agent", "Lucía Agente")
        with db.session() as s:
            assert directory_link.save_row(s, SERVICE, date.today()) == []
        ask_for_a_person(live, "web-calm")
        danger = chat(live, "web-danger", "me tienen encerrada <script>alert('x')</script>")
        public_id = danger["conversation"]["id"]
        problems = csp_watch(page)

        sign_in(page, live, "agente@example.org")
        expect(page.locator(".urgent-alert")).to_be_visible()
        first = page.locator("tr.case-row").first
        expect(first).to_have_class(re.compile("priority-urgent"))
        expect(page.locator("tr.case-row")).to_have_count(2)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "inbox.png"), full_page=True)

        first.locator("a").click()
        expect(page.locator("#transcript")).to_contain_text("<script>alert('x')</script>")
        page.click("#claim")
        expect(page.locator("#assignee")).to_have_text("Lucía Agente")

        page.click("button.canned-reply >> nth=0")
        expect(page.locator("#reply-text")).to_have_value(re.compile("equipo de Puente"))
        page.fill("#reply-text", "Hola, soy Lucía. ¿Estás a salvo ahora?")
        page.click("#reply button[type=submit]")
        expect(page.locator("#transcript")).to_contain_text("¿Estás a salvo ahora?")
        updates = httpx.get(
            f"{live.url}/api/chat/updates", headers={"X-Puente-Sender": "web-danger"}, timeout=30
        ).json()
        assert "Hola, soy Lucía. ¿Estás a salvo ahora?" in [m["text"] for m in updates["messages"]]
        assert updates["conversation"]["status"] == "with_staff"

        chat(live, "web-danger", "sí, pero no puedo salir")
        expect(page.locator("#transcript")).to_contain_text("no puedo salir", timeout=15000)

        page.fill("#note-body", "Retenida en una casa en Tapachula; no tiene documentos.")
        page.click("#notes button[type=submit]")
        expect(page.locator("#notes")).to_contain_text("Retenida en una casa")

        page.fill("#service-place", "Tapachula")
        service = page.locator("input[name=service_id][value='mx-chis-tapachula-belen']")
        expect(service).to_be_visible(timeout=15000)
        service.check()
        page.fill("#referral-note", "Llamar antes de llegar.")
        page.click("#refer-button")
        expect(page.locator("#referrals article")).to_contain_text("Albergue Belén")
        page.screenshot(path=str(SCREENSHOTS / "case.png"), full_page=True)

        page.check("input[name=outcome][value=canalized]")
        page.click("#close-button")
        expect(page.locator("h1 .status")).to_have_text("Canalizado")
        assert problems == []

        with db.session() as s:
            conv = s.scalars(select(Conversation).where(Conversation.public_id == public_id)).one()
            case = s.scalars(select(Case).where(Case.conversation_id == conv.id)).one()
            assert conv.status == "bot" and case.status == "canalized"
            assert case.first_reply_at is not None and case.closed_at is not None
            ref = s.scalars(select(Referral).where(Referral.case_id == case.id)).one()
            assert ref.service_id == "mx-chis-tapachula-belen"
            assert s.scalars(select(CaseNote).where(CaseNote.case_id == case.id)).one()
            staff_reply = s.scalars(
                select(Message).where(Message.conversation_id == conv.id, Message.sender == "staff")
            ).one()
            assert staff_reply.staff_user_id == case.assignee_id
        back = chat(live, "web-danger", "hola")
        assert back["conversation"]["status"] == "bot" and back["messages"]
    finally:
        db.dispose()


def live_database(live: LiveApp) -> str:
    url: str = live.server.config.app.state.services.settings.database_url  # type: ignore[attr-defined]
    return url


def test_an_agent_cannot_open_another_agents_case(staff_page: Page, live: LiveApp) -> None:
    page = staff_page
    db = Database.from_settings(make_settings(live_database(live)))
    try:
        add_user(db, "uno@example.org")
        add_user(db, "dos@example.org")
        chat(live, "web-owned", "me tienen encerrada")
        with db.session() as s:
            case = s.scalars(select(Case)).one()
            case.assignee_id = 1
            case.status = "assigned"
            case_id = case.id
        sign_in(page, live, "dos@example.org")
        expect(page.locator("tr.case-row")).to_have_count(0)
        response = page.goto(f"{live.url}/staff/cases/{case_id}")
        assert response is not None and response.status == 403
        expect(page.locator(".error")).to_contain_text("No tienes acceso")
    finally:
        db.dispose()


def test_a_change_without_the_csrf_token_is_refused(staff_page: Page, live: LiveApp) -> None:
    page = staff_page
    db = Database.from_settings(make_settings(live_database(live)))
    try:
        add_user(db, "tres@example.org")
        chat(live, "web-csrf", "me tienen encerrada")
        sign_in(page, live, "tres@example.org")
        expect(page.locator("tr.case-row")).to_have_count(1)
        status = page.evaluate(
            "fetch('/staff/cases/1/claim', {method: 'POST', body: new URLSearchParams()})"
            ".then(r => r.status)"
        )
        assert status == 403
        with db.session() as s:
            assert s.scalars(select(Case)).one().assignee_id is None
    finally:
        db.dispose()


def test_five_wrong_passwords_slow_the_sign_in_down(staff_page: Page, live: LiveApp) -> None:
    page = staff_page
    db = Database.from_settings(make_settings(live_database(live)))
    try:
        add_user(db, "cuatro@example.org")
    finally:
        db.dispose()
    for _ in range(5):
        sign_in(page, live, "cuatro@example.org", "not the password")
    expect(page.locator(".error")).to_contain_text("Demasiados intentos")
    sign_in(page, live, "cuatro@example.org")
    expect(page.locator(".error")).to_contain_text("Demasiados intentos")
    assert "/staff/login" in page.url
