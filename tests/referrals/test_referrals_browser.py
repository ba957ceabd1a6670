"""The whole loop in a real browser (Debian's Chromium via Playwright) against the app on a port.

A person asks for help on the web chat; an agent refers them to a shelter from the case page,
choosing what may be shared; the person says yes on their chat; the shelter's link arrives by
e-mail (a real local SMTP server); the shelter opens it, accepts and records "attended"; the
person's check-in reaches their chat and their "yes" is stored; a supervisor reads the reports
and their charts. A partner's account is fenced off from everything else. Screenshots for the
README go to docs/screenshots/ when PUENTE_UPDATE_SCREENSHOTS is set.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from bot.app import create_app
from bot.db.session import Database
from bot.referrals import partners
from tests.conftest import LiveApp, free_port, make_settings
from tests.fakes.providers import wait_until
from tests.referrals.helpers import CLINIC, ORGANIZATION, directory_with_partners, referral
from tests.referrals.test_mail import Inbox
from tests.staff.helpers import add_user
from tests.staff.test_staff_browser import SCREENSHOTS, ask_for_a_person, chat, csp_watch, sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def mail() -> Iterator[tuple[Inbox, int]]:
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def loop_app(sqlite_url: str, mail: tuple[Inbox, int]) -> Iterator[tuple[LiveApp, Database]]:
    port = free_port()
    settings = make_settings(
        sqlite_url,
        PUBLIC_BASE_URL=f"http://127.0.0.1:{port}",
        STAFF_HOURS="Mo-Su 00:00-24:00",
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(mail[1]),
        SMTP_FROM="puente@example.org",
        SMTP_SECURITY="none",
        REFERRAL_POLL_SECONDS="0.5",
        REFERRAL_CHECKIN_HOURS="0.004",
        REFERRAL_CHECKIN_HOURS_BY_CATEGORY="",
    )
    db = Database.from_settings(settings)
    with LiveApp(create_app(settings), port) as app:
        yield app, db
    db.dispose()


@pytest.fixture
def context_page(chromium: Browser) -> Iterator[Any]:
    contexts = []

    def new_page() -> Page:
        context = chromium.new_context(locale="es-MX", viewport={"width": 1280, "height": 900})
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()


def web_updates(live: LiveApp, sender: str) -> list[dict[str, Any]]:
    resp = httpx.get(
        f"{live.url}/api/chat/updates", headers={"X-Puente-Sender": sender}, timeout=30
    )
    messages: list[dict[str, Any]] = resp.json()["messages"]
    return messages


def test_a_shelter_referral_closes_the_loop(
    loop_app: tuple[LiveApp, Database], mail: tuple[Inbox, int], context_page: Any
) -> None:
    live, db = loop_app
    inbox = mail[0]
    directory_with_partners(db)
    add_user(db, "agente@example.org", "agent", "Lucía Agente")
    add_user(db, "jefa@example.org", "supervisor", "Marta Jefa")
    ask_for_a_person(live, "web-ana")
    web_updates(live, "web-ana")

    page = context_page()
    problems = csp_watch(page)
    sign_in(page, live, "agente@example.org")
    page.locator("tr.case-row a").first.click()
    page.click("#claim")
    page.fill("#service-place", "Tapachula")
    service = page.locator("input[name=service_id][value='mx-chis-tapachula-belen']")
    expect(service).to_be_visible(timeout=15000)
    service.check()
    page.check("#share-first-name")
    page.fill("#referral-first-name", "Ana")
    page.check("#share-need")
    page.fill("#referral-need", "Cama para ella y su hija, dos noches")
    page.click("#refer-button")
    expect(page.locator(".loop-status")).to_have_attribute("data-status", "awaiting_consent")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("#referrals").screenshot(path=str(SCREENSHOTS / "referral-case.png"))

    # The person's chat asks them, in Spanish, with yes/no buttons; they tap "Sí, compartir".
    [question] = web_updates(live, "web-ana")
    assert ORGANIZATION in question["text"] and "Ana" in question["text"]
    assert [b["title"] for b in question["buttons"]] == ["Sí, compartir", "No"]
    assert referral(db, 1)["consent"] == "pending"
    reply = chat(live, "web-ana", question["buttons"][0]["payload"])
    assert ORGANIZATION in reply["messages"][0]["text"]
    page.reload()
    expect(page.locator(".loop-consent")).to_have_attribute("data-consent", "given")

    # The shelter's link arrives by e-mail; the shelter opens it in its own browser.
    wait_until(lambda: inbox.messages, timeout=20)
    body = inbox.messages[0][1].get_content()  # type: ignore[attr-defined]
    url = re.search(r"(http://\S+/partner/r/\S+)", body)
    assert url is not None
    partner = context_page()
    partner_problems = csp_watch(partner)
    partner.goto(url.group(1))
    expect(partner.locator("#shared-first-name")).to_have_text("Ana")
    expect(partner.locator("#referral-status")).to_have_attribute("data-status", "acknowledged")
    assert partner.locator("a").count() == 0  # no page is reachable from the link
    partner.screenshot(path=str(SCREENSHOTS / "partner-referral.png"), full_page=True)
    partner.click("#accept")
    expect(partner.locator("#referral-status")).to_have_attribute("data-status", "accepted")
    partner.check("input[name=value][value=attended]")
    partner.click("#save-outcome")
    expect(partner.locator("#referral-status")).to_have_attribute("data-status", "attended")
    assert referral(db, 1)["status"] == "attended"

    # The check-in reaches the person's chat; their "yes" is stored.
    checkin = wait_until(
        lambda: any("ayudó" in m["text"] for m in web_updates(live, "web-ana")),
        timeout=30,
        value=lambda: True,
    )
    assert checkin
    chat(live, "web-ana", '/referral_checkin{"id":"1","a":"yes"}')
    row = referral(db, 1)
    assert (row["checkin_status"], row["checkin_answer"]) == ("answered", "yes")

    # A supervisor reads the figures and the charts (SVG from the app, no script).
    boss = context_page()
    boss_problems = csp_watch(boss)
    sign_in(boss, live, "jefa@example.org")
    boss.goto(f"{live.url}/staff/reports")
    expect(boss.locator("#referrals-attended")).to_have_text("1")
    expect(boss.locator("#referrals-acknowledged")).to_have_text("1")
    for chart in ("#chart-category", "#chart-week"):
        loaded = boss.locator(chart).evaluate("img => img.complete && img.naturalWidth > 0")
        assert loaded, chart
    boss.screenshot(path=str(SCREENSHOTS / "reports-charts.png"), full_page=True)
    boss.goto(f"{live.url}/staff/referrals")
    expect(boss.locator("tr.referral-row[data-referral='1']")).to_have_attribute(
        "data-status", "attended"
    )
    assert problems == [] and partner_problems == [] and boss_problems == []


def test_a_partner_account_reaches_nothing_but_its_referrals(
    loop_app: tuple[LiveApp, Database], context_page: Any
) -> None:
    live, db = loop_app
    directory_with_partners(db)
    add_user(db, "agente@example.org", "agent")
    user_id = add_user(db, "clinica@example.org", "partner", "Dra. Pérez")
    with db.session() as s:
        [clinic] = [p for p in partners.all_partners(s) if p.organization == CLINIC["organization"]]
        partners.add_member(s, clinic.id, user_id)
    ask_for_a_person(live, "web-luis")  # case 1, with a referral to the shelter below
    agent = context_page()
    sign_in(agent, live, "agente@example.org")
    agent.locator("tr.case-row a").first.click()
    agent.fill("#service-name", "Albergue Belén")
    agent.click("#refer-button")
    expect(agent.locator(".loop-status")).to_have_attribute("data-status", "sent")

    page = context_page()
    sign_in(page, live, "clinica@example.org")
    expect(page).to_have_url(re.compile("/staff/partner$"))
    expect(page.locator("nav a")).to_have_count(2)  # its referrals and its account
    for path in (
        "/staff/partner/referrals/1",
        "/staff/inbox",
        "/staff/cases/1",
        "/staff/referrals",
        "/staff/reports",
        "/staff/audit",
        "/staff/admin/directory",
        "/staff/admin/users",
    ):
        response = page.goto(f"{live.url}{path}")
        assert response is not None and response.status == 403, path
        expect(page.locator(".error")).to_contain_text("No tienes acceso")
