"""Admin and supervisor pages: staff accounts, directory entries, reports and their CSV."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.session import Database
from bot.directory.models import Service
from bot.staff.models import AuditEntry, StaffUser
from tests.staff.helpers import PASSWORD, add_user, danger_case, login


def test_admins_create_and_change_accounts(client: TestClient, db: Database) -> None:
    add_user(db, "root@example.org", "admin")
    csrf = login(client, "root@example.org")
    made = client.post(
        "/staff/admin/users",
        data={
            "csrf_token": csrf,
            "email": "New@Example.org",
            "name": "Nueva",
            "role": "agent",
            "password": PASSWORD,
            "language": "en",
        },
    )
    assert made.status_code == 200 and "new@example.org" in made.text
    short = client.post(
        "/staff/admin/users",
        data={
            "csrf_token": csrf,
            "email": "x@example.org",
            "name": "X",
            "role": "agent",
            "password": "short",
        },
    )
    assert short.status_code == 422
    with db.session() as s:
        user = s.scalars(select(StaffUser).where(StaffUser.email == "new@example.org")).one()
        user_id, version = user.id, user.session_version
    client.post(
        f"/staff/admin/users/{user_id}",
        data={"csrf_token": csrf, "name": "Nueva", "role": "supervisor", "language": "es"},
    )
    with db.session() as s:
        user = s.get(StaffUser, user_id)
        assert user is not None
        assert (user.role, user.active, user.session_version) == ("supervisor", False, version + 1)
        actions = {a.action for a in s.scalars(select(AuditEntry))}
        assert {"user_created", "user_changed"} <= actions


def test_agents_and_supervisors_cannot_manage_accounts(client: TestClient, db: Database) -> None:
    add_user(db, "sup@example.org", "supervisor")
    csrf = login(client, "sup@example.org")
    assert client.get("/staff/admin/users").status_code == 403
    resp = client.post(
        "/staff/admin/users",
        data={
            "csrf_token": csrf,
            "email": "y@example.org",
            "name": "Y",
            "role": "admin",
            "password": PASSWORD,
        },
    )
    assert resp.status_code == 403


def test_admins_add_edit_and_verify_directory_entries(client: TestClient, db: Database) -> None:
    add_user(db, "dir@example.org", "admin")
    csrf = login(client, "dir@example.org")
    row = {
        "csrf_token": csrf,
        "is_new": "1",
        "id": "mx-test-clinic",
        "name": "Clínica Prueba",
        "category": "health",
        "city": "Tijuana",
        "state": "Baja California",
        "country": "MX",
        "cost": "free",
    }
    bad = client.post("/staff/admin/directory/save", data={**row, "category": "spa"})
    assert bad.status_code == 422 and "category" in bad.text
    assert client.post("/staff/admin/directory/save", data=row).status_code == 200
    listed = client.get("/staff/admin/directory?q=Prueba")
    assert "Clínica Prueba" in listed.text
    client.post("/staff/admin/directory/mx-test-clinic/verify", data={"csrf_token": csrf})
    with db.session() as s:
        service = s.scalars(select(Service).where(Service.external_id == "mx-test-clinic")).one()
        assert service.confirmed_on is not None and service.source == "console"
    found = client.get("/staff/directory/search?place=tijuana&category=health")
    assert "mx-test-clinic" in found.text


def test_reports_page_and_csv_for_supervisors(client: TestClient, db: Database) -> None:
    add_user(db, "rep@example.org", "supervisor")
    danger_case(client, "report-person")
    login(client, "rep@example.org")
    page = client.get("/staff/reports?from=2020-01-01&to=2030-12-31")
    assert page.status_code == 200 and "Trata de personas" in page.text
    csv = client.get("/staff/reports.csv?from=2020-01-01&to=2030-12-31")
    assert csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"]
    assert csv.text.splitlines()[1].startswith("total,total,1,0,0,1,,")
    with db.session() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry))]
        assert "view_reports" in actions and "export_reports" in actions


def test_api_tokens_from_my_account(client: TestClient, db: Database) -> None:
    add_user(db, "tok@example.org")
    csrf = login(client, "tok@example.org")
    page = client.post("/staff/account/tokens", data={"csrf_token": csrf, "name": "script"})
    token = page.text.split('<code id="new-token">')[1].split("<")[0]
    client.cookies.clear()
    assert (
        client.get("/api/staff/me", headers={"Authorization": f"Bearer {token}"}).json()["email"]
        == "tok@example.org"
    )


def test_a_new_password_ends_the_accounts_api_tokens(client: TestClient, db: Database) -> None:
    """A token taken along with the old password must not outlive it (issue 12)."""
    add_user(db, "pw@example.org")
    csrf = login(client, "pw@example.org")
    page = client.post("/staff/account/tokens", data={"csrf_token": csrf, "name": "script"})
    token = page.text.split('<code id="new-token">')[1].split("<")[0]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/staff/me", headers=headers).status_code == 200
    changed = client.post(
        "/staff/account/password",
        data={"csrf_token": csrf, "current": PASSWORD, "new": "a brand new passphrase"},
        follow_redirects=False,
    )
    assert changed.status_code == 303
    assert client.get("/api/staff/me", headers=headers).status_code == 401
