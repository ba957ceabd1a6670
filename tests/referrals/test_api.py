"""The staff API refers with consent too, and records a partner's answer as the state."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.db.session import Database
from bot.staff.auth import new_api_token
from tests.referrals.helpers import SHELTER, directory_with_partners, referral, shelter_case
from tests.staff.helpers import add_user


def test_the_api_refers_and_records_outcomes(ref_client: TestClient, ref_db: Database) -> None:
    directory_with_partners(ref_db)
    user_id = add_user(ref_db, "api@example.org", "agent")
    with ref_db.session() as s:
        token = new_api_token(s, user_id, "test")
    headers = {"Authorization": f"Bearer {token}"}
    case_id, _ = shelter_case(ref_client, "web-api")
    made = ref_client.post(
        f"/api/staff/cases/{case_id}/referrals",
        headers=headers,
        json={"service_id": SHELTER["id"], "share": ["need"], "need": "Una cama"},
    )
    assert made.status_code == 201 and made.json() == {"id": 1, "refused": None}
    assert referral(ref_db, 1)["status"] == "awaiting_consent"
    bad = ref_client.post(
        f"/api/staff/cases/{case_id}/referrals",
        headers=headers,
        json={"service_id": SHELTER["id"], "kind": "transfer"},
    )
    assert bad.status_code == 409
    assert bad.json()["error"]["code"] == "partner_takes_no_transfers"
    ref_client.post(
        "/staff/referrals/1/send", headers=headers
    )  # without a console session: refused, nothing changes
    assert referral(ref_db, 1)["status"] == "awaiting_consent"
    made = ref_client.post(
        f"/api/staff/cases/{case_id}/referrals", headers=headers, json={"service_name": "Otra"}
    )
    rid = made.json()["id"]
    done = ref_client.post(
        f"/api/staff/referrals/{rid}", headers=headers, json={"outcome": "attended"}
    )
    assert done.status_code == 200
    row = referral(ref_db, rid)
    assert (row["status"], row["accepted_at"] is not None) == ("attended", True)
