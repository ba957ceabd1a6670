"""The console's guards: sign-in and its throttle, sessions, CSRF, need-to-know, escaping."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.session import Database
from bot.handoff.models import Case
from bot.staff.console import session as cookies
from bot.staff.models import AuditEntry
from tests.staff.helpers import PASSWORD, add_user, csrf_of, danger_case, login, login_token


def test_sign_in_sets_a_strict_http_only_cookie_and_pages_carry_a_strict_csp(
    client: TestClient, db: Database
) -> None:
    add_user(db, "ana@example.org", "supervisor")
    token = login_token(client)
    resp = client.post(
        "/staff/login",
        data={"email": "ANA@example.org ", "password": PASSWORD, "login_token": token},
        follow_redirects=False,
    )
    assert resp.status_code == 303 and resp.headers["location"] == "/staff/inbox"
    cookie = resp.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/staff" in cookie
    page = client.get("/staff/inbox")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["cache-control"] == "no-store"


def test_pages_need_a_session(client: TestClient) -> None:
    resp = client.get("/staff/inbox", follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"].startswith("/staff/login")
    client.cookies.set(cookies.COOKIE, "forged.value.here", path="/staff")
    assert client.get("/staff/inbox", follow_redirects=False).status_code == 303
    polled = client.get("/staff/inbox/rows", headers={"HX-Request": "true"})
    assert polled.status_code == 401 and polled.headers["hx-redirect"] == "/staff/login"


def test_five_wrong_passwords_lock_the_account_for_a_while(
    client: TestClient, db: Database
) -> None:
    add_user(db, "bea@example.org")
    codes = []
    for _ in range(5):
        resp = client.post(
            "/staff/login",
            data={
                "email": "bea@example.org",
                "password": "wrong password!",
                "login_token": login_token(client),
            },
            follow_redirects=False,
        )
        codes.append(resp.status_code)
    assert codes == [401, 401, 401, 401, 429]
    right = client.post(
        "/staff/login",
        data={"email": "bea@example.org", "password": PASSWORD, "login_token": login_token(client)},
        follow_redirects=False,
    )
    assert right.status_code == 429 and int(right.headers["retry-after"]) > 60
    assert f"{cookies.COOKIE}=" not in right.headers.get("set-cookie", "")
    with db.session() as s:
        failed = s.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")).all()
        assert len(failed) == 6


def test_sign_in_form_needs_its_own_token(client: TestClient, db: Database) -> None:
    add_user(db, "cai@example.org")
    resp = client.post(
        "/staff/login",
        data={"email": "cai@example.org", "password": PASSWORD},
        follow_redirects=False,
    )
    assert resp.status_code == 403


def test_a_change_without_the_csrf_token_is_refused(client: TestClient, db: Database) -> None:
    add_user(db, "dan@example.org")
    case_id = danger_case(client, "p-csrf")
    csrf = login(client, "dan@example.org")
    assert client.post(f"/staff/cases/{case_id}/claim", data={}).status_code == 403
    wrong = client.post(f"/staff/cases/{case_id}/claim", data={"csrf_token": csrf[::-1]})
    assert wrong.status_code == 403
    other_origin = client.post(
        f"/staff/cases/{case_id}/claim",
        data={"csrf_token": csrf},
        headers={"Origin": "https://evil.example"},
    )
    assert other_origin.status_code == 403
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.assignee_id is None
    ok = client.post(f"/staff/cases/{case_id}/claim", data={"csrf_token": csrf})
    assert ok.status_code == 200 and "Dan" in ok.text


def test_an_agent_cannot_open_another_agents_case(client: TestClient, db: Database) -> None:
    add_user(db, "eva@example.org")
    add_user(db, "fer@example.org")
    case_id = danger_case(client, "p-need")
    csrf = login(client, "eva@example.org")
    client.post(f"/staff/cases/{case_id}/claim", data={"csrf_token": csrf})
    client.post("/staff/logout", data={"csrf_token": csrf})
    login(client, "fer@example.org")
    assert client.get(f"/staff/cases/{case_id}").status_code == 403
    assert client.get(f"/staff/cases/{case_id}/transcript").status_code == 403
    assert f"/staff/cases/{case_id}" not in client.get("/staff/inbox").text
    assert client.get("/staff/reports").status_code == 403
    with db.session() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "view_denied")).all()
        assert {d.case_id for d in denied} == {case_id}


def test_a_supervisor_sees_every_case_and_views_are_audited(
    client: TestClient, db: Database
) -> None:
    add_user(db, "gil@example.org")
    add_user(db, "hoa@example.org", "supervisor")
    case_id = danger_case(client, "p-sup")
    csrf = login(client, "gil@example.org")
    client.post(f"/staff/cases/{case_id}/claim", data={"csrf_token": csrf})
    client.post("/staff/logout", data={"csrf_token": csrf})
    login(client, "hoa@example.org")
    assert client.get(f"/staff/cases/{case_id}").status_code == 200
    audit_page = client.get(f"/staff/audit?case={case_id}")
    assert "view_case" in audit_page.text and "claim" in audit_page.text


def test_sign_out_ends_the_session_everywhere(client: TestClient, db: Database) -> None:
    add_user(db, "ian@example.org")
    csrf = login(client, "ian@example.org")
    stolen = client.cookies.get(cookies.COOKIE)
    client.post("/staff/logout", data={"csrf_token": csrf})
    client.cookies.set(cookies.COOKIE, str(stolen), path="/staff")
    assert client.get("/staff/inbox", follow_redirects=False).status_code == 303


def test_an_idle_session_expires(client: TestClient, db: Database) -> None:
    user_id = add_user(db, "jo@example.org")
    settings = client.app.state.services.settings  # type: ignore[attr-defined]
    old = cookies.SessionData(user_id, 1, "x" * 43, time.time() - 7200, time.time() - 3600)
    client.cookies.set(cookies.COOKIE, cookies.encode(settings, old), path="/staff")
    assert client.get("/staff/inbox", follow_redirects=False).status_code == 303
    fresh = cookies.SessionData(user_id, 1, "x" * 43, time.time() - 7200, time.time() - 120)
    client.cookies.set(cookies.COOKIE, cookies.encode(settings, fresh), path="/staff")
    resp = client.get("/staff/inbox", follow_redirects=False)
    assert resp.status_code == 200 and cookies.COOKIE in resp.headers["set-cookie"]  # refreshed


def test_a_persons_script_is_shown_as_text(client: TestClient, db: Database) -> None:
    add_user(db, "kim@example.org", "supervisor")
    case_id = danger_case(client, "p-xss", "me tienen encerrada <script>alert(1)</script>")
    login(client, "kim@example.org")
    page = client.get(f"/staff/cases/{case_id}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert csrf_of(page)


def test_the_console_speaks_english_on_request(client: TestClient, db: Database) -> None:
    add_user(db, "lea@example.org", "supervisor")
    csrf = login(client, "lea@example.org")
    assert "Casos" in client.get("/staff/inbox").text
    resp = client.post(
        "/staff/language", data={"csrf_token": csrf, "lang": "en", "back": "/staff/reports"}
    )
    assert "Requests received" in resp.text
    assert "Staff sign-in" in client.get("/staff/login?lang=en").text


def test_a_delivery_failure_shows_its_reason_never_the_providers_text(
    client: TestClient, db: Database
) -> None:
    """Rows written before errors became codes may hold Twilio's sentence with the number."""
    from bot.db.models import Message
    from bot.staff.auth import new_api_token

    uid = add_user(db, "lu@example.org", "supervisor")
    case_id = danger_case(client, "p-failed", "me tienen encerrada")
    stored = {
        "twilio_21211: The 'To' number whatsapp:+5215598765432 is not a valid phone number.": (
            "twilio_21211",
            "No entregado: este número no puede recibir mensajes de WhatsApp.",
        ),
        "Forbidden: bot was blocked by the user 5550001234": (
            "delivery_failed",
            "No entregado: el envío falló.",
        ),
        "telegram_forbidden": (
            "telegram_forbidden",
            "No entregado: la persona bloqueó al asistente en Telegram o cerró su cuenta.",
        ),
    }
    with db.session() as s:
        conversation_id = s.get(Case, case_id).conversation_id  # type: ignore[union-attr]
        for error in stored:
            s.add(
                Message(
                    conversation_id=conversation_id,
                    direction="out",
                    sender="staff",
                    channel="web",
                    body="¿Sigues ahí?",
                    status="failed",
                    error=error,
                )
            )
        token = new_api_token(s, uid, "test")
    login(client, "lu@example.org")
    page = client.get(f"/staff/cases/{case_id}").text
    assert "5215598765432" not in page and "5550001234" not in page
    assert "is not a valid phone number" not in page and "blocked by the user" not in page
    for _code, label in stored.values():
        assert label in page
    detail = client.get(
        f"/api/staff/cases/{case_id}", headers={"Authorization": f"Bearer {token}"}
    ).json()
    errors = [line["error"] for line in detail["transcript"] if line["status"] == "failed"]
    assert errors == [code for code, _label in stored.values()]


