"""Partner accounts see their own referrals, only what the person agreed to share, nothing else.

Two partners with accounts; each account reaches its own referrals and is refused (and the
try audited) everywhere else: another partner's referral, any case, the inbox, the reports,
the audit log, the directory admin, the staff API. A withdrawal hides the details at once.
"""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.session import Database
from bot.referrals import partners
from bot.staff.auth import new_api_token
from bot.staff.models import AuditEntry
from tests.referrals.helpers import (
    CLINIC,
    ORGANIZATION,
    directory_with_partners,
    refer,
    referral,
    say,
    shelter_case,
)
from tests.staff.helpers import PASSWORD, add_user, login, login_token


def partner_account(db: Database, email: str, organization: str) -> int:
    user_id = add_user(db, email, "partner")
    with db.session() as s:
        [partner] = [p for p in partners.all_partners(s) if p.organization == organization]
        partners.add_member(s, partner.id, user_id)
    return user_id


def two_referrals(client: TestClient, db: Database) -> None:
    """Referral 1 to the clinic (Ana agreed to share her name), 2 to the shelter."""
    directory_with_partners(db)
    add_user(db, "agente@example.org", "agent")
    csrf = login(client, "agente@example.org")
    case_id, _ = shelter_case(client, "web-ana")
    refer(client, csrf, case_id, service_id=CLINIC["id"], share=["first_name"], first_name="Ana")
    say(client, "web-ana", "si")
    case2, _ = shelter_case(client, "web-luis")
    refer(client, csrf, case2)
    client.post("/staff/logout", data={"csrf_token": csrf})


def test_a_partner_sees_only_its_own_referrals(ref_client: TestClient, ref_db: Database) -> None:
    client = ref_client
    two_referrals(client, ref_db)
    partner_account(ref_db, "clinica@example.org", CLINIC["organization"])
    resp = client.post(
        "/staff/login",
        data={
            "email": "clinica@example.org",
            "password": PASSWORD,
            "login_token": login_token(client),
        },
        follow_redirects=False,
    )
    assert resp.headers["location"] == "/staff/partner"
    home = client.get("/staff/partner")
    assert 'data-referral="1"' in home.text and 'data-referral="2"' not in home.text
    assert "/staff/inbox" not in home.text  # no way to the team's pages
    page = client.get("/staff/partner/referrals/1")
    assert page.status_code == 200 and "Ana" in page.text
    assert referral(ref_db, 1)["status"] == "acknowledged"
    for path in (
        "/staff/partner/referrals/2",
        "/staff/partner/referrals/999",
        "/staff/inbox",
        "/staff/inbox/rows",
        "/staff/cases/1",
        "/staff/cases/1/transcript",
        "/staff/referrals",
        "/staff/referrals.json",
        "/staff/reports",
        "/staff/audit",
        "/staff/admin/directory",
        "/staff/admin/partners",
        "/staff/directory/search?q=x",
    ):
        assert client.get(path).status_code == 403, path
    with ref_db.session() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "view_denied")).all()
        assert len(denied) >= 13
    with ref_db.session() as s:
        user_id = s.scalars(
            select(AuditEntry.user_id).where(AuditEntry.action == "partner_view")
        ).one()
        token = new_api_token(s, user_id or 0, "try")
    api = client.get("/api/staff/cases", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 403


def test_the_partner_answers_and_a_withdrawal_hides_the_details_at_once(
    ref_client: TestClient, ref_db: Database
) -> None:
    client = ref_client
    two_referrals(client, ref_db)
    partner_account(ref_db, "clinica@example.org", CLINIC["organization"])
    csrf = login(client, "clinica@example.org")
    client.post("/staff/partner/referrals/1/accept", data={"csrf_token": csrf})
    assert referral(ref_db, 1)["status"] == "accepted"
    assert "Ana" in client.get("/staff/partner/referrals/1").text
    say(client, "web-ana", "ya no quiero que compartan mis datos")
    page = client.get("/staff/partner/referrals/1")
    assert "Ana" not in page.text and 'id="consent-withdrawn"' in page.text
    client.post(
        "/staff/partner/referrals/1/outcome", data={"csrf_token": csrf, "value": "received"}
    )
    row = referral(ref_db, 1)
    assert (row["status"], row["outcome"]) == ("attended", "received")
    # The other partner's referral cannot be changed by this one.
    resp = client.post("/staff/partner/referrals/2/accept", data={"csrf_token": csrf})
    assert resp.status_code == 403 and referral(ref_db, 2)["status"] == "sent"


def test_an_account_without_a_partner_sees_nothing(
    ref_client: TestClient, ref_db: Database
) -> None:
    two_referrals(ref_client, ref_db)
    add_user(ref_db, "suelta@example.org", "partner")
    login(ref_client, "suelta@example.org")
    home = ref_client.get("/staff/partner")
    assert 'id="no-partner"' in home.text and ORGANIZATION not in home.text
    assert ref_client.get("/staff/partner/referrals/1").status_code == 403
