"""The staff JSON API: per-user tokens (hashed), the same need-to-know and audit as the console."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.models import Conversation, Message
from bot.db.session import Database
from bot.handoff.models import Case
from bot.staff.auth import new_api_token
from bot.staff.models import ApiToken, AuditEntry
from tests.staff.helpers import add_user, consent_to_handoff, danger_case, login


def token_for(db: Database, user_id: int) -> dict[str, str]:
    with db.session() as s:
        return {"Authorization": f"Bearer {new_api_token(s, user_id, 'test')}"}


def test_tokens_are_required_hashed_and_revocable(client: TestClient, db: Database) -> None:
    uid = add_user(db, "ana@example.org", "supervisor")
    assert client.get("/api/staff/me").status_code == 401
    assert (
        client.get("/api/staff/me", headers={"Authorization": "Bearer pst_nope"}).status_code == 401
    )
    headers = token_for(db, uid)
    me = client.get("/api/staff/me", headers=headers)
    assert me.status_code == 200 and me.json()["role"] == "supervisor"
    token = headers["Authorization"].split()[1]
    with db.session() as s:
        row = s.scalars(select(ApiToken)).one()
        assert token not in row.token_hash and len(row.token_hash) == 64
        row.revoked_at = row.created_at
    assert client.get("/api/staff/me", headers=headers).status_code == 401


def test_the_console_cookie_does_not_open_the_api(client: TestClient, db: Database) -> None:
    add_user(db, "bea@example.org", "admin")
    login(client, "bea@example.org")
    assert client.get("/api/staff/cases").status_code == 401


def test_work_a_case_through_the_api(client: TestClient, db: Database) -> None:
    uid = add_user(db, "cai@example.org")
    headers = token_for(db, uid)
    opened = consent_to_handoff(client, "api-person")
    listed = client.get("/api/staff/cases", headers=headers).json()["cases"]
    [case] = [c for c in listed if c["conversation_id"] == opened["conversation_id"]]
    assert {"id", "conversation_id", "category", "priority", "status", "opened_at"} <= set(case)
    cid = case["id"]
    claimed = client.post(f"/api/staff/cases/{cid}/claim", headers=headers).json()
    assert claimed["status"] == "assigned" and claimed["assignee_id"] == uid
    assert (
        client.post(
            f"/api/staff/cases/{cid}/reply", headers=headers, json={"text": "Hola, soy Cai."}
        ).status_code
        == 201
    )
    assert (
        client.post(
            f"/api/staff/cases/{cid}/notes",
            headers=headers,
            json={"body": "Necesita albergue en Tapachula"},
        ).status_code
        == 201
    )
    ref = client.post(
        f"/api/staff/cases/{cid}/referrals",
        headers=headers,
        json={"service_name": "Albergue Belén"},
    ).json()
    assert (
        client.post(
            f"/api/staff/referrals/{ref['id']}", headers=headers, json={"outcome": "accepted"}
        ).status_code
        == 200
    )
    bad = client.post(f"/api/staff/cases/{cid}/close", headers=headers, json={"outcome": "nah"})
    assert bad.status_code == 409 and bad.json()["error"]["code"] == "invalid_outcome"
    assert (
        client.post(
            f"/api/staff/cases/{cid}/close", headers=headers, json={"outcome": "canalized"}
        ).status_code
        == 200
    )
    detail = client.get(f"/api/staff/cases/{cid}", headers=headers).json()
    assert detail["status"] == "canalized" and detail["conversation_status"] == "bot"
    with db.session() as s:
        case_row = s.get(Case, cid)
        assert case_row is not None and case_row.rasa_pending == "resume"  # Rasa is down here
    assert [n["body"] for n in detail["notes"]] == ["Necesita albergue en Tapachula"]
    assert detail["referrals"][0]["outcome"] == "accepted"
    assert any(line["sender"] == "staff" for line in detail["transcript"])
    with db.session() as s:
        conv = s.scalars(
            select(Conversation).where(Conversation.public_id == opened["conversation_id"])
        ).one()
        staff_msgs = s.scalars(
            select(Message).where(Message.conversation_id == conv.id, Message.sender == "staff")
        ).all()
        assert [m.body for m in staff_msgs] == ["Hola, soy Cai."]
        actions = [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert actions[:5] == ["claim", "view_case", "reply", "note", "refer"]


def test_agents_are_refused_other_cases_and_reports(client: TestClient, db: Database) -> None:
    owner = add_user(db, "dan@example.org")
    other = add_user(db, "eva@example.org")
    case_id = danger_case(client, "api-danger")
    client.post(f"/api/staff/cases/{case_id}/claim", headers=token_for(db, owner))
    headers = token_for(db, other)
    assert client.get(f"/api/staff/cases/{case_id}", headers=headers).status_code == 403
    assert (
        client.post(
            f"/api/staff/cases/{case_id}/reply", headers=headers, json={"text": "x"}
        ).status_code
        == 403
    )
    assert client.get("/api/staff/cases/999", headers=headers).status_code == 404
    assert (
        client.get("/api/staff/reports?from=2026-01-01&to=2026-12-31", headers=headers).status_code
        == 403
    )


def test_reports_as_json_for_supervisors(client: TestClient, db: Database) -> None:
    headers = token_for(db, add_user(db, "fay@example.org", "supervisor"))
    danger_case(client, "api-report")
    data = client.get("/api/staff/reports?from=2020-01-01&to=2030-12-31", headers=headers).json()
    assert data["total"]["requests_received"] == 1
    assert data["category"][0]["value"] == "trafficking"