def test_transcript_polls_are_audited_once_per_new_message(
    client: TestClient, db: Database
) -> None:
    add_user(db, "poll@example.org")
    case_id = danger_case(client, "p-poll")
    login(client, "poll@example.org")

    def polls() -> int:
        with db.session() as s:
            entries = s.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "view_transcript", AuditEntry.case_id == case_id
                )
            ).all()
            return len(entries)

    assert client.get(f"/staff/cases/{case_id}/transcript").status_code == 200
    client.get(f"/staff/cases/{case_id}/transcript")
    assert polls() == 1, "a poll that shows nothing new is not a new view"
    client.post("/api/chat", json={"sender": "p-poll", "text": "sigo aquí"})
    client.get(f"/staff/cases/{case_id}/transcript")
    assert polls() == 2


def test_wrong_passwords_from_one_address_do_not_lock_the_owner_out_elsewhere(
    db: Database,
) -> None:
    """Anyone could lock any e-mail out for good; now the lock falls on e-mail and address."""
    from datetime import timedelta

    from bot.staff.auth import authenticate

    add_user(db, "own@example.org")
    lockout = timedelta(minutes=15)
    for _ in range(5):
        with db.session() as s:
            bad = authenticate(s, "own@example.org", "wrong password!", "203.0.113.9", 5, lockout)
    assert bad.code == "locked"
    with db.session() as s:
        again = authenticate(s, "own@example.org", PASSWORD, "203.0.113.9", 5, lockout)
        assert again.code == "locked", "the attacker's address stays locked"
    with db.session() as s:
        owner = authenticate(s, "own@example.org", PASSWORD, "198.51.100.7", 5, lockout)
        assert owner.code == "ok" and owner.user is not None


def test_no_note_or_referral_on_an_erased_case(client: TestClient, db: Database) -> None:
    add_user(db, "boss@example.org", role="supervisor")
    case_id = danger_case(client, "p-gone")
    csrf = login(client, "boss@example.org")
    client.post(f"/staff/cases/{case_id}/erase", data={"csrf_token": csrf})
    from bot.staff.auth import new_api_token

    with db.session() as s:
        user_id = s.scalars(select(AuditEntry.user_id).where(AuditEntry.action == "login")).first()
        assert user_id is not None
        headers = {"Authorization": f"Bearer {new_api_token(s, user_id, 't')}"}
    note = client.post(
        f"/api/staff/cases/{case_id}/notes", headers=headers, json={"body": "vive en Hidalgo 12"}
    )
    assert note.status_code == 409 and note.json()["error"]["code"] == "erased"
    refer = client.post(
        f"/api/staff/cases/{case_id}/referrals", headers=headers, json={"service_name": "X"}
    )
    assert refer.status_code == 409
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.notes == []
