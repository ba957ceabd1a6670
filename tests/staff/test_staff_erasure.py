"""A supervisor erases a person's data on request: messages and contact go, counts stay."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from staff_helpers import add_user, danger_case, login

from bot.db.models import Contact, Message
from bot.db.session import Database
from bot.handoff.models import Case
from bot.staff.models import AuditEntry


def test_a_supervisor_erases_the_person_and_the_case_keeps_only_counts(
    client: TestClient, db: Database
) -> None:
    add_user(db, "sara@example.org", role="supervisor")
    case_id = danger_case(client, "p-erase", "me tienen encerrada, soy Marisol")
    csrf = login(client, "sara@example.org")
    page = client.get(f"/staff/cases/{case_id}")
    assert f'action="/staff/cases/{case_id}/erase"' in page.text

    resp = client.post(f"/staff/cases/{case_id}/erase", data={"csrf_token": csrf})
    assert resp.status_code == 200
    with db.session() as s:
        assert s.scalar(select(func.count(Message.id))) == 0
        assert s.scalar(select(func.count(Contact.id))) == 0
        case = s.get(Case, case_id)
        assert case is not None and case.close_reason == "erased" and case.priority == "urgent"
        actions = [e.action for e in s.scalars(select(AuditEntry))]
        assert "erase_person" in actions


def test_an_agent_cannot_erase(client: TestClient, db: Database) -> None:
    add_user(db, "ana@example.org")
    case_id = danger_case(client, "p-keep")
    csrf = login(client, "ana@example.org")
    assert "/erase" not in client.get(f"/staff/cases/{case_id}").text
    client.post(f"/staff/cases/{case_id}/erase", data={"csrf_token": csrf})
    with db.session() as s:
        assert s.scalar(select(func.count(Contact.id))) == 1
