"""The danger grade in the console: on the case page, the transcript and the inbox row; the safe
time or code word; the reminder to write neutral words, and the warning when the person asked
for discretion."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.base import utcnow
from bot.db.models import Contact
from bot.db.session import Database
from bot.handoff.models import Case
from tests.staff.helpers import add_user, danger_case, login


def test_the_case_page_and_the_inbox_show_the_grade_and_why(
    client: TestClient, db: Database
) -> None:
    add_user(db, "sara@example.org", role="supervisor")
    case_id = danger_case(client, "grade-1", "aqui en houston me tienen encerrada")
    login(client, "sara@example.org")
    page = client.get(f"/staff/cases/{case_id}").text
    assert 'id="grade"' in page and "grade-immediate" in page
    assert 'id="why"' in page and "Estados Unidos" in page  # the reason "place:us", in Spanish
    inbox = client.get("/staff/inbox").text
    assert "grade-immediate" in inbox


def test_staff_keep_a_safe_time_on_the_case(client: TestClient, db: Database) -> None:
    add_user(db, "sara@example.org", role="supervisor")
    case_id = danger_case(client, "safe-2")
    csrf = login(client, "sara@example.org")
    resp = client.post(
        f"/staff/cases/{case_id}/safe-contact",
        data={"value": "after 8 pm, code word tamales", "csrf_token": csrf},
        follow_redirects=False,
    )
    assert resp.status_code == 303
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.safe_contact == "after 8 pm, code word tamales"
    assert "code word tamales" in client.get(f"/staff/cases/{case_id}").text


def test_a_person_who_asked_for_discretion_is_shown_as_quiet(
    client: TestClient, db: Database
) -> None:
    add_user(db, "sara@example.org", role="supervisor")
    case_id = danger_case(client, "quiet-2")
    client.post(
        "/api/chat",
        json={"sender": "quiet-2", "text": "borré el chat, no me escriban", "lang": "es"},
    )
    login(client, "sara@example.org")
    page = client.get(f"/staff/cases/{case_id}").text
    assert 'id="quiet-warning"' in page


def test_staff_are_reminded_to_write_neutral_words_outside_a_live_exchange(
    client: TestClient, db: Database
) -> None:
    add_user(db, "sara@example.org", role="supervisor")
    case_id = danger_case(client, "neutral-1")
    login(client, "sara@example.org")
    assert 'id="neutral-reminder"' not in client.get(f"/staff/cases/{case_id}").text
    with db.session() as s:  # the person last wrote two hours ago
        contact = s.scalars(select(Contact)).one()
        contact.last_inbound_at = utcnow() - timedelta(hours=2)
        s.commit()
    assert 'id="neutral-reminder"' in client.get(f"/staff/cases/{case_id}").text
