"""First-reply targets by risk: counted in the team's working time; a missed one alerts.

The clock arithmetic is checked against a real calendar (Mexico City's office hours); the
alert goes through the real follow-up loop to the local stand-in for Telegram's Bot API:
first the supervisors' group, then the next person of the on-call list, and the inbox shows
the countdown and the banner.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from bot.app import create_app
from bot.db.session import Database
from bot.referrals.timers import due_at
from bot.settings import Settings
from tests.conftest import make_settings
from tests.fakes.providers import PUBLIC_BASE_URL, FakeBotApi, settings_for, wait_until
from tests.staff.helpers import add_user, danger_case, login

MX = ZoneInfo("America/Mexico_City")
STAFF_CHAT = "-1001"
ON_CALL = "5550001"


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=MX)


@pytest.mark.parametrize(
    ("priority", "opened", "due"),
    [
        ("urgent", local(2026, 12, 8, 10, 0), local(2026, 12, 8, 10, 15)),  # Tuesday morning
        ("urgent", local(2026, 12, 5, 23, 0), local(2026, 12, 7, 9, 15)),  # Saturday night
        ("urgent", local(2026, 12, 8, 17, 55), local(2026, 12, 9, 9, 10)),  # just before closing
        ("high", local(2026, 12, 4, 17, 0), local(2026, 12, 7, 10, 0)),  # Friday afternoon
        ("normal", local(2026, 12, 4, 17, 0), local(2026, 12, 7, 17, 0)),  # one working day
        ("normal", local(2026, 12, 6, 12, 0), local(2026, 12, 8, 9, 0)),  # Sunday: from Monday
    ],
)
def test_targets_count_working_time(priority: str, opened: datetime, due: datetime) -> None:
    settings = make_settings("sqlite://", STAFF_HOURS="Mo-Fr 09:00-18:00")
    assert due_at(settings, priority, opened) == due


def test_targets_are_settings() -> None:
    settings = make_settings("sqlite://", FIRST_REPLY_TARGETS="urgent=5m,high=1h")
    opened = local(2026, 12, 8, 10, 0)
    assert due_at(settings, "urgent", opened) == local(2026, 12, 8, 10, 5)
    assert due_at(settings, "normal", opened) is None
    with pytest.raises(ValueError, match="FIRST_REPLY_TARGETS"):
        make_settings("sqlite://", FIRST_REPLY_TARGETS="urgent=soon")


@pytest.fixture
def timer_settings(database_url: str, bot_api: FakeBotApi) -> Settings:
    return settings_for(
        database_url,
        bot_api,
        STAFF_HOURS="Mo-Su 00:00-24:00",
        TELEGRAM_STAFF_CHAT_ID=STAFF_CHAT,
        FIRST_REPLY_TARGETS="urgent=0.03m,high=2h,normal=1d",
        ON_CALL_TELEGRAM=f"{ON_CALL},5550002",
        ON_CALL_STEP_MINUTES="0.03",
        STAFF_ALERT_POLL_SECONDS="0.2",
    )


@pytest.fixture
def timer_client(timer_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(timer_settings), base_url=PUBLIC_BASE_URL) as client:
        yield client


def texts_to(bot_api: FakeBotApi, chat: str) -> list[str]:
    return [
        str(c.params["text"])
        for c in bot_api.of("sendMessage")
        if str(c.params.get("chat_id")) == chat
    ]


def test_an_urgent_case_left_unanswered_alerts_supervisors_then_on_call(
    timer_client: TestClient, timer_settings: Settings, bot_api: FakeBotApi
) -> None:
    db = Database.from_settings(timer_settings)
    try:
        add_user(db, "agente@example.org", "agent")
    finally:
        db.dispose()
    case_id = danger_case(timer_client, "web-urgent")
    overdue = wait_until(
        lambda: any("plazo de respuesta" in t for t in texts_to(bot_api, STAFF_CHAT)),
        timeout=20,
        value=lambda: [t for t in texts_to(bot_api, STAFF_CHAT) if "plazo" in t],
    )
    assert len(overdue) == 1 and f"#{case_id}" in overdue[0]
    assert "encerrada" not in overdue[0]  # no personal content in an alert
    called = wait_until(
        lambda: texts_to(bot_api, ON_CALL), timeout=20, value=lambda: texts_to(bot_api, ON_CALL)
    )
    assert "guardia" in called[0] and f"#{case_id}" in called[0]
    wait_until(lambda: texts_to(bot_api, "5550002"), timeout=20)
    login(timer_client, "agente@example.org")
    rows = timer_client.get("/staff/inbox/rows").text
    assert "overdue-alert" in rows and "reply-due overdue" in rows
    # Nobody else is called once someone answers the person.
    staff_calls = len(bot_api.of("sendMessage"))
    csrf = login(timer_client, "agente@example.org")
    timer_client.post(f"/staff/cases/{case_id}/claim", data={"csrf_token": csrf})
    timer_client.post(
        f"/staff/cases/{case_id}/reply", data={"csrf_token": csrf, "text": "Hola, aquí estoy."}
    )
    rows = timer_client.get("/staff/inbox/rows").text
    assert "overdue-alert" not in rows
    after = len(bot_api.of("sendMessage"))
    assert all("plazo" not in str(c.params["text"]) for c in bot_api.of("sendMessage")[after:])
    assert after >= staff_calls
